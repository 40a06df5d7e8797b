"""Word lists the PII detectors share: what is *not* a person, a user name or a street.

All sets hold lower-case words. They are data, not logic: extend them when a false positive class
shows up, and add a near-miss test row for it.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists read better as text)."""
    return frozenset(text.split())


TECH_NAMES: frozenset[str] = frozenset(
    words("""
    kafka redis openai anthropic claude copilot github gitlab bitbucket gitea postgres postgresql
    mysql mariadb sqlite mongo mongodb cassandra dynamodb docker kubernetes k8s helm terraform
    pulumi ansible puppet chef vagrant packer consul vault nomad aws azure gcp google microsoft
    apple amazon linux ubuntu debian fedora centos alpine windows macos ios android node nodejs
    deno bun react vue angular svelte django flask fastapi starlette spring rails laravel symfony
    express nextjs nuxt spark hadoop hive flink airflow jenkins travis circleci buildkite slack
    discord stripe twilio sendgrid mailgun mailchimp datadog sentry grafana prometheus loki
    elasticsearch opensearch kibana logstash nginx apache tomcat jetty caddy traefik envoy istio
    rust golang python java kotlin scala ruby perl php swift typescript javascript bash zsh
    powershell presidio spacy pandas numpy scipy pytorch tensorflow keras jupyter huggingface
    postman heroku vercel netlify cloudflare okta auth0 supabase firebase shopify atlassian jira
    confluence notion figma zoom outlook gmail chrome chromium firefox safari edge mozilla gecko
    webkit khtml rabbitmq celery sidekiq memcached bigquery snowflake databricks tableau looker
    metabase mixpanel amplitude intercom zendesk hubspot salesforce paypal braintree plaid
    coinbase binance ethereum bitcoin solana gradle maven cargo yarn pnpm npm pip webpack vite
    babel eslint prettier jest mocha cypress playwright selenium pytest hypothesis typer pydantic
    uvicorn gunicorn sqlalchemy alembic prisma sequelize mongoose graphql grpc protobuf thrift
    avro parquet arrow iceberg trino presto zookeeper tansu moto boto boto3 botocore localstack
    minio ceph linkerd haproxy kong gemini llama mistral gpt chatgpt cursor codex sonnet opus
    haiku ollama langchain llamaindex openshift rancher nomad argo argocd flux tekton harbor
    quay artifactory nexus sonarqube snyk dependabot renovate trufflehog gitleaks semgrep
    bandit ruff mypy black isort flake8 pylint tox nox poetry pipenv conda anaconda homebrew
    apt yum dnf pacman snap flatpak vscode vim neovim emacs intellij pycharm xcode eclipse
    netbeans sublime atom jetbrains unix posix bsd freebsd openbsd solaris aix wsl hyper-v
    vmware virtualbox qemu kvm xen lambda fargate ecs eks gke aks s3 ec2 sqs sns kinesis
    cloudwatch cloudfront route53 iam rds aurora redshift athena glue sagemaker bedrock
    dataflow dataproc pubsub firestore bigtable spanner cosmos cosmosdb keyvault entra
    sharepoint onedrive dropbox box gdrive icloud lastpass onepassword bitwarden keepass
    yubikey duo pagerduty opsgenie statuspage newrelic dynatrace splunk sumo sumologic
    logz honeycomb lightstep jaeger zipkin opentelemetry otel fluentd fluentbit vector
    telegram whatsapp signal wechat line viber skype twitter facebook instagram linkedin
    reddit youtube tiktok pinterest snapchat tumblr medium substack wordpress drupal joomla
    ghost hugo jekyll gatsby astro remix solid qwik ember backbone jquery lodash underscore
    moment dayjs axios fetch requests httpx aiohttp urllib tornado twisted gevent eventlet
    numba cython pypy jython ironpython micropython circuitpython arduino raspberry
    hibernate slf4j log4j logback junit mockito gson lombok guava netty quarkus
    micronaut vertx kafka-streams tomcat wildfly jboss weblogic websphere glassfish dropwizard
    sinatra rack puma unicorn ecto elixir erlang haskell clojure ocaml fsharp
    swagger openapi postman insomnia grpcurl wireshark tcpdump curl wget httpie
    tabnine codeium windsurf aider cline sourcegraph codewhisperer replit qodo openhands opendevin
    coderabbit
    """)
)
"""Products, languages, libraries and services NER likes to call people or places."""

