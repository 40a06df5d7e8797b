"""Given names of many cultures: token-level evidence that a word starts a person's name.

Data only (lower-case, one name a word), read by `redactor.detect.pii.lexnames`. Written by hand
from common given names of each culture (not from any evaluation text); extend it with names of
cultures that are missing rather than with single names seen in a corpus. Left out on purpose:
names that are also common words of the major European languages (``Rosa``, ``Luz``, ``Paz``,
``Dolores``), programming languages and products (``Julia``, ``Ada``, ``Ruby``, ``Hugo``), and
names that are mostly places (``Florence`` and ``Sofia`` are kept but listed in `PLACE_NAMES`).

`BROAD_GIVEN_NAMES` and part of `UNCASED_GIVEN_NAMES` come from Faker's person lists of ~85
locales instead (`redactor.detect.pii.names_data`, generated and filtered by
``scripts/build_name_lexicon.py``): broad but less curated, so the rules ask more of them.
"""

# ruff: noqa: RUF001  # the lists hold names in Greek, Turkish... letters that look like Latin ones

from __future__ import annotations

from redactor.detect.pii import names_data
from redactor.detect.pii._vocab import words
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.slavic_cases import CASE_FORMS

LATIN: frozenset[str] = words("""
    aaron abigail adrian adriana agnes aidan aileen alan alana albert alberto alejandra alejandro
    aleksandra alessandra alessandro alessia alex alexander alexandra alexandre alexis alfonso alfredo
    alice alicia alina alison allison alma alvaro álvaro amanda amelia amelie amélie amy ana anabel andrea
    andreas andrei andrej andrés andres andrew andrzej aneta angela angelica angelika angelo anika anita
    anja anke ann anna anne annette annika anouk anthony antoine anton antonia antonio ariana arianna
    arnaud arne arthur astrid aurelie aurélie axel barbara bart bartosz bastian beatrice béatrice beatriz
    beatrix ben benedikt benjamin benoît benoit bernadette bernard bernardo bettina bianca birgit bjorn
    björn bogdan brandon brenda brian bridget brigitte bruno caitlin camila camille carla carlo carlos
    carmen carol carolina caroline carsten cassandra catalina caterina catherine cecilia cécile celine
    céline cesar césar chantal charles charlotte chiara chloe chloé christian christiane christina
    christine christoph christophe christopher claire clara claudia claudio clément colin constance
    corinna cristian cristina damian damien daniel daniela daniele danielle dario david davide deborah
    denis denise dennis diana diane diego dimitri dirk dominik dominika dominique dorota dorothea
    dorothy douglas duarte eduardo edward edyta elena eleonora elias elisa elisabeth elise élise eliza
    elizabeth elke ellen elodie élodie emanuele emil emilia emilie émilie emily emma emmanuel enrique enzo
    eric erik erika ernesto esteban estelle esther étienne etienne eugenia eva evelyn ewa fabian fabio
    fabrizio federica federico felipe felix félix fernanda fernando filip filipa filippo fiona florian
    francesca francesco francisco franck francois françois françoise frank franziska frederik frédéric
    frida friedrich gabriel gabriela gabriele gabrielle gaspard georg george georgina gerard gerhard
    giacomo gianluca gilles gina giorgia giorgio giovanna giovanni giulia giulio giuseppe gonzalo gregor
    gregory greta gustavo guillaume guillermo gunnar hanna hannah hannes hans harald harriet heather
    heike heinrich helen helena helene hélène helga henri henrik henrique henry ida ignacio ilaria
    ilse ines inês inés inga ingrid irene iris isaac isabel isabela isabella isabelle ivan ivana jacek
    jacob jacqueline jakob jakub james jan jana jane janet janina jannik jasmin javier jean jeanne jennifer
    jens jeremy jérôme jerome jessica joachim joan joana joanna joao joão joaquín joaquin jochen joel
    johan johann johanna johannes jonas jonathan joost jordi jorge jose josé josef josefina joseph
    josephine joshua josé juan juana judith julian julie julien juliette julio justyna jürgen jurgen
    karin karina karl karolina kasper katarzyna katharina katja katrin kerstin kevin klaus konrad
    krzysztof kristina lars laura laurent lea léa leila lena leon leonardo leonie léonie liam lidia linda
    lisa lorenzo louis louise luca lucas lucia lucía luciana lucie ludovic ludwig luis luisa luiz lukas
    łukasz lukasz madeleine magdalena maja malgorzata małgorzata manon manuel manuela marc marcel
    marcela marcelo marco marcos marek margarete margarita margaux margot maria maría mariana marianne
    marie marina mario marion marisa marius marta martha martin martina mateo mateus mathias mathieu
    matthias matteo maurice mauricio max maxime maximilian melanie mélanie michael michał
    michal michaela michel michele michelle miguel mikael mikkel milena miriam mirjam mónica monica
    monika nadine natalia natalie nathalie nathan nicola nicolas nicole niklas nikola nikolai nils nina
    noah noé noemi noémie nora norbert ole olga oliver olivia olivier oscar óscar oskar pablo paola
    patricia patricio patrick patrycja paul paula paulina pauline paulo pawel paweł pedro peter
    petra philipp philippe pierre pietro piotr rafael rafał rafal raphael raphaël raquel raúl raul
    rebecca regina_ reinhard renata renate rené rene ricardo riccardo richard rita roberta roberto
    rodrigo roland romain roman rosalie rosario rúben ruben rudolf sabine sabrina salvatore samuel
    sandra sandro santiago sara sarah sebastian sébastien sebastien sergio silke silvia simon simona
    simone sofía sofie sonia sonja sophia sophie stefan stefania stefanie stefano stéphane stephanie
    stéphanie susana susanne svenja sylvia sylvie szymon tamara tatiana teresa thérèse thiago thomas
    thorsten tiago tobias tomás tomasz torsten ulrich ulrike ursula valentin valentina valeria valérie
    vanessa verena veronica véronique victor víctor vincent vincenzo virginie vitor víctor walter
    wojciech wolfgang xavier yannick yvonne zofia zuzanna
    aino aleksi anders annika arvid asbjørn åsa birgitta bo bodil eero eija elin elsa emil erlend
    espen freja frida gudrun gustav hakon håkon halvard heikki hilde hilding ingeborg ingvild jari
    jesper jonna juha jukka kaisa kari karoliina kerttu kirsi kjell knut lasse leena liisa linnea
    magnus maija marit markku matti merja mikko minna niels nils oddny olav ole pekka pertti petteri
    pia ragnar ragnhild riikka rune satu seppo sigrid signe sindre solveig stig sune sven svein
    terje tiina tove tuomas ulla ulf vilja virpi väinö ylva
    agnieszka anca andreea bartłomiej bogdana bożena cezary dorin dragan dragana dušan elżbieta emese
    goran grażyna halina ioana iulia ivo jadwiga jarosław jelena jiří jolanta józef kamil katalin
    krisztina lajos ljubica lucian mária marcin marija mateusz milan miloš miroslav mirela mirjana
    nikolina ondřej pavel pavla petr radek radu radovan sándor snežana stanislav tereza tibor tomislav
    vasile vesna viktor vlad vladimir vladimíra wiktoria witold zbigniew zdeněk zoltán zsófia zsuzsanna
    aleksandr aleksei alexei anastasia andrey anya boris dmitri dmitry ekaterina galina igor irina
    ivanova kateryna ksenia larisa lyudmila maxim mikhail nadezhda natalya nikita oksana pavlo
    roman_ sergei sergey svetlana taras tetiana valentyna viktoriya vitaly yekaterina yelena yulia yuri
    yury zhanna
    dimitris giorgos georgios yannis yiannis konstantinos kostas nikos nikolaos eleni katerina
    panagiotis vasilis vassilis christos theodoros athanasios despina stavros spyros maria_
    aylin ayşe ayse burak cem deniz elif emine emre esra fatma gizem hakan hatice kemal mehmet
    murat mustafa özlem ozlem selin serkan tuğba yusuf zeynep onur oğuz barış berk ebru gül hülya
    abdullah abdul ahmad ahmed aisha aishah ali_ amal amina amir amira anwar ayman aziz bilal
    fadi farah fares fatima fatimah farid faisal ghada habib hadi hala hamza hana hanan hassan
    hussein hossam ibrahim imran iman ismail jamal jamila karim khaled khalid khalil laila layla
    leila leyla lina mahmoud majid malik mariam maryam mohamed mohammad mohammed muhammad mona
    mostafa nabil nadia naji nasser nour noor omar osama rami rana rania rashid reem rida salma salem
    sami samir samira sara_ said saeed sayed tarek tariq walid yasmin yasmine yousef youssef zainab
    zaid ziad
    arash bahram darius dariush farhad farzaneh hamid kamran kian leyla mahsa mehdi mina nasrin
    parisa parviz reza roya sanaz shirin soraya
    aarav aditi aditya ajay akash amit amitabh ananya anand anil anjali ankit anupam arjun aruna
    arvind asha ashok bhavna deepak deepika devendra dinesh divya gaurav geeta gopal harish harpreet
    hema indira jaswinder jyoti kavita kiran krishna lakshmi mahesh manish manoj meena mukesh nandini
    naveen neha nikhil nisha pooja prakash pranav preeti priya priyanka rahul raj rajesh rajiv ramesh
    ravi rohan rohit sachin sandeep sanjay santosh sarita shalini shanti shreya shweta simran sonal
    srinivas sudha sunil sunita suresh swati tanvi uma varun venkat venkatesh vijay vikram vinod vivek
    yash gurpreet manpreet navneet parminder rajinder sukhwinder balwinder karthik lakshman murugan
    senthil selvi meenakshi subramanian balaji
    hiroshi haruto hinata yuki yuko yuto sota sakura akira aiko ayaka daiki emi haruka hikari hiroko
    kaito kazuki kenji kenta koji mao megumi miho misaki mitsuki naoki naomi nanami riko rin ryo
    ryota satoshi shota sho takashi takumi taro tomoko yui yusuke yumi yoko yuna haruki keiko
    masato takeshi tsubasa
    seo-yeon seoyeon ji-ho jiho min-jun minjun ji-woo jiwoo seo-jun seojun ha-eun haeun ji-hoon jihoon
    hyun-woo hyunwoo soo-jin soojin eun-ji eunji min-seo minseo ye-jin yejin do-hyun dohyun jae-won
    jaewon sung-min
    xiaoming xiaoli xiaohong jianguo zhiwei weiwei haoran yuxuan zihan yichen jiayi xinyi
    thanh huong minh linh ngoc phuong trang thuy tuan hieu duc khanh quang nguyet
    adebayo adaeze adewale akosua ama amara abena babajide chiamaka chidi chidinma chika chinedu
    chinonso chioma chukwuemeka emeka folake funmilayo ifeoma ikenna kelechi kofi kwabena kwame kwaku
    kwesi ngozi nkechi nnamdi obinna oluwaseun olumide oluwadamilare segun seun tobi tunde uchenna
    yaw yetunde zainab_ abebe almaz bekele dawit haile hirut meseret selam selamawit tesfaye tigist
    wanjiru wanjiku njeri kamau otieno achieng akinyi amani baraka neema zawadi thabo thandiwe
    sipho nomvula lerato themba zanele bongani
    ariel avi avraham dana_ eitan eyal gal hadas ilan itai itay maya moshe noa noam ofer oren
    roni shira tal tamar yael yaakov yosef yonatan
    agus ayu budi dewi eko indah putri rizki siti wahyu wulan andi
    aroha tane
    alejandro_ graciela itzel jimena ximena xochitl guadalupe fernando_ marisol yolanda
    priscila priscilla thaís thais thalita larissa letícia leticia fabiana luana juliana vinícius
    vinicius gabriel_ rodrigo_ gustavo_ cauã caua
""")
"""Given names written in the Latin alphabet (a trailing ``_`` marks a duplicate kept for reading
order and is ignored)."""

