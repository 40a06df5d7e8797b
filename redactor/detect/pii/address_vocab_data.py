"""Street-type and unit words of Faker's address providers (generated, do not edit).

Written by ``scripts/build_address_vocab.py`` from Faker 40.54.0; run it again (or with
``--check``) after changing Faker's pin. Per position, per Faker locale, the words separated by
``|`` (a word may hold spaces: ``bin bast``). Positions: ``before`` (a word before the street's
name), ``start`` (glued to its start), ``after`` (a word after it), ``ending`` (glued to the end
of the name, lower case), ``unit`` (the word of a unit: ``Apt.``, ``Piso``), ``mark`` (a word
before a house number: ``No.``, ``д.``, ``Nr.``), ``place`` (a word before or after a place
name: ``г.``, ``phường``, ``rayonu``).
"""

# ruff: noqa: E501, RUF001, RUF002  # generated word lists; letters of other scripts look like Latin ones

from __future__ import annotations

BEFORE: dict[str, str] = {
    "ar_DZ": "بلدية|حي|دوار|زنقة|شارع|طريق|نهج",
    "el_GR": "Λεωφ.|Λεωφόρος|Πάρ.|Πάροδος|Πλ.|Πλατεία",
    "en_MS": "Jalan|Jln|Lorong",
    "es_AR": "Av.|Avenida|Blv.|Boulevard|Calle|Camino|Diag.|Diagonal",
    "es_CL": "Av.|Avda.|Avenida|Calle|Camino|Pasaje|Psje.",
    "es_CO": "Calle|Carrera|Cl.|Cr.|Dg.|Diagonal|Tr.|Transversal",
    "es_ES": "Acceso|Alameda|Avenida|C.|Calle|Callejón|Camino|Cañada|Cuesta|Glorieta|Pasadizo|Pasaje|Paseo|Plaza|Rambla|Ronda|Urbanización|Via|Vial",
    "es_MX": (
        "Ampliación|Andador|Avenida|Boulevard|Calle|Callejón|Calzada|Cerrada|Circuito|Circunvalación|Continuación|Corredor|Diagonal|Eje vial|Pasaje|Peatonal|Periférico|Privada|Prolongación|Retorno|Viaducto"
    ),
    "fr_CA": "allé|avenue|boulevard|chemin|montée|rang|route|rue",
    "fr_CH": "avenue|boulevard|chemin|rue",
    "fr_DZ": "avenue|boulevard|chemin|rue",
    "fr_FR": "avenue|boulevard|chemin|rue",
    "hy_AM": "պողոտա|փողոց",
    "id_ID": "Gang|Gg.|Jalan|Jl.",
    "it_IT": "Borgo|Canale|Contrada|Incrocio|Piazza|Rotonda|Strada|Stretto|Via|Viale|Vicolo",
    "pl_PL": "aleja|plac|ulica",
    "pt_BR": "Aeroporto|Alameda|Avenida|Campo|Chácara|Colônia|Condomínio|Conjunto|Distrito|Esplanada|Estação|Estrada|Favela|Fazenda|Feira|Jardim|Ladeira|Lago|Lagoa|Largo|Loteamento|Morro|Núcleo|Parque|Passarela|Praia|Praça|Pátio|Quadra|Recanto|Residencial|Rodovia|Rua|Setor|Sítio|Travessa|Trecho|Trevo|Vale|Vereda|Via|Viaduto|Viela|Vila|Área",
    "pt_PT": "Alameda|Av|Avenida|Largo|Praça|R.|Rua|Travessa",
    "ro_RO": "Aleea|Bulevardul|Drumul|Intrarea|Soseaua|Strada",
    "uk_UA": "вулиця|набережна|парк|площа|провулок|проспект|сквер|узвіз|шосе",
    "vi_VN": "Hẻm|Khu|Khóm|Ngõ|Phố|phố|Đường|đường",
}
START: dict[str, str] = {
    "th_TH": "ซ.|ซอย|ถ.|ถนน",
}
AFTER: dict[str, str] = {
    "az_AZ": "küç.|küçəsi|pr.|prospekti",
    "cs_CZ": "nábř.|nábřeží|nám.|náměstí|tř.|třída|ul.|ulice",
    "de_AT": "Gasse|Platz|Ring|Straße|Weg",
    "de_DE": "Allee|Gasse|Platz|Ring|Straße|Weg",
    "en_AU": (
        "Access|Alley|Alleyway|Amble|Anchorage|Approach|Arcade|Artery|Avenue|Basin|Beach|Bend|Block|Boulevard|Brace|Brae|Break|Bridge|Broadway|Brow|Bypass|Byway|Causeway|Centre|Centreway|Chase|Circle|Circlet|Circuit|Circus|Close|Colonnade|Common|Concourse|Copse|Corner|Corso|Court|Courtyard|Cove|Crescent|Crest|Cross|Crossing|Crossroad|Crossway|Cruiseway|Cul-de-sac|Cutting|Dale|Dell|Deviation|Dip|Distributor|Drive|Driveway|Edge|Elbow|End|Entrance|Esplanade|Estate|Expressway|Extension|Fairway|Fire Track|Firetrail|Flat|Follow|Footway|Foreshore|Formation|Freeway|Front|Frontage|Gap|Garden|Gardens|Gate|Gates|Glade|Glen|Grange|Green|Ground|Grove|Gully|Heights|Highroad|Highway|Hill|Interchange|Intersection|Junction|Key|Landing|Lane|Laneway|Lees|Line|Link|Little|Lookout|Loop|Lower|Mall|Meander|Mew|Mews|Motorway|Mount|Nook|Outlook|Parade|Park|Parklands|Parkway|Part|Pass|Path|Pathway|Piazza|Place|Plateau|Plaza|Pocket|Point|Port|Promenade|Quad|Quadrangle|Quadrant|Quay|Quays|Ramble|Ramp|Range|Reach|Reserve|Rest|Retreat|Ride|Ridge|Ridgeway|Right Of Way|Ring|Rise|River|Riverway|Riviera|Road|Roads|Roadside|Roadway|Ronde|Rosebowl|Rotary|Round|Route|Row|Rue|Run|Service Way|Siding|Slope|Sound|Spur|Square|Stairs|State Highway|Steps|Strand|Street|Strip|Subway|Tarn|Terrace|Thoroughfare|Tollway|Top|Tor|Towers|Track|Trail|Trailer|Triangle|Trunkway|Turn|Underpass|Upper|Vale|Viaduct|View|Villas|Vista|Wade|Walk|Walkway|Way|Wynd"
    ),
    "en_CA": "Alley|Avenue|Branch|Bridge|Brook|Brooks|Burg|Burgs|Bypass|Camp|Canyon|Cape|Causeway|Center|Centers|Circle|Circles|Cliff|Cliffs|Club|Common|Corner|Corners|Course|Court|Courts|Cove|Coves|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drive|Drives|Estate|Estates|Expressway|Extension|Extensions|Fall|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Freeway|Garden|Gardens|Gateway|Glen|Glens|Green|Greens|Grove|Groves|Harbor|Harbors|Haven|Heights|Highway|Hill|Hills|Hollow|Inlet|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Land|Landing|Lane|Light|Lights|Loaf|Lock|Locks|Lodge|Loop|Mall|Manor|Manors|Meadow|Meadows|Mews|Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Park|Parks|Parkway|Parkways|Pass|Passage|Path|Pike|Pine|Pines|Place|Plain|Plains|Plaza|Point|Points|Port|Ports|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|Ridge|Ridges|River|Road|Roads|Route|Row|Rue|Run|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Square|Squares|Station|Stravenue|Stream|Street|Streets|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail|Tunnel|Turnpike|Underpass|Union|Unions|Valley|Valleys|Via|Viaduct|View|Views|Village|Villages|Ville|Vista|Walk|Walks|Wall|Way|Ways|Well|Wells",
    "en_GB": "Alley|Avenue|Branch|Bridge|Brook|Brooks|Burg|Burgs|Bypass|Camp|Canyon|Cape|Causeway|Center|Centers|Circle|Circles|Cliff|Cliffs|Club|Common|Corner|Corners|Course|Court|Courts|Cove|Coves|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drive|Drives|Estate|Estates|Expressway|Extension|Extensions|Fall|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Freeway|Garden|Gardens|Gateway|Glen|Glens|Green|Greens|Grove|Groves|Harbor|Harbors|Haven|Heights|Highway|Hill|Hills|Hollow|Inlet|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Land|Landing|Lane|Light|Lights|Loaf|Lock|Locks|Lodge|Loop|Mall|Manor|Manors|Meadow|Meadows|Mews|Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Park|Parks|Parkway|Parkways|Pass|Passage|Path|Pike|Pine|Pines|Place|Plain|Plains|Plaza|Point|Points|Port|Ports|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|Ridge|Ridges|River|Road|Roads|Route|Row|Rue|Run|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Square|Squares|Station|Stravenue|Stream|Street|Streets|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail|Tunnel|Turnpike|Underpass|Union|Unions|Valley|Valleys|Via|Viaduct|View|Views|Village|Villages|Ville|Vista|Walk|Walks|Wall|Way|Ways|Well|Wells",
    "en_NZ": (
        "Access|Alley|Alleyway|Amble|Anchorage|Approach|Arcade|Avenue|Beach "
        "Road|Broadway|Bypass|Causeway|Centre|Circle|Circuit|Close|Concourse|Copse|Corner|Court|Cove|Crescent|Crest|Cross|Crossing|Cutting|Drive|Esplanade|Flats|Gardens|Grove|Heights|Highway|Keys|Lane|Line|Mews|Parade|Park|Pass|Place|Plaza|Point|Quay|Range Road|Reserve|Ridge|Rise|Road|Square|Street|Terrace|Track|Trail|View|Way"
    ),
    "en_PH": (
        "Avenue|Avenue Extension|Boulevard|Boulevard Extension|Circle|Drive|Drive "
        "Extension|Expressway|Extension|Highway|Road|Road Extension|Service Road|Street"
    ),
    "en_US": "Alley|Avenue|Branch|Bridge|Brook|Brooks|Burg|Burgs|Bypass|Camp|Canyon|Cape|Causeway|Center|Centers|Circle|Circles|Cliff|Cliffs|Club|Common|Corner|Corners|Course|Court|Courts|Cove|Coves|Creek|Crescent|Crest|Crossing|Crossroad|Curve|Dale|Dam|Divide|Drive|Drives|Estate|Estates|Expressway|Extension|Extensions|Fall|Falls|Ferry|Field|Fields|Flat|Flats|Ford|Fords|Forest|Forge|Forges|Fork|Forks|Fort|Freeway|Garden|Gardens|Gateway|Glen|Glens|Green|Greens|Grove|Groves|Harbor|Harbors|Haven|Heights|Highway|Hill|Hills|Hollow|Inlet|Island|Islands|Isle|Junction|Junctions|Key|Keys|Knoll|Knolls|Lake|Lakes|Land|Landing|Lane|Light|Lights|Loaf|Lock|Locks|Lodge|Loop|Mall|Manor|Manors|Meadow|Meadows|Mews|Mill|Mills|Mission|Motorway|Mount|Mountain|Mountains|Neck|Orchard|Oval|Overpass|Park|Parks|Parkway|Parkways|Pass|Passage|Path|Pike|Pine|Pines|Place|Plain|Plains|Plaza|Point|Points|Port|Ports|Prairie|Radial|Ramp|Ranch|Rapid|Rapids|Rest|Ridge|Ridges|River|Road|Roads|Route|Row|Rue|Run|Shoal|Shoals|Shore|Shores|Skyway|Spring|Springs|Spur|Spurs|Square|Squares|Station|Stravenue|Stream|Street|Streets|Summit|Terrace|Throughway|Trace|Track|Trafficway|Trail|Tunnel|Turnpike|Underpass|Union|Unions|Valley|Valleys|Via|Viaduct|View|Views|Village|Villages|Ville|Vista|Walk|Walks|Wall|Way|Ways|Well|Wells",
    "fa_IR": "آزاد راه|بزرگ راه|بلوار|بن بست|تقاطع|تونل|جاده|جزیره|جنب|خیابان|دره|میدان|پل|چهار راه|کوه|کوچه",
    "hr_HR": "a.|avenija|c.|cesta|put|ul.|ulica",
    "hu_HU": "körút|köz|sétány|tér|utca|út",
    "ka_GE": "ქ.",
    "ko_KR": "가|거리|길|로",
    "mk_MK": "а.|авенија|бул.|булевар|п.|пат|ул.|улица",
    "ne_NP": "आश्रम|कुना|गल्ली|गेट|चौर|टार|निवास|पथ|बाटो|मार्ग|रोड|हाईट",
    "ru_RU": "алл.|бул.|наб.|пер.|пр.|ул.|ш.",
    "sk_SK": "nábr.|nábrežie|nám.|námestie|tr.|trieda|ul.|ulica",
    "vi_VN": "Dãy|Hẻm|Khu|Làng|Ngõ|Tổ|Đường",
    "zh_TW": "巷|街|路",
    "zu_ZA": "Indawo|Indlela|Isitaladi|Ithafa|Umgwaqo",
}
ENDING: dict[str, str] = {
    "bn_BD": "এভিনিউ|কর্নার|গলি|ঘাট|চত্বর|পাড়া|পার্ক|প্লাজা|মহল্লা|মহাসড়ক|মোড়|রাস্তা|রোড|লেন|সড়ক|সেন্টার|স্টেশন|স্ট্যান্ড",
    "da_DK": "allé|gade|stræde|vej",
    "de_AT": "gasse|platz|ring|str.|straße|weg",
    "de_CH": "strasse",
    "de_DE": "allee|gasse|platz|ring|str.|straße|weg",
    "ko_KR": "가|거리|길|로",
    "nl_BE": "baan|boulevard|dreef|hof|laan|lei|pad|ring|singel|steeg|straat|weg",
    "nl_NL": "baan|boulevard|dreef|hof|laan|pad|ring|singel|steeg|straat|weg",
    "no_NO": "alléen|bakken|berget|bråten|eggen|ekra|engen|faret|flata|gata|gjerdet|grenda|gropa|hagen|haugen|havna|holtet|høgda|jordet|kollen|kroken|lia|lunden|lyngen|løkka|marka|moen|myra|plassen|ringen|roa|røa|skogen|skrenten|spranget|stien|stranda|stubben|stykket|svingen|tjernet|toppen|tunet|vika|vollen|åsen",
    "zh_CN": "街|路",
}
UNIT: dict[str, str] = {
    "bn_BD": "অ্যাপার্টমেন্ট|ফ্ল্যাট|ষ্টুডিও",
    "en_AU": "Apt.|Flat|Level|Suite|Unit",
    "en_BD": "Apartment|Flat|Studio",
    "en_CA": "Apt.|Suite",
    "en_GB": "Flat|Studio",
    "en_NZ": "Apt.|Flat|Level|Suite|Unit",
    "en_US": "Apt.|Suite",
    "es_AR": "Dto.|Local|Oficina|Piso|Torre",
    "es_CL": "Dpto.|Of.|Piso",
    "es_CO": "Apartamento|Apto.|Bodega|Casa|Etapa|Local|Oficina|Torre",
    "es_ES": "Apt.|Piso|Puerta",
    "fa_IR": "سوئیت|واحد",
    "hy_AM": "բն.",
    "it_IT": "Appartamento|Piano",
    "ro_RO": "Bl.",
    "zu_ZA": "Flat|Suite|Unit",
}
MARK: dict[str, str] = {
    "az_AZ": "b.|m.",
    "en_IN": "H.No.",
    "en_MS": "Lot|No.",
    "en_NZ": "PO Box",
    "id_ID": "No.",
    "ne_NP": "घर|वडा",
    "ro_RO": "Nr.",
    "ru_RU": "д.|к.|стр.",
    "th_TH": "หมู่",
    "uk_UA": "буд.|кв.",
}
PLACE: dict[str, str] = {
    "az_AZ": "k.|kəndi|qəs.|qəsəbəsi|ray.|rayonu|ş.|şəhəri",
    "bn_BD": "উত্তর|দক্ষিণ|নতুন|পশ্চিম|পুরাতন|পূর্ব|মধ্য",
    "es_MX": "Norte|Sur|de la Montaña|los altos|los bajos",
    "fa_IR": "استان|باغات|بندر|جنوب|دهستان|روستای|شرق|شمال|شهر|شهرستان|غرب",
    "fr_CA": "-sur-Mer|Baie|Est|L'|L'Île-|La|Lac-|Mont-|Ouest|Saint-|Sainte-|Ville",
    "fr_FR": "Saint|Sainte",
    "hy_AM": "գ.|ք.",
    "it_IT": (
        "Borgo|Quarto|San|Sesto|Settimo|a mare|calabro|del "
        "friuli|laziale|lido|ligure|nell'emilia|salentino|sardo|terme|umbro|veneto"
    ),
    "pt_BR": (
        "Alegre|Grande|Paulista|Verde|da Mata|da Praia|da Prata|da Serra|das Flores|das Pedras|de Goiás|de "
        "Minas|do Amparo|do Campo|do Galho|do Norte|do Oeste|do Sul|dos Dourados"
    ),
    "ru_RU": "г.|д.|к.|клх|п.|с.|ст.",
    "uk_UA": "місто|селище|село|хутір",
    "vi_VN": "Phường|TP.|Thành phố|Tỉnh|Xã|phường|thành phố|tỉnh|xã",
}
