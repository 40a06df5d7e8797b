"""Field labels and words of postal addresses, in about eighty languages (data only).

`ADDRESS_LABELS`: labels that introduce a postal address (address, home/residential/billing/
shipping/delivery/registered address, street, place of residence), a ``|``-separated string per
language as in `redactor.detect.pii.field_vocab` (which re-exports both names); `ADDRESS_WORDS`:
words of street addresses (street, road, house, flat, district...) that tell an address from a
sentence under such a label. Written from general knowledge of each language's form vocabulary,
not from any corpus.
"""

# ruff: noqa: RUF001  -- labels in other scripts are the point here.
from __future__ import annotations

from redactor.detect.pii._vocab import words

__all__ = ["ADDRESS_LABELS", "ADDRESS_WORDS"]

ADDRESS_LABELS: dict[str, str] = {
    "en": "home address|residential address|street address|billing address|shipping address|delivery address"
    "|mailing address|postal address|registered address|permanent address|current address|correspondence address"
    "|address line 1|address line one|place of residence|residence address|address of residence|home addr"
    "|address|street",
    "de": "adresse|anschrift|wohnadresse|wohnanschrift|privatadresse|privatanschrift|heimadresse|straße|strasse"
    "|straße und hausnummer|straße, hausnummer|rechnungsadresse|rechnungsanschrift|lieferadresse|lieferanschrift"
    "|versandadresse|postanschrift|postadresse|meldeadresse|wohnort|wohnsitz|hauptwohnsitz|firmensitz",
    "fr": "adresse|adresse postale|adresse du domicile|adresse de domicile|domicile|adresse personnelle"
    "|adresse de facturation|adresse de livraison|adresse d'expédition|adresse de résidence|lieu de résidence"
    "|résidence|rue|adresse complète|siège social|adresse du siège"
    "|quartier|lieu-dit",  # the address line of Francophone Africa (session 16 late)
    "es": "dirección|direccion|domicilio|dirección postal|dirección de envío|dirección de entrega"
    "|dirección de facturación|domicilio particular|domicilio fiscal|domicilio social|lugar de residencia"
    "|residencia|calle|dirección completa|dirección particular",
    "pt": "endereço|endereco|morada|endereço residencial|endereço de entrega|endereço de cobrança"
    "|endereço de faturação|endereço de faturamento|endereço para correspondência|morada fiscal|domicílio"
    "|residência|local de residência|logradouro|rua",
    "it": "indirizzo|indirizzo di residenza|residenza|domicilio|indirizzo di domicilio|indirizzo di spedizione"
    "|indirizzo di consegna|indirizzo di fatturazione|indirizzo postale|sede legale|luogo di residenza",
    "nl": "adres|woonadres|huisadres|straat|straat en huisnummer|postadres|afleveradres|bezorgadres"
    "|factuuradres|verzendadres|correspondentieadres|woonplaats|vestigingsadres",
    "ca": "adreça|domicili|adreça postal|adreça d'enviament|adreça de facturació|lloc de residència|carrer",
    "gl": "enderezo|domicilio|rúa",
    "eu": "helbidea|bizilekua|helbide osoa",
    "ro": "adresa|adresă|adresa de domiciliu|domiciliu|domiciliul|reședința|adresa de livrare|adresa de facturare"
    "|adresa poștală|strada|adresa completă|sediul",
    "pl": "adres|adres zamieszkania|adres zameldowania|adres korespondencyjny|adres do korespondencji"
    "|adres dostawy|adres wysyłki|adres rozliczeniowy|adres do faktury|miejsce zamieszkania|ulica|siedziba",
    "cs": "adresa|bydliště|adresa bydliště|trvalé bydliště|adresa trvalého pobytu|trvalý pobyt|doručovací adresa"
    "|fakturační adresa|korespondenční adresa|ulice|sídlo|místo pobytu",
    "sk": "adresa|bydlisko|trvalé bydlisko|adresa trvalého pobytu|trvalý pobyt|doručovacia adresa"
    "|fakturačná adresa|korešpondenčná adresa|ulica|sídlo",
    "sl": "naslov|naslov bivališča|stalno prebivališče|prebivališče|naslov za dostavo|naslov za račun|ulica",
    "hr": "adresa|adresa stanovanja|prebivalište|boravište|adresa za dostavu|adresa za račun|ulica|sjedište",
    "sr": "adresa|adresa stanovanja|prebivalište|adresa za dostavu|ulica|sedište",
    "bs": "adresa|adresa stanovanja|prebivalište|ulica",
    "mk": "адреса|адреса на живеење|живеалиште|адреса за испорака|улица|седиште",
    "sr_cyrl": "адреса|адреса становања|пребивалиште|адреса за доставу|улица|седиште",
    "bg": "адрес|постоянен адрес|настоящ адрес|адрес за кореспонденция|адрес за доставка|адрес по местоживеене"
    "|местоживеене|улица|седалище|адрес на управление",
    "hu": "cím|lakcím|lakóhely|állandó lakcím|tartózkodási hely|értesítési cím|szállítási cím|számlázási cím"
    "|postacím|levelezési cím|utca|székhely",
    "fi": "osoite|kotiosoite|katuosoite|postiosoite|toimitusosoite|laskutusosoite|asuinpaikka|kotipaikka",
    "et": "aadress|elukoht|elukoha aadress|postiaadress|kohaletoimetamise aadress|arveldusaadress|tänav",
    "lv": "adrese|dzīvesvieta|dzīvesvietas adrese|deklarētā adrese|piegādes adrese|juridiskā adrese|iela",
    "lt": "adresas|gyvenamoji vieta|gyvenamosios vietos adresas|pristatymo adresas|korespondencijos adresas"
    "|gatvė|buveinė",
    "sv": "adress|hemadress|gatuadress|postadress|leveransadress|faktureringsadress|fakturaadress|bostadsadress"
    "|folkbokföringsadress|bostadsort|hemort|gata",
    "no": "adresse|hjemmeadresse|gateadresse|postadresse|leveringsadresse|fakturaadresse|bostedsadresse"
    "|bosted|bopel|folkeregistrert adresse",
    "da": "adresse|hjemmeadresse|gadeadresse|postadresse|leveringsadresse|faktureringsadresse|bopæl"
    "|bopælsadresse|folkeregisteradresse",
    "is": "heimilisfang|lögheimili|póstfang|afhendingarstaður|gata",
    "ga": "seoladh|seoladh baile|seoladh poist|áit chónaithe",
    "cy": "cyfeiriad|cyfeiriad cartref|cyfeiriad post|stryd",
    "gd": "seòladh|seòladh dachaigh",
    "sq": "adresa|adresë|adresa e banimit|vendbanimi|rruga|adresa e dërgesës",
    "mt": "indirizz|indirizz tad-dar|triq",
    "tr": "adres|adresi|ev adresi|ikamet adresi|ikametgah|ikametgâh|ikamet|yerleşim yeri|açık adres"
    "|teslimat adresi|fatura adresi|gönderim adresi|kargo adresi|posta adresi|iş adresi|sokak|cadde",
    "az": "ünvan|ünvanı|yaşayış ünvanı|qeydiyyat ünvanı|çatdırılma ünvanı|küçə",
    "uz": "manzil|manzili|yashash manzili|yetkazib berish manzili|ko'cha",
    "kk": "мекенжай|мекен-жайы|тұрғылықты мекенжайы|тіркелген мекенжайы|көше",
    "ru": "адрес|адрес проживания|адрес регистрации|адрес места жительства|место жительства|место проживания"
    "|фактический адрес|юридический адрес|почтовый адрес|адрес доставки|адрес для корреспонденции"
    "|домашний адрес|прописка|улица",
    "uk": "адреса|адреса проживання|адреса реєстрації|місце проживання|зареєстроване місце проживання"
    "|фактична адреса|юридична адреса|поштова адреса|адреса доставки|домашня адреса|вулиця",
    "be": "адрас|адрас пражывання|месца жыхарства|адрас рэгістрацыі|паштовы адрас|вуліца",
    "mn": "хаяг|гэрийн хаяг|оршин суугаа хаяг|хүргэлтийн хаяг|шуудангийн хаяг",
    "el": "διεύθυνση|διευθυνση|διεύθυνση κατοικίας|κατοικία|τόπος κατοικίας|διεύθυνση αποστολής"
    "|διεύθυνση παράδοσης|διεύθυνση τιμολόγησης|ταχυδρομική διεύθυνση|οδός|έδρα",
    "ka": "მისამართი|საცხოვრებელი მისამართი|რეგისტრაციის მისამართი|მიწოდების მისამართი|იურიდიული მისამართი"
    "|ფაქტობრივი მისამართი|ქუჩა",
    "hy": "հասցե|բնակության հասցե|գրանցման հասցե|առաքման հասցե|փոստային հասցե|փողոց",
    "he": "כתובת|כתובת מגורים|כתובת למשלוח|כתובת למכתבים|כתובת דואר|כתובת לחיוב|מקום מגורים|מען|רחוב",
    "ar": "العنوان|عنوان|عنوان السكن|عنوان الإقامة|محل الإقامة|مكان الإقامة|العنوان البريدي|عنوان الشحن"
    "|عنوان التوصيل|عنوان الفواتير|عنوان المراسلة|العنوان الوطني|الشارع",
    "fa": "نشانی|آدرس|نشانی محل سکونت|آدرس محل سکونت|محل سکونت|نشانی پستی|آدرس پستی|نشانی منزل|آدرس منزل"
    "|آدرس تحویل|نشانی تحویل|خیابان",
    "ur": "پتہ|پتا|رہائشی پتہ|گھر کا پتہ|مستقل پتہ|موجودہ پتہ|ڈاک کا پتہ|ترسیل کا پتہ|گلی",
    "ps": "پته|استوګنځی|د استوګنې پته|کوڅه",
    "ku": "navnîşan|navnîşana malê|ناونیشان|ناونیشانی|ناونیشانی ماڵ",  # Kurmanji, Sorani (session 16 late)
    "hi": "पता|घर का पता|आवासीय पता|स्थायी पता|वर्तमान पता|पत्राचार का पता|डाक पता|डिलीवरी पता|बिलिंग पता"
    "|निवास|निवास स्थान|गली",
    "mr": "पत्ता|घरचा पत्ता|कायमचा पत्ता|सध्याचा पत्ता|पत्रव्यवहाराचा पत्ता|निवासी पत्ता",
    "ne": "ठेगाना|स्थायी ठेगाना|अस्थायी ठेगाना|हालको ठेगाना|घरको ठेगाना",
    "bn": "ঠিকানা|বর্তমান ঠিকানা|স্থায়ী ঠিকানা|বাড়ির ঠিকানা|ডাক ঠিকানা|ডেলিভারি ঠিকানা|বিলিং ঠিকানা|বাসস্থান",
    "pa": "ਪਤਾ|ਘਰ ਦਾ ਪਤਾ|ਪੱਕਾ ਪਤਾ|ਮੌਜੂਦਾ ਪਤਾ|ਰਿਹਾਇਸ਼ੀ ਪਤਾ",
    "gu": "સરનામું|ઘરનું સરનામું|કાયમી સરનામું|હાલનું સરનામું|રહેઠાણ",
    "ta": "முகவரி|வீட்டு முகவரி|நிரந்தர முகவரி|தற்போதைய முகவரி|அஞ்சல் முகவரி|விநியோக முகவரி|தெரு",
    "te": "చిరునామా|ఇంటి చిరునామా|శాశ్వత చిరునామా|ప్రస్తుత చిరునామా|పోస్టల్ చిరునామా",
    "kn": "ವಿಳಾಸ|ಮನೆ ವಿಳಾಸ|ಶಾಶ್ವತ ವಿಳಾಸ|ಪ್ರಸ್ತುತ ವಿಳಾಸ|ಅಂಚೆ ವಿಳಾಸ",
    "ml": "വിലാസം|മേൽവിലാസം|വീട്ടുവിലാസം|സ്ഥിര വിലാസം|നിലവിലെ വിലാസം",
    "si": "ලිපිනය|ස්ථිර ලිපිනය|පදිංචි ලිපිනය|තැපැල් ලිපිනය",
    "th": "ที่อยู่|ที่อยู่ปัจจุบัน|ที่อยู่ตามทะเบียนบ้าน|ที่อยู่สำหรับจัดส่ง|ที่อยู่จัดส่ง|ที่อยู่ในการจัดส่ง|ที่อยู่สำหรับออกใบกำกับภาษี|ที่อยู่ที่ติดต่อได้|ภูมิลำเนา|ถนน",
    "lo": "ທີ່ຢູ່|ທີ່ຢູ່ປັດຈຸບັນ|ບ້ານ|ຖະໜົນ",
    "km": "អាសយដ្ឋាន|អាសយដ្ឋានបច្ចុប្បន្ន|ទីលំនៅ|ផ្លូវ",
    "my": "လိပ်စာ|နေရပ်လိပ်စာ|အမြဲတမ်းလိပ်စာ|ပို့ဆောင်ရမည့်လိပ်စာ",
    "zh": "地址|住址|家庭住址|家庭地址|居住地址|现住址|户籍地址|户籍所在地|通讯地址|联系地址|邮寄地址"
    "|收货地址|收件地址|送货地址|配送地址|账单地址|注册地址|详细地址|所在地|居住地",
    "zh_hant": "地址|住址|通訊地址|聯絡地址|戶籍地址|居住地址|收件地址|收貨地址|送貨地址|帳單地址|註冊地址",
    "ja": "住所|ご住所|現住所|自宅住所|所在地|送付先|送付先住所|お届け先|お届け先住所|配送先|配送先住所"
    "|請求先住所|本籍|本籍地|居所|連絡先住所",
    "ko": "주소|집 주소|자택 주소|거주지|주소지|현주소|배송지|배송 주소|배송지 주소|청구지 주소|우편 주소"
    "|등록 주소|본적|도로명 주소|도로명주소|지번 주소",
    "am": "አድራሻ|የመኖሪያ አድራሻ|የቤት አድራሻ|የፖስታ አድራሻ|መኖሪያ|ቋሚ አድራሻ",
    "ti": "ኣድራሻ|ናይ መንበሪ ኣድራሻ|መንበሪ",
    "sw": "anwani|anuani|makazi|mahali pa kuishi|anwani ya makazi|anwani ya posta|anwani ya kusafirisha|mtaa",
    "ha": "adireshi|adireshin gida|wurin zama",
    "yo": "àdírẹ́sì|adirẹsi|ibùgbé|àdírẹ́sì ilé",
    "ig": "adreesị|ebe obibi",
    "zu": "ikheli|ikheli lasekhaya|ikheli leposi|indawo yokuhlala",
    "xh": "idilesi|idilesi yasekhaya",
    "so": "cinwaan|cinwaanka|ciwaan|ciwaanka|goobta deganaanshaha|degaan",
    "af": "adres|huisadres|posadres|woonadres|afleweringsadres|straat",
    "id": "alamat|alamat lengkap|alamat rumah|alamat domisili|domisili|alamat sesuai ktp|alamat pengiriman"
    "|alamat penagihan|alamat surat|tempat tinggal|jalan",
    "ms": "alamat|alamat penuh|alamat rumah|alamat kediaman|alamat surat-menyurat|alamat penghantaran|tempat tinggal",
    "vi": "địa chỉ|dia chi|địa chỉ nhà|địa chỉ thường trú|địa chỉ tạm trú|nơi ở|nơi ở hiện tại|nơi cư trú"
    "|hộ khẩu thường trú|địa chỉ giao hàng|địa chỉ nhận hàng|địa chỉ liên hệ|địa chỉ thanh toán",
    "hi_latn": "pata|ghar ka pata|sthayi pata",
    "vi_latn": "dia chi|dia_chi|dia chi giao hang",
    "zh_latn": "dizhi|di_zhi|zhuzhi",
    "ja_latn": "jusho|juusho",
    "ko_latn": "juso",
    "tl": "tirahan|address ng tirahan|kasalukuyang tirahan|permanenteng tirahan|kalye",
    "dv": "އެޑްރެސް|ދާއިމީ އެޑްރެސް|މިހާރު ދިރިއުޅޭ އެޑްރެސް",  # Dhivehi (session 16 late)
}
"""Labels of a postal address."""