GREEK: frozenset[str] = words("""
    γιώργος γεώργιος γιάννης ιωάννης νίκος νικόλαος κώστας κωνσταντίνος δημήτρης δημήτριος παναγιώτης
    βασίλης βασίλειος χρήστος θανάσης αθανάσιος μιχάλης σπύρος σταύρος αντώνης αλέξανδρος ανδρέας
    μαρία ελένη αικατερίνη κατερίνα βασιλική σοφία αγγελική δήμητρα ευαγγελία γεωργία ειρήνη χριστίνα
    δέσποινα άννα φωτεινή παρασκευή ιωάννα αναστασία
""")
"""Given names in Greek script."""

CYRILLIC: frozenset[str] = words("""
    александр алексей андрей антон артём борис вадим валентин василий виктор владимир дмитрий евгений
    иван игорь илья кирилл константин максим михаил никита николай олег павел пётр петр роман сергей
    степан юрий ярослав анастасия анна валентина виктория галина дарья екатерина елена ирина ксения
    людмила марина мария наталья надежда ольга полина светлана софия татьяна юлия оксана тарас богдан
    олександр дмитро микола юлія ірина
""")
"""Given names in Cyrillic script (Russian, Ukrainian, Bulgarian, Serbian spellings)."""

UNCASED: frozenset[str] = words("""
    محمد أحمد احمد عمر خالد يوسف إبراهيم ابراهيم حسن حسين محمود مصطفى عبدالله طارق
    فاطمة عائشة مريم ليلى سارة زينب رانيا سلمى ياسمين هالة ريم
    משה יוסף אברהם יעקב אורי איתי נועם יונתן אריאל עומר דניאל
    נועה שרה רחל מיכל תמר יעל מאיה הדס רונית
    สมชาย สมศักดิ์ สมหญิง สุดา วิไล สุรชัย นภา มาลี
    राहुल अमित सुनील प्रिया अनीता राजेश सुरेश पूजा
""")
"""Given names in scripts without capital letters (Arabic, Hebrew, Thai, Devanagari); used by
`redactor.detect.pii.scripts` as evidence that a run of words is a name."""
LATIN_MORE: frozenset[str] = words("""
    agustín agustina benjamín emiliano facundo florencia joaquina lautaro luciano maximiliano
    renata santino valentino yamila maricel jocelyn rowena marites jonel rommel arnel ronaldo reynaldo
    rodel fitri fitria ratna rina wati yanti hendra irwan joko slamet teguh yudi bambang dedi gita
    intan kartika lestari novi puspita rahmat asif farhan fawad junaid kashif nadeem naveed rizwan sajid
    shahid shoaib tahir usman waqar zubair ayesha hina mehwish nida rabia saima sadia tahira uzma rahim
    rafiq shakil alireza babak behnam behrooz bijan fariba ladan mohsen nima omid pouya ramin shahram
    aigerim aizhan askar bakhyt daniyar dilnoza farrukh gulnara nurlan rustam timur zarina phuc quan
    thao trung vinh xuan huyen somchai somsak supachai nattapong kittisak siriporn wannee pornthip
    chanida jisoo jimin taehyun seungmin hyejin sooyoung minji jiyoung abimbola adenike ayodele bisi
    chinwe chukwudi ebere femi gbenga kayode kemi nneka olufemi ronke temitope tolu uche wale yinka
    akua afia efua esi kojo kwadwo yaa wambui wairimu mwende njambi kiplagat cheruiyot jelimo yohannes
    mekdes tsion eyerusalem abdi hodan ayaan faadumo lindiwe nokuthula sibusiso thulani zodwa mpho
    tshepo palesa abdelrahman abdelaziz ashraf hesham hisham marwan mazen nader ramy sherif tamer wael
    yasser yara lubna rasha dalia nermeen ahmet arda baran cansu ceren damla ece emir erkan gökhan kaan
    kerem levent mert oya sinan tolga umut volkan yasemin tomer yuval nitzan omri shai liron hila inbal
    abhishek akshay aman anirudh anushka arnav bhavesh chetan darshan dhruv ishaan isha jatin kunal
    lalit madhav mohit nandan nitin omkar pankaj parth prateek rajat rakesh ritesh rupesh saurabh
    shashank shubham siddharth sumit tarun tushar vaibhav vineet yogesh kavya meghna pallavi prerna
    radhika ritika sakshi sneha sonali tanya vandana aoi asuka chihiro daisuke fumiko hayato hideo
    hiroki kazuya keisuke kyoko makoto mayumi minoru naoko noriko saki shinji sora takeru tomoya yuka
    yutaka agnetha birger dagny eskil frode geir gisle hallvard jorunn kjersti leif maren sissel tormod
    torbjørn trond vidar dieter gunther günther helmut jörg manfred rainer reiner siegfried uwe volker
    wilhelm bram daan fleur jeroen joris koen lieke maarten niek ruud sanne sjoerd thijs wouter alessio
    antonella camilla carlotta cesare donatella elisabetta emanuela fabiola gianni ludovica massimo
    maurizio mirko nicolò ornella pasquale rocco tommaso vittoria alain amandine anaïs blandine
    capucine clémence corentin didier éloïse fabrice gaëlle gérard ghislaine hervé jacques laetitia
    lionel loïc mathilde maëlle nadège océane pascale patrice solène sylvain thibault yann agata
    bartek danuta grzegorz irena iwona krystyna leszek mariusz mirosław ryszard stanisław tadeusz
    urszula weronika wiesław zdzisław antónio gonçalo leandro matheus renato rogério sérgio vânia
    wellington wesley alexandros anastasios apostolos dimitra evangelia ioanna konstantina michalis
    panos petros sotiris thanos vangelis
""")
"""More given names of the same cultures and of others (Filipino, Indonesian, Pakistani, Iranian,
Central Asian, Vietnamese, Thai and Korean in Latin letters, more African ones)."""