NOT_NAME_WORDS: frozenset[str] = frozenset(
    words("""
    the this that these those a an and or but if then else for from to in on at by with of as
    is are was were be been being do does did have has had not no yes ok okay please thanks
    thank hello hi hey dear regards cheers best sincerely welcome sorry yes my your our their
    his her its we you they he she it i me us them what when where why how who which whose
    can could would should will shall may might must let lets get set add new old all any
    each every some none null nil true false undefined nan void default main test tests
    error errors warning warn info debug trace fatal exception failed failure success ok
    user users admin root guest client server service services config configuration settings
    file files path paths name names value values data string strings object objects token
    tokens secret secrets key keys password passwd build release deploy update create delete
    remove run start stop list show view edit save load read write open close send receive
    request response result results input output source target type types class function
    method module package import export return print log logs logger message messages event
    events item items id ids url uri api sdk cli app apps web http https json yaml xml html
    css sql csv text number count total size length index version date time day week month
    year monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today tomorrow yesterday
    morning evening night street road avenue suite apt unit box city state country zip code
    phone mobile fax desk office email e-mail address website personal contact customer
    account card bank billing invoice order payment credit debit support team manager
    engineer developer director president ceo cto cfo vp mr mrs ms miss dr prof sir madam
    department company corp inc ltd llc gmbh group project repo repository branch commit
    merge pull push issue bug fix feature docs doc readme license changelog note notes todo
    fixme hack xxx foo bar baz qux example sample demo placeholder dummy mock stub fake
    north south east west new york los angeles san francisco united states kingdom
    handler handlers scanner scanners reporter decoder encoder parser lexer worker manager
    controller router model view template component provider factory builder adapter
    wrapper helper util utils utility utilities base core common shared internal external
    public private protected static final abstract interface struct enum union const
    unknown other misc general global local remote primary secondary master slave leader
    world everyone everybody team folks guys all there login logout signup sign button page
    home garden click submit cancel back next previous continue finish done ready
    cluster node nodes pod pods instance instances database databases queue queues topic topics
    bucket buckets schema schemas container containers image images volume volumes network
    boot framework library sdk runtime engine plugin plugins extension extensions driver drivers
    also however actually well so now sure great perfect cool right alright anyway btw first
    second third finally then again meanwhile unfortunately basically note warning tip hint
    requester requestor approver reviewer assignee watcher submitter recipient sender senior junior
    analyst associate consultant specialist coordinator officer lead head intern architect
    administrator designer founder partner chairman chairwoman secretary treasurer principal staff
    salesperson salesman saleswoman representative receptionist accountant auditor nordics benelux
    dach emea apac latam amer lorem ipsum dolor amet consectetur adipiscing
    viele liebe beste herzliche freundliche freundlichen grüße grüsse grüßen gruß
    groet groeten hartelijke vriendelijke cordialement salutations saludos atentamente atenciosamente
    cumprimentos pozdrawiam pozdrowienia hälsningar hilsen mvh distinti cordiali saluti
    visitor
    analista gerente ingeniero ingeniera engenheiro engenheira desarrollador desarrolladora
    desenvolvedor desenvolvedora coordinador coordinadora coordenador coordenadora asesor asesora
    consultor consultora especialista técnico técnica jefe jefa responsable directora diretor
    diretora suscripción subscrição ingénieur ingénieure chargé chargée responsabile sviluppatore
    ingegnere referent sachbearbeiter sachbearbeiterin entwickler entwicklerin
    """)
)
"""Capitalised words that start sentences, label fields or name code things, never people
(sign-offs of other languages included: ``Viele Grüße``, ``Met vriendelijke groet``)."""

ORG_WORDS: frozenset[str] = frozenset(
    words("""
    freight transport transports transportes logistics logistik logistique logistica shipping
    haulage couriers cargo clinic clinics hospital hospitals pharmacy dental surgery healthcare
    labs laboratories solutions systems technologies holdings industries enterprises consulting
    trading textiles textil têxtil packaging foods motors airlines airways bakery
    restaurant hotel insurance studio studios agency gmbh ltd llc inc corp plc ag bv nv sarl srl
    seguros seguradora aseguradora versicherung versicherungen assurance assurances assicurazioni
    ubezpieczenia sigorta verzekeringen forsikring försäkring vakuutus
    """)
)
"""Words that make a capitalised run an organisation (``Baltic Freight``, ``Riverside Family
Clinic``): a name candidate followed by or holding one is not a person."""

