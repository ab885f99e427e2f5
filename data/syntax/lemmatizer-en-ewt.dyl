dyad-lemmatizer 1
L	$ervice	NN	7	service	L
L	$ome	DT	4	some	L
L	$ometime$	RB	9	sometimes	L
L	',	VBP	2	be	L
L	'em	PRP	3	they	L
L	'n	CC	2	and	L
L	've	VB	3	have	L
L	*ss	NN	3	ass	L
L	-ll	MD	3	will	L
L	-s	POS	2	's	L
L	0nside	JJ	6	inside	L
L	1%p701!.doc	NN	0		K
L	1,183	CD	4	183	L
L	1,350	CD	4	350	L
L	1,613	CD	4	613	L
L	1,650,000	CD	8	650000	L
L	1,922,000	CD	8	922000	L
L	100,000,000,000	CD	12	000000000	L
L	1000.00	CD	0		L
L	1002`s	NNS	2		L
L	14th	NNP	0		L
L	153b09	NNP	0		K
L	15th	NNP	0		L
L	16,000,000,000	CD	12	000000000	L
L	16,900	CD	4	900	L
L	16th	NNP	0		L
L	1?!?!?	.	6	?!?!?	L
L	1s9	NN	0		K
L	2	TO	1	to	L
L	2,210	CD	4	210	L
L	20,000,000	CD	8	000000	L
L	200,000,000,000	CD	12	000000000	L
L	200,987.33	CD	7	987.33	L
L	21st	NNP	0		L
L	27.doc	NN	0		L
L	3,300,000	CD	8	300000	L
L	30,858	CD	4	858	L
L	330i	NNP	0		L
L	36,000,000,000	CD	12	000000000	L
L	380	NNP	0		L
L	4	IN	1	for	L
L	4-ever	RB	6	forever	L
L	46c1	NNP	0		K
L	59,339	CD	4	339	L
L	61,000,000,000	CD	12	000000000	L
L	8	NNP	0		L
L	@hatmanone	ADD	0		K
L	@w.a.b.b.y	ADD	0		K
L	`s	POS	2	's	L
L	a	CC	0	nd	L
L	a	GW	0		K
L	a	IN	0	t	L
L	a	MD	1	can	L
L	a	NN	0		K
L	a	TO	1	to	L
L	aa	DT	1		L
L	aaaaaggghhhhhh	UH	12	gh	L
L	abou	IN	0	t	L
L	absoulutely	RB	7	lutely	L
L	abt	IN	1	out	L
L	abuses	NNS	1		L
L	accomdating	JJ	6	modating	L
L	accusing	VBG	3	e	L
L	actully	RB	3	ally	L
L	adhear	VBP	2	re	L
L	adhered	VBN	1		L
L	adhering	VBG	3	e	L
L	adn	CC	2	nd	L
L	advise	NN	2	ce	L
L	adw	NNP	0		L
L	afraid	NNP	0		L
L	ai	VBP	2	be	L
L	aiding	VBG	3		L
L	air	GW	0	way	L
L	airlines	NNPS	8	Airline	K
L	ak	NN	0		K
L	ak47's	NNS	2		K
L	al	FW	0	.	L
L	algae	NNS	1		L
L	alma	GW	0	Martinez@ENRON	K
L	am	NN	1	.m.	L
L	amanda	GW	0	Huble@ENRON	K
L	amended	NN	2	ment	L
L	ammount	NN	5	ount	L
L	amoung	IN	3	ng	L
L	andrea	GW	0	Bertone@ENRON_DEVELOPMENT	K
L	ans	CC	1	d	L
L	answers	VB	1		L
L	answetred	VBD	4	r	L
L	anti-americanism	NN	0		K
L	anti-israeli	JJ	12	anti-Israeli	K
L	anti-semite	NN	0		K
L	antichrist	NNP	0		L
L	antipasti	NNS	1	o	L
L	any1	NN	1	one	L
L	anywere	RB	3	here	L
L	ap	NN	0		K
L	aperture	NNP	0		L
L	appartment	NN	8	artment	L
L	appologized	VBD	9	ologize	L
L	appropriations	NNPS	0		K
L	ar	NN	0		K
L	ar	VBP	2	be	L
L	archilochus	NNP	10	rchilochus	K
L	art	VBP	3	be	L
L	aryan	JJ	0		K
L	as	VBZ	2	have	L
L	asians	NNPS	6	Asian	K
L	ask	IN	1		L
L	assh@%$e	NN	4	ole	L
L	assumed	VBD	1		L
L	assumed	VBN	1		L
L	aswered	VBD	6	nswer	L
L	aswering	VBG	7	nswer	L
L	at	CC	1	nd	L
L	ate	VBN	3	eat	L
L	aubrey	NNP	5	ubrey	K
L	aug.	NNP	1	ust	K
L	aunte	NN	1		L
L	auspices	NNS	0		L
L	authored	VBD	2		L
L	avian	JJ	0		L
L	b	NN	0		K
L	b****	NN	4	itch	L
L	b.	VBN	1	ear	L
L	b/t	IN	2	etween	L
L	baathist	JJ	0		K
L	babalon	NNP	0		K
L	baby	NNP	0		L
L	backgrounds	NNS	1		L
L	backpedalling	VBG	4		L
L	badder	JJR	3		L
L	bahamas	NNPS	0		K
L	baked	NNP	1		L
L	ballad	NNP	0		L
L	banging	VBG	3		L
L	banners	NNS	1		L
L	bare	VB	3	ear	L
L	bases	NNS	2	is	L
L	basic¬≠ally	RB	6	ally	L
L	bathed	VBN	2		L
L	bc	NN	0		K
L	beachcrofts	NNPS	0		K
L	beans	NNS	1		L
L	beat	VBD	0		L
L	became	VBN	3	ome	L
L	becouse	IN	4	ause	L
L	been	VBG	2		L
L	bees'	NNS	2		L
L	ben	GW	0	Jacoby@ECT	K
L	best	NNP	4	Good	K
L	beverage	NNP	0		L
L	billiards	NNS	0		L
L	billy	GW	0	Dorsey@ENRON_DEVELOPMENT	K
L	blackouts	NNS	1		L
L	blogger	NNP	0		L
L	bmil	NNP	0		L
L	boarder	NN	5	rder	L
L	boarders	NNS	6	rder	L
L	bolivar	JJ	0		K
L	bones	NNPS	0		K
L	borritos	NNS	7	urrito	L
L	botn	VBN	3	ear	L
L	bouild	VB	5	uild	L
L	bowl	NNP	3	owl	K
L	bramen	NNP	2	an	K
L	brandeis	NNP	0		K
L	bredders	NNS	5	eder	L
L	breeeding	NN	5	ding	L
L	brett	NNP	4	rett	K
L	btwn	IN	3	etween	L
L	buddies	NNS	3	y	L
L	buffalo	NNP	6	uffalo	K
L	buring	VBG	3	n	L
L	burst	VBD	0		L
L	bust	VBD	0		L
L	but	NN	0	t	L
L	buys	JJ	2	sy	L
L	by	VB	1	e	L
L	c	GW	0		K
L	c'm	VB	2	ome	L
L	caches	NNS	1		L
L	cajunish	JJ	0		L
L	callum	NNP	0		L
L	caloy	NNP	0		L
L	canan	NNP	5	Canon	K
L	canape's	NNS	3	√©	L
L	cancelled	VBN	3		L
L	canibal	NNP	4	nibal	K
L	carlos	GW	0	Alatorre@ENRON	K
L	caroline	GW	0	Abramo@ENRON	K
L	carreau	NNP	6	arreau	K
L	carribean	JJ	9	Carribean	K
L	catagory	NN	5	egory	L
L	caucasians	NNS	10	Caucasian	K
L	cavies	NNS	3	y	L
L	cbd	NNP	0		K
L	cd	NN	0		K
L	cd	NNP	0		K
L	cehf	NN	3	hef	L
L	ceramic	JJ	0		L
L	cge	NN	2	age	L
L	charge	VBN	0		L
L	charger	VB	1		L
L	charming	NNP	8	Charming	K
L	chi	NNP	0		L
L	childish	JJ	0		L
L	chineese	JJ	3	se	K
L	chinese	NNPS	7	Chinese	K
L	chineze	JJ	7	Chinese	K
L	chiropractric	NN	3	ic	L
L	chose	VB	2	ose	L
L	chris.germany@enron.com	ADD	0		K
L	chrisssake	NN	4	ake	L
L	christ	UH	0		K
L	cisco	NNP	4	isco	K
L	cited	VBD	1		L
L	cleaser	NN	3	ner	L
L	clement	NNP	6	lement	K
L	clockwork	NNP	9	Clockwork	K
L	co$t	VB	2	st	L
L	cod	NNP	0		L
L	cold	MD	2	uld	L
L	combed	VBN	2		L
L	comcast	NNP	6	omcast	K
L	come	VBZ	0		L
L	comfty	JJ	2	y	L
L	comfyy	JJ	1		L
L	companie$	NNS	3	y	L
L	compeltly	RB	5	letely	L
L	compiling	VBG	3	e	L
L	confines	NNS	0		L
L	conflict	GW	0		L
L	consistantly	RB	5	ently	L
L	construction	NNP	0		L
L	contract	GW	0		L
L	contrasted	VBN	2		L
L	controlled	VBN	3		L
L	controlling	VBG	4		L
L	corssing	NN	7	rossing	L
L	cost	VBD	0		L
L	costumer	NN	7	ustomer	L
L	couter-cultural	JJ	12	nter-cultural	L
L	coz	IN	3	because	L
L	cpa	NN	0		K
L	cravings	NNS	1		L
L	created	VBN	1		L
L	creating	VBG	3	e	L
L	criteria	NNS	1	on	L
L	critics	NNS	1		L
L	crustaceans	NNS	1		L
L	ct	NN	0		K
L	cunclude	VB	7	onclude	L
L	cus	IN	2	ause	L
L	cynangon	NNP	8	Cynangon	K
L	d	MD	1	would	L
L	d	NN	0		K
L	daniel	GW	0	RCastagnola@ENRON_DEVELOPMENT	K
L	dare	VBP	0		L
L	dat	DT	3	that	L
L	davies	NNPS	0		K
L	de	NNP	0		L
L	dealship	NN	4	ership	L
L	dec	NNP	0	ember	K
L	declared	VBD	1		L
L	defanged	VBN	2		L
L	deffenitly	RB	7	initely	L
L	deffly	RB	3	initely	L
L	definately	RB	5	itely	L
L	deli	NNP	4	Deli	K
L	delicous	JJ	3	ious	L
L	deliteful	JJ	5	ghtful	L
L	della	NNP	0		L
L	delvery	NN	4	ivery	L
L	denny	NNP	0		L
L	dept	NNP	0		L
L	deutsched	NNP	1		K
L	develope	VB	1		L
L	diarheya	NN	4	rhea	L
L	dinasaurs	NNS	6	osaur	L
L	dined	VBD	1		L
L	dined	VBN	1		L
L	disatisfied	JJ	8	satisfied	L
L	distain	NN	4	dain	L
L	divined	VBD	1		L
L	dna	NN	0		K
L	do	JJ	1	ue	L
L	do	NNP	0		L
L	dodge	NNP	0		L
L	doltish	JJ	0		L
L	domains	NNS	1		L
L	dos	NNP	0		L
L	down	GW	0	fall	L
L	drive	VBG	0		L
L	drving	VBG	4	ive	L
L	dthat	DT	5	that	L
L	du	NNP	0		L
L	du	VBP	1	o	L
L	dubia	NNP	0		L
L	due	VB	2	o	L
L	dumbest	JJS	3		L
L	durer	NNP	4	urer	K
L	dying	VBG	4	ie	L
L	e	NNP	0		L
L	e500's	NNS	2		K
L	eaiser	JJR	4	sy	L
L	earthhhhhhh	NNP	6		L
L	earthquake	NNP	0		L
L	eastgardens	NNPS	0		L
L	eatables	NNS	0		L
L	eather	RB	5	ither	L
L	eating	VB	3		L
L	economists	NNS	1		L
L	edmonton	NNP	0		L
L	eg	FW	1	.g.	L
L	eg.	FW	2	.g.	L
L	eid	NN	0		K
L	eighties	NNS	0		L
L	electronics	NNS	0		L
L	em	PRP	2	they	L
L	em-enro2.doc	NN	0		K
L	emachines	NNPS	1		K
L	embarrased	JJ	2	sed	L
L	embassies	NNPS	3	y	L
L	ena	NN	0		K
L	enabled	VBD	1		L
L	enchladas	NNS	5	ilada	L
L	encircled	VBN	1		L
L	endevour	VB	4	avor	L
L	eneedle	NN	7	needle	L
L	enemy	NNP	0		L
L	enfurates	VBZ	9	infuriate	L
L	enrolled	VBD	3		L
L	enronr~1.doc	NN	0		K
L	enterprise	NNP	0		K
L	entie	JJ	1	re	L
L	equivalant	JJ	3	ent	L
L	er	NNP	0		L
L	era	NNP	0		L
L	escaped	VBD	1		L
L	et	NN	0		K
L	et.	FW	1		L
L	etter	RBR	5	well	L
L	european	NNP	8	European	K
L	eve.	NN	1	ning	L
L	everbody	NN	4	ybody	L
L	every	GW	0	day	L
L	excellant	JJ	3	ent	L
L	excepted	VBN	4	rpt	L
L	exercise	NNP	0		K
L	exmearden	NNP	0		L
L	expelling	VBG	4		L
L	exploded	VBD	1		L
L	exploding	VBG	3	e	L
L	exploring	VBG	3	e	L
L	extrcurricular	JJ	10	acurricular	L
L	f	IN	0	or	L
L	f%#king	JJ	6	ucking	L
L	f'ers	NNS	4	ucker	L
L	f*ck	NN	3	uck	L
L	f*ed	VBN	3	uck	L
L	fabolous	JJ	5	ulous	L
L	fanfuckingtastic	JJ	13	tastic	L
L	fashion	JJ	0	ed	L
L	fastest	JJS	3		L
L	fcking	RB	5	ucking	L
L	fed	VBN	1	ed	L
L	fee	NNP	0		K
L	feed	GW	0	back	L
L	feed	VBN	0		L
L	ferc	NN	0		L
L	fever	NNP	4	ever	K
L	fiji	NN	4	Fiji	K
L	filing	VBG	3	e	L
L	filipino	JJ	0		K
L	fincher	NNP	0		K
L	fives	NNS	0		L
L	fixeded	VBD	4		L
L	flexibiltiy	NN	3	ity	L
L	flying	NNP	3		K
L	focused	VBD	2		L
L	follow	VBZ	0		L
L	food	NNP	0		L
L	forecast	VBD	0		L
L	forida	NNP	0		L
L	form	IN	3	rom	L
L	forsyth	NNP	0		L
L	fot	IN	1	r	L
L	fought	VBN	5	ight	L
L	freaked	VBN	2		L
L	frl3@pge.com	ADD	0		K
L	fro	IN	2	or	L
L	front	RB	0		L
L	frothing	VBG	3		L
L	fulfilled	VBD	3		L
L	fulfilled	VBN	3		L
L	fulfilling	VBG	4		L
L	furnishings	NNS	0		L
L	fury	NNP	0		L
L	fy05	NN	0		K
L	g	NN	0		K
L	ga	NNP	0		L
L	gain	RB	4	again	L
L	gant	JJ	2	unt	L
L	gases	NNS	2		L
L	gelatos	NNPS	1		L
L	gentel	JJ	2	le	L
L	get-a-free-house.com	ADD	0		K
L	gi	NN	0		K
L	gilbergd@sullcrom.com	ADD	0		K
L	give	VBN	0		L
L	glass	NNP	0		K
L	glasses	NNS	0		L
L	go	NNP	0		L
L	grandure	NN	3	eur	L
L	grasped	VBD	2		L
L	greco	NNP	4	reco	K
L	greek	JJ	5	Greek	K
L	greeted	VBD	2		L
L	gro	NNP	0		L
L	groomed	VBN	2		L
L	grrrrrrr	UH	5		L
L	grrrrrrrreeeaaat	JJ	14	eat	L
L	gtc	NN	0		K
L	gtc's	NNS	2		K
L	gtcs	NNS	1		K
L	guarentee	NN	5	antee	L
L	gud	JJ	2	ood	L
L	guest	NNS	0		L
L	guiness	NNP	3	ness	K
L	h	NN	0		K
L	h=guys	NNS	6	guy	L
L	hackles	NNS	0		L
L	had	VB	1	ve	L
L	half	NNP	0		K
L	hanging	VBG	3		L
L	hauled	VBD	2		L
L	hav	VB	0	e	L
L	hear	VBN	0		L
L	hellish	JJ	0		L
L	here	VB	2	ar	L
L	hid	VBD	0	e	L
L	hideouts	NNS	1		L
L	high	UH	2		L
L	higher	NNP	2		K
L	highest	RBS	3		L
L	hirier	VB	3	e	L
L	hirier	VBP	3	e	L
L	hirsohima	NNP	6	oshima	K
L	his	DT	3	this	L
L	hmmmm	UH	2		L
L	hoa	NNP	0		L
L	holdings	NNPS	1		K
L	holocaust	NNP	0		L
L	hopless	JJ	4	eless	L
L	hotter	JJR	3		L
L	http://bit.ly/kplaylists	ADD	0		K
L	http://en.wikipedia.org/wiki/aerocom	ADD	0		K
L	http://en.wikipedia.org/wiki/bullfighting	ADD	0		K
L	http://en.wikipedia.org/wiki/degenerate_art	ADD	0		K
L	http://en.wikipedia.org/wiki/john_balance	ADD	0		K
L	http://i.imgur.com/t2zff.jpg	ADD	0		K
L	http://tong.visitkorea.or.kr/cms/resource/81/188181_image2_1.jpg	ADD	0		L
L	http://www.adorama.com/blcbs.html	ADD	0		K
L	http://www.amazon.ca/exec/obidos/asin/0915765381/701-3377456-8181939	ADD	0		K
L	http://www.binkyswoodworking.com/horsestable.php	ADD	0		K
L	http://www.bullatomsci.org/issues/1993/s93/s93marples.html	ADD	0		K
L	http://www.calguard.ca.gov/ia/chernobyl-15%20years.htm	ADD	0		K
L	http://www.ebay.co.uk/itm/130589513308?var=430034792128&sspagename=strk:mewax:it&_trksid=p3984.m1438.l2648#ht_1500wt_660	ADD	0		K
L	http://www.ebay.co.uk/itm/250927098564?var=550057729382&sspagename=strk:mewax:it&_trksid=p3984.m1438.l2649#ht_	ADD	0		K
L	http://www.mikegigi.com/castgobl.htm#lggobproj	ADD	0		K
L	http://www.mikegigi.com/techspec.htm#selctemp	ADD	0		K
L	http://www.playatmcd.com/en-us/main/gameboard	ADD	0		K
L	http://www.rawstory.com/news/2006/us_outsourcing_special_operations_intelligence_gathering_0413.html	ADD	0		K
L	http://www.restaurant.com	ADD	0		L
L	http://www.solutions.com/jump.jsp?itemid=1361&itemtype=product&path=1%2c3%2c477&iproductid=1361	ADD	0		K
L	http://www.thetruthseeker.co.uk/article.asp?id=4503	ADD	0		L
L	http://www.unitaryexecutive.net	ADD	0		K
L	http://www.utrechtart.com/craft-supplies/woodworking%20supplies/	ADD	0		K
L	http://www.wyndham.com/washington_dc/default.cfm	ADD	0		K
L	hui	NNP	0		L
L	humvees	NNPS	1		K
L	husseiniyas	NNPS	0		K
L	hvae	VBP	3	ave	L
L	i	CD	0		L
L	i'd	IN	2	f	L
L	i.e	FW	0	.	L
L	icdc	NNPS	0		K
L	ice	NNP	0		L
L	ifa	NNP	0		K
L	iis	VBZ	3	be	L
L	inca	NNP	0		L
L	indices	NNS	4	ex	L
L	inks	NNS	4	link	L
L	inquires	NNS	2	y	L
L	instilling	VBG	4		L
L	intents	NNS	1		L
L	interesting	NN	3		L
L	interfering	VBG	3	e	L
L	intervening	VBG	3	e	L
L	intimidating	JJ	0		L
L	invading	VBG	3	e	L
L	invited	VBD	1		L
L	invoked	VBN	1		L
L	invoking	VBG	3	e	L
L	invovled	VBN	4	lve	L
L	irene	NNP	0		L
L	is	PRP	1	t	L
L	islamist	JJ	8	Islamist	K
L	it	IN	1	f	L
L	it	NN	0		K
L	it	PRP$	0	s	L
L	it	RB	1	n	L
L	it	RP	1	n	L
L	iw	PRP	2	I	K
L	jack	VBN	0		L
L	jan	NNP	0	uary	K
L	jaqamofino	NNP	0		L
L	jason.leopold@dowjones.com	ADD	0		K
L	jbennett@gmssr.com	ADD	0		K
L	jejudo	NNP	6	Jejudo	K
L	jets	NNPS	4	Jet	K
L	jihadi	JJ	0		L
L	jodud...@aol.com	ADD	0		L
L	joe_lardy@cargill.com	ADD	0		K
L	john	GW	0	Schwartzenburg@ENRON_DEVELOPMENT	K
L	jorge	GW	0	AGarcia@ENRON	K
L	k	NNP	0		L
L	kay	GW	0	Mann@ENRON	K
L	kc	NNP	2	KC	K
L	kimberly	NNP	7	imberly	K
L	kindy	NNP	4	indy	K
L	kingston	NNP	0		L
L	knives	NNS	3	fe	L
L	knowledgable	JJ	4	eable	L
L	knowledge	JJ	0	able	L
L	kumon	NNP	0		K
L	kuwaiti	JJ	0		L
L	kyle.jones@ra	ADD	0		K
L	l	SYM	0		K
L	l.p	NN	2	P	K
L	lable	NN	2	el	L
L	lara	GW	0	Leibman@ENRONCOMMUNICATIONS	K
L	later	JJ	2	ter	L
L	later	NN	3	yer	L
L	lauded	VBD	2		L
L	lay	VBD	2	ie	L
L	lb	NNP	2	LB	K
L	leaned	VBD	3	rn	L
L	learnt	VBD	1		L
L	learnt	VBN	1		L
L	led	VBD	1	ad	L
L	led	VBN	1	ad	L
L	leporjj@selectenergy.com	ADD	0		L
L	lesser	JJR	2		L
L	levi`s	NNPS	2	s	K
L	libyan	JJ	0		K
L	lied	VBN	1		L
L	lies	NNS	1		L
L	lies	VBZ	1		L
L	lightest	JJS	3		L
L	likley	RB	3	ely	L
L	lil	JJ	1	ttle	L
L	lisenced	JJ	6	censed	L
L	listing	NNP	0		K
L	lit	VBD	1	ght	L
L	litttle	JJ	3	le	L
L	live	VBD	0		L
L	ll	MD	2	will	L
L	lo9nger	RBR	5	ng	L
L	longest	RBS	3		L
L	loose	VBP	3	se	L
L	looser	NN	4	ser	L
L	loosing	VBG	5	se	L
L	lora	GW	0	Sullivan@ENRON	K
L	loss	VBD	1	e	L
L	lotus	NNP	0		K
L	ltake	VB	5	take	L
L	lucio	NNP	4	ucio	K
L	lunatics	NNS	1		L
L	lying	VBG	4	ie	L
L	lynx	NNP	3	ynx	K
L	lysa	GW	0	Akin@ECT	K
L	m	NN	1	M	K
L	m	NNP	0		L
L	m	VBP	1	be	L
L	m300	NNP	0		K
L	macbook	NNP	0		L
L	made	MD	2	y	L
L	made	NNP	0		L
L	madea	VBD	3	ke	L
L	magic	NNP	0		L
L	main	NNP	3	ain	K
L	malacca	NNP	0		K
L	manged	VBD	3	age	L
L	mangers	NNS	4	ager	L
L	mar	NNP	0	ch	K
L	marianne	GW	0	Castano@EES	K
L	mark	GW	0	Palmer@ENRON	K
L	martyr	NN	0		L
L	mary.ellenberger@enron.com	ADD	0		K
L	masonic	JJ	0		K
L	massacring	VBG	3	e	L
L	mb	NNP	0		L
L	mcallister	NNP	10	McAllister	K
L	mcclelland	NNP	10	McClelland	K
L	me$$age	NN	5	ssage	L
L	mean	GW	0	time	L
L	mechaincs	NNS	4	nic	L
L	mechanicly	RB	2	ally	L
L	mega	AFX	0	pixel	L
L	mellow	GW	3	odramatic	L
L	mercury	NNP	6	ercury	K
L	mgr...@usa.pipeline.com	ADD	0		K
L	michael.mcdermott@spectrongroup.com	ADD	0		K
L	michelle	GW	0	Blaine@ENRON_DEVELOPMENT	K
L	mid-2004	NN	0		L
L	mike	GW	0	McConnell@ECT	K
L	mines	PRP	4	y	L
L	mini	JJ	0		L
L	mircles	NNS	4	acle	L
L	misc.consumers	NNP	0		L
L	mmmm	UH	0		L
L	monarchs	NNPS	7	onarchs	K
L	mormonism	NNP	0		K
L	most	MD	3	ust	L
L	mshames@ucan.org	ADD	0		L
L	mt	NN	0		K
L	mujahidin	NNS	0		L
L	mullahs	NNS	2		L
L	mystics	NNPS	6	ystics	K
L	n	CC	1	and	L
L	n	RB	0	ot	L
L	nagaski	NNP	2	aki	K
L	needles	NNPS	1		K
L	neeeeeeeeeverrrr	RB	14	ver	L
L	nehru	NNP	0		K
L	netherlands	NNPS	0		K
L	new	NN	3	New	K
L	new	VBD	3	know	L
L	ngoc	GW	0	LuanDo@ENRON_DEVELOPMENT	K
L	nighstand	NN	5	tstand	L
L	nitrogen	NNP	0		K
L	no	GW	0	where	L
L	no	VB	2	know	L
L	non-bondad	NNP	10	non-Bondad	K
L	nonbondad	NNP	6	-Bondad	K
L	nuria_r_ibarra@calpx.com	ADD	0		K
L	o	IN	0	f	L
L	oblivion	NNP	0		L
L	ocnversation	NN	12	conversation	L
L	of	CC	1	r	L
L	offensive	NNP	0		L
L	ohm	NNP	0		L
L	ok'd	VBN	2		K
L	olympic	NNP	0		K
L	on	AFX	0	line	L
L	on	CD	0	e	L
L	on	GW	0	going	L
L	on	NNP	0		L
L	opinon	NN	2	ion	L
L	or	IN	1	f	L
L	orbiting	VBG	3		L
L	ordered	VBG	2		L
L	orginals	NNS	6	iginal	L
L	orwellian	JJ	0		L
L	ot	TO	2	to	L
L	ould	MD	4	would	L
L	outshone	VBD	3	ine	L
L	overt	IN	1		L
L	ovr	RB	1	er	L
L	paganism	NNP	0		K
L	pagen	JJ	2	an	L
L	pairing	VBG	3		L
L	palces	NNS	5	lace	L
L	panamal	NNP	1		K
L	panicking	VBG	4		L
L	panics	VBZ	1		L
L	panjsheri	JJ	0		L
L	pants	NNS	0		L
L	paraded	NNS	1		L
L	particlular	JJ	5	ular	L
L	parts	NNP	0		L
L	patients	NN	2	ce	L
L	paul	GW	0	Kaufman@ECT	K
L	pcs	NNPS	1		L
L	peddle	NN	3	al	L
L	peddles	NNS	4	al	L
L	pen	NNP	0	n	K
L	per	GW	0	cent	L
L	peregrino	NNP	8	eregrino	K
L	performance	VBP	4		L
L	persuading	VBG	3	e	L
L	perv	NN	0		L
L	petco	NNP	5	Petco	K
L	petit	NNP	0		L
L	pets	NNPS	4	Pet	K
L	philipines	NNP	4	pines	K
L	philipinos	NNPS	10	Filipino	K
L	phillies	NNPS	8	Phillies	K
L	pho-nomenal	JJ	9	enomenal	L
L	phonies	NNS	3	y	L
L	photoscape	NNP	0		L
L	photoshop	NNP	0		L
L	pies	NNS	1		L
L	piping	VBG	3	e	L
L	place	VBD	0		L
L	planing	VBG	3	e	L
L	planners	NNS	1		L
L	playstation	NNP	0		L
L	please	JJ	0	d	L
L	poneh	NN	2	y	L
L	populous	NN	3	ace	L
L	post-chavez	JJ	0		K
L	post-saddam	JJ	0		K
L	postive	JJ	4	itive	L
L	postmaster	NNP	10	Postmaster	K
L	postponed	VBN	1		L
L	power	NNP	0		L
L	pp	NNS	1	age	L
L	ppm	NN	0		L
L	pr	NN	0		L
L	pre-fab	JJ	0		L
L	prefere	VB	1		L
L	press	NNP	4	ress	K
L	privatly	RB	2	ely	L
L	pro-zionist	JJ	0		K
L	probing	VBG	3	e	L
L	process's	NN	2		L
L	procreating	VBG	3	e	L
L	professional	RB	0	ly	L
L	prolly	RB	3	bably	L
L	propelled	VBN	3		L
L	proper	RB	0	ly	L
L	proposal	GW	0		L
L	prudish	JJ	0		L
L	ps4	NNP	0		K
L	pst	NN	0		K
L	pt	NN	0		K
L	puppies	NNS	3	y	L
L	purchace	VB	2	se	L
L	put	RP	3	out	L
L	puttagenius	NNP	0		L
L	pwople	NNS	5	eople	L
L	q	NN	0		K
L	quicker	RBR	2		L
L	quieter	JJR	2		L
L	quietest	JJS	3		L
L	quizzing	VBG	4		L
L	r	VBP	1	be	L
L	r.	NN	1	espect	L
L	rajavis	NNPS	1		K
L	rams	NNPS	1		K
L	rcommended	VBN	9	ecommend	L
L	re	VBP	2	be	L
L	reaaaally	RB	6	lly	L
L	realtion	GW	6	lationship	L
L	reaped	VBN	2		L
L	reaping	VBG	3		L
L	rebecca	NNP	0		K
L	reccomend	VB	6	ommend	L
L	reccommend	VB	7	ommend	L
L	recieved	VBN	5	eive	L
L	reclining	VBG	3	e	L
L	reconciling	VBG	3	e	L
L	recovery	NNP	8	Recovery	K
L	recreating	VBG	3	e	L
L	rediculous	JJ	9	idiculous	L
L	reffered	VBD	5	er	L
L	regading	VBG	3	e	L
L	regreted	VBD	2		L
L	reigon	NN	4	gion	L
L	relaxes	VBZ	2		L
L	renigged	VBD	5	ege	L
L	rep.	NNP	0		L
L	replies	NNS	3	y	L
L	repoire	NN	6	apport	L
L	representatives	NNPS	1		K
L	resond	VBP	3	pond	L
L	respects	NNS	0		L
L	rick	GW	0	Hopkinson@ENRON_DEVELOPMENT	K
L	ridiculized	VBD	4	e	L
L	righter	NNP	0		L
L	rights	NN	1		L
L	riiight	UH	5	ght	L
L	roaming	VBG	3		L
L	roasted	VBN	2		L
L	robert	GW	0	CWilliams@ENRON_DEVELOPMENT	K
L	roberts	NNPS	0		K
L	rocca	NNP	0		K
L	rockers	NNPS	6	ockers	K
L	rode	NN	2	ad	L
L	rode	VBD	3	ide	L
L	roderigo	NNP	7	oderigo	K
L	romatic	JJ	3	ntic	L
L	rounds	NNS	1		L
L	rrly	RB	3	arely	L
L	rsjacobs@encoreacq.com	ADD	0		K
L	rudest	JJS	2		L
L	rummy	NNP	0		K
L	russell	GW	0	Montgomery@ENRON	K
L	s	POS	1	's	L
L	s	PRP	1	we	L
L	s	VBZ	1	be	L
L	saaaaaam	NNP	8	Sam	K
L	saem_aero	NNP	0		L
L	safest	JJS	2		L
L	saints	NNPS	1		K
L	saloon	NNP	5	aloon	K
L	saltimboca	NN	1	ca	L
L	sanwiches	NNS	6	dwich	L
L	sat	NNP	0	urday	K
L	save	VBD	0		L
L	saxon	JJ	5	Saxon	K
L	saxons	NNPS	6	Saxon	K
L	scheduled	NN	1		L
L	scissors	NNS	0		L
L	scottish	JJ	0		K
L	se	VBP	2	be	L
L	sean.cooper@elpaso.com	ADD	0		K
L	see	VBN	0		L
L	segueway	VB	3		L
L	seince	IN	5	ince	L
L	seperates	VBZ	6	arate	L
L	sercvice	NN	5	vice	L
L	serivce	NN	4	vice	L
L	set	VBD	0		L
L	sez	VBZ	2	ay	L
L	sh*t	NN	2	it	L
L	shackled	VBN	1		L
L	shakespearean	JJ	0		K
L	shallac	NN	5	ellac	L
L	shamanism	NNP	0		K
L	shawna	GW	0	Johnson@ENRON	K
L	shedding	VBG	4		L
L	sheisters	NNS	7	yster	L
L	shock	NNP	4	hock	K
L	shoes	VBZ	1		L
L	sice	IN	2	nce	L
L	sieze	VB	4	eize	L
L	simple	RB	1	y	L
L	simpler	JJR	1		L
L	sinhala	JJ	0		K
L	sitting	NNP	0		L
L	sixties	NNS	0		L
L	skilling	NNP	0		K
L	slammed	VBD	3		L
L	slower	RBR	2		L
L	smart	NNP	0		L
L	smarter	JJR	2		L
L	smartest	JJS	3		L
L	smiling	VBG	3	e	L
L	smoked	VBD	1		L
L	smoking	VBG	3	e	L
L	sms	VB	0		K
L	snake	NNP	5	Snake	K
L	soaked	VBN	2		L
L	soaking	VBG	3		L
L	sol	NNP	2	ol	K
L	some	GW	0	one	L
L	someon	NN	0	e	L
L	somethin	NN	0	g	L
L	soo	RB	1		L
L	sooo	RB	2		L
L	sound	NNP	0		L
L	sox	NNPS	3	Sox	K
L	spacetoday.net	ADD	0		K
L	spartan	JJ	0		L
L	spoilt	VBN	1		L
L	sponoring	VBG	3		L
L	spot	NNP	0		K
L	springer	NNP	0		L
L	springs	NNPS	0		K
L	squirelled	VBN	5	rel	L
L	sstaff	NN	5	taff	L
L	stainless	NNP	0		K
L	stamped	VBN	2		L
L	stanley	GW	0	Horton@ENRON	K
L	starbucks	NNPS	0		K
L	starters	NNS	1		L
L	steamboat	NNP	0		K
L	stephen.dyer@bakerbotts.com	ADD	0		K
L	stole	VBD	3	eal	L
L	struck	VBD	3	ike	L
L	studied	VBD	3	y	L
L	studied	VBN	3	y	L
L	studies	NNPS	3	y	K
L	studies	VBZ	3	y	L
L	styled	VBD	1		L
L	suarez	NNP	0		K
L	succumbed	VBD	2		L
L	sunglasses	NNS	0		L
L	supercuts	NNP	0		L
L	superintendant	NN	3	ent	L
L	surest	JJS	2		L
L	surley	JJ	2	y	L
L	surounded	VBD	6	round	L
L	surpluses	NNS	2		L
L	surroundings	NNS	0		L
L	surv	GW	0	ive	L
L	sus	JJ	0	pect	L
L	susan	GW	0	Rance@ENRON	K
L	swifties	NNPS	0		K
L	swiss	JJ	0		K
L	swung	VBN	3	ing	L
L	t	CD	0	rillion	L
L	t	GW	0	ruthout	L
L	t.	IN	1	o	L
L	t2i	NN	0		K
L	t3i	NNP	0		L
L	taffy	NNP	0		K
L	tajiks	NNPS	1		K
L	talked	VB	2		L
L	tamed	VBD	1		L
L	tamil	JJ	0		K
L	tana.jones@en	ADD	0		K
L	targeted	VBD	2		L
L	tasting	VBG	3	e	L
L	taught	VBD	5	each	L
L	te	DT	1	he	L
L	ted.bockius@ivita.com	ADD	0		K
L	temperment	NN	4	ament	L
L	texan	JJ	0		L
L	th	IN	0	at	L
L	thaks	NN	2	nks	L
L	thanksgiv8ing	NNP	4	ing	K
L	the	TO	2	o	L
L	the	WDT	1	at	L
L	theeth	NNS	5	ooth	L
L	thei	PRP	1	y	L
L	then	PRP	1	y	L
L	ther	DT	1		L
L	theraphy	NN	2	y	L
L	thes	DT	1		L
L	they	EX	1	re	L
L	they're	PRP$	4	ir	L
L	thi$	DT	1	s	L
L	thinnest	JJS	4		L
L	tho	IN	0	ugh	L
L	thouhgt	VBD	5	ink	L
L	throat	NNP	0		K
L	through	JJ	5	orough	L
L	through	VB	3	w	L
L	thu	NNP	0	rsday	K
L	thumpstar	NNP	0		L
L	ti	PRP	2	it	L
L	ties	NNS	1		L
L	til	IN	0	l	L
L	titts	NNS	2		L
L	to	DT	1	he	L
L	to	VB	2	do	L
L	toda	NN	0	y	L
L	toned	VBN	1		L
L	too	IN	1		L
L	took	VBN	3	ake	L
L	torrance	NNP	8	Torrance	K
L	totalling	VBG	4		L
L	township	NNP	7	ownship	K
L	travelling	VBG	4		L
L	treated	VBD	2		L
L	tress	NNS	2	e	L
L	tripadvisor	NNP	0		L
L	trousers	NNS	0		L
L	tryed	VBN	1		L
L	tue.	NNP	1	sday	K
L	tues.	NNP	1	day	K
L	tuned	VBN	1		L
L	tupperwear	NN	3	are	L
L	turkish	JJ	0		K
L	turn	VBN	0		L
L	twinkies	NNS	3	y	L
L	u	PRP	1	you	L
L	ufc	NNP	0		L
L	uhh	UH	1		L
L	ul	NNP	0		L
L	un-ruly	JJ	5	ruly	L
L	unconcious	JJ	5	scious	L
L	unde$tood	VBD	5	rstand	L
L	under	AFX	0	educated	L
L	unfortunalty	RB	3	tely	L
L	unlce	NN	3	cle	L
L	unlimited	NNP	8	nlimited	K
L	unneccesary	JJ	6	essary	L
L	unravelling	VBG	4		L
L	up	GW	0	hill	L
L	ur	PRP$	2	your	L
L	ursula	NNP	0		K
L	us$	$	0		K
L	usally	RB	4	ually	L
L	use	JJ	0	d	L
L	use	PRP	3	we	L
L	use	VBD	0		L
L	used	VB	1		L
L	useing	VBG	3	e	L
L	uv	NN	1	ltra-violet	L
L	v	NN	0		L
L	v	VBP	1	have	L
L	valdes	NNPS	0		K
L	vanguard	NNP	0		L
L	varie$	VBZ	3	y	L
L	varieties	NNS	3	y	L
L	ve	VBP	2	have	L
L	vegetarianism	NNP	0		K
L	vince	GW	0	JKaminski@ECT	K
L	visa	RB	2	ce	L
L	vitamins	NNS	1		L
L	voice	NNP	0		L
L	w	IN	0	ith	L
L	w	JJ	0		K
L	w/	IN	1	ith	L
L	w/o	IN	2	ithout	L
L	w/out	IN	4	ithout	L
L	waaaaaaaaaaaaay	RB	13	y	L
L	waht	WP	3	hat	L
L	wan	VB	0	t	L
L	wandering	VBG	8	onder	L
L	waning	VBG	3	e	L
L	wantons	NNS	6	onton	L
L	warrenty	NN	4	anty	L
L	wase	VBD	4	be	L
L	wasting	VBG	3	e	L
L	wayne	GW	0	Perry@ENRON_DEVELOPMENT	K
L	we	VBD	2	be	L
L	wed	NNP	0	nesday	K
L	wel	UH	0	l	L
L	welcomed	VBD	1		L
L	werewolf	NNP	8	Werewolf	K
L	wetter	JJR	3		L
L	whasssup	UH	3	up	L
L	what	GW	0	ever	L
L	what	VBP	3	ant	L
L	when	GW	0	ever	L
L	where	GW	0	ver	L
L	where-ever	WRB	5	ver	L
L	whhich	WDT	4	ich	L
L	whie	IN	1	le	L
L	whitehouse.gov	NNP	0		L
L	whitish	JJ	0		L
L	who's	WP$	2	se	L
L	wholes	NNS	6	hole	L
L	whoooooo	WP	5		L
L	widest	JJS	2		L
L	wierd	JJ	4	eird	L
L	wil	MD	0	l	L
L	will	IN	3	hile	L
L	will	NNP	4	Will	K
L	willl	MD	1		L
L	win	GW	1	thin	L
L	windsheild	NN	4	ield	L
L	with	MD	2	ll	L
L	woke	VBD	3	ake	L
L	woken	VBN	4	ake	L
L	womanish	JJ	0		L
L	wonder	NNP	0		L
L	woods	NNPS	0		K
L	worht	JJ	2	th	L
L	worshiped	VBN	2		L
L	wud	MD	2	ould	L
L	www.caem.org	ADD	0		L
L	x33098	NN	0		K
L	x37047	NN	0		K
L	xferring	VBG	8	transfer	L
L	y	WRB	1	why	L
L	ya	PRP	1	ou	L
L	ya'll	PRP	4	'all	L
L	yamwhatiyam	NNP	0		L
L	ye	NN	0		K
L	ye$	UH	1	s	L
L	yelled	VBD	2		L
L	ymsgr:sendim?mayursha&__hi+mayur...	ADD	0		K
L	yo	PRP	0	u	L
L	yorkedness	NN	10	Yorkedness	K
L	yorkshire	NNP	9	Yorkshire	K
L	youngsteers	NNS	3	r	L
L	your	GW	0	self	L
L	youre	PRP$	1		L
L	youth	NNS	0		L
L	yrs	NNS	2	ear	L
L	yrs.	NNS	3	ear	L
L	yuor	PRP$	3	our	L
L	z1	NNP	0		K
L	√É¬≥l	JJ	5	old	L
L	‚Äì	NFP	3	-	L
L	‚Äî	:	3	-	L
L	‚Äô	''	3	'	L
L	‚Äô72	CD	5	'72	L
L	‚Äô73	CD	5	'73	L
L	‚Äôm	VBP	4	be	L
L	‚Äôs	PRP	4	we	L
L	‚Äôve	VBP	5	have	L
L	‚Äù	``	3	"	L
L	‚Ä¶.	,	4	..	L
L	‚Ä¶.	.	4	..	L
R	$		0		L
R	$	d	0		K
R	$	s	0		K
R	''		0		L
R	''	ô	6	''	L
R	''	ù	3	"	L
R	,		0		L
R	,	ì	3	-	L
R	,	î	3	-	L
R	-LRB-		0		L
R	-RRB-		0		L
R	.		0		L
R	.	¶	3	.	L
R	:		0		L
R	:	ì	3	-	L
R	ADD		0		L
R	ADD	3	0		K
R	ADD	4	0		K
R	ADD	b.com	0		K
R	ADD	en	0		L
R	ADD	f.jpg	0		L
R	ADD	g	0		K
R	ADD	n	0		K
R	ADD	ng	0		L
R	ADD	ol.com	0		K
R	ADD	t.com	0		K
R	ADD	u.com	0		K
R	ADD	y.com	0		K
R	ADD	yl.htm	0		K
R	AFX		0		L
R	AFX	do	0		K
R	AFX	e	0	mail	L
R	AFX	lo	5	Anglo	K
R	AFX	re	0		L
R	AFX	ver	0	priced	L
R	CC		0		L
R	CC	n	0	d	L
R	CD		0		L
R	CD	,000	4	000	L
R	CD	,008	4	008	L
R	CD	,200	4	200	L
R	CD	,500	4	500	L
R	CD	,600	4	600	L
R	CD	,700	4	700	L
R	CD	.61	7	202.61	L
R	CD	000.00	7	000.00	L
R	CD	b	0	illion	L
R	CD	bn	1	illion	L
R	CD	i	0		K
R	CD	k	1	thousand	L
R	CD	m	0	illion	L
R	CD	mm	0		L
R	CD	v	0		K
R	DT		0		L
R	DT	d	2		L
R	DT	eh	2	he	L
R	DT	n	1		L
R	DT	ose	3	at	L
R	DT	se	3	is	L
R	EX		0		L
R	EX	r	2	re	L
R	FW		0		L
R	FW	c	0	.	L
R	FW	ie	1	.e.	L
R	GW		0		L
R	GW	-12	0		L
R	GW	2	0		K
R	GW	3	0		K
R	GW	an	0	Patel@ENRON	K
R	GW	ck	0	Hansen@ENRON	K
R	GW	ct	0		K
R	GW	ect	0		L
R	GW	ee	0		K
R	GW	en	0	Rice@ENRONCOMMUNICATIONS	K
R	GW	ere	0	fore	L
R	GW	ey	0	Diebner@ECT	K
R	GW	f	0	way	L
R	GW	h	0	out	L
R	GW	i	0		K
R	GW	id	0	Forster@ENRON	K
R	GW	ie	0	Leigh@ECT	K
R	GW	im	0	HKhan@TRANSREDES	K
R	GW	in	0	deed	L
R	GW	k	0		K
R	GW	l	1	together	L
R	GW	la	5	rsula	K
R	GW	m	0	-notebook.url	L
R	GW	my	0	self	L
R	GW	ner	6	renner	K
R	GW	ny	0	one	L
R	GW	ore	0	mentioned	L
R	GW	ra	0	Shackleton@ECT	K
R	GW	ut	0	side	L
R	HYPH		0		L
R	IN		0		L
R	IN	and	2	s	L
R	IN	cuse	3	ause	L
R	IN	fo	0	r	L
R	IN	he	1	an	L
R	IN	hen	2	an	L
R	IN	k	0	e	L
R	IN	ta	2	of	L
R	IN	u	1	ough	L
R	IN	vs	1	ersus	L
R	IN	wether	5	hether	L
R	JJ		0		L
R	JJ	'ite	0		K
R	JJ	amic	0		K
R	JJ	an	0		K
R	JJ	anic	7	Satanic	K
R	JJ	arian	0		L
R	JJ	b	0		K
R	JJ	ban	0		L
R	JJ	casian	9	Caucasian	K
R	JJ	chi	0		L
R	JJ	dating	7	modating	L
R	JJ	ean	0		L
R	JJ	em	0		K
R	JJ	ese	0		K
R	JJ	gan	0		L
R	JJ	hia	0		K
R	JJ	i	0		K
R	JJ	iite	0		K
R	JJ	ish	0		K
R	JJ	jan	0		L
R	JJ	kan	0		L
R	JJ	kish	0		L
R	JJ	lim	0		K
R	JJ	man	0		L
R	JJ	mb	0		L
R	JJ	nch	0		K
R	JJ	nkan	0		K
R	JJ	pean	0		K
R	JJ	rb	0		L
R	JJ	rman	0		K
R	JJ	snian	0		L
R	JJ	tin	0		K
R	JJ	ttish	0		L
R	JJ	tun	0		K
R	JJ	uban	0		K
R	JJ	uth	0		K
R	JJ	van	0		L
R	JJ	vilian	0		L
R	JJ	yan	0		L
R	JJR		0		L
R	JJR	ater	2		L
R	JJR	cer	1		L
R	JJR	fer	1		L
R	JJR	ger	1		L
R	JJR	gger	3		L
R	JJR	hter	2		L
R	JJR	ider	1		L
R	JJR	ier	3	y	L
R	JJR	later	1		L
R	JJR	nger	2		L
R	JJR	r	2		L
R	JJR	se	5	bad	L
R	JJR	ser	1		L
R	JJR	ster	2		L
R	JJR	ter	6	good	L
R	JJS		4	good	L
R	JJS	anest	3		L
R	JJS	ast	0		L
R	JJS	cest	2		L
R	JJS	dest	3		L
R	JJS	eatest	3		L
R	JJS	gest	2		L
R	JJS	ggest	4		L
R	JJS	hest	3		L
R	JJS	iest	4	y	L
R	JJS	kest	3		L
R	JJS	lest	3		L
R	JJS	nest	2		L
R	JJS	ngest	3		L
R	JJS	ost	0		L
R	JJS	pest	3		L
R	JJS	rest	3		L
R	JJS	rst	5	bad	L
R	JJS	test	2		L
R	JJS	west	3		L
R	LS		0		L
R	MD		0		L
R	MD	'd	2	would	L
R	MD	'll	3	will	L
R	MD	a	0	n	L
R	MD	lt	1	l	L
R	MD	o	1	ill	L
R	MD	ud	1	ld	L
R	NFP		0		L
R	NN		0		L
R	NN	.m	0	.	L
R	NN	0	0		K
R	NN	03	0		L
R	NN	1	0		K
R	NN	2	0		K
R	NN	20	0		L
R	NN	2b	0		K
R	NN	3	0		K
R	NN	4	0		K
R	NN	7.doc	0		K
R	NN	72	0		L
R	NN	90	0		L
R	NN	aa	0		K
R	NN	amist	8	Islamist	K
R	NN	dt	0		K
R	NN	epm	0		K
R	NN	eth	4	ooth	L
R	NN	gis	0		K
R	NN	hr	0		K
R	NN	hz	0		K
R	NN	iv	0		L
R	NN	j	0		K
R	NN	oa	0		K
R	NN	oone	3	-one	L
R	NN	pm	1	.m.	L
R	NN	pr	0		K
R	NN	rc	0		K
R	NN	rom	3	ROM	K
R	NN	sap	0		K
R	NN	sb	0		K
R	NN	sf	0		K
R	NN	suv	0		L
R	NN	turant	5	aurant	L
R	NN	uv	2	ove	L
R	NN	v	0		K
R	NN	v.	3	V	K
R	NN	vce	3	ervice	L
R	NN	yr	1	ear	L
R	NNP		0		K
R	NNP	$	1	S	K
R	NNP	'	0		L
R	NNP	's	2	s	K
R	NNP	00	0		L
R	NNP	1	0		L
R	NNP	3c	0		L
R	NNP	4	0		L
R	NNP	4g	0		L
R	NNP	7th	0		L
R	NNP	9	0		L
R	NNP	alf	0		L
R	NNP	alon	0		L
R	NNP	an.	1	uary	K
R	NNP	apr	0	il	K
R	NNP	asonic	0		K
R	NNP	at.	1	urday	K
R	NNP	atown	0		L
R	NNP	bd	0		L
R	NNP	box	2	ox	K
R	NNP	broad	0		L
R	NNP	canon	5	Canon	K
R	NNP	cca	0		L
R	NNP	cd	0		L
R	NNP	cel	0		L
R	NNP	ct.	1	ober	K
R	NNP	cust	5	ocust	K
R	NNP	dhouse	8	oadhouse	K
R	NNP	eb.	1	ruary	K
R	NNP	ebay	0		L
R	NNP	ec.	1	ember	K
R	NNP	ed.	1	nesday	K
R	NNP	edge	0		L
R	NNP	edia	0		L
R	NNP	eis	0		L
R	NNP	emed	2		K
R	NNP	ept	0	ember	K
R	NNP	esse	6	agesse	K
R	NNP	fa	0		L
R	NNP	feb	0	ruary	K
R	NNP	fee	0		L
R	NNP	fri	0	day	K
R	NNP	fy	0		L
R	NNP	gates	0		K
R	NNP	gen	0		L
R	NNP	get	6	ridget	K
R	NNP	ggy	0		L
R	NNP	gov.	0		K
R	NNP	hot	0		L
R	NNP	i.	1	day	K
R	NNP	ience	0		L
R	NNP	iffer	0		L
R	NNP	ihop	0		L
R	NNP	imp	0		L
R	NNP	inos	0		L
R	NNP	ise	5	enise	K
R	NNP	issan	0		L
R	NNP	lass	4	lass	K
R	NNP	lates	0		K
R	NNP	lch	0		L
R	NNP	less	0		L
R	NNP	ling	3		K
R	NNP	mod	3	Mod	K
R	NNP	mon	0		L
R	NNP	ncher	0		L
R	NNP	nect	0		L
R	NNP	nism	8	Satanism	K
R	NNP	nut	0		L
R	NNP	oat	0		L
R	NNP	oct	0	ober	K
R	NNP	on.	1	day	K
R	NNP	orence	0		L
R	NNP	orua	0		L
R	NNP	ov	0	ember	K
R	NNP	ov.	1	ember	K
R	NNP	peggy	0		K
R	NNP	pet	0		L
R	NNP	phael	6	aphael	K
R	NNP	pic	0		L
R	NNP	pot	0		L
R	NNP	pt.	1	ember	K
R	NNP	ptain	7	Captain	K
R	NNP	pus	6	lympus	K
R	NNP	rant	0		L
R	NNP	rez	4	erez	K
R	NNP	riving	0		L
R	NNP	rport	7	Airport	K
R	NNP	ru	0		L
R	NNP	sonic	0		L
R	NNP	sting	0		L
R	NNP	sula	0		L
R	NNP	tes	0		L
R	NNP	tmas	9	Christmas	K
R	NNP	tness	6	itness	K
R	NNP	tube	0		K
R	NNP	tus	0		L
R	NNP	ube	0		L
R	NNP	uch	0		L
R	NNP	uise	0		L
R	NNP	umber	0		L
R	NNP	ummy	0		L
R	NNP	un.	1	day	K
R	NNP	ur.	1	sday	K
R	NNP	wal	0		L
R	NNP	wyn	6	oodwyn	K
R	NNP	xbox	0		K
R	NNP	znov	0		K
R	NNP	zone	0		L
R	NNPS		1		K
R	NNPS	's	2		K
R	NNPS	a	0		K
R	NNPS	ams	1		L
R	NNPS	arks	5	parks	K
R	NNPS	cas	0		K
R	NNPS	cks	1		K
R	NNPS	cs	0		K
R	NNPS	dies	3	ed	K
R	NNPS	dings	0		K
R	NNPS	e	0		K
R	NNPS	ees	0		K
R	NNPS	hes	2		K
R	NNPS	hs	4	yths	K
R	NNPS	ies	3	y	K
R	NNPS	ines	0		K
R	NNPS	ints	1		L
R	NNPS	kers	0		K
R	NNPS	ks	0		K
R	NNPS	les	0		K
R	NNPS	lics	1		K
R	NNPS	lls	0		K
R	NNPS	n	0		K
R	NNPS	ners	0		K
R	NNPS	nines	7	Pennines	K
R	NNPS	nos	9	Filipino	K
R	NNPS	rans	1		L
R	NNPS	rines	1		K
R	NNPS	tworks	1		K
R	NNPS	ves	0		K
R	NNPS	vis	0		K
R	NNPS	z	5	tarzz	K
R	NNS		1		L
R	NNS	"	0		L
R	NNS	$	0		L
R	NNS	'	0		L
R	NNS	's	2		L
R	NNS	.	2	.	L
R	NNS	0's	2	s	L
R	NNS	0s	0		L
R	NNS	7s	1		K
R	NNS	a	0		L
R	NNS	anners	0		L
R	NNS	arters	0		L
R	NNS	buses	2		L
R	NNS	c.	0		L
R	NNS	cies	0		L
R	NNS	ctics	1		L
R	NNS	d	0		L
R	NNS	ddies	1		L
R	NNS	dgies	1		L
R	NNS	dices	3	x	L
R	NNS	e	0		L
R	NNS	eans	0		L
R	NNS	edings	0		L
R	NNS	een	0		L
R	NNS	emists	1		L
R	NNS	eties	0		L
R	NNS	f	0		L
R	NNS	fics	0		L
R	NNS	ft	0		L
R	NNS	g	0		L
R	NNS	gards	0		L
R	NNS	goods	0		L
R	NNS	h	0		L
R	NNS	hanks	0		L
R	NNS	hes	2		L
R	NNS	i	1	us	L
R	NNS	icies	3	y	L
R	NNS	ies	3	y	L
R	NNS	ieves	3	f	L
R	NNS	in	0	ute	L
R	NNS	k	0		L
R	NNS	ken	0		L
R	NNS	l	2	eople	L
R	NNS	lages	4	ege	L
R	NNS	lives	3	fe	L
R	NNS	lves	3	f	L
R	NNS	m	0		L
R	NNS	mains	0		L
R	NNS	men	2	an	L
R	NNS	mice	3	ouse	L
R	NNS	mics	0		L
R	NNS	mins	1	ute	L
R	NNS	mists	9	Islamist	K
R	NNS	n	3		L
R	NNS	nages	5	ange	L
R	NNS	nances	0		L
R	NNS	ncies	3	y	L
R	NNS	nitals	0		L
R	NNS	nkies	1		L
R	NNS	okies	1		L
R	NNS	onies	3	ey	L
R	NNS	oops	0		L
R	NNS	otics	1		L
R	NNS	outs	0		L
R	NNS	p	0		L
R	NNS	plies	0		L
R	NNS	ppies	1		L
R	NNS	r	0		L
R	NNS	roms	4	ROM	K
R	NNS	rounds	0		L
R	NNS	shanks	1		L
R	NNS	sses	2		L
R	NNS	t	3	oot	L
R	NNS	tcies	3	y	L
R	NNS	tents	0		L
R	NNS	th	4	ooth	L
R	NNS	thes	0		L
R	NNS	tics	0		L
R	NNS	u	0		L
R	NNS	vies	1		L
R	NNS	vings	0		L
R	NNS	wives	3	fe	L
R	NNS	x	1	k	L
R	NNS	xes	2		L
R	NNS	y	0		L
R	NNS	yses	2	is	L
R	PDT		0		L
R	POS		0		L
R	POS	'	0	s	L
R	POS	ô	3	's	L
R	POS	ôs	4	's	L
R	PRP		0		L
R	PRP	es	0		L
R	PRP	i	0		K
R	PRP	im	2	e	L
R	PRP	ine	3	y	L
R	PRP	is	0		L
R	PRP	m	1	y	L
R	PRP	me	2	I	K
R	PRP	r	3	she	L
R	PRP	re	2	y	L
R	PRP	rs	1		L
R	PRP	s	2	we	L
R	PRP	the	0	y	L
R	PRP$		0		L
R	PRP$	're	3	r	L
R	PRP$	's	2	s	L
R	PRP$	e	2	ir	L
R	PRP$	o	0	ur	L
R	PRP$	t	1	r	L
R	PRP$	u	0	r	L
R	RB		0		L
R	RB	't	2	ot	L
R	RB	aly	1	ly	L
R	RB	an	2	en	L
R	RB	ant	0		L
R	RB	ap	0		K
R	RB	em	1	n	L
R	RB	every	1		L
R	RB	ir	2	re	L
R	RB	letly	2	ely	L
R	RB	nt	1	ot	L
R	RB	ruely	3	ly	L
R	RB	to	0	o	L
R	RB	ôt	4	ot	L
R	RBR		0		L
R	RBR	ger	2		L
R	RBR	gher	2		L
R	RBR	her	6	ar	L
R	RBR	ier	3	y	L
R	RBR	ner	2		L
R	RBR	r	1		L
R	RBR	se	5	badly	L
R	RBR	ster	2		L
R	RBR	tter	6	well	L
R	RBS		0		L
R	RBS	est	4	well	L
R	RBS	rst	5	bad	L
R	RP		0		L
R	SYM		0		L
R	SYM	a	0		K
R	TO		0		L
R	TO	a	2	to	L
R	TO	oo	1		L
R	TO	ta	1	o	L
R	UH		0		L
R	UH	mmm	1		L
R	UH	mmmm	3		L
R	UH	mmmmm	4		L
R	VB		0		L
R	VB	cieve	4	eive	L
R	VB	loose	3	se	L
R	VB	of	2	have	L
R	VB	omend	3	mend	L
R	VBD		3	be	L
R	VBD	'd	2	have	L
R	VBD	ad	1	ve	L
R	VBD	aded	1		L
R	VBD	aid	2	y	L
R	VBD	alt	1		L
R	VBD	ant	1		L
R	VBD	asted	1		L
R	VBD	at	2	it	L
R	VBD	ate	3	eat	L
R	VBD	ated	1		L
R	VBD	aught	4	tch	L
R	VBD	aw	2	ee	L
R	VBD	bbed	3		L
R	VBD	bed	1		L
R	VBD	bought	5	uy	L
R	VBD	cared	1		L
R	VBD	ced	1		L
R	VBD	ceded	1		L
R	VBD	cieved	5	eive	L
R	VBD	ck	3	ick	L
R	VBD	d	2		L
R	VBD	de	2	ke	L
R	VBD	died	1		L
R	VBD	dled	1		L
R	VBD	drew	2	aw	L
R	VBD	e	4	be	L
R	VBD	ead	0		L
R	VBD	eaded	2		L
R	VBD	eed	1		L
R	VBD	eld	3	old	L
R	VBD	elled	3		L
R	VBD	et	1	et	L
R	VBD	eted	1		L
R	VBD	filed	1		L
R	VBD	flew	2	y	L
R	VBD	ft	2	ave	L
R	VBD	g	3	ing	L
R	VBD	ged	1		L
R	VBD	gged	3		L
R	VBD	gined	1		L
R	VBD	gled	1		L
R	VBD	here	5	be	L
R	VBD	honed	1		L
R	VBD	ht	5	ink	L
R	VBD	id	2	o	L
R	VBD	ided	1		L
R	VBD	ied	3	y	L
R	VBD	iked	1		L
R	VBD	ilt	1	d	L
R	VBD	ired	1		L
R	VBD	it	0		L
R	VBD	k	3	ake	L
R	VBD	ke	3	eak	L
R	VBD	l	3	all	L
R	VBD	lasted	2		L
R	VBD	ld	3	ell	L
R	VBD	let	0		L
R	VBD	loped	2		L
R	VBD	lped	2		L
R	VBD	lt	2	el	L
R	VBD	me	3	ome	L
R	VBD	mined	1		L
R	VBD	mped	2		L
R	VBD	n	2	in	L
R	VBD	nd	4	ind	L
R	VBD	nk	3	ink	L
R	VBD	nned	3		L
R	VBD	nt	4	go	L
R	VBD	od	3	and	L
R	VBD	oided	2		L
R	VBD	onged	2		L
R	VBD	oped	1		L
R	VBD	ore	3	ear	L
R	VBD	ored	1		L
R	VBD	oted	1		L
R	VBD	oured	2		L
R	VBD	pared	1		L
R	VBD	ped	3		L
R	VBD	pent	1	d	L
R	VBD	pt	2	ep	L
R	VBD	ran	2	un	L
R	VBD	rd	1		L
R	VBD	rose	3	ise	L
R	VBD	rought	5	ing	L
R	VBD	rred	3		L
R	VBD	rt	0		L
R	VBD	se	2	ose	L
R	VBD	sed	1		L
R	VBD	sent	1	d	L
R	VBD	sought	5	eek	L
R	VBD	ssed	2		L
R	VBD	st	1	e	L
R	VBD	t	2	et	L
R	VBD	te	3	ite	L
R	VBD	tled	1		L
R	VBD	tted	3		L
R	VBD	uded	1		L
R	VBD	ued	1		L
R	VBD	uled	1		L
R	VBD	ung	3	ang	L
R	VBD	ured	1		L
R	VBD	ut	0		L
R	VBD	uted	1		L
R	VBD	ve	3	ive	L
R	VBD	ved	1		L
R	VBD	voked	1		L
R	VBD	w	2	ow	L
R	VBD	zed	1		L
R	VBG		3		L
R	VBG	aking	3	e	L
R	VBG	aping	3	e	L
R	VBG	ating	3	e	L
R	VBG	auling	3		L
R	VBG	bbing	4		L
R	VBG	biting	3	e	L
R	VBG	bling	3	e	L
R	VBG	caring	3	e	L
R	VBG	cing	3	e	L
R	VBG	citing	3	e	L
R	VBG	cling	3	e	L
R	VBG	cusing	3		L
R	VBG	dining	3	e	L
R	VBG	dling	3	e	L
R	VBG	eaking	3		L
R	VBG	eaming	3		L
R	VBG	eating	3		L
R	VBG	fining	3	e	L
R	VBG	gging	4		L
R	VBG	ging	3	e	L
R	VBG	gling	3	e	L
R	VBG	haring	3	e	L
R	VBG	hoping	3	e	L
R	VBG	ibing	3	e	L
R	VBG	idding	4		L
R	VBG	iding	3	e	L
R	VBG	iking	3	e	L
R	VBG	iming	3		L
R	VBG	in	2		L
R	VBG	inging	3		L
R	VBG	iring	3	e	L
R	VBG	joking	3	e	L
R	VBG	kling	3	e	L
R	VBG	laring	3	e	L
R	VBG	leting	3	e	L
R	VBG	ming	3	e	L
R	VBG	mining	3	e	L
R	VBG	mming	4		L
R	VBG	moting	3	e	L
R	VBG	n	1		L
R	VBG	nning	4		L
R	VBG	noring	3	e	L
R	VBG	oating	3		L
R	VBG	oiding	3		L
R	VBG	onging	3		L
R	VBG	ooming	3		L
R	VBG	ouring	3		L
R	VBG	outing	3		L
R	VBG	paring	3	e	L
R	VBG	peting	3	e	L
R	VBG	pping	4		L
R	VBG	rading	3	e	L
R	VBG	riting	3	e	L
R	VBG	rming	3		L
R	VBG	rring	4		L
R	VBG	sing	3	e	L
R	VBG	ssing	3		L
R	VBG	thing	3	e	L
R	VBG	tling	3	e	L
R	VBG	toring	3	e	L
R	VBG	tting	4		L
R	VBG	uding	3	e	L
R	VBG	uing	3	e	L
R	VBG	uling	3	e	L
R	VBG	uoting	3	e	L
R	VBG	uring	3	e	L
R	VBG	uting	3	e	L
R	VBG	ving	3	e	L
R	VBG	viting	3	e	L
R	VBG	zing	3	e	L
R	VBN		2		L
R	VBN	ad	1	ve	L
R	VBN	aired	2		L
R	VBN	aked	1		L
R	VBN	amed	1		L
R	VBN	an	2	un	L
R	VBN	ant	1		L
R	VBN	aped	1		L
R	VBN	ared	1		L
R	VBN	ast	0		L
R	VBN	asted	1		L
R	VBN	ated	1		L
R	VBN	aten	2		L
R	VBN	aught	4	tch	L
R	VBN	auled	2		L
R	VBN	bbed	3		L
R	VBN	bed	1		L
R	VBN	bid	0		L
R	VBN	bined	1		L
R	VBN	bled	1		L
R	VBN	bought	5	uy	L
R	VBN	bred	1	ed	L
R	VBN	ccused	1		L
R	VBN	ced	1		L
R	VBN	ciled	1		L
R	VBN	cited	1		L
R	VBN	cused	2		L
R	VBN	de	2	ke	L
R	VBN	den	3	e	L
R	VBN	died	1		L
R	VBN	dited	1		L
R	VBN	dled	1		L
R	VBN	ead	0		L
R	VBN	eamed	2		L
R	VBN	eared	2		L
R	VBN	eated	2		L
R	VBN	edded	3		L
R	VBN	eed	1		L
R	VBN	eld	3	old	L
R	VBN	elt	2	el	L
R	VBN	filed	1		L
R	VBN	fined	1		L
R	VBN	fled	1		L
R	VBN	flown	3	y	L
R	VBN	ft	2	ave	L
R	VBN	g	3	ang	L
R	VBN	ged	1		L
R	VBN	gged	3		L
R	VBN	gled	1		L
R	VBN	gun	2	in	L
R	VBN	hot	1	ot	L
R	VBN	ht	5	ink	L
R	VBN	id	2	y	L
R	VBN	ided	1		L
R	VBN	ied	3	y	L
R	VBN	iked	1		L
R	VBN	ilt	1	d	L
R	VBN	ired	1		L
R	VBN	itored	2		L
R	VBN	k	3	ick	L
R	VBN	ken	1		L
R	VBN	lasted	2		L
R	VBN	ld	3	ell	L
R	VBN	leted	1		L
R	VBN	lined	1		L
R	VBN	lped	2		L
R	VBN	lt	1		L
R	VBN	me	0		L
R	VBN	met	1	et	L
R	VBN	mined	1		L
R	VBN	mmed	3		L
R	VBN	nd	4	ind	L
R	VBN	nned	3		L
R	VBN	nored	1		L
R	VBN	nt	1	d	L
R	VBN	od	3	and	L
R	VBN	oided	2		L
R	VBN	oken	4	eak	L
R	VBN	olen	4	eal	L
R	VBN	omed	1		L
R	VBN	oped	2		L
R	VBN	ot	2	et	L
R	VBN	oted	1		L
R	VBN	otten	5	et	L
R	VBN	oured	2		L
R	VBN	ped	3		L
R	VBN	pled	1		L
R	VBN	pt	2	ep	L
R	VBN	rd	1		L
R	VBN	rn	3	ear	L
R	VBN	rought	5	ing	L
R	VBN	rred	3		L
R	VBN	ruck	3	ike	L
R	VBN	se	0		L
R	VBN	sed	1		L
R	VBN	seen	1		L
R	VBN	sen	3	ose	L
R	VBN	sought	5	eek	L
R	VBN	ssed	2		L
R	VBN	st	1	e	L
R	VBN	t	0		L
R	VBN	taught	5	each	L
R	VBN	ten	3	e	L
R	VBN	thed	1		L
R	VBN	tied	1		L
R	VBN	tled	1		L
R	VBN	tored	1		L
R	VBN	tted	3		L
R	VBN	uded	1		L
R	VBN	ued	1		L
R	VBN	uled	1		L
R	VBN	un	0		L
R	VBN	ured	1		L
R	VBN	uted	1		L
R	VBN	ved	1		L
R	VBN	ven	1		L
R	VBN	vited	1		L
R	VBN	wn	1		L
R	VBN	zed	1		L
R	VBN	zen	4	eeze	L
R	VBP		0		L
R	VBP	've	3	have	L
R	VBP	care	0		L
R	VBP	em	0		L
R	VBP	im	0		L
R	VBP	ire	0		L
R	VBP	m	2	be	L
R	VBP	om	0		L
R	VBP	omend	6	ommend	L
R	VBP	ore	0		L
R	VBP	re	3	be	L
R	VBP	rm	0		L
R	VBP	ure	0		L
R	VBP	v	0	e	L
R	VBP	wan	0	t	L
R	VBZ		2	be	L
R	VBZ	as	1	ve	L
R	VBZ	dies	1		L
R	VBZ	ds	1		L
R	VBZ	es	1		L
R	VBZ	gs	1		L
R	VBZ	hes	2		L
R	VBZ	ies	3	y	L
R	VBZ	ks	1		L
R	VBZ	ls	1		L
R	VBZ	ms	1		L
R	VBZ	ns	1		L
R	VBZ	ocuses	2		L
R	VBZ	oes	2		L
R	VBZ	ps	1		L
R	VBZ	rs	1		L
R	VBZ	sses	2		L
R	VBZ	ts	1		L
R	VBZ	ws	1		L
R	VBZ	ys	1		L
R	VBZ	ôs	4	be	L
R	WDT		0		L
R	WP		0		L
R	WP	ht	1	at	L
R	WP$		0		L
R	WRB		0		L
R	WRB	were	3	here	L
R	``		0		L
R	``	ò	3	'	L
R	``	ô	6	''	L
R	``	ú	3	"	L