PLACE_NAMES: frozenset[str] = words("""
    florence sofia charlotte victoria regina georgia jordan paris sydney austin madison savannah
    adelaide lourdes santiago salvador orlando eugene lima alexandria alma virginia carolina
    dakota florida india china chelsea lincoln milan rosario salem
""")
"""Given names that are more often places: alone they are not taken as a name, and in a run
the rest of the run must be a name that is not an English word (``Sofia Petrova``, not ``Sofia
Airport``)."""


def _clean(names: frozenset[str]) -> frozenset[str]:
    return frozenset(n.rstrip("_") for n in names)


GIVEN_NAMES: frozenset[str] = _clean(LATIN | LATIN_MORE | GREEK | CYRILLIC)
"""Every given name of a cased script (lower-case)."""


SURNAMES: frozenset[str] = words("""
    smith johnson williams brown jones miller davis wilson anderson thomas taylor moore jackson
    harris thompson robinson clark lewis walker hall allen young king wright scott green baker adams
    nelson hill campbell mitchell roberts carter phillips evans turner parker collins edwards stewart
    murphy cook rogers morgan cooper peterson reed bailey kelly howard ward cox richardson wood watson
    brooks bennett gray hughes price sanders myers long foster sullivan russell griffin hayes bryant
    o'brien o'connor o'neill mcdonald macdonald mccarthy byrne ryan walsh kennedy doyle quinn gallagher
    garcia rodriguez martinez hernandez lopez gonzalez gonzález perez pérez sanchez sánchez ramirez
    ramírez torres flores rivera gomez gómez diaz díaz cruz morales reyes gutierrez gutiérrez ortiz
    jimenez jiménez ruiz alvarez álvarez castillo romero vargas mendoza moreno herrera medina aguilar
    castro ramos delgado guerrero navarro salazar rojas contreras espinoza fernandez fernández
    silva santos oliveira souza sousa pereira costa ferreira rodrigues almeida nascimento lima araujo
    araújo carvalho gomes martins ribeiro barbosa rocha dias teixeira correia cardoso monteiro
    müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter
    klein schröder neumann schwarz zimmermann braun krüger hofmann hartmann lange schmitt werner
    krause meier lehmann köhler huber bauer gruber
    dubois durand leroy moreau lefebvre girard mercier dupont lambert bonnet fontaine rousseau
    chevalier gauthier perrin morel fournier garnier faure blanc guerin boyer
    rossi russo ferrari esposito bianchi romano colombo ricci marino greco gallo conti giordano
    mancini rizzo lombardi moretti barbieri fontana santoro caruso mariani ferri
    nowak kowalski kowalska wiśniewski wiśniewska wójcik kowalczyk kamiński kamińska lewandowski
    lewandowska zieliński zielińska szymański woźniak dąbrowski kozłowski jankowski mazur
    kwiatkowski krawczyk piotrowski grabowski nowakowski pawłowski michalski adamczyk dudek
    novák novotný dvořák černý procházka kučera horváth nagy kovács szabó tóth varga
    popescu ionescu popa stoica dumitru constantin
    jansen janssen visser smit meijer bakker mulder bos vos peters hendriks dekker dijkstra
    hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen christensen
    karlsson andersson johansson nilsson eriksson larsson olsson persson svensson gustafsson
    korhonen virtanen mäkinen nieminen mäkelä hämäläinen laine heikkinen koskinen järvinen
    yılmaz yilmaz kaya demir şahin sahin çelik celik yıldız yildiz yıldırım öztürk ozturk aydın aydin
    özdemir arslan doğan dogan kılıç aslan çetin kara koç kurt özkan şimşek
    haddad khoury nasser mansour saleh rahman farouk hamdan khalifa qureshi siddiqui chaudhry
    okafor okonkwo adeyemi ogunleye eze nwosu okeke balogun chukwu abubakar
    mensah boateng owusu asante osei appiah agyeman addo ofori amoah
    otieno odhiambo ochieng kamau mwangi njoroge kariuki mutua kiprop chebet
    dlamini nkosi ndlovu khumalo zulu mokoena mahlangu
    ivanov ivanova smirnov smirnova kuznetsov kuznetsova popov popova petrov petrova sokolov sokolova
    volkov volkova novikov novikova morozov morozova fedorov lebedev kozlov pavlov
    shevchenko kovalenko bondarenko tkachenko kravchenko melnyk
    papadopoulos papadopoulou papadakis georgiou nikolaidis dimitriou konstantinou
    cohen levi levy mizrahi peretz biton dahan friedman katz azoulay
    sharma patel singh kumar gupta reddy iyer nair rao mehta shah joshi desai banerjee chatterjee
    mukherjee pillai menon agarwal verma mishra pandey yadav chopra kapoor malhotra kulkarni bhat
    krishnan subramaniam venkataraman
    bautista ocampo villanueva aquino mercado dela
    nguyen nguyễn tran trần pham phạm hoang hoàng huynh phan vu vo dang bui ngo duong
    kim park choi jung jeong kang cho yoon jang lim shin kwon hwang ahn song ryu hong
    sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato katō
    yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe
    ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa okada goto hasegawa murakami
    wang zhang liu chen yang huang zhao zhou xu zhu guo luo zheng liang xie tang deng cao
    peng zeng xiao tian dong yuan cai jiang ye cheng su ding shen yao cui zhong tan liao jia xia
    qin qiu xue
""")
"""Family names of many cultures (lower-case): a capitalised word before one is a given name when
it is not an English word (``Thandiwe Nkosi``); a Chinese one may also come first (``Wang Lei``)."""