HOLIDAY_WORDS: frozenset[str] = words("""
    bayram\u0131 bayrami baýramy jayanti navami chaturthi panchami purnima poornima sankranti diwas navidad carnaval
    pentecoste pentecôte pentecost pâques påskedag pinsedag juledag hemelvaart himmelfahrt bettag tabaski puja fitr
    adha azha ünnepe finados difuntos bucha diwali deepavali vesak songkran nowruz janmashtami dussehra mawlid puasa
    kilisimasi krishtlindjet crăciunul uskrs praznik svátek święto feriado fiesta festival feestdag nationalfeiertag
    jahrestag maouloud nyepi waisak imlek idul eidul shivaratri pongal onam ugadi vaisakhi baisakhi hanukkah pesach
    purim sukkot shavuot thanksgiving weihnachten ostern pfingsten fronleichnam reformationstag allerheiligen
    ostermontag karfreitag pfingstmontag nochebuena pascua semana páscoa ascension assomption epifania natale kerstmis
    pasen pinksteren koningsdag wigilia
""")
"""Nouns that name a holiday or festival (``Kurban Bayrami``, written with a dotless i, ``Guru
Nanak Jayanti``, ``Hari Raya Puasa``): each occurs in the holiday names of the `holidays` package
(0.109: the names of ~160 locales' public holidays, read once to choose these; not a dependency),
and none is a given or family name of the name lexicons or Faker's person locales (``Noël``,
``Toussaint``, ``Pasqua`` and ``Valborg`` are, and are left out). A capitalised run that holds
one is a holiday, not a person, even when it starts with a given name (``Ramazan``, ``Hari``)."""

FACILITY_WORDS: frozenset[str] = HOLIDAY_WORDS | frozenset(
    words("""
    airport airports aeropuerto aeroporto aéroport flughafen lotnisko havaliman\u0131 havaalan\u0131 luchthaven
    station bahnhof hauptbahnhof gare estación estação stazione dworzec
    hotel hôtel hotell hostel motel resort pousada albergo
    hospital hôpital krankenhaus klinikum ospedale szpital ziekenhuis
    university universidad universidade université universität università universiteit uniwersytet
    üniversitesi
    museum museo musée museu stadium estadio estádio stadion terminal
    """)
)
"""Nouns of places people pass through (airports, stations, hotels, hospitals, universities,
museums, stadiums; English, Spanish, Portuguese, French, German, Italian, Dutch, Polish, Turkish
words): a capitalised run that starts or ends with one is a facility (``Humberto Delgado Airport``,
``Hotel Alpenrose``, ``Estação da Luz``), not a person. None of them is a common given or family name.
The days people keep (`HOLIDAY_WORDS`) are read the same way."""

SYSTEM_USERS: frozenset[str] = frozenset(
    words("""
    root admin administrator user users guest nobody daemon bin sys sync games man lp mail
    news uucp proxy www-data www backup list irc gnats systemd-network postgres postgresql
    mysql mongodb redis sa dbo ubuntu debian centos fedora ec2-user azureuser vagrant
    docker git gitlab-runner runner jenkins travis circleci vscode codespace node app
    appuser default public shared test tester dev developer
    runneradmin buildkite-agent ci build deploy deployer ansible ssm-user cloudshell-user
    me you username your_username yourname your-name name example someone somebody
    localuser local admin1 user1 user2 demo sample foo bar baz john.doe jdoe johndoe
    neo4j elastic kibana grafana rabbitmq sonar keycloak airflow superset metabase minio
    minioadmin couchdb cassandra oracle system scott hr sys sysadmin operator service svc
    x-access-token x-token-auth x-oauth-basic oauth oauth2 oauth2accesstoken __token__ token api apikey
    gitlab-ci-token bearer anonymous
    """)
) | {"all users", "default user"}
"""Account names that identify no person (service accounts, CI runners, placeholders)."""

TITLES: tuple[str, ...] = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "sir",
    "madam",
    "dame",
    "lord",
    "lady",
    "rev",
    "fr",
    "sr",
    "herr",
    "frau",
    "mme",
    "mlle",
    "sra",
    "srta",
)
"""Honorifics that precede a person's name (matched with or without a trailing dot)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    words("van von der den de del della di da dos das du la le el bin ibn al ter ten af zu y e i")
)
"""Lower-case words allowed inside a name (``Anthony van den Oord``, ``Pol Serra i Bosch``)."""
