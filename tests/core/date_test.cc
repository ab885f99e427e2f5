// Date::parse: the forms records and --date use, and the impossible dates it
// must refuse rather than roll over.
#include "core/date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct DateCase {
  const char* input;
  const char* iso;  // nullptr: rejected
};

class DateParseTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateParseTest, Parses) {
  const DateCase& c = GetParam();
  const auto d = Date::parse(c.input);
  if (c.iso == nullptr) {
    EXPECT_FALSE(d.has_value()) << c.input << " -> " << d->iso();
  } else {
    ASSERT_TRUE(d.has_value()) << c.input;
    EXPECT_EQ(d->iso(), c.iso) << c.input;
  }
}

INSTANTIATE_TEST_SUITE_P(
    DateForms, DateParseTest,
    ::testing::Values(DateCase{"2016-11-02", "2016-11-02"}, DateCase{"2016/11/02", "2016-11-02"},
                      DateCase{"20161102", "2016-11-02"}, DateCase{"19950101", "1995-01-01"},
                      DateCase{"161102", "2016-11-02"},  // TABARI YYMMDD
                      DateCase{"991231", "1999-12-31"}, DateCase{"500101", "1950-01-01"},
                      DateCase{"491231", "2049-12-31"}, DateCase{"2016-11-02T09:30:00Z", "2016-11-02"},
                      DateCase{"2016-11-02 09:30", "2016-11-02"}, DateCase{"20161102T0930", "2016-11-02"},
                      DateCase{"  2016-11-02\t", "2016-11-02"}, DateCase{"0001-01-01", "0001-01-01"},
                      DateCase{"9999-12-31", "9999-12-31"}));

INSTANTIATE_TEST_SUITE_P(DateCalendar, DateParseTest,
                         ::testing::Values(DateCase{"2016-02-29", "2016-02-29"},
                                           DateCase{"2000-02-29", "2000-02-29"},
                                           DateCase{"2015-02-29", nullptr}, DateCase{"1900-02-29", nullptr},
                                           DateCase{"2016-02-30", nullptr}, DateCase{"2016-04-31", nullptr},
                                           DateCase{"2016-12-31", "2016-12-31"},
                                           DateCase{"2016-13-45", nullptr}, DateCase{"2016-00-10", nullptr},
                                           DateCase{"2016-01-00", nullptr}, DateCase{"0000-01-01", nullptr}));

INSTANTIATE_TEST_SUITE_P(DateMalformed, DateParseTest,
                         ::testing::Values(DateCase{"", nullptr}, DateCase{"   ", nullptr},
                                           DateCase{"yesterday", nullptr}, DateCase{"2016-1-2", nullptr},
                                           DateCase{"2016-11/02", nullptr}, DateCase{"2016-11-02x", nullptr},
                                           DateCase{"2016.11.02", nullptr}, DateCase{"201611", nullptr},
                                           DateCase{"2016110", nullptr}, DateCase{"-2016-11-02", nullptr},
                                           DateCase{"2O16-11-02", nullptr},
                                           DateCase{"Nov 2, 2016", nullptr}));

TEST(DateTest, UnknownByDefault) {
  const Date d;
  EXPECT_FALSE(d.known());
  EXPECT_EQ(d.iso(), "");
}

TEST(DateTest, FieldsAndOrder) {
  const Date d = *Date::parse("2016-11-02");
  EXPECT_TRUE(d.known());
  EXPECT_EQ(d.year, 2016);
  EXPECT_EQ(d.month, 11);
  EXPECT_EQ(d.day, 2);
  EXPECT_LT(*Date::parse("2016-11-01"), d);
  EXPECT_LT(d, *Date::parse("2017-01-01"));
  EXPECT_EQ(d, *Date::parse("20161102"));
  EXPECT_LT(Date{}, *Date::parse("0001-01-01"));  // unknown sorts first
}

}  // namespace
}  // namespace dyad