CHINESE_SURNAMES: frozenset[str] = words("""
    wang zhang liu chen yang huang zhao zhou xu zhu guo luo zheng liang xie tang deng cao peng zeng
    xiao tian dong yuan cai jiang ye cheng su ding shen yao cui zhong tan liao jia xia qin qiu xue
    li lin wu sun ma hu gao he song han feng yu du pan lu wei fan
""")
"""Chinese family names in pinyin, written first in Chinese order (``Zhang Wei``)."""


def _script_words(groups: dict[str, str], scripts: tuple[str, ...]) -> frozenset[str]:
    """The names of `scripts` in a `names_data` table."""
    return frozenset(w for s in scripts for w in groups.get(s, "").split())


_CASED_SCRIPTS = ("latin", "greek", "cyrillic", "armenian")
_SPACED_UNCASED_SCRIPTS = (
    "arabic",
    "hebrew",
    "thai",
    "devanagari",
    "bengali",
    "tamil",
    "georgian",
    "gujarati",
    "oriya",
    "sinhala",
)
"""Uncased scripts that put spaces between words (Han, kana and Hangul names are written solid)."""

BROAD_GIVEN_NAMES: frozenset[str] = (
    (_script_words(names_data.GIVEN, _CASED_SCRIPTS) | CASE_FORMS)
    - GIVEN_NAMES
    - PLACE_NAMES
    - SURNAMES
    - CHINESE_SURNAMES
)
"""Given names of cased scripts from Faker's person lists (`names_data`, ~85 locales) that the
hand-written lists above lack, and the case forms of Russian and Ukrainian given names
(`slavic_cases`: ``Тараса``, ``Марией``): looked up token by token (`lexnames`), capitalised only."""