ADDRESS_WORDS: frozenset[str] = words(
    """
    street st str road rd avenue ave av lane ln boulevard blvd drive dr way place pl square sq court ct
    close crescent terrace highway hwy apt apartment flat suite floor unit building bldg house no box po
    straße strasse str weg platz gasse allee ring damm ufer chaussee hausnummer
    rue avenue bd boulevard chemin impasse allée quai cours place bâtiment étage appartement cedex
    calle c/ avda avenida carrera cra paseo plaza piso puerta colonia col barrio
    rua travessa largo praça alameda estrada bairro andar apto
    via viale piazza corso vicolo largo località frazione scala interno
    straat laan plein gracht kade singel steeg dijk
    carrer passeig plaça
    strada bulevardul bd calea aleea piața sector judet județul bl sc ap et
    ulica ul al aleja osiedle os plac mieszkanie lok m
    ulice nám náměstí třída tř ul č.p byt
    ulica nám námestie
    ulica cesta trg
    utca út tér körút krt u em ajtó hrsz
    katu tie kuja polku tori
    tänav mnt maantee pst puiestee
    iela gatvė g pr prospektas al
    gatan vägen väg gata torget gränd
    gate gata veien vei vegen gaten plass
    gade vej allé plads stræde
    gata vegur
    sráid bóthar
    stryd heol ffordd
    rruga rr bulevardi
    triq
    cadde caddesi cad cd sokak sokağı sk sok mahalle mahallesi mah mh bulvar bulvarı blv apt daire kat no
    küçə prospekti
    ko'cha kocha mahalla uy
    көшесі көше даңғылы үй пәтер
    ул улица пр проспект пер переулок бул бульвар ш шоссе наб набережная пл площадь д дом кв квартира корп
    стр мкр микрорайон г пос р-н обл
    вул вулиця просп провулок бульв пров майдан буд будинок кв м с смт обл р-н
    вул вуліца праспект завулак
    бул булевард ж.к жк ет ап вх бл
    улица бр стан
    οδός οδ λεωφ λεωφόρος πλατεία αριθ τκ
    ქუჩა ქ გამზირი გამზ ბინა კორპუსი
    փողոց փ պողոտա պող շենք բն
    רחוב רח שדרות שד דירה קומה ת.ד
    شارع ش طريق حي مبنى شقة طابق ص.ب الرمز البريدي
    خیابان خ کوچه بلوار بن بست پلاک واحد طبقه میدان کد پستی
    سڑک گلی محلہ مکان نمبر بلاک سیکٹر فیز
    کوڅه سړک ناحیه کور
    मार्ग रोड गली नगर मोहल्ला मकान सेक्टर फ्लैट ब्लॉक पिन कॉलोनी वार्ड चौक
    रस्ता गल्ली
    सडक टोल वडा
    সড়ক রোড বাড়ি বাসা লেন গলি ব্লক সেক্টর ফ্ল্যাট
    ਸੜਕ ਗਲੀ ਮਕਾਨ
    રોડ માર્ગ સોસાયટી ફ્લેટ
    சாலை தெரு வீதி நகர் எண்
    రోడ్డు రోడ్ వీధి నగర్ ఇంటి
    ರಸ್ತೆ ಬಡಾವಣೆ ಮನೆ
    റോഡ് തെരുവ് വീട്
    පාර මාවත වීදිය
    ถนน ถ ซอย ซ หมู่ ม ตำบล ต แขวง อำเภอ อ เขต จังหวัด จ บ้านเลขที่ เลขที่
    ຖະໜົນ ບ້ານ ເມືອງ ແຂວງ
    ផ្លូវ ផ្ទះ សង្កាត់ ខណ្ឌ ភូមិ
    လမ်း အမှတ် ရပ်ကွက် မြို့နယ်
    路 街 道 巷 弄 号 號 楼 樓 室 栋 棟 区 區 市 省 县 縣 村 镇 鎮 丁目 番地 番 号室 階 町 丁 都 府 県 郡
    로 길 동 호 층 번길 대로 구 시 읍 면 리
    መንገድ ክፍለ ከተማ ወረዳ ቀበሌ ቤት ቁጥር
    ጎደና ዞባ
    barabara mtaa nyumba sanduku kitalu
    titi ile ọ̀nà
    jalan jl jln gang gg lorong blok rt rw kelurahan kecamatan kel kec kav no taman
    đường phố ngõ ngách hẻm số phường quận huyện xã thị tp tổ ấp khu
    kalye purok barangay brgy lungsod bayan
    umgwaqo indlela
    waddo jidka guriga degmada
    straat weg laan
    """
)
"""Words of street addresses in these languages (street, road, house, flat, district...): one in a
value, or a number, tells an address from a sentence under an address label."""
