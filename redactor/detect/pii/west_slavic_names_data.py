"""Polish, Czech and Slovak given names (generated, do not edit).

Written by ``scripts/build_west_slavic_names.py`` from the first-name lists of Faker's pl_PL,
cs_CZ and sk_SK person providers, lower case.
"""

from __future__ import annotations

from redactor.detect.pii._vocab import words

MASCULINE: frozenset[str] = words("""
    adam adolf adrian adrián alan albert albín aleks aleksander alex alexander alexandr alexej aleš
    alfonz alfréd alois alojz ambróz andrej andrzej anton antoni antonín ariel arkadiusz arnold arnošt
    arpád artur atila augustín aurel bartek bartolomej bedřich belo benedikt benjamín bernard beňadik
    blahoslav blažej bohdan bohumil bohumír bohuslav bohuš boleslav bonifác boris borys bořivoj
    branislav bruno bystrík błażej břetislav cezary ctibor ctirad cyprian cyprián cyril dalibor damian
    daniel dariusz david dawid demeter denis dezider dionýz dobroslav dominik drahomír drahoslav dušan
    dávid eder edmund eduard eliáš emanuel emil erik ernest ervín eryk eugen fabian fedor felix
    ferdinand filip florián franciszek františek frederik fridrich fryderyk félix gabriel gašpar gejza
    gregor grzegorz gustaw gustáv henrich herbert horymír hubert hugo hynek ignacy ignác igor imrich
    ivan ivo iwo izidor iľja jacek jakub jan jarolím jaromír jaroslav jeremi jerguš jerzy jindřich jiří
    jonáš josef jozef julian juliusz juraj ján józef július jędrzej kacper kajetan kamil karel karol
    kazimierz kazimír klement kliment koloman konrad konstanty konštantín kornel kristián krištof
    krystian kryštof krzysztof ksawery kvetoslav ladislav leon leonard leopold leoš levoslav libor
    lubomír luboš ludolf ludvík luděk lukáš lumír maciej maks maksymilian marcel marcin marek marian
    mariusz marián maroš martin matej mateusz matouš matyáš matúš matěj maurycy maximilián medard
    melichar metod michael michal michał mieszko mikołaj mikuláš milan miloslav miloš miroslav miłosz
    mojmír mário móric natan nataniel nathan nikodem norbert olaf oldrich oldřich olgierd oliver oliwier
    ondrej ondřej oskar oskár otakar oto pankrác patrik patryk pavel pavol paweł peter petr piotr
    pravoslav prokop przemysław přemysl radek radim radomír radoslav radosław radovan radúz rafał
    rastislav rené richard robert robin roland roman rostislav rudolf ryszard róbert samuel sebastian
    sebastián sergej servác severín silvester slavomír stanislav stanisław stefan svatopluk svatoslav
    svetozár svätopluk szymon tadeusz tadeáš tarzícius teodor tibor tichomír timotej tobiasz tobiáš
    tomasz tomáš tymon tymoteusz urban valentín valér vasil vasyl vavrinec vendelín viktor viliam vilém
    vincent vladimír vladislav vlasta vlastimil vojtech vojtěch vratislav vratko václav vít vítězslav
    víťazoslav wiktor witold wojciech zbyněk zdenko zdeněk zikmund zlatko zoltán zoran áron ľubomír
    ľubor ľuboslav ľuboš ľudomil ľudovít łukasz šimon štefan štěpán žigmund
""")
"""340 masculine given names."""
FEMININE: frozenset[str] = words("""
    ada adela adrianna adriána adéla agnesa agnieszka agáta aiko alana albína alena alexandra alexia
    alica alice alojzia alžbeta alžběta amália anabela anastazja anastázie andrea anděla aneta anežka
    angela angelika aniela anita anna antónia apolena apolonia aurelia aurélia barbara barbora berta
    beáta bianka bibiána blanka blažena bohdana bohumila bohuslava božena božidara branislava brigita
    bronislava cecília dagmar dagmara dana danica daniela danuše darina denisa diana dita dobromila
    dobroslava dominika dorota drahomíra drahoslava dáša edita ela elena eleonóra elisa eliza eliška
    elvíra elżbieta ema emilie emília enna erika ester estera etela eugénia eulália eunika eva evelína
    ewa ewelina filoména františka frederika gabriela gaja gertrúda gizela hana hedviga hedvika helena
    henrieta hermína hilda hortenzia ida ilona inga ingrida irena iris irma iva ivana iveta ivica ivona
    izabela jana janina jarmila jaromíra jaroslava jindřiška jitka jiřina johana jolana jozefína judita
    juliana julianna julie julita justyna justína júlia kaja kalina kamila karina karla karolína
    katarína kateřina klara klaudia klaudie klára kornelia kornélia kristina kristína kristýna krystyna
    kvetoslava květa květoslava lada ladislava laura lea lenka leona leopolda lesana lesia liana libuša
    libuše lidia liliana linda liwia lolita lucia lucie ludmila lujza luna lívia lýdia lýdie magdalena
    magdaléna mahulena malvína malwina marcela marcelina margaréta margita marianna marie marika markéta
    marta martina marína matilda melania melánia michaela milada milena milica miloslava milota miluše
    miriama miroslava monika mária nadežda naděžda natasza nataša natália natálie nela nicole nikol
    nikola nina nora olga olivie olympia olívia otília otýlie oxana oľga patricie patrícia paulína pavla
    pavlína perla petra petrana petronela radka radoslava radovana rebeka regína renata renáta roksana
    romana rozalia rozália ružena róża růžena sabina sabína sandra sara saskia sidónia silvia silvie
    simona slavomíra slavěna sláva slávka sofia sonia soňa stanislava stela svetlana světlana sylwia
    sára tamara tatiana tereza terézia theodora timea tola urszula uršuľa valentína valéria vanda vanesa
    vendula veronika viera vieroslava viktorie viktória vilma viola vladimíra vlasta věra xénia zara
    zdenka zdeňka zdislava zina zita zlatica zoja zora zuzana ľubica ľubomíra ľuboslava ľudmila ľudomila
    šarlota štefánia štěpánka šárka žaneta želmíra žofia žofie
""")
"""331 feminine given names."""