_HAMZA_ALEFS = "\u0623\u0625\u0622"
"""أ إ آ: alef with hamza or madda, often written as a bare alef (ا)."""


def arabic_spellings(name: str) -> set[str]:
    """`name` and the ways it is commonly also written in Arabic script: a final ta marbuta and ha
    for each other (``نوره`` / ``نورة``) and a first alef with or without hamza (``أحمد`` /
    ``احمد``, ``إيمان`` / ``ايمان``). Names of other scripts come back alone."""
    out = {name}
    if not name or not "\u0621" <= name[0] <= "\u06ff":
        return out
    if name[-1] in "\u0629\u0647":
        out.add(name[:-1] + ("\u0647" if name[-1] == "\u0629" else "\u0629"))
    for form in list(out):
        if form[0] in _HAMZA_ALEFS:
            out.add("\u0627" + form[1:])
    return out


def _with_spellings(names: frozenset[str]) -> frozenset[str]:
    """`names` plus their other Arabic spellings, except those that are function words of a
    language (`function_words_data.UNCASED_FUNCTION_WORDS`: a spelling may be a plain word)."""
    extra = {v for n in names for v in arabic_spellings(n)} - names
    return names | frozenset(extra - UNCASED_FUNCTION_WORDS - _NOT_SPELLINGS)


_NOT_SPELLINGS = words("\u0627\u0633\u0645\u0627\u0621")
"""اسماء: the bare-alef spelling of أسماء (Asma) is how software text writes the word "names"
(``اسماء الأيام``, found by a scan of the machine's Arabic gettext catalogues)."""


UNCASED_GIVEN_NAMES: frozenset[str] = _with_spellings(
    UNCASED | _script_words(names_data.GIVEN, _SPACED_UNCASED_SCRIPTS)
)
"""Given names of uncased scripts written with spaces (hand-written and Faker's), with their other
common Arabic spellings (`arabic_spellings`)."""
