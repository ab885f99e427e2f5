dyad-lemmatizer 1
L	"	NNS	0		L
L	$ervice	NN	7	service	L
L	$ome	DT	4	some	L
L	$ometime$	RB	9	sometimes	L
L	'	POS	0	s	L
L	',	VBP	2	be	L
L	'd	MD	2	would	L
L	'd	VBD	2	have	L
L	'em	PRP	3	they	L
L	'll	MD	3	will	L
L	'm	VBP	2	be	L
L	'n	CC	2	and	L
L	're	VBP	3	be	L
L	's	POS	0		L
L	's	PRP	2	we	L
L	's	VBZ	2	be	L
L	've	VB	3	have	L
L	've	VBP	3	have	L
L	*ss	NN	3	ass	L
L	-ll	MD	3	will	L
L	0nside	JJ	6	inside	L
L	1%p701!.doc	NN	0		K
L	1,183	CD	4	183	L
L	1,350	CD	4	350	L
L	1,613	CD	4	613	L
L	1,650,000	CD	8	650000	L
L	1,922,000	CD	8	922000	L
L	100,000	CD	4	000	L
L	1000.00	CD	0		L
L	1002`s	NNS	2		L
L	14th	NNP	0		L
L	1500	CD	0		L
L	153b09	NNP	0		K
L	15th	NNP	0		L
L	16,900	CD	4	900	L
L	16th	NNP	0		L
L	1?!?!?	.	6	?!?!?	L
L	1s9	NN	0		K
L	2,210	CD	4	210	L
L	20,000,000	CD	8	000000	L
L	200	CD	0		L
L	200,000	CD	4	000	L
L	200,987.33	CD	7	987.33	L
L	2008	CD	0		L
L	21st	NNP	0		L
L	2500	CD	0		L
L	3,202.61	CD	7	202.61	L
L	3,300,000	CD	8	300000	L
L	30,858	CD	4	858	L
L	300,000	CD	4	000	L
L	3143c	NNP	0		L
L	330i	NNP	0		L
L	4	IN	1	for	L
L	4-ever	RB	6	forever	L
L	4g	NNP	0		L
L	500	CD	0		L
L	59,339	CD	4	339	L
L	8	NNP	0		L
L	9/11	NNP	0		L
L	@hatmanone	ADD	0		K
L	@w.a.b.b.y	ADD	0		K
L	`s	VBZ	2	be	L
L	a	CC	0	nd	L
L	a	GW	0		K
L	a	IN	0	t	L
L	a	MD	1	can	L
L	a	NN	0		K
L	a	SYM	0		K
L	a	TO	1	to	L
L	aa	DT	1		L
L	aa	NN	0		K
L	aaaaaggghhhhhh	UH	12	gh	L
L	absoulutely	RB	7	lutely	L
L	abt	IN	1	out	L
L	accomdating	JJ	6	modating	L
L	accomodating	JJ	7	modating	L
L	accusing	VBG	3	e	L
L	actully	RB	3	ally	L
L	added	VBN	2		L
L	adding	VBG	3		L
L	adhear	VBP	2	re	L
L	adhered	VBN	1		L
L	adhering	VBG	3	e	L
L	adn	CC	2	nd	L
L	advise	NN	2	ce	L
L	adw	NNP	0		L
L	afore	GW	0	mentioned	L
L	afraid	NNP	0		L
L	ai	VBP	2	be	L
L	ai	VBZ	2	be	L
L	aiding	VBG	3		L
L	air	GW	0	way	L
L	airlines	NNPS	8	Airline	K
L	airport	NNP	7	Airport	K
L	ak	NN	0		K
L	ak47's	NNS	2		K
L	ak47s	NNS	1		K
L	al	FW	0	.	L
L	algae	NNS	1		L
L	all	GW	1	together	L
L	alma	GW	0	Martinez@ENRON	K
L	am	NN	1	.m.	L
L	am	VBP	2	be	L
L	amanda	GW	0	Huble@ENRON	K
L	amended	NN	2	ment	L
L	ammount	NN	5	ount	L
L	amoung	IN	3	ng	L
L	analyses	NNS	2	is	L
L	analysis_0712	GW	0		K
L	and	DT	2		L
L	and	IN	2	s	L
L	andrea	GW	0	Bertone@ENRON_DEVELOPMENT	K
L	anglo	AFX	5	Anglo	K
L	ans	CC	1	d	L
L	answers	VB	1		L
L	answetred	VBD	4	r	L
L	anti-americanism	NN	0		K
L	anti-israeli	JJ	12	anti-Israeli	K
L	anti-semite	NN	0		K
L	antipasti	NNS	1	o	L
L	any	GW	0	one	L
L	any1	NN	1	one	L
L	anywere	RB	3	here	L
L	ap	NN	0		K
L	aperture	NNP	0		L
L	appartment	NN	8	artment	L
L	appologized	VBD	9	ologize	L
L	appropriations	NNPS	0		K
L	apr	NNP	0	il	K
L	ar	NN	0		K
L	ar	VBP	2	be	L
L	archilochus	NNP	10	rchilochus	K
L	are	VBP	3	be	L
L	art	VBP	3	be	L
L	as	VBZ	2	have	L
L	asap	RB	0		K
L	asians	NNPS	6	Asian	K
L	ask	IN	1		L
L	aspects	NNS	1		L
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
L	authored	VBD	2		L
L	autos	NNPS	1		K
L	avian	JJ	0		L
L	avoided	VBN	2		L
L	avoiding	VBG	3		L
L	b	CD	0	illion	L
L	b	JJ	0		K
L	b	NN	0		K
L	b****	NN	4	itch	L
L	b.	VBN	1	ear	L
L	b/t	IN	2	etween	L
L	b2b	NN	0		K
L	baathist	JJ	0		K
L	babalon	NNP	0		K
L	baby	NNP	0		L
L	backpedalling	VBG	4		L
L	badder	JJR	3		L
L	baked	NNP	1		L
L	ballad	NNP	0		L
L	banging	VBG	3		L
L	bangladeshi	JJ	0		K
L	bare	VB	3	ear	L
L	bases	NNS	2	is	L
L	basic­ally	RB	6	ally	L
L	bathed	VBN	2		L
L	bc	NN	0		K
L	beachcrofts	NNPS	0		K
L	beans	NNS	1		L
L	became	VBN	3	ome	L
L	becouse	IN	4	ause	L
L	becuse	IN	3	ause	L
L	been	VBN	2		L
L	bees'	NNS	2		L
L	begun	VBN	2	in	L
L	belonged	VBD	2		L
L	best	JJS	4	good	L
L	best	NNP	4	Good	K
L	best	RBS	4	well	L
L	better	JJR	6	good	L
L	better	RBR	6	well	L
L	bigger	JJR	3		L
L	biggest	JJS	4		L
L	billiards	NNS	0		L
L	billy	GW	0	Dorsey@ENRON_DEVELOPMENT	K
L	biting	VBG	3	e	L
L	blogger	NNP	0		L
L	bn	CD	1	illion	L
L	boarder	NN	5	rder	L
L	boarders	NNS	6	rder	L
L	bolivar	JJ	0		K
L	borritos	NNS	7	urrito	L
L	bosnian	JJ	0		L
L	botn	VBN	3	ear	L
L	bought	VBD	5	uy	L
L	bought	VBN	5	uy	L
L	bouild	VB	5	uild	L
L	bowl	NNP	3	owl	K
L	box	NNP	2	ox	K
L	bramen	NNP	2	an	K
L	brandeis	NNP	0		K
L	bredders	NNS	5	eder	L
L	breeeding	NN	5	ding	L
L	brenner	GW	6	renner	K
L	brett	NNP	4	rett	K
L	bridget	NNP	6	ridget	K
L	british	JJ	0		K
L	brought	VBD	5	ing	L
L	brought	VBN	5	ing	L
L	btwn	IN	3	etween	L
L	buddies	NNS	3	y	L
L	budgies	NNS	1		L
L	buenos	NNP	0		K
L	buffalo	NNP	6	uffalo	K
L	built	VBD	1	d	L
L	built	VBN	1	d	L
L	buring	VBG	3	n	L
L	buses	NNS	2		L
L	but	NN	0	t	L
L	buys	JJ	2	sy	L
L	by	VB	1	e	L
L	c	GW	0		K
L	c'm	VB	2	ome	L
L	caches	NNS	1		L
L	caloy	NNP	0		L
L	canan	NNP	5	Canon	K
L	canape's	NNS	3	é	L
L	canibal	NNP	4	nibal	K
L	canon	NNP	5	Canon	K
L	captain	NNP	7	Captain	K
L	cared	VBN	1		L
L	carlos	GW	0	Alatorre@ENRON	K
L	caroline	GW	0	Abramo@ENRON	K
L	carreau	NNP	6	arreau	K
L	carribean	JJ	9	Carribean	K
L	catagory	NN	5	egory	L
L	caucasian	JJ	9	Caucasian	K
L	caucasians	NNS	10	Caucasian	K
L	cavies	NNS	3	y	L
L	cbd	NNP	0		K
L	cd	NN	0		K
L	cd	NNP	0		K
L	cehf	NN	3	hef	L
L	cge	NN	2	age	L
L	challenging	VBG	3	e	L
L	charger	VB	1		L
L	charming	NNP	8	Charming	K
L	chi	NNP	0		L
L	chicken	NNS	0		L
L	chinatown	NNP	0		L
L	chineese	JJ	3	se	K
L	chinese	NNPS	7	Chinese	K
L	chineze	JJ	7	Chinese	K
L	chiropractric	NN	3	ic	L
L	chnages	NNS	5	ange	L
L	chose	VB	2	ose	L
L	chose	VBD	2	ose	L
L	chosen	VBN	3	ose	L
L	chris.germany@enron.com	ADD	0		K
L	chrisssake	NN	4	ake	L
L	christ	NNP	0		K
L	christ	UH	0		K
L	christmas	NNP	9	Christmas	K
L	cisco	NNP	4	isco	K
L	cited	VBD	1		L
L	civilian	JJ	0		L
L	class	NNP	4	lass	K
L	classes	NNS	2		L
L	cleaser	NN	3	ner	L
L	clement	NNP	6	lement	K
L	clockwork	NNP	9	Clockwork	K
L	closer	RBR	1		L
L	clothes	NNS	0		L
L	co$t	VB	2	st	L
L	cod	NNP	0		L
L	cold	MD	2	uld	L
L	collages	NNS	4	ege	L
L	combed	VBN	2		L
L	combined	VBN	1		L
L	comcast	NNP	6	omcast	K
L	come	VBZ	0		L
L	comfty	JJ	2	y	L
L	comfyy	JJ	1		L
L	companie$	NNS	3	y	L
L	compeltly	RB	5	letely	L
L	competing	VBG	3	e	L
L	completly	RB	2	ely	L
L	comprehensive	NNP	0		K
L	conference	NNP	0		K
L	confines	NNS	0		L
L	consistantly	RB	5	ently	L
L	construction	NNP	0		L
L	controlled	VBN	3		L
L	controlling	VBG	4		L
L	cookies	NNS	1		L
L	coronas	NNPS	1		K
L	corssing	NN	7	rossing	L
L	costumer	NN	7	ustomer	L
L	couter-cultural	JJ	12	nter-cultural	L
L	coz	IN	3	because	L
L	cpa	NN	0		K
L	cravings	NNS	1		L
L	creating	VBG	3	e	L
L	criteria	NNS	1	on	L
L	critics	NNS	1		L
L	crowleyan	JJ	0		L
L	crustaceans	NNS	1		L
L	ct	NN	0		K
L	cuban	JJ	0		K
L	cunclude	VB	7	onclude	L
L	cus	IN	2	ause	L
L	cynangon	NNP	8	Cynangon	K
L	d	MD	1	would	L
L	d	NN	0		K
L	daniel	GW	0	RCastagnola@ENRON_DEVELOPMENT	K
L	danny_jones%enron@eott.com	ADD	0		K
L	dat	DT	3	that	L
L	david	GW	0	Forster@ENRON	K
L	davies	NNPS	0		K
L	de	NNP	0		L
L	dealship	NN	4	ership	L
L	dec	NNP	0	ember	K
L	dec.	NNP	1	ember	K
L	declared	VBN	1		L
L	declaring	VBG	3	e	L
L	deemed	NNP	2		K
L	defanged	VBN	2		L
L	deffenitly	RB	7	initely	L
L	deffly	RB	3	initely	L
L	definately	RB	5	itely	L
L	defining	VBG	3	e	L
L	deli	NNP	4	Deli	K
L	delicous	JJ	3	ious	L
L	deliteful	JJ	5	ghtful	L
L	della	NNP	0		L
L	delvery	NN	4	ivery	L
L	denise	NNP	5	enise	K
L	denny	NNP	0		L
L	described	VBD	1		L
L	described	VBN	1		L
L	describing	VBG	3	e	L
L	determined	VBD	1		L
L	deutsched	NNP	1		K
L	develope	VB	1		L
L	developed	VBD	2		L
L	diarheya	NN	4	rhea	L
L	did	VBD	2	o	L
L	dinasaurs	NNS	6	osaur	L
L	dined	VBD	1		L
L	dined	VBN	1		L
L	dining	VBG	3	e	L
L	disatisfied	JJ	8	satisfied	L
L	distain	NN	4	dain	L
L	divined	VBD	1		L
L	dna	NN	0		K
L	do	JJ	1	ue	L
L	do	NNP	0		L
L	dodge	NNP	0		L
L	domains	NNS	1		L
L	dos	NNP	0		L
L	down	GW	0	fall	L
L	dpr	NN	0		K
L	drive	VBG	0		L
L	drove	VBD	3	ive	L
L	drving	VBG	4	ive	L
L	dthat	DT	5	that	L
L	du	NNP	0		L
L	du	VBP	1	o	L
L	dubia	NNP	0		L
L	due	VB	2	o	L
L	durer	NNP	4	urer	K
L	dying	VBG	4	ie	L
L	e	AFX	0	mail	L
L	e	NNP	0		L
L	e500's	NNS	2		K
L	eaiser	JJR	4	sy	L
L	earthhhhhhh	NNP	6		L
L	earthquake	NNP	0		L
L	eastgardens	NNPS	0		L
L	eatables	NNS	0		L
L	eaten	VBN	2		L
L	eather	RB	5	ither	L
L	eatin	VBN	2		L
L	eating	VB	3		L
L	ebay	NNP	0		L
L	edmonton	NNP	0		L
L	eg	FW	1	.g.	L
L	eg.	FW	2	.g.	L
L	egypt	NNP	0		K
L	eid	NN	0		K
L	eighties	NNS	0		L
L	elk	NNS	0		L
L	em	PRP	2	they	L
L	em-enro2.doc	NN	0		K
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
L	english	JJ	0		K
L	enpower	NNP	0		K
L	enrolled	VBD	3		L
L	enronr~1.doc	NN	0		K
L	entie	JJ	1	re	L
L	epm	NN	0		K
L	equivalant	JJ	3	ent	L
L	er	NNP	0		L
L	era	NNP	0		L
L	escaped	VBD	1		L
L	escaping	VBG	3	e	L
L	et	NN	0		K
L	et.	FW	1		L
L	eta_revision0307.doc	NN	0		K
L	etc	FW	0	.	L
L	european	JJ	0		K
L	european	NNP	8	European	K
L	eve.	NN	1	ning	L
L	everbody	NN	4	ybody	L
L	every	GW	0	day	L
L	every	RB	1		L
L	excel	NNP	0		L
L	excellant	JJ	3	ent	L
L	excepted	VBN	4	rpt	L
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
L	falls	NNPS	0		K
L	fallujan	JJ	0		L
L	fanfuckingtastic	JJ	13	tastic	L
L	fashion	JJ	0	ed	L
L	faster	RBR	2		L
L	fcking	RB	5	ucking	L
L	feb	NNP	0	ruary	K
L	feb.	NNP	1	ruary	K
L	fed	VBN	1	ed	L
L	fedayeen	NNS	0		L
L	fee	NNP	0		K
L	feed	GW	0	back	L
L	feed	VBN	0		L
L	feet	NNS	3	oot	L
L	fell	VBD	3	all	L
L	felt	VBD	2	el	L
L	felt	VBN	2	el	L
L	fever	NNP	4	ever	K
L	fiji	NN	4	Fiji	K
L	filed	VBD	1		L
L	filipino	JJ	0		K
L	finances	NNS	0		L
L	fincher	NNP	0		K
L	finest	JJS	2		L
L	fitness	NNP	6	itness	K
L	fives	NNS	0		L
L	fixeded	VBD	4		L
L	flew	VBD	2	y	L
L	flexibiltiy	NN	3	ity	L
L	florida	NNP	0		K
L	flown	VBN	3	y	L
L	flying	NNP	3		K
L	fo	IN	0	r	L
L	focused	VBD	2		L
L	focused	VBN	2		L
L	focuses	VBZ	2		L
L	follow	VBZ	0		L
L	food	NNP	0		L
L	form	IN	3	rom	L
L	forsyth	NNP	0		L
L	fot	IN	1	r	L
L	fought	VBN	5	ight	L
L	found	VBD	4	ind	L
L	found	VBN	4	ind	L
L	freaked	VBN	2		L
L	french	JJ	0		K
L	fri	NNP	0	day	K
L	fri.	NNP	1	day	K
L	frl3@pge.com	ADD	0		K
L	fro	IN	2	or	L
L	frothing	VBG	3		L
L	frozen	VBN	4	eeze	L
L	fulfilled	VBD	3		L
L	fulfilled	VBN	3		L
L	fulfilling	VBG	4		L
L	further	RBR	6	ar	L
L	fury	NNP	0		L
L	fy04	NN	0		K
L	fy05	NN	0		K
L	g	NN	0		K
L	ga	NNP	0		L
L	gain	RB	4	again	L
L	gant	JJ	2	unt	L
L	garage	NNP	0		K
L	garden	NNP	0		K
L	gases	NNS	2		L
L	gave	VBD	3	ive	L
L	genetics	NNS	0		L
L	genitals	NNS	0		L
L	gentel	JJ	2	le	L
L	german	JJ	0		K
L	get-a-free-house.com	ADD	0		K
L	gi	NN	0		K
L	gilbergd@sullcrom.com	ADD	0		K
L	gimp	NNP	0		L
L	gis	NN	0		K
L	go	NNP	0		L
L	gon	VBG	1		L
L	goods	NNS	0		L
L	goodwyn	NNP	6	oodwyn	K
L	got	VBN	2	et	L
L	grandure	NN	3	eur	L
L	grasped	VBD	2		L
L	greater	JJR	2		L
L	greatest	JJS	3		L
L	greco	NNP	4	reco	K
L	greek	JJ	5	Greek	K
L	grew	VBD	2	ow	L
L	gro	NNP	0		L
L	groomed	VBN	2		L
L	grounds	NNS	0		L
L	grrrrrrr	UH	5		L
L	grrrrrrrreeeaaat	JJ	14	eat	L
L	gtc	NN	0		K
L	gtc's	NNS	2		K
L	gtcs	NNS	1		K
L	guard	NNP	0		K
L	guarentee	NN	5	antee	L
L	gud	JJ	2	ood	L
L	guiness	NNP	3	ness	K
L	h	NN	0		K
L	h=guys	NNS	6	guy	L
L	had	VB	1	ve	L
L	had	VBD	1	ve	L
L	had	VBN	1	ve	L
L	half	GW	0	way	L
L	half	NNP	0		K
L	hanging	VBG	3		L
L	hardest	JJS	3		L
L	hassan	NNP	0		K
L	hauled	VBD	2		L
L	hav	VB	0	e	L
L	headed	VBD	2		L
L	hear	VBN	0		L
L	held	VBD	3	old	L
L	held	VBN	3	old	L
L	helped	VBD	2		L
L	her	PRP	3	she	L
L	here	VB	2	ar	L
L	hid	VBD	0	e	L
L	high	UH	2		L
L	higher	NNP	2		K
L	him	PRP	2	e	L
L	hirier	VB	3	e	L
L	hirier	VBP	3	e	L
L	hirsohima	NNP	6	oshima	K
L	his	DT	3	this	L
L	hmmm	UH	1		L
L	hmmmm	UH	2		L
L	hmmmmmm	UH	4		L
L	holdings	NNPS	1		K
L	holocaust	NNP	0		L
L	hoping	VBG	3	e	L
L	hopless	JJ	4	eless	L
L	hot	NNP	0		L
L	hr	NN	0		K
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
L	http://www.solutions.com/jump.jsp?itemid=1361&itemtype=product&path=1%2c3%2c477&iproductid=1361	ADD	0		K
L	http://www.thetruthseeker.co.uk/article.asp?id=4503	ADD	0		L
L	http://www.unitaryexecutive.net	ADD	0		K
L	http://www.utrechtart.com/craft-supplies/woodworking%20supplies/	ADD	0		K
L	http://www.wyndham.com/washington_dc/default.cfm	ADD	0		K
L	hui	NNP	0		L
L	humvees	NNPS	1		K
L	hung	VBD	3	ang	L
L	hvae	VBP	3	ave	L
L	hz	NN	0		K
L	i	CD	0		L
L	i'd	IN	2	f	L
L	i.e	FW	0	.	L
L	icdc	NNPS	0		K
L	ice	NNP	0		L
L	ie	FW	1	.e.	L
L	ifa	NNP	0		K
L	ignored	VBN	1		L
L	ignoring	VBG	3	e	L
L	ii	GW	0		K
L	iis	VBZ	3	be	L
L	imagined	VBD	1		L
L	in	VBZ	2	be	L
L	inca	NNP	0		L
L	indices	NNS	4	ex	L
L	indo	AFX	0		K
L	inks	NNS	4	link	L
L	inquires	NNS	2	y	L
L	instilling	VBG	4		L
L	intents	NNS	1		L
L	interesting	NN	3		L
L	interfering	VBG	3	e	L
L	intervening	VBG	3	e	L
L	invading	VBG	3	e	L
L	invited	VBD	1		L
L	invited	VBN	1		L
L	inviting	VBG	3	e	L
L	invoked	VBN	1		L
L	invoking	VBG	3	e	L
L	invovled	VBN	4	lve	L
L	irene	NNP	0		L
L	irish	JJ	0		K
L	is	PRP	1	t	L
L	isdas	NNPS	1		K
L	islamic	JJ	0		K
L	islamist	JJ	8	Islamist	K
L	islamist	NN	8	Islamist	K
L	islamists	NNS	9	Islamist	K
L	islands	NNPS	1		K
L	it	IN	1	f	L
L	it	NN	0		K
L	it	RB	1	n	L
L	it	RP	1	n	L
L	it	VBZ	2	be	L
L	it's	PRP$	2	s	L
L	iw	PRP	2	I	K
L	jan	NNP	0	uary	K
L	jan.	NNP	1	uary	K
L	jaqamofino	NNP	0		L
L	jason.leopold@dowjones.com	ADD	0		K
L	jbennett@gmssr.com	ADD	0		K
L	jejudo	NNP	6	Jejudo	K
L	jets	NNPS	4	Jet	K
L	jewish	JJ	0		K
L	jodud...@aol.com	ADD	0		L
L	john	GW	0	Schwartzenburg@ENRON_DEVELOPMENT	K
L	joking	VBG	3	e	L
L	jorge	GW	0	AGarcia@ENRON	K
L	k	CD	1	thousand	L
L	k	NNP	0		L
L	kay	GW	0	Mann@ENRON	K
L	kc	NNP	2	KC	K
L	ken	GW	0	Rice@ENRONCOMMUNICATIONS	K
L	kept	VBN	2	ep	L
L	kimberly	NNP	7	imberly	K
L	kindy	NNP	4	indy	K
L	kinect	NNP	0		L
L	knives	NNS	3	fe	L
L	knowledgable	JJ	4	eable	L
L	knowledge	JJ	0	able	L
L	kumon	NNP	0		K
L	kurdish	JJ	0		K
L	kuwaiti	JJ	0		L
L	kyle.jones@ra	ADD	0		K
L	l	SYM	0		K
L	l.p	NN	2	P	K
L	lable	NN	2	el	L
L	lagesse	NNP	6	agesse	K
L	lankan	JJ	0		K
L	larger	JJR	1		L
L	largest	JJS	2		L
L	lasted	VBD	2		L
L	later	JJ	2	ter	L
L	later	NN	3	yer	L
L	latin	JJ	0		K
L	lauded	VBD	2		L
L	lay	VBD	2	ie	L
L	lb	NNP	2	LB	K
L	leaned	VBD	3	rn	L
L	learnt	VBN	1		L
L	least	JJS	0		L
L	led	VBD	1	ad	L
L	led	VBN	1	ad	L
L	left	VBD	2	ave	L
L	left	VBN	2	ave	L
L	lemelpe@nu.com	ADD	0		K
L	leporjj@selectenergy.com	ADD	0		L
L	less	JJR	0		L
L	less	RBR	0		L
L	lesser	JJR	2		L
L	levi`s	NNPS	2	s	K
L	lied	VBN	1		L
L	lies	NNS	1		L
L	lies	VBZ	1		L
L	liked	VBD	1		L
L	liked	VBN	1		L
L	likley	RB	3	ely	L
L	lil	JJ	1	ttle	L
L	liquidweb.com	ADD	0		K
L	lisenced	JJ	6	censed	L
L	listing	NNP	0		K
L	lit	VBD	1	ght	L
L	litttle	JJ	3	le	L
L	lives	NNS	3	fe	L
L	livingston	NNP	0		K
L	ll	MD	2	will	L
L	lo9nger	RBR	5	ng	L
L	locust	NNP	5	ocust	K
L	loose	VB	3	se	L
L	loose	VBP	3	se	L
L	looser	NN	4	ser	L
L	loosing	VBG	5	se	L
L	lora	GW	0	Sullivan@ENRON	K
L	lorie	GW	0	Leigh@ECT	K
L	lost	VBD	1	e	L
L	lost	VBN	1	e	L
L	lotus	NNP	0		K
L	louise	NNP	0		L
L	ltake	VB	5	take	L
L	lucio	NNP	4	ucio	K
L	luv	NN	2	ove	L
L	lying	VBG	4	ie	L
L	lynx	NNP	3	ynx	K
L	lysa	GW	0	Akin@ECT	K
L	m	CD	0	illion	L
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
L	making	VBG	3	e	L
L	manged	VBD	3	age	L
L	mangers	NNS	4	ager	L
L	manners	NNS	0		L
L	mar	NNP	0	ch	K
L	marianne	GW	0	Castano@EES	K
L	mark	GW	0	Palmer@ENRON	K
L	mary.ellenberger@enron.com	ADD	0		K
L	maryam	NNP	0		K
L	masonic	JJ	0		K
L	massacring	VBG	3	e	L
L	mb	NNP	0		L
L	mcallister	NNP	10	McAllister	K
L	mccallum	NNP	0		K
L	mcclelland	NNP	10	McClelland	K
L	me	PRP	2	I	K
L	me$$age	NN	5	ssage	L
L	mean	GW	0	time	L
L	meant	VBN	1		L
L	mechaincs	NNS	4	nic	L
L	mechanicly	RB	2	ally	L
L	mechanics	NNS	1		L
L	mega	AFX	0	pixel	L
L	mellow	GW	3	odramatic	L
L	mercury	NNP	6	ercury	K
L	met	VBD	1	et	L
L	met	VBN	1	et	L
L	mgr...@usa.pipeline.com	ADD	0		K
L	mice	NNS	3	ouse	L
L	michael.mcdermott@spectrongroup.com	ADD	0		K
L	michelle	GW	0	Blaine@ENRON_DEVELOPMENT	K
L	mike	GW	0	McConnell@ECT	K
L	min	NNS	0	ute	L
L	mine	PRP	3	y	L
L	mines	PRP	4	y	L
L	mini	JJ	0		L
L	mins	NNS	1	ute	L
L	mircles	NNS	4	acle	L
L	misc.consumers	NNP	0		L
L	mmbtu	NNS	0		L
L	mod	NNP	3	Mod	K
L	moldovan	JJ	0		L
L	mon.	NNP	1	day	K
L	monarchs	NNPS	7	onarchs	K
L	monitored	VBN	2		L
L	most	JJS	0		L
L	most	MD	3	ust	L
L	mshames@ucan.org	ADD	0		L
L	mt	NN	0		K
L	mullahs	NNS	2		L
L	muslim	JJ	0		K
L	my	GW	0	self	L
L	mystics	NNPS	6	ystics	K
L	mytouch	NNP	0		L
L	n	CC	1	and	L
L	n	RB	0	ot	L
L	n't	RB	2	ot	L
L	na	TO	2	to	L
L	nagaski	NNP	2	aki	K
L	nasim	GW	0	HKhan@TRANSREDES	K
L	needles	NNPS	1		K
L	neeeeeeeeeverrrr	RB	14	ver	L
L	nehru	NNP	0		K
L	networks	NNPS	1		K
L	neuendorffer	NNP	0		K
L	new	NN	3	New	K
L	new	VBD	3	know	L
L	ngoc	GW	0	LuanDo@ENRON_DEVELOPMENT	K
L	nicer	JJR	1		L
L	nicest	JJS	2		L
L	nighstand	NN	5	tstand	L
L	nitrogen	NNP	0		K
L	no	GW	0	where	L
L	no	VB	2	know	L
L	non-bondad	NNP	10	non-Bondad	K
L	nonbondad	NNP	6	-Bondad	K
L	noone	NN	3	-one	L
L	nov	NNP	0	ember	K
L	nov.	NNP	1	ember	K
L	nt	RB	1	ot	L
L	number	NNP	0		L
L	nuria_r_ibarra@calpx.com	ADD	0		K
L	n’t	RB	4	ot	L
L	o	IN	0	f	L
L	oblivion	NNP	0		L
L	obsf	NN	0		K
L	ocnversation	NN	12	conversation	L
L	oct	GW	0		K
L	oct	NNP	0	ober	K
L	oct.	NNP	1	ober	K
L	of	CC	1	r	L
L	of	VB	2	have	L
L	ohm	NNP	0		L
L	ok'd	VBN	2		K
L	oldest	JJS	3		L
L	olympic	NNP	0		K
L	olympus	NNP	6	lympus	K
L	on	AFX	0	line	L
L	on	CD	0	e	L
L	on	GW	0	going	L
L	on	NNP	0		L
L	opinon	NN	2	ion	L
L	or	IN	1	f	L
L	ordered	VBG	2		L
L	orginals	NNS	6	iginal	L
L	orwellian	JJ	0		L
L	ot	TO	2	to	L
L	ould	MD	4	would	L
L	out	GW	0	side	L
L	out	PRP$	1	r	L
L	outshone	VBD	3	ine	L
L	over	AFX	0	priced	L
L	overt	IN	1		L
L	ovr	RB	1	er	L
L	pagen	JJ	2	an	L
L	pairing	VBG	3		L
L	palces	NNS	5	lace	L
L	panamal	NNP	1		K
L	panicking	VBG	4		L
L	para13	GW	0		K
L	paraded	NNS	1		L
L	participants	NNS	1		L
L	particlular	JJ	5	ular	L
L	pashtun	JJ	0		K
L	pasted	VBN	1		L
L	patients	NN	2	ce	L
L	paul	GW	0	Kaufman@ECT	K
L	pcs	NNPS	1		L
L	pdt	NN	0		K
L	peddle	NN	3	al	L
L	peddles	NNS	4	al	L
L	peggy	NNP	0		K
L	pen	NNP	0	n	K
L	penines	NNPS	7	Pennines	K
L	per	GW	0	cent	L
L	peregrino	NNP	8	eregrino	K
L	perez	NNP	4	erez	K
L	performance	VBP	4		L
L	persuading	VBG	3	e	L
L	pet	NNP	0		L
L	petco	NNP	5	Petco	K
L	petit	NNP	0		L
L	pets	NNPS	4	Pet	K
L	petsmart	NNP	0		K
L	philipines	NNP	4	pines	K
L	philipinos	NNPS	10	Filipino	K
L	philippines	NNPS	0		K
L	phillies	NNPS	8	Phillies	K
L	pho-nomenal	JJ	9	enomenal	L
L	phoned	VBD	1		L
L	phonies	NNS	3	y	L
L	photoscape	NNP	0		L
L	photoshop	NNP	0		L
L	pies	NNS	1		L
L	piping	VBG	3	e	L
L	planing	VBG	3	e	L
L	playstation	NNP	0		L
L	please	JJ	0	d	L
L	pledge	NNP	0		L
L	pm	NN	1	.m.	L
L	poa	NN	0		K
L	poneh	NN	2	y	L
L	populous	NN	3	ace	L
L	post-chavez	JJ	0		K
L	post-saddam	JJ	0		K
L	postive	JJ	4	itive	L
L	postmaster	NNP	10	Postmaster	K
L	postponed	VBN	1		L
L	pp	NNS	1	age	L
L	ppl	NNS	2	eople	L
L	prc	NN	0		K
L	pre-fab	JJ	0		L
L	preceded	VBD	1		L
L	prefere	VB	1		L
L	press	NNP	4	ress	K
L	privatly	RB	2	ely	L
L	pro-zionist	JJ	0		K
L	probing	VBG	3	e	L
L	proceedings	NNS	0		L
L	process's	NN	2		L
L	procreating	VBG	3	e	L
L	professional	RB	0	ly	L
L	prolly	RB	3	bably	L
L	promoting	VBG	3	e	L
L	proper	RB	0	ly	L
L	ps4	NNP	0		K
L	pst	NN	0		K
L	pt	NN	0		K
L	puppies	NNS	3	y	L
L	purchace	VB	2	se	L
L	put	RP	3	out	L
L	puttagenius	NNP	0		L
L	pwople	NNS	5	eople	L
L	q	NN	0		K
L	quizzing	VBG	4		L
L	quoting	VBG	3	e	L
L	r	VBP	1	be	L
L	r.	NN	1	espect	L
L	rajavis	NNPS	1		K
L	rams	NNPS	1		K
L	ran	VBD	2	un	L
L	ran	VBN	2	un	L
L	raphael	NNP	6	aphael	K
L	rcommended	VBN	9	ecommend	L
L	re	VBP	2	be	L
L	reaaaally	RB	6	lly	L
L	realtion	GW	6	lationship	L
L	reaped	VBN	2		L
L	rebecca	NNP	0		K
L	reccomend	VB	6	ommend	L
L	reccomend	VBP	6	ommend	L
L	reccommend	VB	7	ommend	L
L	recieve	VB	4	eive	L
L	recieved	VBD	5	eive	L
L	recieved	VBN	5	eive	L
L	reclining	VBG	3	e	L
L	reconciled	VBN	1		L
L	recovery	NNP	8	Recovery	K
L	recreating	VBG	3	e	L
L	rediculous	JJ	9	idiculous	L
L	reffered	VBD	5	er	L
L	regading	VBG	3	e	L
L	regards	NNS	0		L
L	reigon	NN	4	gion	L
L	relaxes	VBZ	2		L
L	renigged	VBD	5	ege	L
L	rep.	NNP	0		L
L	repaired	VBN	2		L
L	replies	NNS	3	y	L
L	repoire	NN	6	apport	L
L	representatives	NNPS	1		K
L	resond	VBP	3	pond	L
L	restaurant	NNP	0		L
L	resturant	NN	5	aurant	L
L	rick	GW	0	Hopkinson@ENRON_DEVELOPMENT	K
L	ridiculized	VBD	4	e	L
L	righter	NNP	0		L
L	rights	NN	1		L
L	riiight	UH	5	ght	L
L	road	NNP	0		K
L	roadhouse	NNP	8	oadhouse	K
L	roaming	VBG	3		L
L	robert	GW	0	CWilliams@ENRON_DEVELOPMENT	K
L	roberts	NNP	0		K
L	roberts	NNPS	0		K
L	rockers	NNPS	6	ockers	K
L	rode	NN	2	ad	L
L	rode	VBD	3	ide	L
L	roderigo	NNP	7	oderigo	K
L	rolling	NNP	3		K
L	rom	NN	3	ROM	K
L	romatic	JJ	3	ntic	L
L	roms	NNS	4	ROM	K
L	rotarua	NNP	0		K
L	rrly	RB	3	arely	L
L	rs	$	0		K
L	rsjacobs@encoreacq.com	ADD	0		K
L	rummy	NNP	0		K
L	s	POS	1	's	L
L	s	PRP	1	we	L
L	s	VBZ	1	be	L
L	saaaaaam	NNP	8	Sam	K
L	saem_aero	NNP	0		L
L	safer	JJR	1		L
L	safest	JJS	2		L
L	saints	NNPS	1		K
L	saloon	NNP	5	aloon	K
L	saltimboca	NN	1	ca	L
L	sanwiches	NNS	6	dwich	L
L	sap	NN	0		K
L	sara	GW	0	Shackleton@ECT	K
L	sat	NNP	0	urday	K
L	sat	VBD	2	it	L
L	sat.	NNP	1	urday	K
L	satanic	JJ	7	Satanic	K
L	satanism	NNP	8	Satanism	K
L	saudi	JJ	0		K
L	saxon	JJ	5	Saxon	K
L	saxons	NNPS	6	Saxon	K
L	scheduled	NN	1		L
L	science	NNP	0		L
L	scissors	NNS	0		L
L	scottish	JJ	0		K
L	screaming	VBG	3		L
L	se	VBP	2	be	L
L	sean.cooper@elpaso.com	ADD	0		K
L	sear's	NNP	2	s	K
L	seas	NNPS	1		K
L	securities	NNPS	3	y	K
L	segueway	VB	3		L
L	seince	IN	5	ince	L
L	seperates	VBZ	6	arate	L
L	sept	NNP	0	ember	K
L	sept.	NNP	1	ember	K
L	sercvice	NN	5	vice	L
L	serivce	NN	4	vice	L
L	settled	VBD	1		L
L	sez	VBZ	2	ay	L
L	sh*t	NN	2	it	L
L	shackled	VBN	1		L
L	shakespearean	JJ	0		K
L	shallac	NN	5	ellac	L
L	shanks	NNS	1		L
L	shared	VBN	1		L
L	sharing	VBG	3	e	L
L	shawna	GW	0	Johnson@ENRON	K
L	sheisters	NNS	7	yster	L
L	shi'ite	JJ	0		K
L	shia	JJ	0		K
L	shia	NNPS	0		K
L	shiite	JJ	0		K
L	shock	NNP	4	hock	K
L	shoes	VBZ	1		L
L	sice	IN	2	nce	L
L	sieze	VB	4	eize	L
L	simple	RB	1	y	L
L	simpler	JJR	1		L
L	sinhala	JJ	0		K
L	sitting	NNP	0		L
L	sixties	NNS	0		L
L	slammed	VBD	3		L
L	smoking	VBG	3	e	L
L	sms	VB	0		K
L	snake	NNP	5	Snake	K
L	soaked	VBN	2		L
L	sol	NNP	2	ol	K
L	some	GW	0	one	L
L	someon	NN	0	e	L
L	somethin	NN	0	g	L
L	soo	RB	1		L
L	sooners	NNPS	0		K
L	sooo	RB	2		L
L	sound	NNP	0		L
L	south	JJ	0		K
L	sox	NNPS	3	Sox	K
L	spacetoday.net	ADD	0		K
L	spanish	JJ	0		K
L	sparks	NNPS	5	parks	K
L	spartan	JJ	0		L
L	species	NNS	0		L
L	specifics	NNS	0		L
L	spices	NNS	1		L
L	spot	NNP	0		K
L	springer	NNP	0		L
L	squirelled	VBN	5	rel	L
L	sri	JJ	0		K
L	sstaff	NN	5	taff	L
L	staff	NNS	0		L
L	stainless	NNP	0		K
L	stamped	VBN	2		L
L	stanley	GW	0	Horton@ENRON	K
L	starbucks	NNPS	0		K
L	starters	NNS	1		L
L	starzz	NNPS	5	tarzz	K
L	states	NNP	0		L
L	steamboat	NNP	0		K
L	stephen.dyer@bakerbotts.com	ADD	0		K
L	stole	VBD	3	eal	L
L	stolen	VBN	4	eal	L
L	stones	NNPS	1		K
L	storing	VBG	3	e	L
L	struck	VBD	3	ike	L
L	struck	VBN	3	ike	L
L	studied	VBD	3	y	L
L	studied	VBN	3	y	L
L	studies	NNPS	3	y	K
L	studies	VBZ	3	y	L
L	stunk	VBD	3	ink	L
L	styled	VBD	1		L
L	succumbed	VBD	2		L
L	sun.	NNP	1	day	K
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
L	swedish	JJ	0		K
L	swiss	JJ	0		K
L	swung	VBN	3	ing	L
L	syrian	JJ	0		K
L	t	CD	0	rillion	L
L	t	GW	0	ruthout	L
L	t.	IN	1	o	L
L	t.v.	NN	3	V	K
L	t2i	NN	0		K
L	t3i	NNP	0		L
L	ta	IN	2	of	L
L	taffy	NNP	0		K
L	talked	VB	2		L
L	tamed	VBD	1		L
L	tamil	JJ	0		K
L	tamil	NNP	0		K
L	tana.jones@en	ADD	0		K
L	tangipahoa	NNP	0		K
L	tasted	VBN	1		L
L	tasting	VBG	3	e	L
L	taught	VBD	5	each	L
L	taught	VBN	5	each	L
L	te	DT	1	he	L
L	ted.bockius@ivita.com	ADD	0		K
L	teeth	NN	4	ooth	L
L	teh	DT	2	he	L
L	temperment	NN	4	ament	L
L	tennessee	GW	0		K
L	texan	JJ	0		L
L	th	IN	0	at	L
L	thaks	NN	2	nks	L
L	than	RB	2	en	L
L	thanksgiv8ing	NNP	4	ing	K
L	thanksgiving	NNP	0		K
L	thanx	NNS	1	k	L
L	the	IN	1	an	L
L	the	PRP	0	y	L
L	the	TO	2	o	L
L	the	WDT	1	at	L
L	theeth	NNS	5	ooth	L
L	thei	PRP	1	y	L
L	their	EX	2	re	L
L	their	RB	2	re	L
L	them	RB	1	n	L
L	then	IN	2	an	L
L	then	PRP	1	y	L
L	ther	DT	1		L
L	theraphy	NN	2	y	L
L	there	PRP	2	y	L
L	there	PRP$	2	ir	L
L	thes	DT	1		L
L	these	DT	3	is	L
L	they	EX	1	re	L
L	they're	PRP$	4	ir	L
L	thi$	DT	1	s	L
L	thieves	NNS	3	f	L
L	things	NNPS	1		K
L	things	NNS	1		L
L	thinnest	JJS	4		L
L	tho	IN	0	ugh	L
L	thought	VBD	5	ink	L
L	thought	VBN	5	ink	L
L	thouhgt	VBD	5	ink	L
L	threw	VBD	2	ow	L
L	through	JJ	5	orough	L
L	through	VB	3	w	L
L	thru	IN	1	ough	L
L	thu	NNP	0	rsday	K
L	thumpstar	NNP	0		L
L	thur.	NNP	1	sday	K
L	ti	PRP	2	it	L
L	ties	NNS	1		L
L	til	IN	0	l	L
L	titts	NNS	2		L
L	to	DT	1	he	L
L	to	RB	0	o	L
L	to	VB	2	do	L
L	toda	NN	0	y	L
L	toned	VBN	1		L
L	too	IN	1		L
L	too	TO	1		L
L	took	VBN	3	ake	L
L	torrance	NNP	8	Torrance	K
L	totalling	VBG	4		L
L	township	NNP	7	ownship	K
L	travelling	VBG	4		L
L	treated	VBD	2		L
L	treated	VBN	2		L
L	tress	NNS	2	e	L
L	tripadvisor	NNP	0		L
L	troops	NNS	0		L
L	trousers	NNS	0		L
L	truely	RB	3	ly	L
L	tryed	VBN	1		L
L	tue.	NNP	1	sday	K
L	tues.	NNP	1	day	K
L	tuned	VBN	1		L
L	tupperwear	NN	3	are	L
L	turkish	JJ	0		K
L	turn	VBN	0		L
L	tv	NN	0		K
L	twinkies	NNS	3	y	L
L	u	PRP	1	you	L
L	u$	NNP	1	S	K
L	ufc	NNP	0		L
L	uhh	UH	1		L
L	ul	NNP	0		L
L	ultrasonic	NNP	0		K
L	ummmm	UH	3		L
L	un-ruly	JJ	5	ruly	L
L	unconcious	JJ	5	scious	L
L	unde$tood	VBD	5	rstand	L
L	under	AFX	0	educated	L
L	understood	VBN	3	and	L
L	unfortunalty	RB	3	tely	L
L	unlce	NN	3	cle	L
L	unlimited	NNP	8	nlimited	K
L	unneccesary	JJ	6	essary	L
L	unravelling	VBG	4		L
L	up	GW	0	hill	L
L	ur	PRP$	2	your	L
L	ursula	GW	5	rsula	K
L	ursula	NNP	0		K
L	us	PRP	2	we	L
L	us$	$	0		K
L	usally	RB	4	ually	L
L	usb	NN	0		K
L	usd	$	0		K
L	use	JJ	0	d	L
L	use	PRP	3	we	L
L	use	VBD	0		L
L	used	VB	1		L
L	useing	VBG	3	e	L
L	uv	NN	1	ltra-violet	L
L	v	VBP	1	have	L
L	valdes	NNPS	0		K
L	varie$	VBZ	3	y	L
L	varieties	NNS	3	y	L
L	ve	VBP	2	have	L
L	vegan	JJ	0		L
L	veterans	NNPS	1		L
L	vince	GW	0	JKaminski@ECT	K
L	visa	RB	2	ce	L
L	voice	NNP	0		L
L	vs	IN	1	ersus	L
L	w	IN	0	ith	L
L	w	JJ	0		K
L	w/	IN	1	ith	L
L	w/o	IN	2	ithout	L
L	w/out	IN	4	ithout	L
L	waaaaaaaaaaaaay	RB	13	y	L
L	waht	WP	3	hat	L
L	wal	NNP	0		L
L	wan	VB	0	t	L
L	wan	VBP	0	t	L
L	wandering	VBG	8	onder	L
L	waning	VBG	3	e	L
L	wantons	NNS	6	onton	L
L	warrenty	NN	4	anty	L
L	was	VBD	3	be	L
L	wase	VBD	4	be	L
L	wasted	VBN	1		L
L	wasting	VBG	3	e	L
L	wayne	GW	0	Perry@ENRON_DEVELOPMENT	K
L	we	VBD	2	be	L
L	wed	NNP	0	nesday	K
L	wed.	NNP	1	nesday	K
L	wel	UH	0	l	L
L	welch	NNP	0		L
L	welcomed	VBD	1		L
L	went	VBD	4	go	L
L	were	WRB	3	here	L
L	werewolf	NNP	8	Werewolf	K
L	wether	IN	5	hether	L
L	whasssup	UH	3	up	L
L	what	GW	0	ever	L
L	what	VBP	3	ant	L
L	when	GW	0	ever	L
L	where	GW	0	ver	L
L	where	VBD	5	be	L
L	where-ever	WRB	5	ver	L
L	whereabouts	NNS	0		L
L	whhich	WDT	4	ich	L
L	whie	IN	1	le	L
L	who's	WP$	2	se	L
L	wholes	NNS	6	hole	L
L	whoooooo	WP	5		L
L	wider	JJR	1		L
L	wider	RBR	1		L
L	wierd	JJ	4	eird	L
L	wikipedia	NNP	0		L
L	wil	MD	0	l	L
L	will	IN	3	hile	L
L	will	NNP	4	Will	K
L	willl	MD	1		L
L	wilt	MD	1	l	L
L	win	GW	1	thin	L
L	windsheild	NN	4	ield	L
L	with	GW	0	out	L
L	with	MD	2	ll	L
L	wives	NNS	3	fe	L
L	wo	MD	1	ill	L
L	woke	VBD	3	ake	L
L	woken	VBN	4	ake	L
L	wonder	NNP	0		L
L	woods	NNPS	0		K
L	worht	JJ	2	th	L
L	worse	JJR	5	bad	L
L	worse	RBR	5	badly	L
L	worshiped	VBN	2		L
L	worst	JJS	5	bad	L
L	worst	RBS	5	bad	L
L	wrinkles	NNS	1		L
L	writing	VBG	3	e	L
L	written	VBN	3	e	L
L	wrote	VBD	3	ite	L
L	wud	MD	2	ould	L
L	www.caem.org	ADD	0		L
L	x33098	NN	0		K
L	x35172	NN	0		L
L	x37047	NN	0		K
L	xferring	VBG	8	transfer	L
L	y	WRB	1	why	L
L	ya	PRP	1	ou	L
L	ya'll	PRP	4	'all	L
L	ye	NN	0		K
L	ye$	UH	1	s	L
L	yelled	VBD	2		L
L	yelled	VBN	2		L
L	ymsgr:sendim?mayursha&__hi+mayur...	ADD	0		K
L	yo	PRP	0	u	L
L	yo	PRP$	0	ur	L
L	yorkedness	NN	10	Yorkedness	K
L	yorkshire	NNP	9	Yorkshire	K
L	you	PRP$	0	r	L
L	youngsteers	NNS	3	r	L
L	your	GW	0	self	L
L	youtube	NNP	0		K
L	yr	NN	1	ear	L
L	yrs	NNS	2	ear	L
L	yrs.	NNS	3	ear	L
L	yuor	PRP$	3	our	L
L	zone	NNP	0		L
L	Ã³l	JJ	5	old	L
L	–	,	3	-	L
L	–	:	3	-	L
L	–	NFP	3	-	L
L	—	,	3	-	L
L	—	:	3	-	L
L	‘	``	3	'	L
L	‘’	``	6	''	L
L	’	POS	3	's	L
L	’72	CD	5	'72	L
L	’73	CD	5	'73	L
L	’m	VBP	4	be	L
L	’s	POS	4	's	L
L	’s	PRP	4	we	L
L	’s	VBZ	4	be	L
L	’ve	VBP	5	have	L
L	’’	''	6	''	L
L	“	``	3	"	L
L	”	''	3	"	L
L	”	``	3	"	L
L	…	.	3	.	L
L	….	,	4	..	L
L	….	.	4	..	L
R	$		0		L
R	''		0		L
R	''	�	3	'	L
R	,		0		L
R	-LRB-		0		L
R	-RRB-		0		L
R	.		0		L
R	:		0		L
R	ADD		0		L
R	ADD	3	0		K
R	ADD	4	0		K
R	ADD	en	0		L
R	ADD	f.jpg	0		L
R	ADD	g	0		K
R	ADD	il.com	0		L
R	ADD	l.com	0		K
R	ADD	n	0		K
R	ADD	ng	0		L
R	ADD	y.com	0		K
R	ADD	yl.htm	0		K
R	AFX		0		L
R	CC		0		L
R	CC	n	0	d	L
R	CD		0		L
R	CD	,000	4	000	L
R	CD	,600	4	600	L
R	CD	,700	4	700	L
R	CD	00,000	12	000000000	L
R	CD	000.00	7	000.00	L
R	CD	008	4	008	L
R	CD	200	4	200	L
R	CD	500	4	500	L
R	CD	i	0		K
R	CD	v	0		K
R	DT		0		L
R	DT	n	1		L
R	DT	se	3	at	L
R	EX		0		L
R	FW		0		L
R	GW		0		L
R	GW	an	0	Patel@ENRON	K
R	GW	ck	0	Hansen@ENRON	K
R	GW	en	0	Jacoby@ECT	K
R	GW	ere	0	fore	L
R	GW	ey	0	Diebner@ECT	K
R	GW	in	0	deed	L
R	GW	k	0		K
R	GW	ll	0	Montgomery@ENRON	K
R	GW	m	0	-notebook.url	L
R	GW	ra	0	Leibman@ENRONCOMMUNICATIONS	K
R	HYPH		0		L
R	IN		0		L
R	IN	k	0	e	L
R	IN	u	0	t	L
R	JJ		0		L
R	JJ	ab	0		K
R	JJ	an	0		K
R	JJ	ban	0		L
R	JJ	di	0		L
R	JJ	ean	0		L
R	JJ	em	0		K
R	JJ	ese	0		K
R	JJ	hi	0		L
R	JJ	i	0		K
R	JJ	kan	0		L
R	JJ	man	0		L
R	JJ	ri	0		L
R	JJ	rian	0		L
R	JJR		2		L
R	JJR	ater	1		L
R	JJR	e	0		L
R	JJR	ier	3	y	L
R	JJR	ser	1		L
R	JJR	tter	3		L
R	JJS		3		L
R	JJS	atest	2		L
R	JJS	dest	2		L
R	JJS	iest	4	y	L
R	LS		0		L
R	MD		0		L
R	MD	a	0	n	L
R	MD	ud	1	ld	L
R	NFP		0		L
R	NN		0		L
R	NN	.m	0	.	L
R	NN	00	0		K
R	NN	03	0		L
R	NN	04	0		L
R	NN	1	0		K
R	NN	2	0		K
R	NN	3	0		K
R	NN	4	0		K
R	NN	j	0		K
R	NN	vce	3	ervice	L
R	NNP		0		K
R	NNP	'	0		L
R	NNP	0	0		L
R	NNP	4	0		L
R	NNP	40	0		K
R	NNP	7th	0		L
R	NNP	9	0		L
R	NNP	alf	0		L
R	NNP	alon	0		L
R	NNP	bd	0		L
R	NNP	boat	0		L
R	NNP	cd	0		L
R	NNP	ecca	0		L
R	NNP	eis	0		L
R	NNP	fa	0		L
R	NNP	fee	0		L
R	NNP	ffer	0		L
R	NNP	fy	0		L
R	NNP	gen	0		L
R	NNP	ggy	0		L
R	NNP	gston	0		L
R	NNP	hoa	0		L
R	NNP	hop	0		L
R	NNP	hrist	0		L
R	NNP	less	0		L
R	NNP	llum	0		L
R	NNP	mil	0		L
R	NNP	mon	0		L
R	NNP	ncher	0		L
R	NNP	nos	0		L
R	NNP	nov	0		K
R	NNP	nut	0		L
R	NNP	oad	0		L
R	NNP	ov	0		L
R	NNP	pic	0		L
R	NNP	pot	0		L
R	NNP	power	0		L
R	NNP	pt	0		L
R	NNP	rage	0		L
R	NNP	rden	0		L
R	NNP	rence	0		L
R	NNP	rida	0		L
R	NNP	rts	0		L
R	NNP	ru	0		L
R	NNP	rua	0		L
R	NNP	shop	0		K
R	NNP	sive	0		L
R	NNP	smart	0		L
R	NNP	sonic	0		L
R	NNP	ssan	0		L
R	NNP	sting	0		L
R	NNP	sula	0		L
R	NNP	tus	0		L
R	NNP	uard	0		L
R	NNP	ube	0		L
R	NNP	ummy	0		L
R	NNP	ving	0		L
R	NNP	yam	0		L
R	NNPS		1		K
R	NNPS	's	2		K
R	NNPS	ams	1		L
R	NNPS	ands	0		K
R	NNPS	as	0		K
R	NNPS	cs	0		K
R	NNPS	dies	3	ed	K
R	NNPS	e	0		K
R	NNPS	ees	0		K
R	NNPS	hes	2		K
R	NNPS	hs	4	yths	K
R	NNPS	ies	3	y	K
R	NNPS	ints	1		L
R	NNPS	kers	0		K
R	NNPS	les	0		K
R	NNPS	lics	1		K
R	NNPS	n	0		K
R	NNPS	ngs	0		K
R	NNPS	nos	9	Filipino	K
R	NNPS	ones	0		K
R	NNPS	rks	0		K
R	NNPS	ties	0		K
R	NNPS	tos	1		L
R	NNPS	ves	0		K
R	NNPS	vis	0		K
R	NNS		1		L
R	NNS	$	0		L
R	NNS	'	0		L
R	NNS	's	2		L
R	NNS	.	0		L
R	NNS	0's	2	s	L
R	NNS	0s	0		L
R	NNS	a	0		L
R	NNS	arters	0		L
R	NNS	d	0		L
R	NNS	ddies	1		L
R	NNS	dices	3	x	L
R	NNS	e	0		L
R	NNS	eans	0		L
R	NNS	eth	4	ooth	L
R	NNS	eties	0		L
R	NNS	g	0		L
R	NNS	h	0		L
R	NNS	hanks	0		L
R	NNS	hes	2		L
R	NNS	hings	0		L
R	NNS	i	1	us	L
R	NNS	ies	3	y	L
R	NNS	in	0		L
R	NNS	itics	0		L
R	NNS	kles	0		L
R	NNS	lasses	0		L
R	NNS	lves	3	f	L
R	NNS	m	0		L
R	NNS	mains	0		L
R	NNS	mics	0		L
R	NNS	n	2	an	L
R	NNS	nics	0		L
R	NNS	nkies	1		L
R	NNS	onies	3	ey	L
R	NNS	p	0		L
R	NNS	pants	0		L
R	NNS	pects	0		L
R	NNS	pices	0		L
R	NNS	plies	0		L
R	NNS	ppies	1		L
R	NNS	r	0		L
R	NNS	ren	3		L
R	NNS	s.	2	.	L
R	NNS	sses	2		L
R	NNS	t	0		L
R	NNS	tents	0		L
R	NNS	vies	1		L
R	NNS	vings	0		L
R	NNS	xes	2		L
R	NNS	y	0		L
R	PDT		0		L
R	POS		2	's	L
R	PRP		0		L
R	PRP	i	0		K
R	PRP	m	1	y	L
R	PRP	rs	1		L
R	PRP$		0		L
R	PRP$	're	3	r	L
R	PRP$	e	1		L
R	PRP$	t	0	s	L
R	RB		0		L
R	RB	aly	1	ly	L
R	RBR		2		L
R	RBR	e	0		L
R	RBR	ier	3	y	L
R	RBR	ter	1		L
R	RBR	tter	5	well	L
R	RBS		0		L
R	RBS	est	3		L
R	RP		0		L
R	SYM		0		L
R	TO		1	to	L
R	TO	a	1	o	L
R	TO	o	0		L
R	UH		0		L
R	VB		0		L
R	VB	omend	3	mend	L
R	VBD		2		L
R	VBD	ad	0		L
R	VBD	aded	1		L
R	VBD	ared	1		L
R	VBD	asted	1		L
R	VBD	ated	1		L
R	VBD	aw	2	ee	L
R	VBD	bed	3		L
R	VBD	ced	1		L
R	VBD	ck	3	ick	L
R	VBD	de	2	ke	L
R	VBD	died	1		L
R	VBD	dled	1		L
R	VBD	e	0		L
R	VBD	eared	2		L
R	VBD	eed	1		L
R	VBD	elled	3		L
R	VBD	ent	1	d	L
R	VBD	ere	4	be	L
R	VBD	g	3	ing	L
R	VBD	ged	1		L
R	VBD	gged	3		L
R	VBD	gled	1		L
R	VBD	ht	4	tch	L
R	VBD	id	2	y	L
R	VBD	ided	1		L
R	VBD	ied	3	y	L
R	VBD	ired	1		L
R	VBD	k	3	ake	L
R	VBD	ke	3	eak	L
R	VBD	ld	3	ell	L
R	VBD	leted	1		L
R	VBD	lt	1		L
R	VBD	me	3	ome	L
R	VBD	mped	2		L
R	VBD	n	2	in	L
R	VBD	nned	3		L
R	VBD	nt	1		L
R	VBD	od	3	and	L
R	VBD	oided	2		L
R	VBD	oked	1		L
R	VBD	ooked	2		L
R	VBD	oped	1		L
R	VBD	ored	1		L
R	VBD	ot	2	et	L
R	VBD	oted	1		L
R	VBD	ought	5	eek	L
R	VBD	oured	2		L
R	VBD	ped	3		L
R	VBD	pt	2	ep	L
R	VBD	rd	1		L
R	VBD	re	3	ear	L
R	VBD	rew	2	aw	L
R	VBD	rred	3		L
R	VBD	s	1	e	L
R	VBD	se	3	ise	L
R	VBD	sed	1		L
R	VBD	ssed	2		L
R	VBD	t	0		L
R	VBD	te	3	eat	L
R	VBD	tted	3		L
R	VBD	uded	1		L
R	VBD	ued	1		L
R	VBD	uled	1		L
R	VBD	ured	1		L
R	VBD	uted	1		L
R	VBD	ved	1		L
R	VBD	w	2	ow	L
R	VBD	zed	1		L
R	VBG		3		L
R	VBG	ailing	3		L
R	VBG	aming	3	e	L
R	VBG	anging	3	e	L
R	VBG	ating	3	e	L
R	VBG	auling	3		L
R	VBG	bbing	4		L
R	VBG	bling	3	e	L
R	VBG	caring	3	e	L
R	VBG	cing	3	e	L
R	VBG	citing	3	e	L
R	VBG	cling	3	e	L
R	VBG	coming	3	e	L
R	VBG	cusing	3		L
R	VBG	dding	4		L
R	VBG	dling	3	e	L
R	VBG	eating	3		L
R	VBG	gging	4		L
R	VBG	ging	3	e	L
R	VBG	gling	3	e	L
R	VBG	iding	3	e	L
R	VBG	iking	3	e	L
R	VBG	iling	3	e	L
R	VBG	iring	3	e	L
R	VBG	kling	3	e	L
R	VBG	leting	3	e	L
R	VBG	mining	3	e	L
R	VBG	mming	4		L
R	VBG	n	2		L
R	VBG	nging	3		L
R	VBG	nning	4		L
R	VBG	oating	3		L
R	VBG	ouring	3		L
R	VBG	outing	3		L
R	VBG	paring	3	e	L
R	VBG	pping	4		L
R	VBG	rading	3	e	L
R	VBG	rring	4		L
R	VBG	sing	3	e	L
R	VBG	ssing	3		L
R	VBG	taking	3	e	L
R	VBG	thing	3	e	L
R	VBG	tling	3	e	L
R	VBG	tting	4		L
R	VBG	uding	3	e	L
R	VBG	uing	3	e	L
R	VBG	uling	3	e	L
R	VBG	uming	3	e	L
R	VBG	uring	3	e	L
R	VBG	uting	3	e	L
R	VBG	ving	3	e	L
R	VBG	zing	3	e	L
R	VBN		2		L
R	VBN	ad	0		L
R	VBN	aked	1		L
R	VBN	amed	1		L
R	VBN	aped	1		L
R	VBN	ated	1		L
R	VBN	auled	2		L
R	VBN	bed	3		L
R	VBN	bid	0		L
R	VBN	bled	1		L
R	VBN	bred	1	ed	L
R	VBN	ced	1		L
R	VBN	cited	1		L
R	VBN	dded	3		L
R	VBN	de	2	ke	L
R	VBN	den	3	e	L
R	VBN	died	1		L
R	VBN	dited	1		L
R	VBN	dled	1		L
R	VBN	e	0		L
R	VBN	eamed	2		L
R	VBN	eated	2		L
R	VBN	eed	1		L
R	VBN	elled	3		L
R	VBN	filed	1		L
R	VBN	fined	1		L
R	VBN	fled	1		L
R	VBN	g	3	ang	L
R	VBN	ged	1		L
R	VBN	gged	3		L
R	VBN	gled	1		L
R	VBN	ht	4	tch	L
R	VBN	id	2	y	L
R	VBN	ided	1		L
R	VBN	ied	3	y	L
R	VBN	ired	1		L
R	VBN	k	0		L
R	VBN	ld	3	ell	L
R	VBN	len	2		L
R	VBN	leted	1		L
R	VBN	lined	1		L
R	VBN	lped	2		L
R	VBN	lt	1		L
R	VBN	mined	1		L
R	VBN	mmed	3		L
R	VBN	n	1		L
R	VBN	ne	2		L
R	VBN	nned	3		L
R	VBN	nt	1	d	L
R	VBN	oken	4	eak	L
R	VBN	omed	1		L
R	VBN	oped	2		L
R	VBN	ot	1	ot	L
R	VBN	oted	1		L
R	VBN	ought	5	eek	L
R	VBN	oured	2		L
R	VBN	pared	1		L
R	VBN	ped	3		L
R	VBN	pled	1		L
R	VBN	rd	1		L
R	VBN	reated	1		L
R	VBN	rn	3	ear	L
R	VBN	rred	3		L
R	VBN	sed	1		L
R	VBN	ssed	2		L
R	VBN	t	0		L
R	VBN	ten	5	et	L
R	VBN	thed	1		L
R	VBN	tied	1		L
R	VBN	tled	1		L
R	VBN	tored	1		L
R	VBN	tted	3		L
R	VBN	uck	3	ick	L
R	VBN	uded	1		L
R	VBN	ued	1		L
R	VBN	uled	1		L
R	VBN	un	0		L
R	VBN	ured	1		L
R	VBN	uted	1		L
R	VBN	ved	1		L
R	VBN	zed	1		L
R	VBP		0		L
R	VBP	v	0	e	L
R	VBZ		1		L
R	VBZ	as	1	ve	L
R	VBZ	dies	1		L
R	VBZ	hes	2		L
R	VBZ	ies	3	y	L
R	VBZ	is	2	be	L
R	VBZ	oes	2		L
R	VBZ	sses	2		L
R	WDT		0		L
R	WP		0		L
R	WP	ht	1	at	L
R	WP$		0		L
R	WRB		0		L
R	``		0		L
