"""Name-likeness weights over character n-grams (generated, do not edit).

Written by ``scripts/build_name_form.py``: a logistic regression of 34348 Latin-script given and
family names against 109345 non-name words; `name_form` reads it. Each entry is ``ngram=weight*100``;
the bare ``=`` entry is the bias. ``^`` and ``$`` mark the word's edges.
"""

from __future__ import annotations

WEIGHTS: str = """
=28 $=23 '=84 'a=6 'an=-10 'an$=-11 'b=8 'br=6 'c=13 'ca=4 'co=1 'con=1 'd=7 'da=-3 'de=2 'do=4 'don=2 'f=6
'fa=2 'far=2 'g=4 'go=2 'h=10 'ha=3 'he=1 'ho=3 'k=3 'ke=3 'l=4 'lo=1 'm=4 'ma=1 'o=4 'r=4 're=1 's=5 'sh=4
'sha=1 'she=2 't=3 'u=2 'u$=2 'z=-2 -=67 -a=-22 -ag=-2 -al=-9 -all=-1 -alt=-4 -an=2 -ann=2 -ar=-4 -as=-2
-asc=-1 -at=-3 -au=1 -b=-35 -ba=-9 -bar=-4 -bas=-2 -be=-4 -bi=-6 -bis=-2 -bo=-4 -bor=-3 -br=3 -bre=-3 -bri=11
-bru=-4 -bu=-14 -bud=-4 -bur=-2 -c=44 -ca=-2 -car=-4 -ch=51 -cha=5 -che=8 -chi=27 -chr=1 -chu=10 -cl=1 -cla=1
-d=2 -da=-8 -de=1 -di=17 -die=17 -do=-1 -e=-14 -eb=-2 -ei=-5 -el=-3 -en=-2 -en$=5 -en-=-3 -er=5 -eri=3 -es=-4
-f=3 -fa=2 -fe=11 -fei=2 -fen=11 -fl=-2 -fr=-4 -fra=5 -fre=-2 -fri=-6 -fu=-4 -fur=-2 -g=1 -ge=-3 -geo=1 -ger=1
-go=-3 -gr=-5 -gre=-3 -gro=-1 -gu=14 -gun=10 -h=26 -ha=-11 -han=2 -hao=3 -har=-4 -he=-3 -her=-2 -hi=-1 -hil=-1
-ho=-8 -hoh=-1 -hoo=1 -hor=-2 -hs=27 -hsi=26 -hsu=2 -hu=21 -hua=9 -hui=4 -hun=13 -i=1 -i$=4 -is=-1 -j=21
-ja=-2 -ji=4 -jo=4 -jos=1 -ju=13 -jui=5 -jun=6 -jur=2 -k=-32 -ka=-7 -kar=-2 -kat=2 -ki=-1 -kir=-1 -ko=-5
-kr=-4 -ku=-12 -l=40 -la=-10 -lan=-4 -lau=2 -le=-1 -lee=4 -lei=4 -len=-1 -li=39 -lin=27 -lip=-2 -lis=8 -lo=9
-lou=10 -lu=3 -lui=3 -lun=2 -m=21 -ma=-2 -mar=4 -me=-4 -mei=4 -mi=38 -min=42 -mo=-6 -mu=-4 -mun=-2 -n=-23
-na=-1 -ne=-13 -neu=-6 -ni=-1 -nie=-1 -no=-8 -nor=-2 -o=-21 -ob=-4 -obe=-4 -oe=-1 -oh=-1 -ohr=-1 -ol=6 -olo=7
-on=-4 -on-=-10 -or=-4 -ors=-4 -os=-9 -ost=-5 -ot=1 -ott=2 -p=30 -pa=4 -pau=4 -pe=20 -pet=24 -pi=15 -pie=3
-po=-6 -pod=-2 -r=-11 -ra=-2 -ram=-1 -re=-2 -rh=-3 -ri=-9 -rie=-3 -ro=5 -rod=-1 -ros=10 -ru=1 -s=-46 -sa=-10
-sac=-2 -san=-3 -sc=-12 -sch=-12 -se=-3 -sh=6 -si=-5 -sie=-4 -so=11 -sop=9 -sp=-1 -st=-9 -ste=-3 -sto=-3
-str=-4 -su=-14 -sur=-3 -suu=-7 -t=36 -te=3 -th=2 -the=5 -ti=36 -tin=41 -to=-8 -tok=-3 -tor=-3 -tr=-6 -tra=-4
-tre=-2 -tun=2 -u=-10 -ul=-4 -un=-1 -unt=-1 -up=-1 -upo=-1 -uw=2 -uwe=2 -v=-13 -va=-4 -ve=-2 -vi=-2 -vo=-3
-vol=-2 -wa=-2 -wal=-2 -we=6 -wei=7 -wer=2 -wes=-3 -wi=-3 -wie=-1 -win=-1 -wo=7 -wu=-1 -wy=-6 -x=8 -xa=8 -y=41
-ye=6 -yi=20 -yin=20 -yu=10 -yu$=7 -yun=1 -z=-8 -za=-6 ^=23 ^a=-15 ^aa=37 ^aac=-2 ^aad=8 ^aah=-3 ^aal=-3
^aam=1 ^aan=-8 ^aar=2 ^aas=7 ^aat=8 ^ab=2 ^aba=-11 ^abb=28 ^abc=-5 ^abd=61 ^abe=-13 ^abh=-3 ^abi=5 ^abj=-6
^abk=-11 ^abl=-6 ^abn=-3 ^abr=6 ^abs=-15 ^abu=-13 ^aby=-10 ^ac=-57 ^aca=-9 ^acc=-23 ^ace=-7 ^ach=22 ^aci=-22
^ack=9 ^acn=-3 ^aco=-2 ^acq=-9 ^acr=-13 ^act=-7 ^acu=3 ^acy=6 ^ad=41 ^ada=20 ^add=3 ^ade=47 ^adh=-12 ^adi=4
^adj=-18 ^adl=8 ^adm=-23 ^adn=-2 ^ado=12 ^adp=-2 ^adr=22 ^ads=-2 ^adu=2 ^adv=-10 ^adw=10 ^ady=-7 ^adz=-9
^ae=-43 ^aec=-7 ^aed=13 ^aeg=-10 ^aen=-1 ^aeo=-8 ^aep=-1 ^aer=-27 ^aes=-9 ^aet=-5 ^af=-26 ^afa=3 ^afe=-1
^aff=-15 ^afg=-12 ^afi=2 ^afl=-8 ^afo=13 ^afr=-10 ^aft=-1 ^ag=23 ^aga=-6 ^agd=-6 ^age=-19 ^agg=1 ^agh=-7
^agi=-5 ^agl=-17 ^agn=24 ^ago=-4 ^agr=-7 ^ags=-4 ^agu=34 ^agy=32 ^ah=8 ^aha=-5 ^ahe=13 ^ahi=-10 ^ahl=6 ^ahm=12
^aho=1 ^ahr=-5 ^ai=-14 ^aic=3 ^aid=2 ^aig=-6 ^aik=-17 ^ail=21 ^aim=15 ^ain=14 ^aio=-37 ^air=-34 ^ais=30 ^ait=8
^aiv=5 ^aix=-5 ^aiz=-2 ^aj=7 ^aja=-5 ^aje=9 ^aji=14 ^ak=40 ^aka=6 ^akb=8 ^akc=14 ^akd=9 ^ake=7 ^akg=10
^akh=-22 ^aki=13 ^akk=-13 ^akm=7 ^ako=1 ^akr=-4 ^aks=6 ^aku=-8 ^aky=-1 ^al=29 ^al-=-10 ^ala=13 ^alb=-13
^alc=-2 ^ald=-10 ^ale=46 ^alf=28 ^alg=-36 ^alh=-15 ^ali=23 ^alj=1 ^alk=-17 ^all=-45 ^alm=37 ^aln=-6 ^alo=-13
^alp=18 ^alr=-3 ^als=1 ^alt=-29 ^alu=-27 ^alv=32 ^alw=6 ^aly=42 ^alz=10 ^am=-5 ^ama=28 ^amb=-13 ^ame=-6
^amf=-2 ^ami=6 ^aml=6 ^amn=-12 ^amo=7 ^amp=7 ^amq=-4 ^amr=8 ^ams=-3 ^amu=-17 ^amy=2 ^an=-23 ^ana=-18 ^anc=-10
^and=22 ^ane=-14 ^anf=8 ^ang=4 ^anh=-9 ^ani=-6 ^anj=7 ^ank=11 ^anl=-4 ^ann=24 ^ano=-56 ^ans=17 ^ant=11
^anu=-10 ^anx=-1 ^any=-6 ^anz=-2 ^aoi=12 ^aon=2 ^aor=-12 ^ap=-9 ^apa=-7 ^ape=-11 ^aph=-16 ^api=6 ^apl=-4
^apn=-4 ^apo=24 ^app=-13 ^apr=-9 ^aps=23 ^apt=9 ^apu=-5 ^aq=-36 ^aqu=-34 ^ar=16 ^ara=-9 ^arb=-3 ^arc=-34
^ard=24 ^are=-19 ^arg=-32 ^arh=-3 ^ari=10 ^arj=-3 ^ark=-4 ^arl=22 ^arm=5 ^arn=64 ^aro=8 ^arp=9 ^arr=-33
^ars=11 ^art=-12 ^aru=-9 ^arv=21 ^ary=3 ^arz=2 ^as=-3 ^asa=-4 ^asb=27 ^asc=-32 ^asd=2 ^ase=-3 ^asg=7 ^ash=18
^asi=-7 ^ask=-1 ^asl=10 ^asm=23 ^aso=4 ^asp=-12 ^ass=-18 ^ast=8 ^asu=-4 ^asv=-1 ^asy=-22 ^at=-2 ^ata=26 ^ate=6
^ath=-8 ^ati=8 ^atl=2 ^atm=7 ^ato=-23 ^atp=-2 ^atr=-23 ^ats=6 ^att=-25 ^aty=-9 ^atz=3 ^au=-29 ^aub=11 ^auc=-10
^aud=-6 ^aue=1 ^aug=-27 ^auk=-7 ^aul=5 ^aum=4 ^aun=8 ^aur=9 ^aus=8 ^aut=-25 ^aux=-8 ^av=-44 ^ava=-8 ^ave=-24
^avo=-6 ^avr=-9 ^avs=2 ^avu=-9 ^aw=-4 ^awa=-2 ^awe=-7 ^awf=-1 ^awh=3 ^awk=-5 ^awl=3 ^awn=-6 ^awo=-3 ^aws=-7
^ax=16 ^axe=19 ^axi=-1 ^axo=-7 ^axu=7 ^ay=70 ^aya=3 ^ayd=3 ^aye=4 ^ayg=6 ^ayi=1 ^ayl=6 ^aym=8 ^ayn=-5 ^ayo=8
^ays=17 ^ayt=-1 ^ayu=10 ^az=-6 ^aza=14 ^azi=-3 ^azo=-7 ^azt=-12 ^azu=-3 ^azy=-4 ^azz=2 ^b=3 ^ba=14 ^baa=8
^bab=-2 ^bac=-1 ^bad=4 ^bae=11 ^baf=-1 ^bag=-4 ^bah=6 ^bai=-17 ^baj=8 ^bak=16 ^bal=19 ^bam=7 ^ban=-48 ^bao=-6
^bap=14 ^baq=6 ^bar=19 ^bas=-5 ^bat=7 ^bau=-3 ^bav=15 ^baw=-21 ^bay=-25 ^baz=-2 ^bb=-5 ^bc=-6 ^be=23 ^bea=21
^beb=2 ^bec=22 ^bed=-13 ^bee=-40 ^bef=-6 ^beg=-17 ^beh=-9 ^bei=-3 ^bek=3 ^bel=-28 ^bem=-13 ^ben=50 ^beo=5
^bep=2 ^ber=34 ^bes=4 ^beu=22 ^bev=4 ^bew=-10 ^bey=11 ^bez=-14 ^bh=-13 ^bha=13 ^bhe=18 ^bhi=-17 ^bho=-9
^bhu=-19 ^bi=-32 ^bia=15 ^bib=-1 ^bic=13 ^bid=-1 ^bie=24 ^bif=-7 ^big=-14 ^bih=-12 ^bij=-26 ^bik=-6 ^bil=23
^bim=-8 ^bin=-9 ^bio=-32 ^bip=-5 ^bir=12 ^bis=-16 ^bit=3 ^biv=4 ^biw=9 ^biy=4 ^biz=-18 ^bj=12 ^bja=13 ^bjo=4
^bl=15 ^bla=13 ^ble=10 ^bli=-16 ^blo=19 ^blu=-9 ^bm=-10 ^bn=-4 ^bo=28 ^boa=33 ^bob=4 ^boc=-4 ^bod=4 ^boe=11
^bog=5 ^boh=17 ^boi=30 ^boj=1 ^bok=-13 ^bol=-28 ^bom=-16 ^bon=-9 ^boo=-36 ^bop=-2 ^bor=9 ^bos=-7 ^bot=8
^bou=52 ^bov=-9 ^bow=-12 ^box=-8 ^boy=-7 ^boz=12 ^bp=-6 ^br=16 ^bra=-14 ^bre=2 ^bri=11 ^brl=7 ^bro=9 ^bru=-2
^bry=10 ^brz=1 ^bs=-8 ^bt=-4 ^bu=3 ^bub=-11 ^buc=9 ^bud=-2 ^bue=11 ^buf=-3 ^bug=6 ^buh=1 ^bui=15 ^buj=11
^buk=15 ^bul=-32 ^bum=-4 ^bun=-12 ^buo=3 ^bur=14 ^bus=-2 ^but=-3 ^bux=-4 ^buy=-1 ^buz=-6 ^bw=-9 ^bwa=-7
^by=-13 ^bya=-8 ^bye=-12 ^byl=-3 ^byn=10 ^byp=-1 ^byr=6 ^bys=9 ^byz=3 ^bz=7 ^c=-10 ^ca=18 ^cab=-13 ^cac=-17
^cad=-3 ^cae=-13 ^caf=13 ^cag=12 ^cah=12 ^cai=16 ^caj=-9 ^cak=12 ^cal=-8 ^cam=2 ^can=-40 ^cao=13 ^cap=30
^car=-15 ^cas=26 ^cat=19 ^cau=-17 ^caw=2 ^cay=-1 ^caz=5 ^cb=-11 ^cc=-9 ^cd=-12 ^ce=34 ^cea=5 ^ceb=12 ^cec=28
^ced=-5 ^cef=-2 ^cei=-3 ^cel=-19 ^cem=19 ^cen=-18 ^ceo=17 ^cep=3 ^cer=-4 ^ces=14 ^cet=-15 ^ceu=6 ^cev=3
^cez=-1 ^cf=-17 ^cfg=-3 ^ch=-6 ^cha=-14 ^chc=-8 ^che=29 ^chh=3 ^chi=-2 ^chl=-18 ^chm=2 ^cho=-7 ^chr=23 ^cht=-5
^chu=-24 ^chw=6 ^chy=12 ^ci=7 ^cia=17 ^cib=8 ^cic=1 ^cid=-6 ^cie=3 ^cig=-4 ^cij=-5 ^cik=-4 ^cil=3 ^cim=-10
^cin=2 ^cio=15 ^cip=16 ^cir=-10 ^cis=-9 ^cit=-21 ^ciu=12 ^civ=-19 ^cl=33 ^cla=8 ^cle=33 ^cli=2 ^clo=9 ^clu=-14
^clx=-4 ^cly=6 ^cm=-20 ^cma=-6 ^cmd=-3 ^cn=-14 ^cni=-3 ^cno=-2 ^co=5 ^coa=-8 ^coc=-37 ^cod=6 ^coe=-5 ^cog=-10
^coh=-3 ^coi=-1 ^cok=-7 ^col=4 ^com=-10 ^con=8 ^coo=-3 ^cop=5 ^coq=-6 ^cor=59 ^cos=43 ^cot=-10 ^cou=6 ^cov=-17
^cow=1 ^cox=-3 ^coy=3 ^coz=-8 ^cp=-11 ^cpp=-1 ^cr=24 ^cra=-12 ^crc=-3 ^cre=8 ^cri=38 ^cro=24 ^cru=-24 ^cry=-4
^cs=-14 ^cso=6 ^css=-14 ^csv=-5 ^ct=8 ^cte=-2 ^ctr=-1 ^cty=-2 ^cu=22 ^cua=-14 ^cub=-9 ^cuc=-5 ^cud=6 ^cue=19
^cuf=7 ^cui=5 ^cuk=-3 ^cul=7 ^cum=17 ^cun=11 ^cup=-7 ^cur=-21 ^cus=-3 ^cut=-8 ^cuv=7 ^cux=-2 ^cuy=13 ^cv=12
^cve=15 ^cx=-7 ^cxx=-3 ^cy=-22 ^cya=-10 ^cyb=2 ^cyc=-11 ^cyd=-2 ^cyg=8 ^cyl=-7 ^cym=-5 ^cyn=-8 ^cyp=6 ^cyr=21
^cys=-7 ^cyt=-11 ^cz=-18 ^cza=-19 ^cze=-2 ^czo=4 ^czu=5 ^czy=-5 ^d=-6 ^d'=12 ^d'a=10 ^da=21 ^daa=2 ^dab=4
^dac=-5 ^dad=-1 ^dae=4 ^daf=-12 ^dag=7 ^dah=-22 ^dai=18 ^daj=1 ^dak=-1 ^dal=14 ^dam=-4 ^dan=21 ^dap=-10
^daq=-3 ^dar=24 ^das=-14 ^dat=-27 ^dau=-5 ^dav=33 ^daw=6 ^day=-13 ^daz=-9 ^db=-10 ^dc=-5 ^dd=-19 ^de=18
^dea=22 ^deb=5 ^dec=-19 ^ded=-1 ^def=-50 ^deg=-10 ^deh=1 ^dei=11 ^dej=1 ^dek=-24 ^del=26 ^dem=10 ^den=19
^deo=10 ^dep=-7 ^der=24 ^des=14 ^det=-5 ^deu=-20 ^dev=-1 ^dew=15 ^dex=4 ^dey=-2 ^dez=-11 ^dh=-48 ^dha=-24
^dhe=-9 ^dhi=-1 ^dho=-3 ^dhr=8 ^dhu=-18 ^di=-47 ^dia=7 ^dib=-5 ^dic=-9 ^did=-2 ^die=11 ^dif=2 ^dih=-2 ^dii=-4
^dij=-9 ^dik=-11 ^dil=22 ^dim=9 ^din=4 ^dio=35 ^dip=1 ^dir=-9 ^dis=-66 ^dit=-8 ^diu=-8 ^div=-14 ^diw=-10
^dix=16 ^diy=6 ^diz=-4 ^dj=-9 ^dja=-9 ^dje=10 ^dji=-13 ^djo=-2 ^dju=6 ^dk=-8 ^dl=24 ^dla=19 ^dli=-4 ^dlu=4
^dm=10 ^dmi=14 ^dn=-17 ^dna=-7 ^dne=-2 ^dni=-2 ^dns=-1 ^do=20 ^doa=1 ^dob=8 ^doc=5 ^dod=-20 ^doe=-4 ^dog=-9
^doh=1 ^doi=-3 ^dok=-8 ^dol=-2 ^dom=50 ^don=28 ^doo=-7 ^dop=-16 ^dor=50 ^dos=6 ^dot=-19 ^dou=-6 ^dov=-6
^dow=-5 ^dox=-3 ^doy=-3 ^doz=-15 ^dp=-6 ^dr=-12 ^dra=-2 ^dre=-20 ^dri=-13 ^dro=40 ^dru=-3 ^dry=-13 ^ds=-9
^dt=-12 ^du=38 ^dua=4 ^dub=-1 ^duc=1 ^dud=-6 ^due=-23 ^duf=15 ^dug=14 ^duh=9 ^dui=14 ^duj=7 ^duk=2 ^dul=-6
^dum=5 ^dun=-6 ^duo=-7 ^dup=10 ^duq=7 ^dur=7 ^dus=-14 ^dut=2 ^duu=-4 ^duv=9 ^duz=-3 ^dv=-3 ^dva=-2 ^dve=-11
^dvo=14 ^dw=19 ^dwa=13 ^dwe=-9 ^dwi=7 ^dwo=-3 ^dy=17 ^dyb=3 ^dyd=3 ^dye=-9 ^dyj=6 ^dyk=-2 ^dyl=15 ^dym=13
^dyn=-12 ^dyr=14 ^dys=-17 ^dyt=4 ^dz=23 ^dze=6 ^dzh=-2 ^dzi=14 ^e=2 ^ea=-18 ^eac=-4 ^ead=3 ^eag=-7 ^eam=6
^ear=-18 ^eas=-16 ^eat=6 ^eav=5 ^eb=-5 ^ebb=-6 ^ebe=21 ^ebi=-9 ^ebo=-7 ^ebr=1 ^ebs=-2 ^ebu=12 ^ec=-25 ^ecc=-12
^ecd=-5 ^ece=19 ^ech=-21 ^eck=14 ^ecl=-5 ^eco=-4 ^ecp=-2 ^ecr=5 ^ecs=-3 ^ect=-4 ^ecu=-5 ^ed=56 ^eda=-2
^edd=-18 ^ede=-25 ^edg=2 ^edi=3 ^edl=5 ^edm=21 ^edo=7 ^edr=2 ^eds=8 ^edu=16 ^edv=15 ^edw=8 ^edy=10 ^ee=-8
^eel=-6 ^een=-8 ^eer=-10 ^ef=22 ^efe=10 ^eff=-28 ^efr=13 ^eft=5 ^ega=3 ^ege=2 ^egg=-18 ^egi=10 ^egl=24
^egr=-11 ^egy=-10 ^eh=-8 ^ehr=3 ^ei=-6 ^eib=-3 ^eic=5 ^eid=-7 ^eig=-14 ^eik=-2 ^eil=11 ^eim=13 ^ein=-24 ^eir=4
^eis=-9 ^eit=11 ^eiv=14 ^ej=-4 ^eja=3 ^eje=-1 ^ek=42 ^eka=29 ^ekb=5 ^eke=7 ^eki=1 ^ekk=-9 ^el=48 ^el-=-1
^ela=-47 ^elb=2 ^elc=6 ^eld=8 ^ele=-2 ^elg=3 ^eli=40 ^elk=-7 ^ell=-17 ^elm=-3 ^eln=2 ^elo=22 ^els=15 ^elt=3
^elu=-14 ^elv=5 ^elw=13 ^ely=6 ^elz=3 ^em=33 ^ema=25 ^emb=-47 ^eme=-1 ^emi=26 ^emm=32 ^emo=25 ^emp=-20 ^emr=10
^ems=-4 ^emu=-1 ^en=-74 ^ena=-10 ^enc=-15 ^end=-8 ^ene=-5 ^enf=1 ^eng=23 ^enh=-2 ^eni=3 ^enj=-5 ^enk=-20
^enl=-10 ^enm=-5 ^enn=-15 ^eno=24 ^enq=-3 ^enr=7 ^ens=-13 ^ent=-24 ^enu=-3 ^env=-10 ^enw=-2 ^enz=6 ^eo=-7
^eol=-2 ^eos=-8 ^ep=-39 ^epa=-11 ^epe=-12 ^eph=19 ^epi=-29 ^epo=-8 ^epp=1 ^eps=4 ^eq=-18 ^equ=-18 ^er=41
^era=-22 ^erb=14 ^erc=6 ^erd=21 ^ere=-15 ^erf=-2 ^erg=-3 ^erh=8 ^eri=-4 ^erk=2 ^erl=23 ^erm=19 ^ern=28
^ero=-12 ^erp=18 ^err=-28 ^ers=-4 ^ert=9 ^eru=-9 ^erv=5 ^erw=-2 ^ery=-16 ^erz=3 ^es=19 ^esa=-26 ^esc=-9
^ese=11 ^esh=-1 ^esi=3 ^esk=1 ^esm=12 ^esn=1 ^eso=-13 ^esp=43 ^esq=9 ^ess=-32 ^est=14 ^esu=3 ^et=-40 ^eta=-12
^etc=-6 ^ete=2 ^eth=-7 ^eti=15 ^eto=-5 ^etr=-5 ^ett=-13 ^etu=-4 ^ety=4 ^eu=-3 ^eua=4 ^eub=-2 ^euc=-13 ^eud=-7
^eug=12 ^eul=10 ^eum=-4 ^eun=11 ^eup=-5 ^eur=-30 ^eus=20 ^eut=1 ^ev=15 ^eva=10 ^eve=-3 ^evi=-7 ^evo=1 ^evr=6
^evv=-15 ^ew=34 ^ewa=16 ^ewe=2 ^ex=-36 ^exc=-8 ^exe=1 ^exh=-4 ^exo=-8 ^exp=3 ^exs=-2 ^ext=-12 ^exu=-4 ^ey=-7
^eya=9 ^eyb=4 ^eye=-28 ^eyj=2 ^eyl=3 ^eyr=-14 ^eys=-3 ^eyv=6 ^ez=-8 ^eze=-3 ^f=-8 ^faa=-4 ^fab=33 ^fac=-30
^fad=24 ^fae=-11 ^fag=10 ^fah=12 ^fai=-1 ^faj=5 ^fak=-10 ^fal=23 ^fam=-9 ^fan=-16 ^fao=-17 ^faq=-3 ^far=14
^fas=-18 ^fat=3 ^fau=-7 ^fav=2 ^faw=2 ^fay=5 ^faz=-6 ^fb=-6 ^fc=-5 ^fd=-11 ^fe=38 ^fea=9 ^feb=4 ^fec=-10
^fed=19 ^fee=-12 ^feh=17 ^fei=16 ^fel=26 ^fem=-21 ^fen=18 ^fer=26 ^fes=-7 ^fet=-22 ^feu=-9 ^fev=-6 ^few=-3
^fey=1 ^fez=-5 ^ff=-6 ^fh=-21 ^fha=-6 ^fhe=-5 ^fhi=-2 ^fi=36 ^fia=7 ^fib=-18 ^fic=9 ^fid=35 ^fie=-5 ^fif=-8
^fig=-5 ^fij=-7 ^fik=3 ^fil=12 ^fim=-4 ^fin=-25 ^fio=29 ^fir=-6 ^fis=-7 ^fit=44 ^fiv=-5 ^fix=-7 ^fiz=-8 ^fj=4
^fja=4 ^fjo=1 ^fl=11 ^fla=-13 ^fle=12 ^fli=-8 ^flo=47 ^flu=-13 ^fly=-6 ^fm=-7 ^fo=2 ^foa=-2 ^fob=-2 ^foc=5
^fod=3 ^foe=-9 ^fog=17 ^foi=11 ^fol=12 ^fom=1 ^fon=-5 ^foo=-2 ^fop=-1 ^for=-39 ^fos=-1 ^fot=4 ^fou=8 ^fov=-4
^fox=-3 ^foy=9 ^fp=-3 ^fr=-10 ^fra=32 ^fre=-4 ^fri=-40 ^fro=-2 ^fru=-8 ^fry=7 ^fs=-14 ^fu=-18 ^fuc=-7 ^fud=5
^fue=10 ^fug=-4 ^fuj=11 ^fuk=-11 ^ful=4 ^fum=1 ^fun=-25 ^fur=1 ^fus=-1 ^fut=3 ^fuz=-4 ^fy=13 ^fyr=-8 ^g=22
^ga=8 ^gaa=-6 ^gab=10 ^gac=12 ^gad=1 ^gae=7 ^gaf=-12 ^gag=-3 ^gah=-1 ^gai=7 ^gaj=12 ^gal=12 ^gam=2 ^gan=-26
^gao=-11 ^gap=7 ^gar=-7 ^gas=2 ^gat=24 ^gau=-10 ^gav=17 ^gaw=-8 ^gay=-5 ^gaz=-16 ^gb=11 ^gbo=8 ^gc=-2 ^gca=1
^gcs=-6 ^gd=-31 ^gds=-2 ^gdy=-7 ^gdz=-10 ^ge=6 ^gea=22 ^geb=8 ^gec=-8 ^ged=14 ^gee=2 ^gef=6 ^geg=-3 ^geh=-10
^gei=2 ^gek=-10 ^gel=-18 ^gem=-12 ^gen=-11 ^geo=5 ^ger=31 ^ges=-1 ^get=-13 ^geu=9 ^gev=-4 ^gew=-7 ^gf=3 ^gg=-4
^gh=17 ^gha=17 ^ghe=-12 ^ghi=8 ^gho=5 ^ghr=-8 ^ghu=18 ^gi=46 ^gia=32 ^gib=-21 ^gic=11 ^gid=-2 ^gie=13 ^gif=4
^gig=-18 ^gik=-6 ^gil=20 ^gim=-13 ^gin=-2 ^gio=29 ^gip=-6 ^gir=-12 ^gis=22 ^git=-10 ^giu=3 ^giv=-1 ^giz=4
^gj=-19 ^gje=-4 ^gji=-11 ^gl=-43 ^gla=-10 ^gle=27 ^gli=-30 ^glo=9 ^glu=-33 ^gly=-2 ^gm=-9 ^gmu=-1 ^gn=-9
^gna=-19 ^gne=-4 ^gno=1 ^gnu=3 ^go=37 ^goa=-15 ^gob=-20 ^goc=-1 ^god=13 ^goe=8 ^gof=14 ^gog=3 ^goi=5 ^goj=7
^gok=36 ^gol=-7 ^gom=-3 ^gon=-1 ^goo=-33 ^gop=1 ^gor=-7 ^gos=4 ^got=27 ^gou=-5 ^gov=-2 ^gow=2 ^goy=1 ^goz=10
^gp=-13 ^gr=-3 ^gra=1 ^gre=21 ^grg=8 ^gri=-30 ^gro=-19 ^grp=-6 ^gru=-13 ^gry=11 ^grz=15 ^gsc=5 ^gsp=-2 ^gst=11
^gt=-7 ^gu=19 ^gua=-14 ^gub=7 ^guc=18 ^gud=1 ^gue=-13 ^gug=10 ^gui=7 ^guj=-20 ^gul=45 ^gum=-1 ^gun=33 ^gur=-8
^gus=2 ^gut=-30 ^guy=-14 ^guz=-5 ^gw=4 ^gwa=3 ^gwe=7 ^gwy=-6 ^gy=6 ^gya=13 ^gye=-3 ^gym=-7 ^gyn=-19 ^gyo=15
^gyp=-3 ^gyr=-14 ^gyt=17 ^gyu=2 ^gz=6 ^h=3 ^ha=-10 ^haa=1 ^hab=-12 ^hac=-13 ^had=26 ^hae=-8 ^haf=26 ^hag=26
^hah=-5 ^hai=-12 ^haj=-6 ^hak=6 ^hal=4 ^ham=3 ^han=-10 ^hao=-8 ^hap=-12 ^har=12 ^has=7 ^hat=-1 ^hau=2 ^hav=7
^haw=-23 ^hay=-19 ^haz=2 ^hc=-5 ^hd=-16 ^he=25 ^hea=-26 ^heb=-17 ^hec=11 ^hed=30 ^hee=10 ^hef=-6 ^heg=11
^hei=28 ^hej=-9 ^hek=19 ^hel=-32 ^hem=-20 ^hen=48 ^hep=-21 ^her=4 ^hes=24 ^het=-17 ^heu=-6 ^hev=3 ^hew=11
^hex=-7 ^hey=-15 ^hez=-3 ^hh=-3 ^hi=-33 ^hib=-14 ^hic=20 ^hid=13 ^hie=-21 ^hig=-21 ^hij=-15 ^hik=-3 ^hil=53
^him=-4 ^hin=11 ^hip=-5 ^hir=-2 ^his=-4 ^hit=-20 ^hiv=-4 ^hiz=-9 ^hj=15 ^hja=10 ^hjo=4 ^hl=36 ^hla=8 ^hle=7
^hli=7 ^hlo=12 ^hlu=1 ^hm=-6 ^hn=9 ^ho=4 ^hoa=9 ^hob=-9 ^hoc=3 ^hod=29 ^hoe=17 ^hof=26 ^hog=-7 ^hoh=-18
^hoi=-4 ^hoj=-2 ^hok=-9 ^hol=44 ^hom=-41 ^hon=-39 ^hoo=-19 ^hor=20 ^hos=27 ^hot=-19 ^hou=3 ^hov=-5 ^how=-4
^hox=-1 ^hoy=-4 ^hoz=6 ^hp=-3 ^hr=61 ^hra=22 ^hre=4 ^hri=7 ^hro=17 ^hru=10 ^hrv=3 ^hs=26 ^hsi=27 ^ht=-36
^hti=-9 ^htj=-12 ^htm=-5 ^htt=-8 ^hu=16 ^hua=-10 ^hub=6 ^huc=-1 ^hud=4 ^hue=3 ^huf=3 ^hug=10 ^huh=3 ^hui=7
^hul=9 ^hum=-17 ^hun=-29 ^huo=5 ^hup=-4 ^hur=-7 ^hus=-4 ^hut=30 ^hux=-7 ^huy=11 ^huz=3 ^hv=-31 ^hva=-5 ^hve=-6
^hvi=-7 ^hvo=-12 ^hy=-40 ^hya=-6 ^hyb=-4 ^hyd=-19 ^hyg=-11 ^hyl=11 ^hyn=11 ^hyo=-3 ^hyp=-21 ^hyr=11 ^hys=-6
^hyt=3 ^hyu=5 ^hyv=-20 ^i=-11 ^i-=14 ^i-c=5 ^ia=2 ^iac=16 ^iad=-1 ^ial=-5 ^iam=-12 ^ian=12 ^ias=2 ^ib=11
^iba=-7 ^ibe=-3 ^ibi=8 ^ibo=2 ^ibr=15 ^ibu=-1 ^ic=-40 ^ica=-3 ^ice=-13 ^ich=-14 ^ici=12 ^ico=-7 ^ict=-3
^id=-14 ^ida=5 ^idd=1 ^ide=3 ^idi=-4 ^idl=-4 ^ido=-10 ^idr=14 ^idy=-7 ^ie=-8 ^iek=-7 ^ier=1 ^ies=7 ^if=22
^ifc=-4 ^ife=10 ^ig=-3 ^iga=-8 ^ige=-4 ^igi=-9 ^igl=-8 ^ign=30 ^igo=15 ^igu=-11 ^ih=-3 ^iha=4 ^ihn=-6 ^ihr=-18
^ihs=5 ^iht=16 ^ii=1 ^ij=-17 ^ijs=-8 ^ik=-1 ^ika=-24 ^ike=8 ^ikh=3 ^iki=7 ^ikr=7 ^il=30 ^ila=2 ^ild=13 ^ile=-4
^ilg=1 ^ili=-1 ^ilk=15 ^ill=-31 ^ilm=-4 ^ilo=-5 ^ils=6 ^ilx=-5 ^ily=7 ^im=-25 ^ima=7 ^imb=-15 ^ime=10 ^img=-4
^imi=-1 ^imm=-10 ^imo=11 ^imp=-25 ^imr=15 ^imu=-12 ^in=-64 ^ina=-8 ^inb=2 ^inc=-28 ^ind=-30 ^ine=8 ^inf=-17
^ing=125 ^inh=-17 ^ini=6 ^inj=-7 ^ink=4 ^inl=-10 ^inm=6 ^inn=-18 ^ino=25 ^inp=-2 ^inq=6 ^inr=-4 ^ins=-40
^int=-19 ^inu=-10 ^inv=-23 ^inw=-5 ^iny=-6 ^inz=-2 ^io=10 ^ioa=12 ^iod=-10 ^iol=2 ^ion=14 ^iop=7 ^ios=7
^iow=-9 ^ip=-19 ^ipa=-3 ^ipo=-4 ^ips=-2 ^ipy=-5 ^ir=1 ^ira=-26 ^ire=2 ^iri=13 ^irk=-4 ^irm=35 ^iro=-23
^irr=-15 ^irs=1 ^iru=3 ^irv=7 ^is=37 ^isa=37 ^isb=-2 ^isc=-8 ^ise=1 ^isf=4 ^ish=18 ^isi=13 ^isk=-6 ^isl=-10
^ism=27 ^isn=-7 ^iso=-24 ^isp=-2 ^isr=6 ^iss=10 ^ist=-19 ^isu=-5 ^it=-15 ^ita=4 ^itc=-2 ^ite=5 ^ith=-8
^iti=-10 ^its=-8 ^itt=-4 ^itu=3 ^itz=7 ^iu=19 ^iul=8 ^ius=9 ^iv=51 ^iva=10 ^ive=30 ^ivo=12 ^iw=-11 ^iwa=-7
^ix=-2 ^ixo=-3 ^iy=-8 ^iya=7 ^iyi=-8 ^iyo=-11 ^iz=16 ^iza=6 ^ize=15 ^izu=-8 ^j=-8 ^ja=33 ^jaa=-2 ^jab=-10
^jac=21 ^jad=1 ^jae=10 ^jaf=-6 ^jag=-12 ^jah=2 ^jai=2 ^jaj=-6 ^jak=-5 ^jal=-13 ^jam=-13 ^jan=35 ^jap=-8
^jaq=12 ^jar=23 ^jas=16 ^jat=-7 ^jau=-3 ^jav=-2 ^jaw=-17 ^jax=11 ^jay=4 ^jaz=-1 ^jd=-6 ^je=32 ^jea=21 ^jeb=-3
^jed=-17 ^jee=-10 ^jef=12 ^jeh=-10 ^jei=-4 ^jej=-20 ^jek=8 ^jel=-21 ^jem=-3 ^jen=21 ^jeo=-1 ^jep=46 ^jer=34
^jes=16 ^jet=-13 ^jev=-2 ^jew=-16 ^jez=-4 ^jh=7 ^jha=-5 ^jho=19 ^ji=-13 ^ji-=8 ^jia=6 ^jib=4 ^jid=-11 ^jie=-16
^jig=-7 ^jih=1 ^jij=-8 ^jil=22 ^jim=8 ^jin=-3 ^jir=-8 ^jis=-2 ^jit=-4 ^jiu=-3 ^jn=-9 ^jo=20 ^joa=32 ^joc=15
^jod=3 ^joe=25 ^jof=-6 ^jog=-7 ^joh=4 ^joi=-28 ^joj=-12 ^jok=-26 ^jol=-12 ^jom=-1 ^jon=16 ^joo=12 ^jop=8
^jor=34 ^jos=36 ^jot=-30 ^jou=-35 ^jov=2 ^jow=-10 ^joy=-10 ^joz=11 ^jp=-2 ^js=-53 ^jsb=-3 ^jsc=-5 ^jsd=-1
^jse=-3 ^jso=-13 ^jsp=-1 ^jst=-6 ^jsu=-3 ^ju=6 ^jua=12 ^jub=-10 ^jud=-13 ^jue=9 ^jug=-22 ^juh=11 ^jui=-8
^juj=-8 ^juk=-4 ^jul=28 ^jum=-7 ^jun=12 ^juo=-9 ^jup=-8 ^jur=29 ^jus=-5 ^jut=-5 ^juu=3 ^juv=-1 ^jux=-1 ^jw=-7
^k=15 ^ka=7 ^kaa=8 ^kab=2 ^kac=8 ^kad=15 ^kae=3 ^kaf=-22 ^kag=11 ^kah=-14 ^kai=-3 ^kaj=8 ^kak=-6 ^kal=2 ^kam=1
^kan=-25 ^kao=-16 ^kap=22 ^kar=11 ^kas=19 ^kat=29 ^kau=-14 ^kav=3 ^kaw=12 ^kay=1 ^kaz=-46 ^kb=-9 ^kd=-20
^ke=-7 ^kea=52 ^keb=-1 ^kec=-11 ^ked=-9 ^kee=16 ^kef=-4 ^keg=-3 ^keh=2 ^kei=-7 ^kek=-15 ^kel=-44 ^kem=17
^ken=2 ^keo=17 ^kep=-1 ^ker=7 ^kes=-2 ^ket=-9 ^kev=20 ^key=-29 ^kez=-8 ^kg=-9 ^kh=-28 ^kha=-3 ^khe=-2 ^khi=-8
^khm=-6 ^kho=-3 ^khu=-4 ^ki=40 ^kia=17 ^kib=-5 ^kic=-17 ^kid=-6 ^kie=4 ^kii=13 ^kij=2 ^kik=-16 ^kil=-15
^kim=24 ^kin=-8 ^kio=1 ^kip=72 ^kir=-8 ^kis=-26 ^kit=-20 ^kiv=8 ^kiw=-5 ^kiy=4 ^kj=9 ^kja=8 ^kje=2 ^kl=38
^kla=5 ^kle=27 ^kli=19 ^klo=20 ^klu=-31 ^kly=-2 ^kn=-3 ^kna=2 ^kne=-11 ^kni=-13 ^kno=-4 ^knu=18 ^kny=7 ^ko=6
^koa=-14 ^koc=32 ^kod=-10 ^koe=11 ^kof=-2 ^kog=2 ^koh=-15 ^koi=8 ^koj=-5 ^kok=-13 ^kol=5 ^kom=-8 ^kon=-3
^koo=2 ^kop=34 ^kor=7 ^kos=12 ^kot=-15 ^kou=-17 ^kov=-7 ^koz=2 ^kr=34 ^kra=-5 ^kre=5 ^kri=24 ^kro=-7 ^kru=-5
^kry=8 ^krz=7 ^ks=6 ^kse=4 ^kt=-39 ^kte=-11 ^kto=-28 ^kua=3 ^kub=11 ^kuc=10 ^kud=-11 ^kuf=5 ^kuh=3 ^kuj=7
^kuk=-15 ^kul=-3 ^kum=-10 ^kun=-4 ^kuo=4 ^kup=13 ^kur=-20 ^kus=20 ^kut=1 ^kuu=5 ^kuv=-5 ^kuw=-14 ^kuz=3
^kva=-7 ^kve=4 ^kw=4 ^kwa=-1 ^kwe=-1 ^ky=1 ^kya=6 ^kye=-7 ^kyl=19 ^kym=-7 ^kyp=-1 ^kyr=3 ^kys=2 ^kyz=-8 ^l=3
^la=4 ^laa=-1 ^lab=3 ^lac=19 ^lad=-11 ^lae=3 ^laf=15 ^lag=-13 ^lah=-29 ^lai=13 ^laj=5 ^lak=11 ^lal=24 ^lam=9
^lan=-34 ^lao=-2 ^laq=7 ^lar=13 ^las=5 ^lat=14 ^lau=-10 ^lav=15 ^law=6 ^lax=-4 ^lay=-24 ^laz=-29 ^lc=-7 ^ld=-7
^lda=-3 ^le=35 ^lea=-8 ^leb=21 ^lec=1 ^led=33 ^lee=-23 ^lef=12 ^leg=-13 ^leh=2 ^lei=-11 ^lej=4 ^lek=-13
^lel=32 ^lem=14 ^len=-24 ^leo=32 ^lep=-4 ^ler=13 ^les=15 ^let=2 ^leu=-29 ^lev=-12 ^lew=-5 ^lex=-2 ^ley=-5
^lez=5 ^lg=-8 ^lh=-3 ^lha=-5 ^lho=2 ^li=4 ^li-=13 ^lia=2 ^lib=-20 ^lic=5 ^lid=13 ^lie=20 ^lif=-12 ^lig=-6
^lii=12 ^lik=-17 ^lil=23 ^lim=-56 ^lin=-3 ^lip=-5 ^liq=-12 ^lir=-5 ^lis=28 ^lit=-4 ^liu=2 ^liv=-19 ^liy=5
^liz=44 ^lj=18 ^ljo=5 ^lju=12 ^ll=-15 ^lla=-14 ^lle=-5 ^llm=-3 ^llo=18 ^lm=-7 ^lo=-6 ^loa=-21 ^lob=-18
^loc=-13 ^lod=-10 ^loe=10 ^lof=20 ^log=-17 ^loi=30 ^loj=12 ^lok=1 ^lol=-5 ^lom=-7 ^lon=-13 ^loo=-28 ^lop=12
^loq=-1 ^lor=31 ^los=4 ^lot=-13 ^lou=19 ^lov=9 ^low=6 ^lox=-5 ^loy=2 ^loz=-10 ^ls=-6 ^lt=-8 ^lu=45 ^lua=5
^lub=-6 ^luc=12 ^lud=20 ^lue=18 ^luf=-6 ^lug=-24 ^lui=21 ^luk=21 ^lul=8 ^lum=-10 ^lun=-31 ^luo=-10 ^lup=-2
^luq=10 ^lur=-4 ^lus=5 ^lut=24 ^luv=13 ^luw=-3 ^lux=-17 ^luy=3 ^lv=-10 ^lvi=-10 ^lw=2 ^lwa=5 ^lx=-20 ^lxi=-5
^lxv=-4 ^lxx=-11 ^ly=11 ^lya=3 ^lyc=-15 ^lyd=18 ^lyg=-5 ^lyl=15 ^lym=3 ^lyn=27 ^lyo=-6 ^lyr=-10 ^lys=-12
^lyt=-2 ^lyu=-5 ^lz=-8 ^m=67 ^ma=-14 ^maa=-10 ^mab=30 ^mac=51 ^mad=4 ^mae=15 ^maf=-6 ^mag=23 ^mah=-9 ^mai=-18
^maj=-15 ^mak=23 ^mal=-22 ^mam=-26 ^man=-79 ^mao=-12 ^map=12 ^maq=-3 ^mar=-11 ^mas=-15 ^mat=86 ^mau=-17
^mav=-5 ^maw=-1 ^max=28 ^may=-36 ^maz=-1 ^mb=46 ^mba=-7 ^mbe=3 ^mbh=10 ^mbi=6 ^mbo=17 ^mbu=23 ^mc=136 ^mca=13
^mcb=2 ^mcc=25 ^mcd=11 ^mce=14 ^mcf=4 ^mcg=15 ^mch=3 ^mci=-2 ^mck=11 ^mcl=5 ^mcm=8 ^mcn=9 ^mcp=-4 ^mcq=3
^mcr=8 ^mcs=-1 ^mct=9 ^mcv=2 ^md=12 ^mda=2 ^mdl=20 ^mdu=1 ^me=-62 ^mea=-1 ^meb=-1 ^mec=4 ^med=-26 ^mef=13
^meg=-18 ^meh=25 ^mei=-13 ^mej=8 ^mek=5 ^mel=10 ^mem=-37 ^men=-30 ^mep=-10 ^mer=28 ^mes=-13 ^met=-10 ^meu=18
^mev=6 ^mew=-4 ^mex=-4 ^mey=10 ^mez=-19 ^mg=6 ^mga=2 ^mh=7 ^mhl=14 ^mi=-52 ^mia=-23 ^mic=35 ^mid=-42 ^mie=-2
^mif=-5 ^mig=16 ^mih=26 ^mii=3 ^mij=-4 ^mik=28 ^mil=-19 ^mim=-4 ^min=-38 ^mio=10 ^mir=9 ^mis=-27 ^mit=13
^mix=-8 ^miy=-5 ^miz=-5 ^mj=4 ^mja=3 ^mjo=2 ^mk=4 ^mkd=-4 ^mkh=19 ^ml=26 ^mla=24 ^mle=-3 ^mli=3 ^mly=1 ^mm=-15
^mn=34 ^mna=2 ^mnc=9 ^mne=-6 ^mng=10 ^mni=-2 ^mno=-2 ^mnq=8 ^mnt=8 ^mny=6 ^mo=-57 ^moa=-11 ^mob=-13 ^moc=8
^mod=-4 ^moe=20 ^mof=16 ^mog=6 ^moh=17 ^moi=-8 ^moj=-14 ^mok=8 ^mol=-37 ^mom=-14 ^mon=-29 ^moo=-14 ^mop=-6
^moq=-3 ^mor=33 ^mos=23 ^mot=-21 ^mou=17 ^mov=-9 ^mow=-4 ^mox=-3 ^moy=18 ^moz=-30 ^mp=16 ^mpa=4 ^mph=17 ^mpi=1
^mpl=-6 ^mpu=13 ^mq=-2 ^mr=-23 ^mra=2 ^mro=2 ^ms=4 ^msa=-3 ^msg=-6 ^msh=10 ^msi=8 ^msr=-2 ^mst=-4 ^mt=14
^mth=14 ^mu=-24 ^mua=-1 ^mub=3 ^muc=-9 ^mud=-19 ^mue=-1 ^muf=1 ^mug=2 ^muh=36 ^mui=1 ^muj=-24 ^muk=4 ^mul=23
^mum=5 ^mun=-19 ^mur=10 ^mus=-35 ^mut=13 ^muu=-23 ^muv=11 ^mux=9 ^muy=-5 ^muz=-8 ^mv=10 ^mw=26 ^mwa=17 ^mwe=3
^mwi=7 ^mwo=4 ^my=-41 ^mya=-11 ^myc=-5 ^myd=2 ^mye=-3 ^myg=-1 ^myk=11 ^myl=8 ^myo=-28 ^myr=9 ^mys=-3 ^myt=-6
^myx=-7 ^mz=14 ^mzi=2 ^mzo=7 ^mzu=4 ^n=15 ^na=-10 ^nab=-5 ^nac=-7 ^nad=29 ^nae=12 ^naf=21 ^nag=-11 ^nah=-11
^nai=-21 ^naj=-2 ^nak=17 ^nal=22 ^nam=-33 ^nan=-38 ^nao=11 ^nap=-8 ^naq=-9 ^nar=-11 ^nas=-6 ^nat=39 ^nau=-6
^nav=4 ^naw=-1 ^nay=4 ^nb=-22 ^nbc=-2 ^nc=14 ^nca=8 ^nco=1 ^nd=46 ^nda=17 ^nde=-1 ^ndi=15 ^ndj=-7 ^ndl=10
^ndo=3 ^ndu=12 ^ne=-53 ^nea=26 ^neb=-13 ^nec=-7 ^ned=-9 ^nee=1 ^nef=8 ^neg=-18 ^neh=7 ^nei=10 ^nej=-20
^nek=-49 ^nel=15 ^nem=-7 ^nen=-1 ^neo=-14 ^neq=-2 ^ner=-8 ^nes=7 ^net=-7 ^neu=30 ^nev=23 ^new=-22 ^nex=-3
^ney=-4 ^nez=5 ^ng=38 ^nga=6 ^ngc=12 ^nge=13 ^ngh=-15 ^ngi=13 ^ngo=18 ^ngu=2 ^ngw=1 ^nh=-15 ^nha=-15 ^nhi=-5
^nhl=16 ^ni=-16 ^nia=9 ^nib=-6 ^nic=65 ^nid=5 ^nie=-22 ^nif=-5 ^nig=-8 ^nih=-4 ^nii=-18 ^nij=-10 ^nik=28
^nil=14 ^nim=-13 ^nin=-33 ^nio=-14 ^nip=-4 ^niq=-3 ^nir=-3 ^nis=-3 ^nit=5 ^niu=-3 ^niv=6 ^nix=-8 ^niy=-5
^niz=15 ^nj=-18 ^nja=17 ^nje=-31 ^nji=-9 ^njo=7 ^nju=1 ^nk=45 ^nka=12 ^nko=12 ^nkw=5 ^nl=-16 ^nm=-9 ^nn=-32
^nny=-16 ^no=8 ^noa=17 ^nob=1 ^noc=-10 ^nod=-16 ^noe=10 ^nog=-3 ^noh=7 ^noi=-23 ^noj=10 ^nok=4 ^nol=15 ^nom=50
^non=-47 ^noo=3 ^nop=2 ^nor=12 ^nos=-25 ^not=-5 ^nou=9 ^nov=-16 ^now=9 ^nox=6 ^noz=6 ^np=-10 ^npm=-3 ^nr=-23
^ns=-3 ^nsa=-7 ^nsi=15 ^nsw=-4 ^nt=34 ^nta=5 ^nth=5 ^nti=9 ^nts=13 ^nu=-23 ^nub=-5 ^nuc=-18 ^nud=-12 ^nue=-16
^nug=23 ^nui=-7 ^nuk=-11 ^nul=-6 ^num=-27 ^nun=-4 ^nuo=-4 ^nup=-5 ^nur=54 ^nus=17 ^nut=-7 ^nuu=8 ^nuy=8 ^nv=-4
^nw=2 ^nx=19 ^ny=45 ^nya=55 ^nyc=-1 ^nye=-4 ^nyi=-5 ^nyk=1 ^nyl=-3 ^nym=-4 ^nyo=13 ^nys=-7 ^nz=19 ^nza=10
^nzi=8 ^o=18 ^o'=69 ^o'b=8 ^o'c=13 ^o'd=10 ^o'f=2 ^o'g=4 ^o'h=7 ^o'k=5 ^o'l=4 ^o'm=4 ^o'r=4 ^o's=5 ^o't=3
^oa=-37 ^oak=-12 ^oar=-6 ^oas=-5 ^oat=-5 ^oau=-2 ^ob=-28 ^oba=17 ^obe=-11 ^obi=8 ^obj=-5 ^obl=-9 ^obn=-3
^obo=-7 ^obr=7 ^obs=-3 ^obt=-7 ^obu=-11 ^obv=-1 ^oc=-8 ^oca=11 ^occ=-13 ^oce=-4 ^och=-8 ^ock=-7 ^oco=7 ^ocr=-4
^oct=19 ^ocu=-4 ^od=33 ^oda=2 ^odd=23 ^ode=9 ^odi=7 ^odo=-9 ^odp=-5 ^odu=16 ^ody=-6 ^oe=-10 ^oec=-1 ^oed=-6
^oen=-6 ^oer=-2 ^oes=5 ^of=-20 ^ofe=7 ^off=-23 ^ofo=2 ^oft=-8 ^og=37 ^oga=-2 ^oge=20 ^ogi=4 ^ogl=-11 ^ogn=-6
^ogo=6 ^ogr=1 ^ogu=28 ^oh=-27 ^ohi=-10 ^ohm=-5 ^ohr=-2 ^oi=-33 ^oik=-5 ^oil=-18 ^oir=-16 ^ois=12 ^oit=-7
^oj=13 ^oja=9 ^ok=28 ^oka=-5 ^oke=19 ^okk=-6 ^oko=4 ^oks=11 ^okt=19 ^oku=-18 ^ol=37 ^ola=29 ^olc=3 ^old=-35
^ole=-28 ^olf=-4 ^olg=9 ^oli=16 ^oll=7 ^olm=-10 ^olo=22 ^ols=-5 ^olt=-3 ^olu=23 ^olv=12 ^olw=4 ^oly=-3 ^om=6
^oma=-22 ^omb=4 ^ome=-9 ^omi=-4 ^omk=2 ^omm=1 ^omn=-6 ^omo=43 ^omp=-2 ^omr=4 ^omu=-2 ^omw=8 ^on=-26 ^ona=-1
^onc=-11 ^ond=7 ^one=5 ^ong=12 ^oni=-7 ^onk=-3 ^onl=-12 ^onn=-4 ^ono=-10 ^ons=-14 ^ont=-3 ^onu=6 ^onw=-2
^ony=9 ^oo=11 ^oog=-1 ^oom=13 ^oos=11 ^oot=-1 ^ooz=-6 ^op=11 ^opa=12 ^ope=-32 ^opi=1 ^opo=14 ^opp=-11 ^ops=-4
^opt=-11 ^opu=11 ^oq=8 ^or=-28 ^ora=-38 ^orb=-3 ^orc=-12 ^ord=-9 ^ore=5 ^orf=15 ^org=-27 ^ori=-24 ^ork=6
^orl=5 ^orm=12 ^orn=4 ^oro=-10 ^orp=2 ^orr=-3 ^ors=21 ^ort=13 ^oru=-4 ^orv=21 ^orw=2 ^ory=-7 ^orz=-2 ^os=11
^osa=-4 ^osb=3 ^osc=-15 ^ose=-4 ^osh=3 ^osi=3 ^osk=11 ^osl=-10 ^osm=-22 ^oso=5 ^osp=19 ^oss=20 ^ost=-11 ^osu=6
^osv=9 ^osw=-3 ^ot=24 ^ota=7 ^otc=3 ^ote=-2 ^oth=-6 ^oti=10 ^oto=-10 ^otr=-5 ^ots=3 ^ott=7 ^otu=6 ^ou=-42
^oua=4 ^oui=-4 ^oun=5 ^our=-5 ^ous=3 ^out=-47 ^ouv=-6 ^ov=-61 ^ova=-12 ^ove=-19 ^ovi=-11 ^ovo=-8 ^ovr=-8 ^ow=8
^owe=-9 ^owi=6 ^owl=-10 ^own=-4 ^owo=4 ^ows=8 ^owu=8 ^ox=-17 ^oxa=2 ^oxi=-2 ^oxt=-1 ^oxy=-8 ^oy=8 ^oya=12
^oye=11 ^oyl=-10 ^oys=-8 ^oz=51 ^oza=-3 ^ozb=5 ^ozd=8 ^oze=8 ^ozg=6 ^ozi=7 ^ozk=10 ^ozo=-5 ^ozu=-2 ^p=10
^pa=38 ^paa=8 ^pab=7 ^pac=12 ^pad=-3 ^pae=-7 ^pag=-6 ^pah=-11 ^pai=2 ^paj=9 ^pak=-8 ^pal=-6 ^pam=20 ^pan=-23
^pao=12 ^pap=-17 ^paq=20 ^par=-45 ^pas=-2 ^pat=10 ^pau=36 ^pav=27 ^paw=7 ^pax=-7 ^pay=-21 ^paz=14 ^pb=-3
^pc=-10 ^pch=-5 ^pd=-13 ^pdb=-3 ^pdf=-3 ^pe=37 ^pea=4 ^peb=-7 ^pec=4 ^ped=21 ^pee=-1 ^peg=3 ^peh=6 ^pei=17
^pej=-3 ^pek=-12 ^pel=-10 ^pem=-2 ^pen=-9 ^peo=-10 ^pep=-10 ^per=18 ^pes=-2 ^pet=44 ^peu=-5 ^pew=-4 ^pey=-1
^pez=-2 ^pf=19 ^pfa=-1 ^pfe=10 ^pfi=11 ^pfo=-2 ^pfr=-2 ^pfu=-1 ^pg=-6 ^pgp=-2 ^ph=6 ^pha=-19 ^phe=19 ^phi=23
^phl=-8 ^pho=-24 ^php=-2 ^phr=-10 ^pht=-2 ^phu=25 ^phy=5 ^pi=35 ^pi-=2 ^pia=-5 ^pib=-6 ^pic=-3 ^pid=-6 ^pie=39
^pif=-3 ^pig=-6 ^pih=4 ^pii=12 ^pik=21 ^pil=-21 ^pim=-10 ^pin=7 ^pio=29 ^pip=-31 ^piq=-5 ^pir=35 ^pis=-5
^pit=-13 ^piu=-1 ^pix=-8 ^piz=7 ^pk=-6 ^pkg=-3 ^pl=3 ^pla=-8 ^plc=9 ^ple=32 ^pli=6 ^plo=5 ^plu=-30 ^ply=-5
^pm=-4 ^pn=-7 ^pne=-5 ^po=22 ^poa=-6 ^pob=8 ^poc=16 ^pod=14 ^poe=-7 ^pog=-3 ^poi=-2 ^pok=4 ^pol=-4 ^pom=3
^pon=-19 ^poo=8 ^por=-1 ^pos=4 ^pot=5 ^pou=3 ^pov=6 ^pow=-11 ^poy=-6 ^poz=2 ^pp=-11 ^ppr=-2 ^pr=22 ^pra=39
^pre=-30 ^pri=7 ^pro=-21 ^pru=11 ^prv=-13 ^pry=17 ^prz=5 ^ps=-34 ^psa=-6 ^pse=-10 ^psi=-5 ^pso=-2 ^psy=-8
^pt=-12 ^pta=-5 ^pte=-7 ^pto=6 ^pty=-4 ^pu=17 ^pub=-15 ^puc=5 ^pud=-5 ^puf=-6 ^pug=15 ^puh=12 ^pui=9 ^puj=12
^puk=2 ^pul=-12 ^pum=-7 ^pun=-6 ^puo=-4 ^pup=-6 ^pur=13 ^pus=6 ^puz=-2 ^pv=-6 ^pw=-5 ^py=-74 ^pya=-9 ^pyb=-3
^pyc=11 ^pyd=-1 ^pye=-4 ^pyf=-2 ^pyg=-8 ^pyh=-4 ^pyi=-5 ^pyj=-5 ^pyk=-9 ^pyl=-10 ^pym=-5 ^pyn=-5 ^pyo=-5
^pyp=-7 ^pyq=-2 ^pyr=-7 ^pys=5 ^pyt=1 ^pyu=-6 ^pyv=-7 ^pyw=-3 ^pyx=-2 ^pyz=16 ^q=-16 ^qa=33 ^qab=-4 ^qad=-4
^qan=3 ^qar=11 ^qas=7 ^qat=-3 ^qe=-16 ^qen=-6 ^qi=-12 ^qin=-10 ^qo=10 ^qr=-6 ^qt=-1 ^qu=-8 ^qua=-46 ^qud=12
^que=-19 ^qui=6 ^quo=-14 ^qur=8 ^qut=23 ^qw=-3 ^r=-6 ^ra=33 ^raa=17 ^rab=15 ^rac=-9 ^rad=-4 ^rae=22 ^raf=31
^rag=-10 ^rah=19 ^rai=7 ^raj=2 ^rak=6 ^ral=-2 ^ram=-6 ^ran=-23 ^rar=-9 ^ras=12 ^rat=-32 ^rau=8 ^rav=-10
^raw=-1 ^ray=14 ^raz=-23 ^rb=-8 ^rc=-6 ^rd=-5 ^re=-41 ^rea=-17 ^reb=20 ^rec=-22 ^red=-30 ^ree=7 ^ref=-18
^reg=10 ^reh=17 ^rei=49 ^rej=2 ^rel=-30 ^ren=43 ^reo=-4 ^rep=-21 ^req=-2 ^rer=-12 ^res=-30 ^ret=-21 ^reu=5
^rev=-38 ^rew=-7 ^rex=22 ^rey=19 ^rez=18 ^rf=-4 ^rfd=-4 ^rh=-37 ^rha=-5 ^rhe=-8 ^rhi=-3 ^rho=-10 ^rhu=-6
^rhy=-4 ^ri=-6 ^ria=14 ^rib=-17 ^ric=2 ^rid=-20 ^rie=10 ^rif=-16 ^rig=-6 ^rih=7 ^rii=5 ^rij=-3 ^rik=8 ^ril=-13
^rim=-28 ^rin=7 ^rio=11 ^rip=10 ^ris=3 ^rit=15 ^riu=-6 ^riv=-3 ^riz=13 ^rl=-4 ^rn=-11 ^ro=68 ^roa=-19 ^rob=5
^roc=-3 ^rod=18 ^roe=6 ^rof=-6 ^rog=19 ^roh=11 ^roi=-8 ^roj=12 ^rok=-1 ^rol=4 ^rom=7 ^ron=6 ^roo=-5 ^rop=-3
^roq=2 ^ror=7 ^ros=27 ^rot=-30 ^rou=-4 ^rov=-8 ^row=-1 ^rox=23 ^roy=6 ^roz=3 ^rp=-3 ^rr=-16 ^rs=-8 ^rt=-11
^rtf=-2 ^ru=18 ^rua=11 ^rub=1 ^ruc=-10 ^rud=3 ^rue=18 ^ruf=14 ^rug=-9 ^ruh=4 ^rui=-9 ^ruk=5 ^rul=-11 ^rum=-17
^run=-32 ^rup=21 ^ruq=2 ^rus=5 ^rut=3 ^ruu=11 ^ruz=2 ^rw=-11 ^ry=53 ^rya=-4 ^ryb=9 ^ryc=4 ^ryd=1 ^ryl=9 ^rym=9
^ryn=3 ^ryo=9 ^rys=5 ^ryt=9 ^rz=3 ^s=-16 ^sa=24 ^sa'=8 ^saa=1 ^sab=8 ^sac=-6 ^sad=16 ^sae=16 ^saf=-1 ^sag=-11
^sah=7 ^sai=14 ^saj=-3 ^sak=17 ^sal=-20 ^sam=6 ^san=14 ^sao=10 ^sap=-1 ^saq=-11 ^sar=-19 ^sas=1 ^sau=16
^sav=-27 ^saw=-8 ^sax=-1 ^say=-5 ^sb=-1 ^sc=-22 ^sca=-6 ^sce=-10 ^sch=73 ^sci=-22 ^scl=-8 ^sco=-18 ^scr=-9
^scu=-8 ^scy=-5 ^sd=-4 ^se=-9 ^sea=-10 ^seb=3 ^sec=-14 ^sed=12 ^see=-22 ^sef=14 ^seg=17 ^seh=16 ^sei=6
^sej=-10 ^sek=-24 ^sel=-12 ^sem=-9 ^sen=-27 ^seo=15 ^sep=-3 ^seq=-16 ^ser=21 ^ses=21 ^set=-15 ^seu=-2 ^sev=20
^sew=-6 ^sex=-9 ^sey=6 ^sez=19 ^sf=-4 ^sg=1 ^sh=8 ^sha=10 ^shc=-1 ^she=62 ^shi=-44 ^shk=-3 ^shl=-10 ^shm=-7
^shn=-3 ^sho=-11 ^shp=7 ^shr=-15 ^sht=-5 ^shu=5 ^shy=14 ^si=22 ^sia=-32 ^sib=25 ^sic=-25 ^sid=2 ^sie=12 ^sif=2
^sig=50 ^sih=17 ^sii=-6 ^sij=-2 ^sik=-4 ^sil=-23 ^sim=44 ^sin=-31 ^sio=-9 ^sip=18 ^sir=12 ^sis=11 ^sit=-4
^siu=-19 ^siv=9 ^siw=-7 ^six=4 ^siy=-3 ^siz=-17 ^sj=6 ^sja=-9 ^sjo=31 ^sju=-13 ^sk=6 ^ska=-11 ^ske=14 ^ski=-34
^skl=9 ^sko=14 ^skr=8 ^sku=27 ^sky=-13 ^sl=-38 ^sla=-2 ^sle=-11 ^sli=-1 ^slu=-24 ^sly=2 ^sm=10 ^sma=-8 ^sme=4
^smi=1 ^smo=3 ^smu=-9 ^smy=26 ^sn=-61 ^sna=-31 ^sne=-4 ^sni=-21 ^snj=13 ^sno=-8 ^snu=-10 ^sny=4 ^so=35
^soa=-15 ^sob=15 ^soc=-16 ^sod=19 ^sof=8 ^sog=-4 ^soh=-6 ^soi=-14 ^soj=-7 ^sok=15 ^sol=-15 ^som=6 ^son=-16
^soo=26 ^sop=28 ^sor=12 ^sos=13 ^sot=22 ^sou=-19 ^sov=-12 ^sow=-2 ^soy=-3 ^soz=3 ^sp=-8 ^spa=-25 ^spe=9
^sph=-6 ^spi=-10 ^spl=-12 ^spo=-5 ^spr=35 ^spu=-5 ^spy=13 ^sq=-41 ^sql=-9 ^squ=-28 ^sra=-1 ^sre=-13 ^sri=16
^sro=6 ^ss=-18 ^ssh=-3 ^st=22 ^st-=11 ^sta=-2 ^std=-10 ^ste=26 ^sth=-6 ^sti=7 ^sto=13 ^str=-10 ^stu=-12
^sty=-6 ^su=-16 ^su-=7 ^sua=21 ^sub=-33 ^suc=6 ^sud=-17 ^sue=-9 ^suf=-14 ^sug=-3 ^suh=-3 ^sui=-5 ^sul=-11
^sum=-6 ^sun=-12 ^suo=-6 ^sup=-2 ^sur=9 ^sus=21 ^sut=20 ^suu=-13 ^suv=14 ^suw=1 ^suy=-16 ^suz=26 ^sv=18
^sva=41 ^sve=35 ^svg=-10 ^svi=-11 ^svo=-19 ^svr=-1 ^svy=-6 ^sw=-30 ^swa=-17 ^swi=6 ^swo=-11 ^sy=24 ^syb=22
^syc=2 ^syd=9 ^syk=9 ^syl=13 ^sym=-11 ^syn=-34 ^syp=8 ^sys=-14 ^sz=56 ^sza=10 ^szc=5 ^sze=-13 ^szi=-4 ^szk=3
^szl=2 ^szm=5 ^szo=2 ^szp=10 ^szr=3 ^szt=3 ^szu=13 ^szw=2 ^szy=15 ^t=-39 ^ta=7 ^taa=10 ^tab=19 ^tac=-14
^tad=17 ^tae=-10 ^taf=7 ^tag=2 ^tah=23 ^tai=6 ^tak=-23 ^tal=6 ^tam=17 ^tan=-1 ^tao=-10 ^tap=-9 ^tar=-7 ^tas=-2
^tat=11 ^tav=-20 ^taw=8 ^tax=-17 ^tay=-9 ^taz=3 ^tb=-4 ^tc=-9 ^tch=-6 ^td=-6 ^te=-6 ^tea=-17 ^teb=-15 ^tec=-11
^ted=4 ^tee=21 ^tef=-6 ^teg=-12 ^teh=-8 ^tei=-13 ^tej=15 ^tek=5 ^tel=-24 ^tem=19 ^ten=-38 ^teo=37 ^tep=1
^ter=10 ^tes=10 ^tet=-34 ^teu=18 ^tev=6 ^tex=33 ^tey=7 ^tez=-9 ^tf=-1 ^th=20 ^tha=21 ^the=18 ^thi=-8 ^tho=32
^thr=-39 ^thu=8 ^thw=-3 ^thy=1 ^ti=1 ^tia=22 ^tib=10 ^tic=3 ^tid=-17 ^tie=-36 ^tif=-2 ^tig=6 ^tii=29 ^tij=5
^tik=-30 ^til=-4 ^tim=31 ^tin=-26 ^tip=-11 ^tir=5 ^tis=16 ^tiv=4 ^tj=-17 ^tja=-1 ^tje=-10 ^tju=-10 ^tk=-6
^tl=-19 ^tla=-6 ^tld=-3 ^tlh=-8 ^tm=-6 ^tn=-4 ^to=33 ^toa=-2 ^tob=2 ^toc=-6 ^tod=-12 ^toe=-11 ^tof=3 ^tog=3
^toh=-13 ^toi=-12 ^toj=-10 ^tok=-15 ^tol=-21 ^tom=69 ^ton=8 ^too=27 ^top=4 ^tor=46 ^tos=4 ^tot=-2 ^tou=-16
^tow=2 ^tox=-3 ^toy=-13 ^tr=30 ^tra=-17 ^tre=33 ^tri=-39 ^trn=-3 ^tro=15 ^tru=17 ^try=7 ^trz=16 ^ts=-7
^tsa=-18 ^tsc=7 ^tsd=-2 ^tse=-5 ^tsf=-4 ^tsh=-5 ^tsi=11 ^tsk=-3 ^tsl=-2 ^tso=6 ^tsu=13 ^tt=-6 ^tu=1 ^tua=4
^tub=-13 ^tuc=-12 ^tud=10 ^tue=4 ^tuf=-4 ^tug=5 ^tui=16 ^tuk=12 ^tul=-33 ^tum=9 ^tun=-20 ^tuo=3 ^tur=27
^tus=-15 ^tut=-12 ^tuu=20 ^tuv=-1 ^tux=-4 ^tuy=-12 ^tuz=14 ^tv=-17 ^tva=-6 ^tve=4 ^tvo=-13 ^tw=-24 ^twe=-8
^twi=-23 ^twy=3 ^tx=-3 ^ty=19 ^tyc=1 ^tyk=-6 ^tyl=19 ^tym=2 ^tyn=-6 ^typ=-15 ^tyr=13 ^tys=-1 ^tyt=-2 ^tz=-12
^tza=-11 ^tzu=9 ^u=-45 ^ua=-1 ^ub=13 ^uba=26 ^ube=-9 ^ubi=-7 ^uc=15 ^uca=-1 ^uch=9 ^ud=21 ^uda=12 ^udd=-1
^ude=6 ^udi=11 ^udo=3 ^ue=-13 ^uel=-3 ^uet=-3 ^uf=14 ^ug=26 ^uga=-2 ^ugl=-5 ^ugr=2 ^ugu=4 ^uh=-3 ^uhl=1 ^ui=-6
^uig=-12 ^uin=-1 ^uit=4 ^uj=-7 ^uja=-4 ^uk=-20 ^ukr=-9 ^ul=46 ^ula=-7 ^ulc=-3 ^uld=9 ^ule=-5 ^ulf=23 ^uli=9
^ulk=24 ^ull=11 ^ulm=-4 ^uln=-8 ^ulr=6 ^ult=-18 ^ulu=14 ^ulv=-3 ^um=31 ^uma=15 ^umb=-17 ^umm=16 ^ump=-3
^umu=12 ^un=-102 ^una=-2 ^unb=-11 ^unc=-13 ^und=-32 ^une=-14 ^unf=-8 ^ung=9 ^unh=-6 ^uni=-9 ^unj=2 ^unk=-2
^unl=-4 ^unm=-6 ^unn=31 ^uno=-7 ^unp=-6 ^unq=-2 ^unr=-15 ^uns=-9 ^unt=13 ^unu=6 ^unv=-3 ^unw=-9 ^uny=-2
^unz=-2 ^uo=7 ^up=9 ^upa=11 ^upb=-2 ^upc=-1 ^upd=-1 ^upe=-2 ^uph=16 ^upl=-3 ^upm=6 ^upp=-3 ^upr=-4 ^ups=-10
^upt=5 ^upw=-2 ^ur=14 ^ura=2 ^urb=25 ^urc=-5 ^urd=-7 ^ure=-23 ^urg=-9 ^uri=3 ^url=-12 ^urm=5 ^uro=-11 ^urr=15
^urs=15 ^urt=-1 ^uru=-9 ^us=-20 ^usa=-6 ^use=-15 ^ush=9 ^usi=8 ^usl=-2 ^usm=14 ^usn=-5 ^uso=-7 ^usp=-2 ^uss=7
^ust=-3 ^usu=-11 ^ut=-22 ^uta=-4 ^ute=-9 ^uti=-11 ^uto=-3 ^utr=1 ^utt=-4 ^uu=-21 ^uud=-8 ^uus=4 ^uut=-6
^uv=-17 ^uve=-6 ^uvu=-4 ^uw=-4 ^uws=-3 ^ux=5 ^uxo=-3 ^uy=5 ^uz=-15 ^uza=-4 ^uzb=-8 ^uze=6 ^uzi=-5 ^v=-4 ^va=3
^vaa=-9 ^vac=2 ^vad=-5 ^vag=-15 ^vah=15 ^vai=-3 ^vaj=-1 ^vak=4 ^val=50 ^vam=-11 ^van=36 ^vap=-10 ^vaq=-3
^var=-55 ^vas=18 ^vat=3 ^vau=-21 ^vav=-2 ^vay=-6 ^vaz=6 ^vc=-12 ^vd=-5 ^ve=22 ^vea=4 ^vec=-1 ^veg=-1 ^veh=-3
^vei=8 ^vej=4 ^vel=-12 ^vem=-2 ^ven=-10 ^vep=-2 ^ver=50 ^ves=-8 ^vet=-16 ^veu=7 ^vex=-3 ^vez=6 ^vh=-3 ^vi=15
^via=-11 ^vib=-19 ^vic=18 ^vid=-4 ^vie=-51 ^vig=21 ^vii=-6 ^vik=25 ^vil=48 ^vim=-7 ^vin=16 ^vio=-3 ^vip=-4
^vir=-11 ^vis=-25 ^vit=18 ^viv=12 ^viz=-7 ^vj=-5 ^vje=-9 ^vl=20 ^vla=23 ^vln=2 ^vo=-13 ^voc=-7 ^vod=3 ^vog=19
^voj=9 ^vol=-1 ^vom=-5 ^von=13 ^voo=-16 ^vor=11 ^vos=-15 ^vot=-3 ^vou=-8 ^vow=-5 ^voy=-11 ^voz=2 ^vr=8 ^vra=12
^vre=-2 ^vri=1 ^vs=-39 ^vsa=-17 ^vse=-13 ^vsi=-2 ^vu=3 ^vuc=14 ^vue=-9 ^vug=5 ^vuk=5 ^vul=-25 ^vun=-2 ^vuo=2
^vy=13 ^vya=2 ^vyt=8 ^w=-14 ^wa=16 ^waa=-5 ^wab=17 ^wac=2 ^wad=-18 ^waf=14 ^wag=9 ^wah=10 ^wai=-11 ^waj=-4
^wak=-5 ^wal=17 ^wam=16 ^war=-11 ^was=-2 ^wat=-8 ^wau=5 ^wav=-12 ^waw=8 ^wax=-8 ^way=-5 ^wb=-7 ^we=11 ^wea=-22
^web=-23 ^wec=5 ^wee=-4 ^weg=9 ^weh=4 ^wei=-6 ^wel=-28 ^wem=-4 ^wen=20 ^wer=6 ^wes=43 ^wet=-6 ^wey=10 ^wh=-28
^wha=-10 ^whe=-9 ^whi=-6 ^who=-12 ^why=8 ^wi=13 ^wia=9 ^wib=9 ^wic=-10 ^wid=13 ^wie=1 ^wif=-8 ^wig=-14 ^wij=4
^wik=17 ^wil=29 ^wim=13 ^win=-12 ^wip=3 ^wir=-20 ^wis=4 ^wit=-17 ^wiv=-4 ^wiz=-5 ^wl=-7 ^wla=-5 ^wm=-6 ^wn=-2
^wo=6 ^wob=-1 ^woc=14 ^wod=-5 ^woe=-5 ^woh=14 ^woj=32 ^wok=-8 ^wol=-4 ^wom=-6 ^won=-26 ^woo=-6 ^wor=-24 ^wos=4
^wou=26 ^wr=-9 ^wra=-4 ^wre=-9 ^wri=1 ^wro=7 ^wry=-3 ^ws=-22 ^wsg=-2 ^wsz=-10 ^wt=-8 ^wu=5 ^wuh=-8 ^wul=5
^wun=5 ^wur=-3 ^wut=4 ^wy=31 ^wyc=5 ^wyd=9 ^wym=3 ^wyn=3 ^wyo=-2 ^wyr=6 ^wys=15 ^x=24 ^x-=-2 ^xa=27 ^xal=15
^xan=-2 ^xc=-13 ^xci=-6 ^xcv=-5 ^xd=-4 ^xe=-9 ^xen=3 ^xer=-5 ^xi=53 ^xia=27 ^xin=-4 ^xip=-2 ^xl=-17 ^xli=-6
^xlv=-6 ^xm=-10 ^xml=-7 ^xo=27 ^xol=18 ^xp=-2 ^xpr=-1 ^xr=-4 ^xs=-3 ^xt=-7 ^xu=19 ^xud=13 ^xv=-4 ^xvi=-4
^xx=-19 ^xxi=-5 ^xxv=-3 ^xxx=-7 ^xy=-12 ^xyl=-9 ^xyr=-2 ^y=31 ^ya=17 ^ya-=18 ^yaa=4 ^yab=-2 ^yac=-5 ^yad=17
^yaf=-3 ^yag=2 ^yah=-6 ^yai=1 ^yak=-24 ^yal=-12 ^yam=-5 ^yan=6 ^yap=-14 ^yaq=12 ^yar=-29 ^yas=39 ^yat=23
^yau=-7 ^yav=-1 ^yaw=-7 ^yaz=12 ^ye=-2 ^yea=-25 ^yed=-12 ^yeg=5 ^yei=8 ^yej=7 ^yek=6 ^yel=-15 ^yen=4 ^yeo=-9
^yer=-9 ^yes=11 ^yet=5 ^yf=-1 ^yh=-27 ^yhd=-5 ^yht=-15 ^yi=-5 ^yib=-6 ^yic=2 ^yie=-8 ^yil=4 ^yin=8 ^yk=-11
^yks=-7 ^yl=-1 ^yle=-7 ^yli=1 ^ylv=4 ^yn=4 ^yng=7 ^yo=2 ^yob=-10 ^yoc=3 ^yod=-3 ^yog=-16 ^yoh=6 ^yok=-22
^yol=2 ^yon=3 ^yor=-7 ^yos=21 ^yot=-3 ^you=19 ^yox=-5 ^yp=-4 ^yr=14 ^ys=4 ^yt=-1 ^ytt=-1 ^yu=33 ^yu-=13
^yuc=-9 ^yud=2 ^yue=3 ^yug=-6 ^yuk=-6 ^yul=5 ^yum=-9 ^yun=12 ^yur=20 ^yus=12 ^yut=6 ^yuz=-5 ^yv=15 ^z=5 ^za=25
^zaa=-2 ^zab=2 ^zac=28 ^zad=-13 ^zaf=2 ^zag=-2 ^zah=11 ^zai=8 ^zaj=1 ^zak=10 ^zal=10 ^zam=-10 ^zan=-6 ^zap=-16
^zar=-13 ^zas=4 ^zat=-15 ^zau=5 ^zav=4 ^zaw=6 ^zay=4 ^zb=23 ^zbi=9 ^zbr=8 ^zc=-6 ^zd=-7 ^zda=-9 ^zde=1 ^zdo=-1
^ze=14 ^zea=-12 ^zeb=10 ^zee=-16 ^zeh=3 ^zei=6 ^zek=-3 ^zel=-12 ^zem=5 ^zen=18 ^zep=-12 ^zer=12 ^zes=-5
^zet=-3 ^zev=4 ^zey=10 ^zg=-1 ^zh=3 ^zha=7 ^zhu=-2 ^zi=-26 ^zia=7 ^zib=-5 ^zic=-4 ^zie=17 ^zig=3 ^zij=-18
^zik=-4 ^zim=2 ^zin=1 ^zio=-4 ^zip=-6 ^zir=-7 ^zit=-11 ^ziv=6 ^ziz=-8 ^zl=-8 ^zla=-1 ^zli=-4 ^zm=9 ^zn=-1
^zno=-4 ^zo=-5 ^zoa=-6 ^zod=-5 ^zof=3 ^zoi=1 ^zol=2 ^zom=-10 ^zon=-20 ^zoo=-14 ^zop=17 ^zor=20 ^zos=-6 ^zou=-5
^zs=5 ^zso=12 ^zst=-6 ^zu=2 ^zub=9 ^zue=-11 ^zui=9 ^zuk=-2 ^zul=3 ^zum=6 ^zun=-9 ^zup=11 ^zur=-7 ^zus=-7
^zut=-4 ^zuz=2 ^zv=10 ^zva=1 ^zvo=-2 ^zw=-22 ^zwa=2 ^zwe=-13 ^zwi=-8 ^zy=-6 ^zyg=-5 ^zym=-8 a=31 a$=68 a'=2
a-=16 a-b=-3 a-h=-1 a-k=-5 a-l=9 a-le=-3 a-li=10 a-m=9 a-ma=5 a-n=-6 a-no=-6 a-s=-1 a-t=6 a-w=3 aa=69 aa$=-19
aaa=-9 aab=-4 aaba=-9 aabi=3 aac=7 aach=-2 aack=9 aad=21 aad$=9 aada=3 aade=-2 aadi=5 aaf=10 aaf$=6 aafi=3
aag=9 aah=11 aah$=-2 aaha=-2 aahi=6 aai=22 aaj=13 aaji=8 aak=8 aak$=3 aaki=4 aakk=-2 aako=5 aaks=1 aal=-22
aal$=15 aale=-6 aali=8 aall=-18 aalt=-6 aam=8 aam$=2 aami=2 aan=-35 aan$=-42 aana=2 aand=-8 aane=9 aani=14
aans=-5 aap=7 aapa=6 aaq=7 aaqi=6 aar=-14 aar$=-6 aara=8 aarb=-6 aard=16 aare=-2 aari=-5 aarn=-3 aaro=-9
aart=-4 aas=7 aas$=-16 aase=6 aash=9 aasi=8 aast=-10 aat=3 aat$=-10 aata=-2 aati=11 aav=6 aavi=2 aaw=7 aay=6
aaya=3 aaz=12 aaz$=4 aazi=4 ab=-5 ab$=1 aba=-5 aba$=-29 abab=1 abac=-8 abad=-19 abae=-3 abag=2 abah=-5 abak=4
abal=14 abam=-10 aban=16 abap=-2 abar=2 abas=6 abat=17 abaw=7 abay=5 abaz=1 abb=-6 abba=13 abbe=-7 abbi=-8
abbl=-5 abbo=11 abbr=-4 abby=-4 abc=-5 abco=-1 abd=58 abda=8 abde=14 abdi=8 abdo=3 abdu=27 abe=6 abe$=12
abea=5 abec=2 abed=6 abee=23 abej=-29 abek=3 abel=29 abem=-4 aben=-16 aber=-25 abes=-6 abet=1 abey=-4 abez=7
abf=-2 abg=-4 abh=23 abh$=16 abha=4 abhi=10 abho=-8 abi=19 abi$=-21 abib=24 abic=-7 abid=1 abie=-17 abig=19
abih=7 abij=4 abil=-12 abin=-12 abio=11 abir=-3 abis=5 abit=10 abiz=4 abj=-4 abja=2 abje=-1 abju=-5 abk=-10
abka=1 abkh=-11 abl=-33 able=-32 abli=-5 ablo=6 ablu=-2 ably=-10 abm=-6 abma=-4 abn=-2 abne=10 abno=-2 abo=-12
abo$=-5 aboa=6 abob=-10 aboc=-1 abod=5 aboe=-3 aboh=-5 aboi=-3 abol=7 abon=9 aboo=-9 abor=-12 abos=15 abot=6
abou=-15 abov=-5 abp=10 abr=6 abra=-10 abre=21 abri=6 abro=-1 abru=-13 abry=7 abs=-15 abs$=-3 absc=-3 abse=-5
abso=-8 abst=-8 absu=5 abt=-2 abu=2 abub=5 abud=13 abuk=-11 abul=-15 abum=-3 abun=-12 abur=8 abus=9 abut=1
abuz=2 abw=-4 abwa=1 abwe=-15 abwi=9 aby=-20 aby$=-1 abyl=-7 abyr=-4 abys=-5 abyt=-6 ac=-41 ac$=18 aca=-32
aca$=13 acab=-6 acad=-8 acae=9 acai=-4 acak=1 acal=8 acam=-16 acan=2 acao=-12 acap=-3 acar=-2 acas=2 acat=-2
acau=-5 acb=1 acc=-5 acc$=-4 acca=-2 acce=-7 acch=-20 acci=6 accl=-1 acco=29 accr=-3 accu=-3 acd=13 acdo=5
ace=-35 ace$=1 acea=-30 aceb=-4 acec=-2 aced=-1 acee=12 acef=-4 acei=-5 acek=4 acel=5 acem=7 acen=-5 aceo=-3
acep=6 acer=-2 aces=-12 acet=-10 aceu=-4 acev=4 acew=-2 acey=13 acf=9 acfa=11 acg=26 acgi=14 acgr=-1 acgu=4
ach=-8 ach$=-27 ach-=-18 acha=31 achb=-1 achd=9 ache=1 achf=-1 achg=15 achh=-3 achi=-10 achk=-5 achl=13
achm=-3 acho=28 achr=-11 achs=-5 acht=-11 achu=2 achw=-1 achy=-14 achz=-7 aci=5 aci$=10 acia=1 acic=-6 acid=7
acie=-3 acif=4 acik=6 acil=-11 acin=-7 acio=23 acis=-2 acit=-10 aciu=-10 ack=-49 ack$=-23 acka=1 ackb=-13
ackc=-2 ackd=-3 acke=15 ackf=-6 ackg=-1 acki=-3 ackl=5 ackm=7 ackn=2 acko=1 ackp=-3 ackr=-5 acks=-19 ackt=-5
acku=-2 ackw=4 acl=7 acl$=-4 acla=7 acli=1 acly=7 acm=5 acma=-6 acn=15 acna=8 acne=-2 acni=4 aco=4 aco$=-3
acoa=-1 acob=18 acoc=5 acod=-6 acog=-1 acoi=-3 acol=-16 acom=9 acon=-10 acop=4 acor=-5 acos=6 acot=6 acou=-7
acov=12 acp=15 acpe=9 acq=9 acqu=9 acr=-28 acra=1 acre=7 acri=-14 acro=-24 acru=5 acry=-3 acs=14 acs$=9
act=-44 act$=-9 acta=4 acte=-6 acti=-11 acto=-9 actu=-4 acty=-6 acu=-4 acu$=5 acua=-3 acul=1 acum=-5 acun=15
acuo=-1 acur=11 acus=-12 acut=-1 acy=7 acy$=8 acyc=-2 acyl=-2 acyt=-1 acz=8 acz$=7 acze=-2 aczk=-3 aczy=2
ad=-17 ad$=29 ada=12 ada$=-15 adab=-10 adac=-1 adae=8 adag=-13 adah=6 adai=-4 adaj=-1 adak=12 adal=20 adam=19
adan=-18 adap=-4 adar=-4 adas=7 adat=3 adax=-2 aday=-6 adb=-9 adba=-1 adbo=-1 adbu=-2 adc=-11 adca=-1 adch=-7
add=-22 adda=9 adde=-5 addi=-14 addl=-15 addo=27 addr=-12 addu=-2 addy=-2 ade=26 ade$=-57 ade-=-2 adea=11
adeb=12 adec=4 aded=-1 adee=22 adef=9 adeg=21 adei=-10 adej=11 adek=16 adel=6 aden=-14 adeo=6 adep=4 adeq=-2
ader=-13 ades=-19 adet=8 adeu=4 adey=2 adez=5 adf=2 adfi=6 adfl=-1 adfu=-1 adg=-5 adga=-2 adge=2 adh=12
adh$=-1 adha=-3 adhe=-9 adhi=5 adho=4 adhr=4 adhu=-5 adhy=10 adi=12 adi$=9 adia=1 adic=-10 adid=9 adie=-12
adif=-2 adig=7 adij=5 adik=3 adim=24 adin=-13 adio=-29 adip=9 adiq=3 adir=7 adis=19 adiu=-3 adiv=-5 adj=-13
adj$=6 adja=7 adje=-3 adji=-1 adjo=-6 adju=-12 adk=11 adka=8 adki=1 adko=2 adl=14 adla=7 adle=12 adli=2
adlo=-4 adly=-3 adm=-16 adma=8 adme=-2 admi=-17 admo=-4 adn=-14 adna=5 adne=-8 adni=-1 adno=-2 ado=8 ado$=4
adoc=4 adoe=3 adog=10 adol=8 adom=8 adon=-12 adoo=12 adop=8 ador=-44 ados=5 adot=-1 adou=6 adov=5 adow=10
adp=-7 adq=-1 adqu=-1 adr=-17 adr$=8 adra=13 adre=-21 adri=1 adro=-11 adru=-3 adry=-3 ads=-2 ads$=-3 adsa=-2
adsh=9 adsk=7 adsm=-2 adso=1 adst=-8 adt=-27 adt$=-19 adt-=-5 adth=-3 adu=17 adu$=21 adua=-5 aduc=-5 adul=-19
adum=3 adun=6 adur=1 adus=2 adut=19 adv=-13 adva=6 adve=-17 advo=-3 adw=5 adwa=-4 adwi=2 adwo=6 ady=1 adya=5
adyb=-4 adyc=10 adye=-3 adyf=-5 adyi=-1 adyl=-2 adyn=1 adys=7 adz=-12 adzh=-11 adzi=4 adzo=-2 ae=-30 ae$=-85
aea=-44 aea$=-25 aean=-16 aeb=13 aeba=-4 aebe=3 aec=-29 aeca=-4 aece=-2 aeci=-8 aeco=-1 aecu=-1 aed=20 aeda=-2
aede=9 aedi=-2 aedo=5 aedt=-2 aee=20 aef=10 aeg=-3 aega=2 aege=-3 aegi=-8 aegu=-4 aei=-7 aei$=-3 aeid=-4
aeir=4 aek=-1 aeke=6 ael=25 ael$=17 aela=8 aele=7 aeli=-18 aell=16 aely=4 aem=-19 aema=-8 aeme=6 aemi=-16
aemo=-16 aen=-3 aen$=-6 aena=-29 aene=3 aeng=6 aeni=-6 aeno=-6 aens=27 aenu=-1 aeo=-12 aeob=-1 aeol=-7 aeon=-7
aeop=-1 aeor=-1 aep=-1 aepy=-1 aer=20 aer$=11 aera=-12 aere=10 aeri=-1 aero=-26 aert=45 aery=-4 aes=14 aes$=20
aesa=-7 aesc=-3 aesi=-5 aeso=-4 aess=17 aest=-4 aesu=-4 aet=22 aeta=2 aete=22 aeth=-10 aeti=3 aeto=-14 aett=2
aeu=-6 aeum=-1 aeus=-8 aev=-3 aeva=9 aevk=-5 aevo=-4 aey=9 aez=16 aez$=7 af=16 af$=14 afa=17 afa$=2 afae=9
afan=-8 afar=-7 afat=8 afay=-2 afb=6 afe=-6 afe$=-10 afea=-6 afed=2 afee=19 afel=-11 afen=-17 afer=10 afet=15
aff=-32 aff$=-6 affa=7 affe=-6 affi=-23 affl=-11 affn=-2 affo=-2 affr=6 affy=8 afg=-10 afgh=-11 afi=17 afi$=-3
afia=8 afid=1 afie=-3 afin=14 afiq=6 afir=-3 afis=-3 afiy=2 afk=-9 afka=-9 afl=5 afla=6 afle=-1 afli=7 aflo=-4
aflu=-1 afn=16 afna=5 afne=5 afni=-3 afnk=2 afo=25 afo$=-3 afol=13 afon=7 afoo=1 afor=3 afp=-3 afr=-19 afra=-6
afri=-10 afro=-2 afru=5 afs=8 afsa=4 aft=-23 aft$=-22 afta=-8 afte=-4 afti=11 afto=10 afts=-6 aftu=2 afu=19
afu$=-6 aful=14 afur=1 afy=-4 afy$=-3 ag=-37 ag$=-44 aga=-1 aga$=1 agac=11 agad=-12 agai=-3 agak=2 agal=6
agam=-7 agan=1 agao=4 agap=10 agar=-22 agas=-9 agat=26 agau=-1 agav=-3 agaw=-9 agay=-3 agaz=-5 agb=5 agba=-3
agbe=8 agbj=3 agd=16 agda=10 agde=-4 age=-52 age$=-56 agea=-1 ageb=1 agec=2 aged=-8 agee=12 ageh=3 agei=-6
agel=3 agem=-4 agen=34 ageo=-1 ager=-29 ages=11 aget=-1 agew=-1 agf=2 agg=-30 agg$=15 agga=-6 agge=-20 aggi=4
aggl=-8 aggo=-8 aggr=-3 aggy=1 agh=62 agh$=18 agha=-5 aghe=3 aghi=10 agho=5 aght=24 aghy=11 agi=-49 agi$=-12
agia=3 agic=-3 agid=-1 agie=-8 agil=-6 agin=-14 agio=7 agir=-13 agis=1 agit=-12 agiu=-1 agk=-6 agka=-5 agl=30
agl$=1 agla=2 agle=5 agli=23 aglo=-2 agly=-1 agm=9 agme=6 agmi=-5 agn=38 agna=-3 agne=18 agnh=3 agni=-7 agno=4
agnu=6 agny=5 ago=-31 ago$=-16 agob=10 agod=-10 agoe=-5 agog=-11 agom=4 agon=-15 agop=9 agor=-15 agos=12
agot=5 agou=-4 agov=1 agoz=3 agp=-6 agpi=-4 agr=-18 agra=6 agre=-9 agri=-15 agro=2 agru=-1 agry=2 ags=-5
ags$=4 agst=-6 agt=-10 agu=5 agu$=1 agua=-21 ague=-3 agui=16 agul=-4 agun=-4 agur=3 agus=2 agut=7 agw=3
agwa=-4 agy=29 agy$=-6 agya=17 agye=14 agyo=-4 ah=24 ah$=16 aha=-21 aha$=-23 ahaa=3 ahab=-7 ahad=-4 ahai=-6
ahal=19 aham=13 ahan=3 ahap=-7 ahar=-21 ahas=3 ahat=19 ahau=-6 ahaw=-1 ahay=1 ahb=18 ahd=-15 ahde=-15 ahdi=-1
ahe=12 ahe$=-6 ahea=9 ahed=-8 ahee=19 ahel=-12 ahem=-8 ahen=4 aher=7 ahes=7 ahey=3 ahf=12 ahfu=9 ahh=-4
ahha=-4 ahi=8 ahi$=-17 ahia=5 ahib=-8 ahid=1 ahie=10 ahik=-4 ahil=-6 ahim=2 ahir=12 ahit=-10 ahj=-4 ahk=-18
ahka=-8 ahl=12 ahl$=-2 ahla=1 ahlb=4 ahle=-7 ahlg=3 ahli=4 ahlo=3 ahls=3 ahm=43 ahm$=5 ahma=6 ahme=22 ahmi=-5
ahmo=15 ahmu=1 ahn=1 ahn$=6 ahna=-3 ahne=3 ahnh=-6 ahno=5 ahns=-2 ahny=-4 aho=-5 ahoe=-4 ahog=-5 ahol=-6
ahom=8 ahon=11 ahoo=-5 ahor=5 ahos=6 ahou=-7 ahov=-3 ahr=-25 ahra=-4 ahre=-28 ahri=4 ahs=6 aht=25 aht$=10
ahta=-5 ahte=16 ahti=1 ahu=-39 ahu$=-17 ahua=-4 ahui=-10 ahul=-4 ahum=-3 ahun=-1 ahur=3 ahut=-6 ahv=-9
ahve=-11 ahw=-22 ahwa=-11 ahwe=-11 ahy=28 ahy$=15 ahya=3 ahyo=7 ahyu=5 ahz=3 ahzo=3 ai=-39 ai$=-101 ai-=6
ai-h=3 aia=12 aia$=1 aiac=-2 aiad=-4 aiah=-3 aian=4 aib=27 aib$=28 aiba=-6 aibh=-6 aibo=6 aic=-7 aic$=-19
aica=-10 aice=12 aich=-1 aici=6 aico=5 aid=66 aid$=6 aida=21 aide=33 aidh=-1 aidi=13 aido=-3 aids=-7 aidu=-7
aidy=4 aie=-10 aie$=-5 aien=-3 aier=16 aif=8 aif$=-9 aifa=1 aig=40 aig$=9 aiga=7 aige=9 aigh=49 aigi=-11
aigl=1 aign=-3 aigr=-14 aigu=-6 aih=-2 aiha=-3 aihi=4 aii=-9 aii$=-7 aij=1 aik=-60 aik$=-10 aika=-16 aike=10
aiki=-7 aikk=-16 aiko=-11 aiku=-7 ail=-33 ail$=-44 aila=3 ailb=-8 ailc=-6 aild=-5 aile=10 ailf=-5 ailg=-4
ailh=-3 aili=37 aill=35 ailm=-6 ailo=-13 ailp=-3 ailr=-3 ails=-13 ailt=-2 ailu=5 ailw=-4 aily=1 aim=30 aim$=7
aima=6 aime=13 aimi=-18 aiml=-3 aimo=5 aimu=8 ain=11 ain$=-30 aina=12 ainb=-7 ainc=7 aind=6 aine=66 ainf=-6
aing=16 ainh=-3 aini=6 aink=-1 ainl=-11 ainm=7 ainn=-2 aino=12 ainp=-4 ains=-23 aint=-24 ainv=-3 ainw=-3
ainy=-11 ainz=2 aio=-45 aio$=3 aioa=-1 aiob=-1 aioc=-3 aiod=-2 aiof=-1 aiog=-1 aioh=-1 aioi=-1 aiol=-4 aiom=-3
aior=-14 aios=-3 aiot=-3 aiou=-2 aip=-13 aip$=-3 aipa=9 aipe=-6 aipu=-6 aiq=8 aiq$=7 aiqu=1 air=-28 air$=-21
aira=6 airc=8 aire=29 airf=-4 airg=-7 airh=10 airi=3 airl=-12 airm=-3 airn=-10 airo=-1 airp=-7 airs=-6 airt=-2
airu=10 airw=-9 airy=-12 ais=-15 ais$=-12 aisa=-5 aisc=2 aise=-6 aish=18 aisi=-16 aisl=-4 aism=2 aiso=-8
aiss=3 aist=-1 aisy=3 ait=38 ait$=-14 aita=2 aite=-2 aith=35 aiti=-4 aitl=10 aito=21 aitr=-4 aits=-3 aitu=-8
aiu=-13 aius=-4 aiv=24 aiva=9 aive=-6 aivi=12 aiw=-4 aiwa=-8 aix=-9 aixo=-5 aiya=4 aiz=19 aiz$=-2 aiza=9
aize=15 aizu=-6 aj=4 aj$=22 aja=-46 aja$=-26 ajag=11 ajah=-10 ajai=-9 ajak=3 ajal=1 ajan=-8 ajap=-5 ajar=-10
ajas=-2 ajat=11 ajay=2 ajc=14 ajca=1 ajch=2 ajci=2 ajco=1 ajcz=1 ajd=13 ajda=11 ajdu=3 ajdz=-2 aje=33 aje$=-1
ajee=11 ajek=2 ajen=4 ajer=9 ajes=-1 ajew=7 ajg=-8 ajga=-5 ajh=-12 aji=18 aji$=-11 ajid=22 ajig=-5 ajik=-12
ajim=11 ajin=-3 ajj=-17 ajja=-11 ajk=3 ajka=2 ajl=1 ajm=-9 ajma=-7 ajn=10 ajna=2 ajno=8 ajo=-36 ajo$=-12
ajol=-7 ajor=-19 ajou=-4 ajp=-6 ajr=5 ajra=5 ajs=7 ajs$=-2 ajst=5 ajt=-2 aju=12 aju$=-1 ajul=-2 ajum=9 ajus=5
ak=-30 ak$=87 aka=-17 aka$=-21 akac=12 akag=5 akah=-5 akai=11 akal=5 akam=4 akan=-23 akap=-6 akar=13 akas=8
akat=-9 akav=-8 akaw=-6 akay=-2 akaz=9 akb=6 akba=5 akc=8 akca=12 akch=-6 akd=8 ake=-71 ake$=-52 akea=-3
akeb=-1 aked=-5 akee=12 akef=-7 akeh=-4 akei=1 akej=-11 akel=9 akem=-8 aken=-13 akeo=-7 aker=13 akes=6 aket=7
akew=-1 akey=4 akf=-2 akg=10 akh=-25 akh$=-15 akha=-5 akhe=8 akhi=-22 akhl=-1 akho=3 akhs=-3 akht=6 akhu=7
aki=-4 aki$=-37 akia=-2 akic=-3 akid=9 akie=-9 akik=2 akil=8 akim=3 akin=-11 akio=10 akir=-1 akis=16 akit=-8
akiy=1 akk=-8 akka=-23 akke=25 akki=7 akko=-10 akl=-13 akla=-9 akle=3 akli=-7 akm=2 akma=12 akn=-14 akne=-1
akny=-9 ako=-24 ako$=-35 akoa=10 akob=17 akod=1 akoi=-5 akol=-7 akom=-13 akop=8 akor=-7 akos=7 akot=5 akou=-9
akov=13 akow=2 akoz=-6 akp=-2 akr=2 akra=22 akri=-13 akro=-3 aks=32 aks$=-8 aksa=10 akse=2 aksh=23 aksi=-3
akso=7 akst=-7 aksu=-2 akt=-9 akt$=-12 akta=1 akto=-1 aktu=1 aku=12 aku$=-19 akua=-1 akub=16 akud=4 akul=19
akum=11 akun=-3 akur=-4 akus=14 akut=-10 akv=-14 akve=4 akvi=-8 akvo=-5 akw=4 akwa=2 aky=-14 aky$=-21 akya=3
akyc=-6 akye=20 akym=-8 al=-31 al$=-30 al-=-19 al-b=-3 al-r=-2 al-s=-2 ala=-18 ala$=2 alaa=-9 alab=-22 alac=22
alad=-9 alae=-10 alaf=-5 alag=-6 alah=-37 alai=12 alaj=4 alak=6 alal=-7 alam=13 alan=1 alap=1 alar=10 alas=9
alat=12 alau=-21 alav=3 alaw=-5 alax=-3 alay=-1 alaz=18 alb=-4 alba=5 albe=3 albi=-3 albj=2 albo=-1 albr=-3
albu=-7 alc=-15 alc$=-7 alca=10 alce=-7 alch=7 alci=-5 alco=8 alcu=-15 alcy=-6 ald=29 ald$=35 alda=8 aldb=-3
alde=-7 aldf=-1 aldh=-4 aldi=10 aldm=-3 aldn=6 aldo=17 aldr=-24 alds=6 aldu=5 aldw=-10 aldy=-6 ale=28 ale$=1
alea=10 aleb=14 alec=-1 aled=7 alee=19 alef=-8 aleg=-7 aleh=7 alei=2 alej=14 alek=10 alel=1 alem=10 alen=-7
aleo=-13 alep=-8 aler=-5 ales=-49 alet=8 aleu=-11 alev=-11 alew=-3 alex=48 aley=1 alf=24 alf$=5 alfa=3 alfe=10
alfh=-1 alfo=6 alfp=-2 alfr=1 alft=-4 alfu=1 alg=-42 alga=3 alge=-3 algi=-13 algo=-4 algr=-10 algu=-12 alh=13
alha=1 alhe=2 alhi=3 alho=7 ali=13 ali$=8 alia=-3 alib=23 alic=-1 alid=23 alie=-2 alif=-12 alig=-12 alih=6
alii=-2 alij=7 alik=3 alil=6 alim=23 alio=-5 aliq=-6 alis=-20 alit=-1 aliu=-6 aliv=-5 alix=13 aliy=2 aliz=-32
alj=15 alj$=7 alja=10 alje=-3 aljs=-1 alju=8 alk=-69 alk$=-3 alka=-19 alke=-24 alkh=-6 alki=-5 alko=9 alks=10
alku=-4 alky=-13 all=-11 all$=-17 alla=20 allb=7 alld=2 alle=7 allf=-1 allg=8 allh=2 alli=-16 allk=8 allm=-2
alln=6 allo=-9 allp=-3 allr=-1 alls=-2 allt=-4 allu=-5 allv=10 ally=-17 alm=11 alma=29 alme=12 almg=5 almi=-8
alml=-1 almo=-21 almq=9 alms=-7 almt=-1 almu=2 almy=-10 aln=-14 alna=-2 alne=-5 alni=1 alno=-1 alnu=-5 alny=-1
alo=-4 alo$=4 aloa=-7 alob=7 aloc=8 alod=-1 aloe=-8 alof=-6 alog=10 aloh=-2 aloi=-13 aloj=6 alok=1 alol=-2
alom=19 alon=-2 alop=-11 alor=-24 alos=4 alot=-8 alou=-10 alov=5 alow=9 aloy=14 alp=37 alp$=47 alpa=-8
alpe=-12 alph=19 alpi=-2 alpo=-3 alpr=-1 alps=6 alpu=-12 alpy=-1 alq=-6 alqu=-4 alr=-7 alre=-4 alro=3 alru=5
alry=-7 als=-42 als$=-18 alsa=-12 alse=-4 alsh=13 alsi=-20 alsk=-3 also=-6 alsr=-3 alst=3 alsu=-2 alt=-16
alt$=-5 alta=13 altb=-2 altc=-8 alte=17 alth=-8 alti=-3 altm=-1 alto=-19 altp=-2 altr=-3 alts=11 altu=4
altw=-1 alty=-4 altz=-13 alu=-20 alu$=-1 alua=-14 alub=3 aluc=2 alud=-7 alue=-14 aluk=-3 alul=-3 alum=13
alun=-4 alup=15 alur=7 alut=-17 alv=25 alva=6 alve=19 alvi=2 alvo=9 alvu=-8 alw=-4 alwa=-10 alwe=-4 alwi=13
alwo=-3 alx=-3 aly=56 aly$=65 alya=-6 alyb=-2 alyc=4 alym=-1 alyn=5 alyp=-2 alys=10 alyt=-5 alyx=-1 alyz=-7
alz=-2 alz$=-2 alza=7 alzb=-1 alze=1 alzg=-1 alzh=-3 alzi=2 am=-30 am$=18 ama=15 ama$=-32 amaa=-6 amab=-5
amac=4 amad=26 amae=5 amah=9 amai=-2 amak=5 amal=37 amam=-7 aman=17 amar=-8 amat=-16 amau=2 amax=-2 amay=-4
amaz=-3 amb=-17 amba=-12 ambd=-12 ambe=-23 ambi=-6 ambo=-10 ambr=28 ambs=5 ambu=26 amc=-12 amca=-6 amch=-1
amd=12 amd$=-3 amda=5 amde=3 ame=-38 ame$=-39 amea=-4 ameb=-10 amec=7 amed=37 amee=13 amef=-2 amek=1 amel=-12
amen=-15 amep=-1 amer=-5 amet=-5 amew=-1 amey=-6 amez=5 amf=2 amfi=14 amfo=-6 amg=-6 amga=-4 amh=-7 ami=17
ami$=-15 amia=-3 amib=-4 amic=1 amid=5 amie=-6 amif=4 amig=-3 amih=-4 amik=-5 amil=41 amin=-29 amio=3 amir=15
amis=7 amit=-7 amiu=-2 amiy=7 amj=-5 amja=-2 amk=-11 aml=-12 aml$=-14 amla=4 amle=9 amli=-4 amm=-7 amm$=8
amma=10 amme=3 ammi=-3 ammo=-5 ammu=-8 ammy=-9 amn=-45 amn$=-14 amna=-10 amne=-6 amni=-8 amno=-1 amnu=-4
amo=14 amo$=-9 amoa=32 amod=-3 amoe=-10 amog=4 amok=6 amol=8 amom=-6 amon=27 amoo=-3 amop=9 amor=-23 amos=-7
amot=5 amou=-13 amov=5 amox=-1 amoy=-9 amp=26 amp$=-4 amp-=-2 ampa=5 ampb=-1 ampe=-4 ampf=5 amph=-26 ampi=1
ampl=5 ampo=33 ampr=2 amps=33 ampt=-8 ampu=-8 ampy=-2 amq=-7 amqp=-4 amr=24 amra=7 amre=2 amri=1 amro=13
ams=-6 ams$=-4 amsa=-3 amsc=6 amse=-1 amsh=2 amsi=-2 amso=-6 amst=-17 amsu=6 amt=-19 amt$=-4 amu=5 amu$=12
amuc=7 amud=3 amue=3 amul=-1 amum=-2 amun=-5 amur=-5 amus=-2 amw=3 amwe=7 amwo=-3 amy=-2 amy$=15 amya=12
amyc=-8 amyd=-9 amyg=-6 amyl=-8 amys=-2 amz=3 amza=7 an=8 an$=6 an-=15 an-c=1 an-p=2 an-t=6 ana=2 ana$=6
anaa=-10 anab=9 anac=3 anad=-11 anae=19 anaf=-8 anag=9 anah=17 anai=6 anaj=-19 anak=2 anal=-24 anam=-8 anao=-4
anap=-15 anar=-15 anas=12 anat=14 anau=-15 anav=5 anaw=10 anax=-6 anay=9 anaz=1 anb=4 anba=-6 anbe=1 anbi=8
anbj=1 anbo=-3 anbr=3 anbu=1 anc=-3 anc$=13 anca=-1 ance=-44 anch=-10 anci=22 anck=3 anco=20 ancr=-6 anct=-5
ancu=14 ancy=-13 ancz=2 and=-27 and-=-7 andb=-9 andc=-9 andd=-3 ande=22 andf=-9 andg=-3 andh=-13 andi=-1
andj=8 andk=2 andl=-4 andm=-16 andn=1 ando=1 andp=-6 andr=32 ands=-9 andt=-5 andu=1 andv=3 andw=-6 andy=-10
andz=7 ane=18 ane$=41 anea=-18 aneb=-6 anec=5 aned=5 anee=1 anef=-5 aneg=5 anei=-17 anek=13 anel=-16 anem=8
anen=17 aneo=6 anep=17 aner=-39 anes=-24 anet=23 aneu=-16 anev=5 anew=-5 aney=-2 anez=7 anf=14 anfa=-7 anfe=9
anfi=6 anfo=1 anfr=11 anfu=-5 ang=-46 ang$=25 ang'=3 ang-=-4 anga=13 angb=-4 angc=-9 angd=-7 angf=-6 angg=26
angh=12 angi=-16 angj=-9 angk=-11 angl=-13 angm=-8 angn=-2 ango=-14 angp=-2 angq=-3 angr=-21 angs=-6 angt=-11
angu=-3 angw=20 angy=-7 angz=-4 anh$=-5 anha=-5 anhi=-5 anhl=6 anho=10 anhu=-2 anhy=-1 ani=3 ani$=11 ania=9
anib=3 anic=17 anid=-10 anie=-1 anig=-4 anij=9 anik=7 anil=-22 anim=1 anin=-8 anio=-11 anip=-6 anir=2 anit=12
aniu=-4 aniv=1 aniy=7 aniz=-17 anj=-10 anj$=-26 anja=2 anje=8 anji=-4 anjo=5 anju=5 ank=-30 ank$=-35 anka=5
anke=-1 ankf=-8 ankh=10 anki=-1 ankn=-1 anko=8 ankr=2 anks=-8 ankt=-2 anku=2 anky=-6 anl=-8 anla=-5 anle=3
anli=-12 anlo=8 anlu=7 anly=-7 anm=-1 anma=-10 anmi=1 ann=15 ann$=38 ann-=5 anna=21 anne=17 anng=-2 anni=-3
anno=-17 anns=-19 annt=-7 annu=-18 annv=9 anny=-17 ano=-4 ano$=50 anoa=-7 anob=-3 anoc=-6 anod=-9 anoe=-9
anof=-9 anog=-2 anoh=-3 anoi=-6 anoj=-9 anok=10 anol=-8 anom=-8 anon=16 anop=-12 anor=-3 anos=11 anot=-10
anou=1 anov=12 anow=12 anox=-2 anp=5 anpa=-2 anpi=1 anpu=-6 anq=-13 anqu=-18 anr=-1 anra=3 anre=-1 anro=-4
ans=17 ans$=-11 ans-=25 ansa=-13 ansb=1 ansc=-2 ansd=-2 anse=6 ansf=-8 ansg=2 ansj=8 ansk=-10 ansl=-6 ansm=-11
anso=15 ansp=4 anss=5 anst=2 ansu=4 ansv=1 answ=-4 ansy=10 ant=-22 ant$=-28 anta=-4 ante=-6 anth=-63 anti=-33
antl=-1 antm=-3 anto=54 antr=-18 ants=10 antt=6 antu=22 antw=23 anty=-3 antz=10 anu=10 anu$=10 anua=-2 anub=-8
anuc=4 anue=27 anuf=-2 anui=4 anuj=8 anuk=-8 anul=-9 anum=-15 anun=14 anuo=-10 anup=8 anur=-19 anus=2 anut=2
anv=19 anve=8 anvi=12 anw=-7 anwa=-2 anwe=-5 anx=-8 anx$=-4 anxi=-4 any=-10 any$=-7 anya=-8 anyc=-2 anye=11
anyi=8 anyl=-5 anym=-3 anyo=8 anys=1 anyu=1 anyw=-5 anz=-18 anz$=-1 anz-=5 anza=-18 anze=23 anzh=-3 anzi=-13
anzo=-8 ao=16 ao$=-9 aoc=-6 aod=2 aog=-5 aoh=2 aoi=37 aoi$=-8 aoib=4 aoim=10 aoin=11 aois=6 aok=-1 aoka=-5
aol=3 aola=12 aoli=-8 aolo=6 aom=30 aomh=8 aon=-35 aon$=-32 aone=-5 aoni=-1 aor=2 aora=3 aori=-6 aort=-9
aos=-19 aos$=-16 aot=-2 aoti=-5 aoto=2 aou=20 aoua=3 aoud=7 aoui=17 aoul=-6 aoy=-9 aoya=-3 aoz=-4 ap=-48
ap$=-23 apa=4 apab=3 apac=-5 apad=20 apae=-1 apag=1 apah=-4 apai=-1 apak=2 apal=-4 apan=-1 apap=-3 apar=11
apas=-6 apat=-2 apav=-3 apb=-2 apbo=-1 apc=2 apd=3 ape=-38 ape$=-16 apea=6 aped=-1 apek=1 apel=5 apen=-10
aper=-18 apes=-2 apet=3 apeu=-1 apew=-1 apez=-3 apf=-3 apfe=4 aph=-13 aph$=-13 apha=19 aphe=-7 aphi=-4 apho=7
aphr=-6 apht=-6 aphu=-3 aphy=2 api=-5 api$=-35 apia=2 apic=13 apid=-7 apie=-6 apil=-11 apin=19 apio=3 apip=-1
apis=1 apit=10 apiu=2 apj=-2 apk=4 apka=4 apko=4 apl=13 apla=10 aple=-3 apli=1 aplo=7 aply=-1 apm=-5 apma=-5
apn=-5 apne=-5 apni=5 apny=-2 apo=46 apo$=6 apoc=8 apod=-1 apog=-4 apoi=-1 apol=17 apom=2 apon=13 apoo=-5
apop=-2 apor=32 apos=-1 apot=-9 apou=-2 app=-10 app$=28 appa=-11 appd=-1 appe=-13 apph=-4 appi=5 appo=-6
appr=-7 apps=-2 appu=4 appy=-2 apr=-17 apra=29 apre=-6 apri=-19 apro=-7 aprt=-8 aps=-2 aps$=-5 apsa=4 apse=-5
apsi=16 apso=-2 apst=-2 apsu=-6 apt=4 apt$=-9 apta=-2 aptc=-2 apte=7 apti=17 apto=-1 aptu=-3 apu$=-4 apua=17
apuk=-8 apul=-11 apun=-7 apur=-17 apus=3 aput=-1 apuu=20 apuy=-6 apw=-5 apwo=-1 apy$=-4 apyr=-3 aq=11 aq$=-13
aqa=9 aqat=9 aqe=7 aqee=7 aqi=8 aqil=5 aqir=-2 aql=-4 aqt=-2 aqu=6 aqua=9 aque=-8 aqui=-8 ar=-22 ar$=24
ar-=-11 ara=-4 ara$=10 ara-=-7 arab=-30 arac=17 arad=1 arae=11 araf=-3 arag=12 arah=5 arai=3 araj=9 arak=-22
aral=31 aram=16 aran=-25 arao=-9 arap=19 araq=-5 arar=-16 aras=9 arat=-15 arau=-19 arav=-3 araw=-17 arax=-4
aray=14 araz=1 arb=-19 arb$=-8 arba=-2 arbe=-6 arbh=9 arbi=12 arbj=3 arbl=-7 arbo=-16 arbr=5 arbu=-13 arc=-12
arc$=-10 arca=-14 arcc=-3 arce=32 arch=-47 arci=14 arck=-11 arco=-1 arcs=-5 arct=-6 arcu=22 arcy=12 arcz=11
ard=3 ard$=54 ardb=-7 ardc=-2 arde=-20 ardf=-1 ardh=-7 ardi=8 ardl=-6 ardm=-2 ardn=-8 ardo=34 ardr=-7 ardt=15
ardu=-21 ardw=-7 ardy=-5 ardz=-7 are=-16 are$=-17 area=1 areb=-10 arec=3 ared=-20 aref=2 areh=-6 arei=-14
arej=3 arek=32 arel=12 arem=-23 aren=-3 areo=-11 arep=-1 arer=-7 ares=34 aret=16 arev=-8 arew=-4 arey=6 arez=6
arf=-9 arf$=-2 arfa=5 arfe=1 arfi=-5 arfo=1 arfu=-2 arg=-32 arg$=-4 arga=11 arge=-14 argh=6 argi=-23 argo=-9
argr=16 args=-8 argy=2 arh=-15 arh$=-20 arha=6 arhe=-8 arhi=3 arho=6 arhu=-1 ari=-17 ari$=-10 aria=-38 arib=2
aric=33 arid=13 arie=4 arif=14 arii=-6 arij=-1 arik=8 aril=-18 arim=-6 arin=-19 ario=1 arip=-9 ariq=7 aris=-7
arit=7 ariv=2 arix=-4 ariy=5 arj=6 arja=5 arje=-3 arji=-2 arjo=1 arju=4 ark=-47 ark$=-50 arkd=-1 arke=9
arkg=-3 arki=32 arkk=2 arkl=-1 arkn=-1 arko=-5 arkr=1 arks=-14 arkt=-10 arku=5 arkw=-3 arky=-8 arl=24 arl$=-10
arl-=13 arla=14 arlb=-1 arld=5 arle=6 arlf=-2 arli=12 arlo=2 arls=-6 arlt=3 arly=-7 arm=-4 arm$=-23 arma=23
armb=-3 arme=23 armf=-2 armh=-5 armi=-3 arml=-6 arms=4 armu=6 army=-8 arn=7 arn$=-17 arna=-2 arnb=1 arnc=8
arnd=4 arne=1 arnf=6 arnh=-3 arni=-4 arnl=8 arno=14 arnr=2 arns=-4 arnt=-2 arnu=2 arny=-12 aro=14 aro$=22
aroa=11 arob=-16 aroc=6 arod=-2 aroe=1 arog=2 aroi=15 arok=-3 arol=24 arom=-15 aron=-15 aroo=-9 arop=-4
aroq=-3 aror=-5 aros=11 arot=-11 arou=-14 arov=13 arow=-5 aroy=-1 aroz=6 arp=6 arp$=-22 arpa=20 arpe=15 arpi=3
arpl=-5 arpo=-3 arps=-1 arpu=-4 arpy=-3 arq=-14 arqu=-10 arr=12 arr$=8 arra=-4 arre=10 arrh=-12 arri=8 arro=-7
arru=-7 arry=17 ars=-4 ars$=21 ars-=8 arsa=-3 arsb=-6 arsc=-8 arse=-12 arsh=9 arsi=1 arsk=-11 arsl=2 arso=-2
arst=-4 arsu=-9 arsy=4 arsz=-3 art=8 art$=27 arta=14 artb=-6 arte=-12 artf=-7 arth=4 arti=-15 artk=-1 artl=2
artm=10 artn=-9 arto=-8 artr=-6 arts=-11 artt=-3 artu=18 artv=-4 artw=2 arty=8 artz=8 aru=11 aru$=4 arug=14
arui=-6 aruk=6 arul=3 arum=-13 arun=18 arup=-9 arur=-7 arus=10 arv=6 arv$=9 arva=-6 arve=-16 arvi=16 arvo=-2
arw=-10 arwa=6 arwe=-2 arwh=-3 arwi=-9 arwo=-3 arx=-8 arxi=-2 ary=-29 ary$=-35 arya=16 aryb=1 arye=-3 aryi=-1
aryl=11 aryn=-7 aryo=-18 arys=-1 aryt=-7 arz=22 arz$=21 arze=-2 arzi=-6 arzo=6 arzu=3 arzy=5 as=-10 as$=75
asa=4 asa$=5 asaa=5 asab=-6 asad=-11 asaf=1 asag=3 asai=-6 asak=3 asal=-11 asam=-3 asan=-14 asap=-4 asar=24
asas=23 asat=10 asau=-8 asb=4 asba=-8 asbe=8 asbi=-5 asbo=1 asc=4 asca=6 asce=-9 asch=8 asci=-12 ascl=-2
asco=22 ascr=-2 ascu=-1 asd=-10 asda=-9 asdi=3 ase=-11 ase$=-7 asea=-7 aseb=-6 asec=5 ased=-6 asee=3 asef=-4
aseg=-1 asei=-8 asek=3 asel=-5 asem=18 asen=-1 asep=1 aser=4 ases=-7 aset=16 asew=-1 asex=-1 asey=5 asg=8
asga=-3 asgi=3 ash=-12 ash$=-50 asha=34 ashb=1 ashc=-7 ashd=-2 ashe=3 ashf=-1 ashi=9 ashk=-1 ashl=23 ashm=-7
ashn=-4 asho=15 ashp=-1 ashr=-3 asht=-12 ashu=-2 ashv=2 asi=15 asi$=1 asia=-1 asic=-3 asid=-4 asie=9 asif=8
asig=-3 asih=-11 asik=5 asil=-10 asim=16 asio=-2 asip=-3 asir=9 asis=-16 asit=20 asiu=9 asiv=-9 asiz=-1
ask=-16 ask$=1 aska=-12 aske=-21 askf=-1 aski=8 asko=12 asku=1 asl=11 asla=9 asle=-1 asli=5 aslo=2 aslu=4
asm=15 asm$=-9 asmi=14 asmo=-1 asmu=11 asn=11 asna=4 asne=-1 asni=4 asno=5 aso=-24 aso$=8 asoc=-1 asod=-1
asoi=6 asol=-3 asom=-3 ason=-3 asop=-7 asor=-10 asos=-2 asot=-7 asou=-4 asov=9 asp=-2 asp$=-10 aspa=23 aspe=-1
asph=-4 aspi=-22 aspl=8 aspo=5 aspr=5 aspu=-4 aspy=-1 asq=10 asql=-5 asqu=17 asr=6 asra=-6 asri=3 ass=-29
ass$=-28 assa=3 assb=-3 asse=-11 assf=-2 assh=-1 assi=6 assk=-3 assl=-2 assm=-1 assn=11 asso=-1 assu=17
assw=-2 assy=-16 ast=-25 ast$=-15 asta=7 astb=3 astc=-3 astd=2 aste=-18 astf=-4 astg=1 asth=-12 asti=1 astj=5
astl=-12 astm=2 astn=-4 asto=12 astp=-2 astr=-15 asts=-1 astt=-3 astu=23 astv=15 astw=-4 asu=-4 asu$=15
asua=-14 asui=-3 asuk=6 asum=5 asun=5 asup=-3 asur=-8 asus=-4 asut=-9 asva=-4 asvi=-2 asw=16 aswa=3 aswi=10
asy=-30 asy$=-5 asya=-3 asyg=-2 asyl=4 asym=-2 asyn=-23 asyp=-1 asys=-1 asyu=-5 asz=-10 asz$=-4 asza=-5 aszc=1
asze=-3 aszk=1 at=-63 at$=30 ata=-16 ata$=-41 ataa=2 atab=-6 atac=-5 atad=3 atae=-2 ataf=-7 atag=11 atah=-6
atai=-1 atak=-9 atal=29 atam=-2 atan=3 atap=3 atar=8 atas=6 atat=-6 atau=1 atav=-1 ataw=-3 atax=-2 atay=9
ataz=-5 atb=-4 atba=-2 atbe=5 atbo=-2 atbr=-2 atbu=-1 atc=-11 atch=-12 atd=-1 ate=-52 ate$=-117 atea=-5
ateb=-1 atec=-9 ated=-7 atee=11 atef=-4 ateg=-7 ateh=-1 atei=-6 atej=7 atek=6 atel=-4 atem=28 aten=36 atep=-1
ater=-8 ates=27 atet=-1 ateu=7 atev=1 atew=-3 atex=-2 atey=-7 atf=14 atfa=5 atfi=6 atfo=7 atg=1 ath=29
ath$=-24 atha=5 athb=-2 athe=-7 athf=-2 athi=11 athl=-6 athm=3 atho=-5 athp=-1 athr=30 aths=-10 atht=-2 athu=6
athv=2 athw=13 athy=-1 ati=2 ati$=39 atia=21 atib=1 atic=1 atid=-2 atie=-1 atif=22 atig=3 atih=2 atik=1
atil=22 atim=6 atin=-26 atio=-73 atiq=3 atir=-6 atis=-3 atit=2 atiu=8 ativ=-20 atiz=-2 atj=2 atja=5 atje=-2
atk=-4 atka=-9 atke=-5 atkh=-5 atki=8 atko=3 atl=12 atla=1 atle=7 atli=7 atlo=-4 atly=1 atm=10 atma=-1 atme=4
atmi=10 atmo=-1 atn=-21 atna=7 atne=-3 atni=-6 atno=-8 atny=-8 ato=-3 ato$=21 atoa=-7 atob=-4 atoc=1 atod=-5
atoe=-2 atog=6 atoh=-3 atoi=-5 atok=6 atol=19 atom=-1 aton=-18 atoo=5 atop=3 ator=-54 atos=12 atot=6 atou=15
atov=4 atox=-1 atoy=8 atoz=-2 atp=-8 atpa=-3 atpu=-1 atr=-12 atra=3 atre=15 atri=39 atro=-41 atru=-16 atry=-13
ats=-15 ats$=-19 atsa=-4 atsb=-4 atse=7 atsh=11 atsi=14 atsk=-7 atso=-5 atst=-1 atsu=3 att=-12 att$=-23
atta=14 atte=-10 atth=16 atti=-2 attl=-11 attn=7 atto=2 attr=4 attu=-4 atty=-1 atu=-24 atu$=7 atua=-2 atue=-2
atui=-1 atul=8 atum=-2 atun=10 atur=-26 atus=-13 atut=-3 atv=-7 atva=-2 atvi=-6 atw=5 atwa=7 atwi=-1 aty=15
aty$=10 atya=3 atyc=-1 atyj=1 atyn=3 atyp=-1 atyr=-12 atys=6 atz$=15 atze=7 atzl=9 atzo=-10 atzu=-12 au=-8
au$=-76 au-=-16 au-a=-1 au-e=-2 aua=5 aua$=8 aub=1 aub$=3 auba=-9 aube=-6 aubl=-1 aubr=16 aubu=-3 auc=-16
auca=-12 auce=-2 auch=-9 auci=-3 auco=12 aucr=-1 aucu=-3 aud=31 aud$=27 auda=-11 aude=2 audh=10 audi=-28
audo=-2 audr=27 audu=-3 audy=4 aue=24 auen=-6 auer=42 auet=-4 auf=3 auf$=-4 aufa=4 aufe=-5 auff=6 aug=10
aug$=33 auga=1 auge=-4 augh=-14 augi=-3 augm=-6 augs=-1 augu=-7 auh=-14 auha=-4 aui=2 aui$=-2 auj=3 aujo=3
auk=-19 auk$=-8 auke=-2 auko=2 auks=-6 auku=4 aul=10 aul$=-20 aula=2 auld=-12 aule=-4 auli=8 aulk=-16 aull=10
aulm=-7 aulo=-2 auls=1 ault=29 aum=30 aum$=17 auma=-4 aumb=5 aume=15 aumg=1 aumi=-4 aumo=-2 aun=-12 aun$=-10
auna=-10 aunc=-1 aund=-9 aune=19 aung=-3 auni=7 aunl=-1 auno=10 auns=-4 aunt=-19 aunu=-4 auo=-4 aup=-8 aup$=-2
aupa=1 aupe=-2 aupl=-5 aupt=6 aupu=-8 aur=12 aur$=-47 aura=11 aure=44 auri=2 auru=-12 aury=6 aus=1 aus$=31
aus-=6 ausa=-24 ausc=3 ause=-28 ausk=10 ausl=6 ausm=4 auso=-3 ausp=-1 auss=-22 aust=14 aut=12 aut$=15 auta=12
aute=-2 auth=-3 auti=21 auto=-29 autr=4 autu=2 autz=2 auv=-2 auve=4 auvi=-1 auw=2 auwe=6 aux=12 aux$=19
auxe=-1 auxi=-4 auz=-9 auza=-1 auze=-7 auzi=1 av=-8 av$=27 ava=-34 ava$=-36 avab=-5 avac=10 avad=-1 avag=14
avai=-11 avaj=-18 avak=-1 aval=-3 avam=-14 avan=-7 avap=-1 avar=27 avas=-7 avat=-1 avc=11 avci=2 avd=-8
avda=-5 ave=-26 ave$=-8 avea=-2 avec=10 aved=-2 avef=-2 aveh=-1 avei=-5 avel=-12 avem=-7 aven=3 aver=20
aves=-19 avet=-7 avev=-12 avey=5 avi=-20 avi$=11 avic=-6 avid=12 avie=26 avif=-3 avig=-4 avii=-1 avik=-11
avil=-5 avim=-11 avio=10 avir=-14 avis=-32 avit=-6 aviu=17 aviy=-5 avk=15 avko=4 avl=-4 avli=11 avlj=-9
avlo=-3 avn=10 avn$=1 avna=-5 avne=11 avo=-1 avo$=-3 avoc=-4 avoi=-5 avoj=-8 avol=14 avom=3 avon=22 avor=-7
avos=-6 avot=8 avou=-8 avow=-4 avp=-1 avra=14 avre=-11 avri=5 avro=-6 avs=17 avs$=15 avsa=-3 avu=-9 avu$=1
avuk=1 avul=-1 avun=8 avuo=-5 avur=-1 avus=-6 avut=-12 avv=-5 avvi=-1 avy=7 avy$=12 avya=6 avyj=-6 avys=-5
aw=-14 aw$=-37 awa=-20 awa$=-15 awab=-15 awad=16 awag=-3 awah=-8 awai=-8 awak=-14 awal=12 awam=-2 awan=40
awar=-18 awat=3 away=-8 awb=1 awba=-4 awbe=-3 awbo=-3 awbr=12 awc=-3 awco=-3 awd=-12 awdi=-1 awdl=-3 awdr=-4
awe=7 awe$=-3 awea=-2 awed=-2 awee=5 awei=-4 awel=-2 awer=7 awes=-5 awf=-7 awfi=-2 awfu=-2 awh=-2 awhi=1
awi=38 awi$=-1 awia=1 awic=6 awid=4 awie=-1 awin=3 awir=6 awis=11 awk=-23 awk$=-16 awka=12 awke=1 awki=-6
awkw=-3 awky=-7 awl=-2 awl$=-22 awla=3 awle=-1 awli=1 awlo=13 awly=6 awm=-7 awma=-2 awnd=2 awne=-9 awni=-3
awny=2 awo=24 awo$=4 awok=-4 awol=3 awon=1 awor=-1 awp=-5 awr=23 awra=15 awre=-1 awro=8 awry=-1 awrz=2 aws=-19
aws$=-7 awsc=-2 awse=-5 awsi=-1 awso=2 awsz=-2 awt=3 awth=7 awu=32 awul=6 aww=-2 awy=-11 awye=-6 ax=-13
ax$=-37 axa=-6 axa$=-5 axac=-1 axal=-2 axan=6 axat=-1 axe=14 axe$=-6 axed=-1 axel=16 axen=14 axer=-3 axes=-5
axi=-11 axi$=2 axia=-4 axic=-4 axif=-2 axil=-14 axim=19 axin=9 axio=-7 axis=-7 axit=-2 axl=8 axle=14 axli=-6
axm=3 axma=9 axmi=-5 axo=-5 axon=-6 axop=-1 axs=1 axt=15 axto=5 axu=6 axun=7 axus=-1 axwe=1 axy=-3 axy$=-3
ay=51 ay$=-12 ay-=-2 aya=-16 aya$=-3 ayab=-2 ayac=-5 ayad=4 ayal=-5 ayam=-1 ayan=-15 ayap=2 ayar=13 ayas=-5
ayat=7 ayb=-11 ayba=1 aybi=-6 aybo=-4 ayc=9 ayca=3 ayce=8 ayd=24 ayda=-2 ayde=21 aydi=2 aydo=4 aydr=-3 aydu=4
aye=-18 aye$=18 ayed=7 ayee=-8 ayel=9 ayen=-11 ayer=-34 ayes=-6 ayet=-7 ayev=21 ayf=-2 ayfa=-1 ayfe=-2 ayfi=1
ayfl=-3 ayg=4 aygu=4 ayh=-6 ayha=-2 ayho=1 ayi=-1 ayi$=7 ayil=-4 ayin=-31 ayis=8 ayit=2 ayk=-4 ayl=32 ayle=15
ayli=8 aylo=8 ayly=-3 aym=14 ayma=-5 ayme=16 aymi=-4 aymo=6 ayn=17 ayn$=-2 ayna=4 ayne=14 ayni=-4 ayno=7
ayo=13 ayo$=37 ayod=8 ayof=-4 ayol=-3 ayon=-22 ayoo=9 ayor=-10 ayot=-3 ayou=-5 ayp=8 aypa=2 aypo=1 ayr$=8
ayra=-1 ayre=9 ayri=-11 ayro=-1 ayru=-2 ays=-26 ays$=-39 aysa=8 ayse=15 aysh=1 aysi=-8 ayso=5 ayst=-4 aysu=3
ayt=9 ayta=8 ayte=12 ayti=-6 ayu=4 ayu$=-7 ayub=3 ayul=-2 ayun=5 ayur=-5 ayus=6 ayv=6 ayw=-7 ayy=9 ayya=-6
ayyi=13 ayz=-1 az=-35 az$=13 aza=7 aza$=15 azah=8 azak=-17 azal=6 azam=-4 azan=4 azar=-6 azat=-5 azb=5 azd=-20
azda=-6 azde=-13 azdi=2 azdy=-8 aze=-11 aze$=-20 azed=-5 azee=18 azek=7 azel=-11 azem=-4 azen=19 azep=8
azer=-28 azet=-3 azg=3 azh=-7 azha=-5 azhd=-2 azhe=-2 azhi=4 azi=-11 azi$=-12 azia=-6 azic=8 azid=-13 azie=-2
azif=-2 azik=4 azil=-4 azim=11 azin=-14 azio=-8 azir=5 azit=6 aziz=22 azk=-15 azka=2 azko=-7 azku=-17 azl=14
azli=4 azm=14 azmi=7 azn=-9 azna=1 azni=-5 azo=-19 azo$=21 azoa=-2 azoi=-3 azol=-17 azon=-22 azoo=-8 azor=-2
azos=6 azot=-6 azou=11 azov=2 azr=4 azt=-12 azte=-7 azu=4 azu$=-3 azul=-3 azur=-10 azw=5 azy=-14 azy$=-10
azz=-8 azz$=-11 azzi=5 azzl=-5 azzo=9 b=-38 b$=-32 b-=-6 ba=7 ba$=2 baa=18 baal=-14 baas=1 bab=-25 bab$=-4
baba=4 babe=-3 babi=-3 babl=-2 babu=-7 baby=-5 bac=-23 bac$=3 baca=22 bacc=-22 bace=-1 bach=12 baci=-5
back=-33 baco=1 bact=-3 bacu=4 bacz=3 bad=-24 bad$=-16 bada=5 badd=-13 bade=2 badg=-11 badi=5 badl=-5 bado=7
badu=2 bae=11 bae$=3 baei=-2 baen=2 baet=7 baf=4 baff=-1 bag=-22 bag$=-8 baga=-5 bagd=10 bage=-8 bagg=-1
bagh=-4 bagi=-2 bago=-9 bagp=-1 bagu=2 bah=3 baha=10 bahe=-2 bahi=-2 bahk=-4 bahn=1 bahr=-3 baht=-3 bahu=5
bai=-4 bai$=-8 baid=15 baie=-7 baik=-11 bain=15 bair=26 bais=-7 bait=-6 baix=-4 baj=19 baja=8 bajo=-2 bak=27
bak$=-1 baka=2 bake=-9 bakh=15 baki=13 bakk=9 bako=2 bakr=3 baks=-9 bakt=15 baku=-11 bal=-9 bal$=39 bala=-2
balb=-2 balc=-1 bald=13 bale=-3 balg=-3 bali=-6 balk=-12 ball=-21 balm=-9 balo=14 balp=-3 bals=-9 balt=5
balu=-10 balv=3 balz=-4 bam=1 bama=2 bamb=3 bami=6 ban=-18 ban$=27 banc=4 band=-32 bane=-11 bang=-24 bani=6
banj=-4 bank=-17 bann=-6 bano=16 banq=-2 bans=-5 bant=19 banu=9 bany=1 banz=-1 bao=-6 bao$=5 bap=14 bapi=-2
bapp=5 bapt=21 baq=6 baqu=2 bar=-22 bar$=4 bara=13 barc=17 bard=-37 bare=14 barg=-9 bari=-5 bark=-8 barm=-15
barn=-5 baro=3 barr=12 bars=-8 bart=32 baru=-13 bary=-11 bas=17 bas$=11 basa=18 basc=14 base=-29 bash=18
basi=-30 bask=-11 baso=7 bass=-1 bast=33 basu=-5 basz=1 bat=-2 bat$=-18 bata=16 batc=9 bate=-4 batf=-1
bath=-16 bati=-5 batl=14 bato=4 batr=11 bats=-4 batu=9 batz=-9 bau=44 bau$=-9 baub=-6 bauc=-9 baud=3 baue=26
baul=5 baum=26 baus=3 baut=15 bav=5 bava=1 bavi=-5 baw=-8 bawa=10 bawd=-5 bawl=-4 bax=6 bax$=-2 baxi=-3 bay=14
bay$=34 baya=-16 bayd=7 baye=-5 bayi=-6 bayo=-1 bayr=-2 baz=-6 baza=-2 bazi=-1 bb=-44 bb$=14 bba=19 bba$=12
bbag=8 bbal=-16 bban=-5 bbar=11 bbas=3 bbat=-9 bbe=-38 bbe$=16 bbed=-6 bbel=3 bben=7 bber=-43 bbes=-2 bbet=-7
bbi=2 bbi$=12 bbia=1 bbie=4 bbil=-1 bbin=-21 bbis=-4 bbit=-4 bbl=-20 bble=-17 bbli=-1 bbly=-1 bbo=10 bbo$=5
bbon=8 bbor=-1 bbos=5 bbou=-2 bbre=-3 bbs=-8 bbs$=-6 bbu=-15 bbuk=-6 bbut=-6 bby=-6 bby$=-10 bbyi=-1 bbys=-1
bc=-33 bc$=-11 bca=-3 bce=-2 bch=-3 bcl=-3 bcla=-2 bcli=-1 bco=-4 bcol=-3 bcon=-1 bcor=-1 bcs=-2 bcz=1 bd=13
bd$=-3 bda=-2 bda$=-3 bde=6 bdel=5 bdi=-3 bdi$=-3 bdic=-1 bdin=1 bdiv=-1 bdo=-4 bdom=-13 bdr=-2 bdri=-2 bdu=23
bdua=1 bduc=-11 bdue=-3 bdul=31 bdur=1 be$=31 bea=-6 bea$=16 beac=-8 bead=-7 beag=-4 beak=1 beal=18 beam=-7
bean=-32 bear=-28 beas=9 beat=35 beau=9 beb=7 bebe=6 bec=6 bec$=1 beca=3 becc=22 bece=2 bech=3 beci=-4
beck=-11 beco=-2 becu=-3 bed=-11 bed$=-1 beda=-4 bedc=-2 bedd=-3 bede=2 bedf=8 bedi=-13 bedl=-3 bedn=22 bedo=4
bedr=-6 beds=-3 bee=-5 bee$=-8 beeb=1 beec=4 beef=-10 beeh=4 beek=17 beel=-2 been=1 beer=8 bees=-5 beet=-9
bef=-11 befa=-5 befi=-4 befo=-7 beg=-18 beg$=-3 bega=-6 bege=-3 begg=-2 begi=-9 begl=1 bego=2 begr=-3 begu=5
beh=-11 beha=-14 behe=-6 behi=-1 beho=-14 behr=11 bei=-10 bei$=-4 beig=-6 beij=6 beil=-4 bein=-1 beir=4
beis=-4 beit=2 bej=-25 beja=-5 beje=-10 bejo=-8 beju=-4 bek=21 bek$=2 beka=2 beki=6 beko=2 bel=-12 bel$=14
bela=14 belb=1 beld=-5 bele=-1 belf=-4 belg=-4 beli=-30 belj=4 belk=21 bell=-15 belm=-9 belo=4 bels=-9 belt=1
belu=-12 bely=4 bem=-16 bem$=-6 bema=-7 bemb=8 bemi=-5 bemo=-3 bemu=-1 ben=15 ben$=-9 bena=20 benb=-5 benc=8
bend=-27 bene=16 benf=-2 beng=-9 benh=-4 beni=11 benj=15 benn=-16 beno=24 bens=7 bent=-9 benu=11 beny=8
benz=-37 beo=-5 bep=-1 beq=-2 bequ=-2 ber=12 ber$=3 ber-=-4 bera=-17 berb=-3 berc=6 berd=-12 bere=30 berf=-3
berg=50 berh=16 beri=-33 berj=-4 berk=-7 berl=-12 berm=-12 bern=38 bero=-20 berp=-1 berr=-34 bers=-30 bert=56
beru=3 berv=4 berw=-5 bery=-8 berz=-2 bes=10 bes$=11 besa=6 bese=3 besh=9 besi=4 besl=-3 besm=-5 beso=-3
besp=-8 bess=11 best=-17 bet=32 bet$=23 beta=4 bete=-7 beth=14 beti=-5 betr=-10 bets=12 bett=8 betu=-7 betw=-4
beu=10 beul=9 beur=4 bev=4 beve=-2 bew=-10 bewi=-4 bex=-3 bext=-1 bey=9 bey$=-5 beya=-9 beyd=6 bez=-12 beza=1
beze=4 bezi=-3 bezz=-4 bf=-11 bfa=-2 bfi=-2 bfl=-1 bflo=-1 bfo=-1 bfr=-3 bfu=-1 bfus=-1 bg=-11 bg$=-4 bga=-1
bgo=-4 bgon=-1 bgr=-1 bgra=-1 bh=44 bh$=-14 bha=41 bha$=-2 bhad=-11 bhag=-2 bhai=16 bhak=-3 bhal=-1 bhar=-6
bhas=8 bhat=19 bhav=14 bhe=41 bhea=11 bhek=7 bhen=5 bhi=13 bhil=-1 bhin=12 bhis=6 bho=-8 bhok=-2 bhol=-5
bhor=-9 bhs=-9 bhse=-6 bhu=-22 bhua=-8 bhus=-5 bhut=-8 bi=-5 bi$=32 bia$=-13 biag=14 biak=-1 bial=-12 bian=5
bias=13 biat=3 biax=-2 bib=3 bib$=7 bibe=-2 bibi=5 bibl=-4 bibo=-2 bibu=4 biby=-10 bic=-6 bic$=-5 bica=15
bice=-4 bich=-1 bici=3 bick=3 bico=-6 bicu=-8 bicy=-2 bid=-16 bid$=4 bida=8 bidd=-1 bide=-9 bidi=-3 bido=-5
bie=31 bie$=5 bieb=-6 bied=-3 biej=-5 biel=8 bien=7 bier=12 bies=16 biet=-6 bif=-10 bifi=-3 bifo=-1 bifu=-2
bify=-1 big=18 big$=1 biga=20 bige=-6 bigg=4 bign=14 bigo=-4 bigt=-1 bigu=3 bih=-2 bih$=4 biha=-1 bii=7
bii$=10 bij=-32 bij$=-2 bija=-22 bijn=-8 bik=25 bik$=12 bika=3 bike=8 bil=-7 bil$=12 bila=-4 bilb=-8 bile=-4
bilg=16 bilh=-5 bili=-19 bilk=13 bill=-21 bilo=13 bilt=4 bily=-2 bim=-14 bima=3 bime=-2 bimi=-1 bimo=-2
bimu=-7 bin=-21 bin$=7 bina=4 bind=1 bine=-15 bing=-4 bini=-2 binj=2 binn=-2 bino=-1 bins=-13 bint=6 binu=-1
bio=-5 bio$=7 bioa=-1 bioc=-2 biod=8 biog=-3 biol=4 biom=-2 bion=-2 biop=-1 bior=10 bios=-6 biot=-12 biou=-1
bip=-6 bipa=-1 bipe=-1 biq=-3 biqu=-6 bir=-6 bir$=20 bira=-1 birb=-6 birc=-3 bird=-32 bire=-7 birg=37 biri=-58
birk=8 birl=-8 birn=10 biro=14 birr=-6 birs=-1 birt=25 biru=-5 birz=5 bis=25 bis$=4 bisa=-3 bisc=-3 bish=13
bisi=20 bism=-10 biso=6 bist=-2 bisw=2 bisz=5 bit=-33 bit$=-47 bita=1 bitc=-2 bite=-1 bith=10 biti=2 bitm=-2
bito=3 bitr=-4 bits=7 bitt=-8 bitu=3 bitw=-1 bitz=5 biu=-4 bium=-3 bius=-7 biv=1 biva=-6 bive=10 bivo=-2
biw=15 biwo=9 bix=8 biy=10 biya=7 biye=3 biz=-18 biza=-4 bize=-2 bizi=-8 bj=45 bj$=-5 bja=18 bjak=3 bjar=21
bje=-4 bjec=-4 bjo=51 bjoi=-4 bjor=53 bjs=-6 bjs$=-5 bju=-8 bjur=-8 bk=-3 bka=4 bka$=4 bke=1 bke$=5 bkh=-11
bkha=-11 bki=-7 bkit=-2 bko=10 bko$=4 bl=-64 bl$=26 bla=22 bla$=8 blab=-8 blac=-13 blad=1 blae=-1 blag=8
blah=4 blai=8 blam=-6 blan=34 blar=-11 blas=-17 blat=-5 blau=6 blaz=7 ble=-50 ble$=-65 blea=-7 bleb=-5 blec=6
bled=1 blee=6 blej=-1 blem=-5 blen=-17 blep=-1 bler=25 bles=-8 blet=10 blev=3 blew=10 bli=-41 blib=-2 blic=8
blie=-3 blig=-8 blik=9 blim=-1 blin=-14 blio=-2 blip=-1 bliq=-1 blis=-10 blit=-7 bliv=-3 bliz=-7 blo=18
blob=-4 bloc=-10 blog=-2 blok=4 blom=39 blon=18 bloo=-19 blor=-4 blos=5 blot=-8 blou=3 blow=-8 blu=-13 blub=-3
blud=-2 blue=-9 bluf=5 blum=18 blun=-7 blur=-7 blus=-3 bly=-18 bly$=-17 bm=-32 bm$=-3 bma=-10 bman=-2 bmar=-4
bmat=-1 bme=-3 bmer=-1 bmi=-6 bmit=-2 bmu=-3 bn=-16 bn$=-5 bna=2 bnai=-2 bne=14 bneg=-1 bner=13 bni=-7 bnic=2
bnit=-7 bno=-1 bnob=-1 bnor=5 bnp=-2 bnpm=-2 bnu=-3 bny=-5 bo=7 bo$=-10 boa=3 boa$=4 boad=17 boar=-44 boas=9
boat=7 bob$=-6 boba=10 bobb=3 bobe=-1 bobo=-9 bobs=-4 bobu=10 boc=20 bocc=-11 boce=2 boch=2 bock=20 bod=6
bod$=-4 boda=14 bode=3 bodh=3 bodi=-2 bodn=8 bodo=-5 body=-19 boe=-1 boe$=4 boec=7 boeh=-6 boes=-1 bof=-12
bog=15 bog$=-5 boga=15 bogd=8 boge=-9 bogg=-1 bogi=12 bogo=-5 boh=8 bohd=5 bohe=-7 bohl=6 bohm=-2 bohu=8
boi=30 boi$=16 boid=-5 boil=5 bois=-4 boit=4 boj=4 boja=4 boje=-3 bok=-21 bok$=-13 boka=-1 boke=12 boko=-6
boks=3 bol=-24 bol$=11 bola=-3 bold=12 bole=-15 bolg=2 boli=-29 boll=9 bolo=-3 bolt=-10 bolu=-3 boly=1 bom=-13
boma=8 bomb=-28 bomi=8 bon=-4 bon$=-2 bona=-3 bonc=-5 bond=-7 bone=-18 bonf=11 bong=2 bonh=-7 boni=11 bonn=-15
bono=8 bons=18 bont=5 bonu=5 bony=-4 boo=-10 boo$=-5 boob=-3 bood=10 boog=-2 book=-21 bool=-4 boom=24 boon=16
boos=-6 boot=-10 booz=-6 bop=-5 bop$=-4 boph=2 bopp=-1 bor=5 bor$=9 bora=-6 borb=2 borc=8 bord=-18 bore=-17
borg=15 bori=1 borj=5 bork=13 borl=2 born=-29 boro=-5 borr=16 bors=-3 bort=-7 boru=8 bory=1 borz=2 bos=2
bosa=4 bosc=1 bose=6 bosh=-7 bosi=1 bosk=-7 bosn=-2 boso=-5 boss=7 bost=-1 bosu=-3 bot=5 bot$=1 bota=-20
botc=-4 bote=3 both=5 boti=13 botl=-6 boto=13 botr=-4 bots=3 bott=3 botu=-6 bou=17 bou$=2 boua=11 bouc=19
boud=12 boug=-7 boui=-8 bouk=10 boul=-21 boun=-16 bour=-26 bous=11 bout=2 bouv=11 bouz=6 bov=-3 bova=-4
bove=10 bovi=-11 bovo=-1 bow=10 bow$=-3 bowa=18 bowd=7 bowe=1 bowi=-4 bowl=-11 bowo=12 bows=-1 box=-19
box$=-10 boxe=-3 boxt=-1 boxy=-1 boy=-20 boy$=-13 boya=1 boyc=3 boyi=-2 boyl=-9 boyn=-6 boys=6 boz=10 boze=2
bozh=-4 bozi=2 bp=-9 bpa=10 bpar=-1 bph=-3 bpi=-3 bpo=-1 bpy=-1 bq=-6 br=3 br$=-4 bra=-17 bra$=-5 brac=-3
brad=17 brae=12 brag=-9 brah=-8 brai=-25 brak=-3 bral=-2 bram=37 bran=15 bras=-9 brat=-15 brau=-1 brav=-9
braw=-9 bray=4 braz=-15 brd=1 bre=17 bre$=9 brea=-15 brec=18 bred=-3 bree=7 breg=7 brei=-2 brek=4 brel=-12
brem=-10 bren=13 breo=2 brer=10 bres=22 bret=-6 breu=-1 brev=-15 brew=-7 brez=-7 bri=-10 bri$=-7 bria=6
brib=-9 bric=-9 brid=11 brie=11 brif=-2 brig=12 brik=-2 brim=5 brin=-15 brio=-4 briq=-11 bris=-17 brit=8
briu=8 briz=7 brl=7 bro=7 bro$=-9 broa=-11 brob=1 broc=-11 brod=21 broe=15 brog=-3 broh=2 broi=-4 brok=-11
brol=-2 brom=-18 bron=3 broo=-8 brop=10 bror=14 bros=11 brot=-13 brou=18 brov=-10 brow=-9 broz=8 brt=-2 bru=-1
brua=3 bruc=-17 brue=-4 brug=25 brui=-6 bruk=-2 brum=-2 brun=8 brup=-1 brus=-6 brut=-11 bruy=8 bry=23 bry$=17
brya=-7 bryc=5 brye=2 bryn=7 bryo=-8 brz=-8 brze=-5 bs=-35 bs$=-14 bsa=6 bsc=-8 bsce=-1 bsci=-2 bsco=-1
bscr=-2 bscu=-1 bsd=-2 bsd$=-2 bse=-17 bsen=-4 bser=-6 bses=-1 bsh=8 bsi=-4 bsid=-3 bsin=6 bsit=-2 bsk=-2
bski=-1 bsl=-4 bsle=-4 bso=-16 bsol=-5 bson=-5 bsor=-4 bsp=-2 bspa=-1 bst=14 bst$=36 bsta=-7 bste=-11 bsti=-6
bsto=-4 bstr=-7 bsu=9 bsur=-2 bt=-38 bt$=-8 bta=-5 btai=-3 bte=-10 bten=-2 bter=-3 bti=-2 btil=-1 btl=-1
bto=-3 btr=-4 btru=-2 bts=-1 btu=1 btus=-1 bu=-25 bu$=15 bua=9 bua$=13 buan=-5 buat=-4 bub=-7 bub$=-4 buba=6
bubb=-1 bubo=-6 bubu=-4 buc=-11 buca=6 bucc=-1 buce=-3 buch=-2 buck=-3 buco=-4 bucu=-3 bud=9 bud$=6 buda=4
budd=-2 bude=-11 budg=-7 budi=14 budo=-4 budu=-6 budz=9 bue=10 buel=11 buen=1 buf=-12 buf$=-4 buff=-4 bufo=4
bug=-3 bug$=-16 buga=2 bugg=-6 bugi=1 bugl=-1 bugo=-3 bugu=9 buh=2 buha=-1 bui=6 bui$=14 buil=-24 buir=-3
buj=8 buja=9 buk=-7 buk$=-15 buka=-4 buke=2 bukh=-3 buki=-6 bukk=3 buko=12 bul=-2 bul$=9 bula=15 bulb=-10
bulc=-1 bule=19 bulg=-13 buli=-16 bulk=-4 bull=-21 bulo=7 bulu=2 bum=-18 bum$=-2 bumb=6 bume=-4 bumi=-9
bumm=-2 bump=-4 bun=-23 bun$=3 buna=-5 bund=-15 bune=-2 bung=-3 buni=8 bunk=-5 bunl=12 bunn=-4 buno=1 bunt=-5
bunu=-6 buo=2 buoy=-3 bup=-2 bur=-4 bur$=-13 bura=15 burb=-6 burc=43 burd=5 bure=-1 burg=-34 burh=-3 buri=17
burk=6 burl=-6 burm=-7 burn=7 buro=1 burr=-4 burs=-16 burt=-4 buru=1 bury=-4 bus=12 bus$=7 busa=3 busb=-9
busc=4 buse=13 bush=-26 busi=8 busk=-3 bust=5 busu=-5 busy=-7 busz=2 but=-23 but$=-9 buta=-9 butc=-2 bute=-7
buth=5 buti=10 butk=4 butl=-1 buto=3 butt=-8 butu=-7 buty=-8 butz=-7 bux=-4 buxo=-1 buy=9 buy$=-5 buya=4
buyi=3 buz=1 buza=5 buzo=8 buzz=-11 bv=-6 bve=-3 bver=-3 bvi=-1 bvo=-1 bw=-28 bw$=-4 bwa=-19 bwa$=-11 bway=-5
bwe=-13 bwe$=-7 bwi=13 bwir=14 bwo=-5 bwor=-1 bx=-4 bx$=-2 by=-26 by$=29 bya=-12 bya$=-9 byan=-4 byc=-2 byci=1
bye=-9 bye$=3 byel=-3 byen=-7 byh=-3 byho=-2 byi=-1 byis=-1 byl=-4 byl$=-9 byla=-9 byli=-3 byll=7 bylo=-7
byn=7 byn$=-3 byo=-12 byop=-1 byp=-1 bypa=-1 byr=2 byri=-4 byrn=7 byro=-4 bys=5 bysm=-1 byso=-1 byss=-7
byst=16 byt=-16 byte=-19 byz=3 byza=-3 bz=4 c=-8 c$=26 ca=-22 ca$=19 ca-=-3 cab=-10 cab$=-1 caba=9 cabb=-2
cabe=-1 cabi=-6 cabl=-2 cabo=4 cabr=1 cabu=-7 cac=-15 caca=-15 cacc=24 cace=10 cach=-29 caci=12 cack=-1
caco=-7 cact=-2 cacy=-4 cad=-22 cad$=-6 cada=-18 cadd=7 cade=4 cadi=-6 cado=6 cadr=-9 cadu=3 cae=-13 cae$=-4
caea=-4 caec=-5 cael=5 caem=-1 caen=-7 caes=-14 caet=9 caf=15 cafe=-3 caff=7 cag=10 caga=8 cage=-8 cagi=-2
cagl=2 cagn=8 cago=-4 cagu=1 cah=20 cah$=13 caha=10 cahe=-7 cahi=2 cahy=8 cai=6 cail=7 cain=-14 cair=-9 cait=3
caj=-5 caja=-8 cajo=-6 cak=15 cak$=14 cake=-6 cako=1 cakr=11 cal=-37 cal$=-33 cala=-18 calc=-16 cald=-10
cale=-4 calf=7 cali=-4 call=37 calm=-5 calo=1 calp=-9 calt=-5 calu=9 calv=7 caly=-10 cam=11 cam$=-9 cama=2
camb=-11 came=-31 cami=28 caml=-6 camm=16 camo=4 camp=14 camr=4 camu=4 can=1 can$=27 cana=-10 canc=-9 cand=19
cane=-1 cang=-3 cani=9 cank=-3 cann=-27 cano=-12 cans=13 cant=5 canv=-11 cany=-6 canz=-9 cao=2 cao$=-11
caoi=10 cap=-9 cap$=-13 capa=2 cape=-3 caph=-1 capi=-3 capk=8 capl=15 capn=-2 capo=-13 capp=8 capr=-19 caps=-6
capt=-9 capu=23 capy=-1 car=-4 car$=5 cara=-43 carb=7 carc=-6 care=-20 carf=7 carg=-1 cari=-8 carl=35 carm=28
carn=-2 caro=-16 carr=19 cars=3 cart=-21 caru=-1 carv=2 carz=2 cas=-7 cas$=-14 casa=15 casb=-5 casc=-12
case=-18 casi=7 cask=-5 caso=-1 casp=-5 casq=-6 cass=13 cast=17 casu=1 cat=-24 cat$=-15 cata=-18 catb=-3
catc=-8 cate=-5 cath=23 cati=17 catn=-1 cato=-9 catr=13 cats=-1 catt=-12 catu=7 cau=-30 cau$=-6 cauc=-6
caud=-7 caul=-12 caus=-13 caut=-1 cav=-1 cava=15 cave=-16 cavi=3 caw=-1 caw$=-4 cay=3 cay$=3 caye=1 cayl=4
cayu=-10 caz=5 cb=-11 cbi=-7 cbir=-7 cbo=-3 cbor=-9 cbr=4 cbri=5 cc=-15 cc$=-14 cca=-7 cca$=-15 ccab=6 ccac=-7
ccad=-4 ccaf=3 ccar=24 ccas=-6 ccat=-3 ccau=-2 cce=-18 cce$=-3 cced=-1 ccee=-1 ccel=-6 ccen=-1 ccep=-1 cces=-2
cch=2 ccha=-18 cche=1 cchi=22 cci=23 cci$=48 ccia=4 ccid=-3 ccin=-20 ccio=8 ccip=-4 ccl=-1 ccla=-1 ccli=-2
cclu=2 ccm=-3 cco=15 cco$=9 ccol=3 ccom=3 ccon=6 ccoo=3 ccor=-4 ccos=-6 ccot=9 ccou=-5 ccr=4 ccra=1 ccre=2
ccro=5 ccu=-16 ccub=-5 ccul=-6 ccum=1 ccup=-1 ccur=-2 ccus=-3 ccy=-3 cd=-6 cd$=-8 cda=11 cde=4 cder=4 cdi=-2
cdn=-6 cdoc=-1 cdon=3 cdot=-3 cdow=-2 cds=-4 cdsa=-4 cdy=2 cdys=-1 ce=-18 ce$=-21 cea=-29 cea$=-15 ceab=-1
ceae=-19 ceal=6 cean=-6 ceas=1 ceat=-3 ceau=-9 ceb=20 ceba=16 cebe=1 cebo=10 cebr=6 cebu=-13 cec=24 ceca=-7
cech=-1 ceci=19 cecr=-1 ced=-13 ced$=-6 ceda=-7 cede=-10 cedo=9 cedr=2 cee=5 cee$=9 ceea=-6 ceed=-2 cef=-5
cef$=2 cefa=-1 cefo=-4 ceft=-4 cefu=-2 ceg=16 cege=-1 cegu=1 ceh=2 ceho=-1 cei=-14 cei$=-8 ceid=6 ceil=-3
cein=5 ceir=6 ceit=-1 ceiv=-6 cej=-9 cej$=-9 cek=25 cek$=24 ceki=-3 ceko=4 cel=-10 cel$=2 cela=-17 cele=4
celi=8 cell=-29 celm=12 celo=-13 cels=1 celt=-7 celu=1 cely=20 cem=19 cem$=20 cema=3 cemb=-8 ceme=-8 cemi=13
cemo=-8 cen=-10 cen$=10 cena=15 cenc=1 cend=-8 cene=-27 ceng=15 ceni=-3 cenn=-9 ceno=6 cens=-18 cent=11 ceo=11
ceol=-1 ceou=-5 cep=6 cep$=16 cepa=6 ceph=-19 ceps=3 cept=-1 cer=-54 cer$=-7 cera=-6 cerb=5 cerc=-12 cerd=5
cere=-4 ceri=-7 cern=10 cero=-12 cerr=4 cert=-54 cerv=6 cery=-7 cerz=11 ces=-20 ces$=-30 cesa=7 cesc=13
cese=-5 cesi=-1 cesn=2 cess=-12 cest=-11 cesu=-4 cet$=2 ceta=-5 cete=-7 ceti=21 ceto=-6 cetr=-17 cett=18
cetu=-4 cety=-6 ceu=3 ceus=-6 cev=25 ceva=-4 cevi=8 cevo=2 cew=-6 cewa=-6 cewi=2 cewo=-2 cex=-1 cey=14 cey$=16
ceyl=-5 cez=-5 ceza=7 cf=-19 cf$=-5 cfa=13 cfar=-1 cff=-8 cffi=-7 cfg=-4 cfi=-4 cfo=-4 cg=32 cg$=-10 cga=6
cgar=1 cge=6 cgee=3 cgi=15 cgil=2 cgin=14 cgl=5 cgo=12 cgr=-1 cgra=-3 cgre=-2 cgro=4 cgu=2 cguf=-13 cgui=7
ch=-15 ch$=23 ch-=-30 ch-b=-4 ch-e=-3 ch-l=-4 ch-m=-3 ch-o=-3 ch-r=-2 ch-s=-5 ch-w=-2 cha=34 cha$=10 chaa=1
chab=21 chac=8 chad=-2 chae=-33 chaf=-15 chag=-7 chai=13 chaj=12 chak=7 chal=-1 cham=-8 chan=-30 chao=-3
chap=34 char=-4 chas=-5 chat=4 chau=16 chav=4 chaw=10 chay=14 chb=2 chba=9 chbe=2 chbi=-2 chbl=-1 chbo=-5
chbu=-2 chc=-10 chce=-5 chci=-1 chcl=-1 chco=-1 chd=6 chdb=-1 chde=9 chdi=1 chdo=-1 chdu=-2 che=10 che$=-32
che-=2 chea=15 cheb=18 chec=-22 ched=-18 chee=-47 chef=-4 cheg=10 cheh=1 chei=16 chek=-9 chel=14 chem=-3
chen=-9 cheo=-14 chep=47 cheq=-3 cher=51 ches=3 chet=33 cheu=1 chev=-12 chew=-16 chex=-2 chey=-1 chez=-12
chf=-5 chfi=-1 chfu=-1 chg=3 chga=-2 chge=12 chgo=-1 chgr=-2 chh=7 chha=5 chhe=-4 chhi=-2 chho=9 chi=-20
chi$=-7 chia=-14 chib=18 chic=-27 chid=5 chie=25 chif=10 chig=-3 chih=13 chii=-6 chik=9 chil=-53 chim=3
chin=23 chio=-2 chip=5 chir=4 chis=-15 chit=10 chiu=-4 chiv=-10 chiz=-6 chk=-2 chka=-7 chke=11 chko=-3 chl=-20
chl$=16 chla=-4 chle=4 chli=-4 chlo=-19 chlu=-7 chly=-2 chm=-2 chma=-7 chme=-6 chmi=35 chmo=-18 chn=-15 chna=2
chne=14 chni=-11 chno=-21 chny=1 cho=17 cho$=-9 choa=-8 chob=5 choc=-4 chod=-1 choe=2 chof=1 chog=-3 choi=-9
choj=11 chok=-1 chol=-2 chom=7 chon=-31 choo=-17 chop=20 chor=-25 chos=-18 chot=16 chou=22 chov=18 chow=34
chp=-2 chpa=1 chr=5 chra=15 chre=7 chri=24 chro=-17 chru=-2 chry=-20 chs=-26 chs$=10 chsa=4 chsc=-4 chsd=-2
chse=-3 chsh=-5 chsp=-1 chst=-10 cht=19 cht$=13 chta=6 chte=11 chth=-9 chti=-3 chto=3 chts=3 chu=7 chu$=-2
chua=-4 chub=-9 chuc=1 chud=5 chue=13 chuf=-6 chug=-2 chuk=3 chul=15 chum=21 chun=3 chur=-17 chus=-8 chut=-9
chuy=4 chv=4 chvi=4 chw=-12 chwa=-6 chwe=-8 chwi=1 chwo=2 chx=-1 chy=-38 chy$=-24 chyc=-5 chyd=-3 chyl=-6
chym=-3 chyn=6 chyo=-2 chys=-6 chyt=-1 chyu=-4 chz=-16 chze=-7 ci=12 ci$=8 cia=22 cia$=23 ciab=-1 ciac=6
ciad=6 ciae=-5 ciai=-5 ciak=13 cial=-3 ciam=-4 cian=-11 ciar=12 cias=1 ciat=-11 cib=23 cibi=13 cibl=-3 cibo=5
cibu=5 cic=48 cic$=57 cica=-17 cice=-1 cich=16 cici=4 cico=-2 cicu=-8 cid=-20 cid$=-6 cida=8 cide=-8 cidi=-20
cidl=-1 cido=11 cidu=-6 cie=1 cie$=18 ciec=6 ciej=2 ciel=5 ciem=1 cien=-5 cier=-20 cies=-2 cif=-11 cif$=-5
cife=-13 cifi=11 cifo=3 cify=-3 cig=-2 ciga=-15 cih=6 ciha=6 cii=-12 cii$=-5 cij=-1 cija=4 ciji=-2 cik=13
cik$=21 cikk=-11 ciko=8 cil=-10 cil$=-16 cila=-7 cile=-1 cili=-6 cill=10 cilo=-1 cily=8 cim=2 cim$=-3 cima=-14
cime=14 cimi=-8 cin=-12 cin$=9 cina=-15 cinc=-16 cind=12 cine=-6 cing=-8 cini=-1 cink=1 cinn=-3 cino=2 cinq=-8
cint=22 cinu=-6 cio=55 cio$=10 cioc=5 cioe=-4 ciol=-2 ciom=-3 cion=34 ciop=7 cior=9 cios=7 ciot=12 ciou=-14
cip=-12 cipa=-6 cipe=-3 ciph=-4 cipi=-12 cipl=-2 cipo=6 cipr=11 cir=-14 cira=-1 circ=-23 ciri=10 cirr=-11
ciru=10 cis=-11 cis$=14 cisc=1 cise=-3 cisi=-1 cism=-7 ciso=4 ciss=-5 cist=-17 cit=-55 cit$=-3 cita=-15
cite=-10 cith=-5 citi=-8 citl=11 cito=-5 citr=-6 citt=-3 citu=-2 city=-10 ciu=13 ciu$=-9 ciuk=3 cium=-6
ciun=-3 ciur=9 cius=10 civ=-14 civa=14 cive=-5 civi=-19 civo=-2 ciz=6 ciza=3 cize=-4 cj=-2 cja=5 cjs=-4 ck=-34
ck$=-45 ck-=-8 ck-o=-4 cka=10 cka$=29 ckab=-3 ckac=-3 ckad=-5 ckae=8 ckag=-2 ckam=-5 ckan=2 ckar=4 ckat=-3
ckau=-2 ckay=2 ckb=-21 ckba=-6 ckbe=-4 ckbi=-3 ckbl=-1 ckbo=-4 ckbu=-3 ckc=-7 ckca=-2 ckch=-2 ckcl=-2 ckd=-6
ckda=-1 ckdo=-1 cke=1 cke$=46 cked=-6 ckee=-1 ckel=-13 cken=1 ckeo=9 cker=-4 ckes=1 cket=-22 ckev=2 ckey=-11
ckf=-11 ckfi=-4 ckfo=-3 ckfr=-3 ckg=-1 ckh=15 ckha=11 ckhe=1 ckho=5 cki=32 cki$=42 ckia=-7 ckie=10 ckin=-9
ckis=-3 ckit=-7 ckj=-5 ckja=-2 ckjs=-2 ckk=-6 ckki=-2 ckkn=-4 ckl=-11 ckl$=13 ckla=-5 ckle=-24 ckli=3 cklo=-2
cklu=6 ckly=-2 ckm=8 ckma=12 ckn=-5 ckna=-4 ckne=-3 ckno=-1 cko=8 cko$=15 ckoe=-3 ckof=-3 ckon=-9 ckoo=-2
ckou=-2 ckov=3 ckp=-7 ckpa=-1 ckpi=-3 ckpo=-2 ckr=-6 ckra=-7 ckre=-3 ckro=-4 cks=-18 cks$=3 cksa=-7 cksb=-3
ckse=-3 cksh=2 cksi=-3 cksl=-2 cksm=-2 ckso=6 cksp=-1 cksu=-2 cksw=-1 ckt=-14 ckta=-2 ckte=-1 ckth=-1 ckto=-3
cktr=-2 cku=-9 ckup=-6 ckw=-4 ckwa=-4 ckwe=5 ckwo=-2 ckx=37 ckx$=37 cky=22 cky$=28 ckya=-4 cl=-65 cl$=-11
cla=-2 clab=5 clac=-1 clad=-13 clae=24 claf=2 clai=-1 clam=-22 clan=-20 clap=-5 clar=37 clas=-6 clat=-5
clau=19 clav=-3 claw=-10 clay=-11 cle=8 cle$=-23 clea=-9 clec=-2 cled=2 clee=13 clei=-8 clel=9 clem=16 clen=-1
cleo=16 clep=-4 cler=8 cles=-8 clet=14 cleu=-1 clev=2 cli=-28 cli$=-25 clia=-1 clic=-10 clid=9 clie=-3 clif=23
clik=3 clim=-1 clin=-8 clio=8 clip=-4 cliq=-1 clis=-2 clit=-7 cliv=-2 clo=-14 cloa=-8 cloc=-4 clod=5 clog=2
cloh=14 cloi=-4 clom=-6 clon=-11 cloo=20 clop=-3 clor=5 clos=-1 clot=3 clou=-11 clov=-7 clow=-2 cloy=-4
cloz=-5 clu=-18 club=-6 clud=-3 clue=3 clum=-3 clun=8 clup=-3 clus=-6 clut=-3 clx=-4 clxx=-2 cly=13 cly$=-1
clyd=3 clys=6 cm=-14 cm$=-6 cma=-19 cman=-5 cmd=-5 cmd$=-2 cme=10 cmi=3 cmo=13 cmp=-2 cmp$=-2 cmu=4 cmul=2
cn=3 cna=20 cna$=-3 cnab=7 cnal=12 cnam=3 cne=5 cnee=1 cnei=1 cnem=-1 cni=-2 cnic=-9 cnid=-3 cnik=14 cno=-5
cnos=-1 cnu=5 co=-54 co$=24 coa=-20 coa$=-8 coac=-5 coag=-3 coal=-10 coar=7 coas=-2 coat=-7 coax=-1 cob=30
cob$=7 coba=2 cobb=11 cobi=-9 cobo=11 cobu=7 coc=-36 coca=-4 cocc=-11 coce=-1 coch=-6 coci=-1 cock=-6 coco=-13
coct=-1 cocy=-1 cod=-10 cod$=-3 coda=-5 codd=-2 code=-19 codi=12 codo=-3 codr=16 cody=-5 coe=3 coel=-8 coen=9
coer=-8 coes=-5 coev=-4 cof=-3 coff=-6 cog=-23 coga=11 coge=-2 cogg=-1 cogi=4 cogl=2 cogn=-11 cogu=-24 coh=-14
coha=-1 cohe=4 coho=-9 coi=9 coid=-5 coif=-6 coig=2 coil=-4 coin=18 cois=13 coit=-3 coj=-3 cok=-6 cok$=1
coke=-4 col=24 col$=9 cola=-8 colb=8 colc=-2 cold=-7 cole=10 coli=16 coll=18 colm=12 coln=-4 colo=-33 colp=5
colt=2 colu=-22 coly=-1 com=-18 com$=9 coma=-12 comb=14 come=8 comf=-5 comi=18 comm=-29 como=1 comp=-23
comr=-5 comt=7 comu=-5 comy=3 con=-5 con$=-7 cona=33 conc=-15 cond=-17 cone=12 conf=-29 cong=-23 coni=-5
conj=-10 conl=13 conm=12 conn=46 cono=4 conq=-3 conr=26 cons=-19 cont=-14 conu=8 conv=-33 cony=-10 coo=-7
cooc=-1 cook=3 cool=7 coon=-3 coop=-2 coor=-7 coot=-4 cop=-25 copa=-11 cope=-7 coph=-7 copi=-5 copl=-3 copo=4
copp=4 copr=-3 cops=-1 copt=-2 copu=8 copy=-2 coqu=-6 cor=-13 cor$=-13 cora=-6 corb=12 corc=8 cord=-2 core=-13
corh=-1 cori=13 cork=4 corl=21 corm=45 corn=-32 coro=-3 corp=-2 corr=8 cors=-10 cort=-18 coru=-3 corv=-1
cory=-8 cos=19 cos$=-10 cosa=-14 cose=-10 cosi=-5 cosm=12 coso=4 cosp=-3 coss=6 cost=24 cosu=-3 cot=6 cot$=2
cota=-5 cotc=-1 cote=4 coth=-5 coti=7 coto=-2 cotr=-1 cots=-2 cott=-5 cotu=-2 coty=7 cou=-8 couc=-10 coul=1
coum=-7 coun=-15 coup=-5 cour=24 cous=-5 cout=3 couv=6 cov=8 cova=25 cove=-6 covi=-6 cow=-2 cow$=-2 cowb=-3
cowe=18 cowh=-2 cowl=1 cowp=-4 cows=-4 cox=6 coxi=-1 coy=2 coy$=-6 coyn=8 coz=-11 coze=-6 cozi=-3 cp=-24
cp$=-10 cpa=-5 cpar=5 cpd=-1 cpe=9 cper=9 cph=5 cphi=7 cpo=-8 cpp=-5 cpp$=-3 cpr=-2 cps=-2 cq=40 cq$=16 cqu=25
cqua=10 cque=12 cqui=-2 cr=-91 cr$=-5 cra=-34 cra$=-7 crab=-6 crac=-10 craf=-4 crag=6 crai=11 cral=-1 cram=10
cran=-1 crap=-7 cras=-9 crat=-9 crav=-3 craw=-2 cray=-4 craz=-3 crc=-8 crc$=-5 cre=7 cre$=-1 crea=7 crec=-1
cred=-16 cree=-14 crem=18 cren=-7 creo=-5 crep=-4 cres=25 cret=-1 crev=12 crew=-7 cri=18 cria=2 crib=2
cric=-11 crid=-1 crie=-7 crif=-1 cril=6 crim=-14 crin=-5 crio=18 crip=-6 cris=37 crit=-11 criu=-5 criv=19
cro=-26 cro$=-17 croa=16 crob=-4 croc=-16 crod=-3 croe=-2 crof=-5 crog=-4 croi=23 crol=10 crom=-9 cron=-8
croo=-3 crop=-7 cror=6 cros=-13 crot=13 crou=-6 crow=10 croz=-4 cru=-21 crub=-2 cruc=-6 crud=-2 crue=-8
cruf=-1 crui=9 crum=-4 crun=-1 crup=-1 crur=-3 crus=-11 crut=-2 cruz=8 cry=-15 cry$=-4 cryl=-2 cryo=-6 cryp=-5
crys=-1 cs=-45 cs$=-26 csa=-3 cse$=-3 csec=-3 csh=6 csi=4 csin=-4 cso=11 cson=11 csp=-3 csr=-5 css=-15 css$=-3
csso=-1 cst=-6 csta=-4 csu=7 csv=-8 csv$=-5 ct=-121 ct$=-44 cta=12 cta$=12 ctac=-1 ctad=-3 ctag=-1 ctah=-4
ctal=-3 ctam=-1 ctan=-11 ctar=-3 ctas=-3 ctat=-1 ctav=33 ctc=-1 cte=8 cte$=10 ctea=4 cted=-1 cten=-3 cter=2
ctes=-1 ctet=-3 ctf=-1 cti=-18 cti$=-2 ctia=-1 ctib=8 ctic=-7 ctif=-1 ctil=-4 ctim=-5 ctin=-9 ctio=-6 ctis=-2
ctit=-1 ctiv=-4 ctl=-5 ctl$=-4 ctm=-1 ctn=-1 cto=-16 cto$=1 ctob=-2 ctoc=-2 ctod=-1 ctog=-1 ctoi=11 ctol=-1
ctom=-2 cton=-5 ctop=-2 ctor=-5 ctos=-4 ctoz=-1 ctr=-18 ctra=-3 ctri=-5 ctro=-7 cts=-3 cts$=-3 ctu=-18 ctua=-4
ctum=-1 ctur=-8 ctus=-4 cty=-9 ctyl=-6 ctyo=-1 cu=-44 cu$=58 cua=-6 cua$=-7 cuad=1 cual=12 cuan=-10 cuat=-1
cub=-12 cuba=-12 cubb=-2 cube=3 cubi=-4 cubr=6 cuc=5 cuck=-6 cucu=-5 cud=-4 cudd=1 cudg=-2 cue=7 cue$=-8
cuer=-2 cuf=5 cuff=5 cug=2 cuid=4 cuin=1 cuir=2 cuit=-3 cuk=3 cuk$=7 cuku=-8 cul=-51 cul$=12 cula=-32 culc=-3
cule=-16 culi=-11 cull=29 culm=-2 culo=2 culp=-4 cult=-11 culu=-8 cum=-12 cum$=-7 cuma=-10 cumb=-9 cume=-2
cumf=-3 cumi=10 cuml=-9 cumm=28 cums=8 cumu=-11 cumv=-4 cun=-4 cun$=2 cuna=-10 cund=8 cune=-4 cung=2 cuni=-6
cunn=7 cuno=-6 cuo=1 cuol=-1 cup=-15 cup$=-4 cupe=-2 cupi=6 cupp=-5 cupr=-3 cupu=-1 cur=-25 cur$=3 curb=-4
curd=11 cure=-10 curf=-1 curi=-9 curl=-6 curn=11 curo=4 curr=7 curs=-8 curt=-7 curu=-1 curv=-13 cus=-17
cus$=-6 cusa=8 cusc=-6 cuse=-6 cush=-8 cusi=1 cusp=-2 cuss=-4 cust=-4 cut=-20 cut$=-8 cuta=4 cutc=-1 cute=-10
cuti=-8 cutl=-4 cuto=-1 cutr=6 cutt=-5 cutu=7 cuv=7 cux=-2 cuxh=-2 cuy=23 cuz=8 cv=4 cv$=-9 cva=-2 cve=16
cvet=9 cvi=3 cw=15 cwa=17 cwab=7 cwi=3 cx=-9 cxt=-1 cxx=-3 cy=-48 cy$=5 cya=-13 cyam=-2 cyan=-10 cyb=1
cybe=-11 cyc=-19 cyca=-3 cycl=-15 cyd=-3 cydi=-3 cye=6 cyg=12 cyga=14 cyl=-5 cyli=-2 cym=-5 cyma=5 cymb=-1
cyme=-2 cymr=-5 cyn=-9 cyna=-4 cyni=-3 cyno=-4 cyo=-7 cyon=-7 cyp=4 cyph=-2 cypr=10 cyr=19 cyri=10 cys=-8
cyst=-6 cyt=-28 cyte=-8 cyth=-7 cyti=-2 cyto=-9 cytu=-1 cz=106 cz$=50 cza=-3 czaj=2 czak=13 czar=-14 czas=-11
cze=-3 czec=-12 czek=10 czep=2 czer=10 czes=2 czk=6 czka=2 czko=3 czm=5 czma=4 czn=7 czna=6 czo=9 czu=20
czuk=14 czur=1 czy=17 czy$=-6 czyk=21 czyn=2 d=-30 d$=-57 d'=12 d'a=10 d-=-22 d-a=-2 d-b=-4 d-h=-2 d-ho=-2
d-o=-1 d-s=-3 d-se=-1 da=-1 da$=42 da-=-5 daa=2 daal=18 daan=6 daar=-24 dab=3 daba=5 dabb=2 dabi=1 dabl=-5
dabo=-3 dabr=3 dac=10 daca=10 dace=13 dach=1 daci=6 dack=1 dacn=-4 dacr=-3 dact=-7 dad=10 dad$=12 dada=8
dadd=-6 dade=-8 dadi=6 dado=5 dae=-43 dae$=-51 daea=-4 daem=4 daf=-12 daff=-8 dafi=-5 dafn=2 daft=-1 dag=10
dag$=14 daga=-17 dagb=3 dage=-6 dagh=17 dagm=11 dago=-3 dags=-3 dagu=-2 dah=-24 dah$=19 daha=-14 dahi=-10
dahl=1 dahm=9 dahn=-7 daho=-11 dai=4 dai$=1 daic=1 daig=5 daik=9 daim=-16 dain=5 dait=-2 daj=-13 daj$=-16
dak=18 dak$=6 daka=9 daki=9 dakl=-6 dako=-2 daks=7 dal=-22 dal$=-5 dala=-23 dalb=5 dale=-16 dalg=-4 dali=31
dall=9 dalm=1 dalo=-9 dals=-18 dalu=1 daly=14 dam=15 dam$=-18 dama=1 damb=-1 dame=15 dami=24 damj=4 damn=-6
damo=-1 damp=-9 dams=-1 damu=3 damy=2 dan=-8 dan$=11 dana=2 danc=-4 dand=-22 dane=-7 dang=-11 danh=-5 dani=37
dank=-1 dann=1 dano=13 dans=-14 dant=-10 danu=1 danz=1 dao=5 dao$=-6 dap=-19 dap$=8 dapa=-6 daph=-2 dapi=-6
dapo=6 dapp=-2 daps=-1 dapt=-7 daq=-2 daqu=-1 dar=3 dar$=-11 dara=-1 darb=3 darc=9 dard=-9 dare=3 darf=-10
darg=-7 dari=15 dark=-27 darl=3 darm=3 darn=-17 daro=4 darp=1 darr=29 dars=15 dart=3 daru=3 darv=-5 darw=-6
dary=11 das=11 das$=28 dasa=4 dasc=-6 dase=-1 dash=-20 dask=-5 dass=6 dast=6 dasy=-8 dat=-33 dat$=22 data=-44
date=-11 dati=-4 dato=-6 datr=-7 datt=3 datu=3 dau=-8 dau$=-9 daub=-9 daug=3 daul=-1 daun=-1 daus=1 daut=1
dav=28 dav$=-4 dava=-6 dave=17 davi=22 davs=3 daw=16 dawa=2 dawd=-3 dawi=15 dawn=6 dax=11 dax$=8 daxi=-1
day=-23 day$=-43 daya=41 dayb=-6 dayd=-3 daye=6 dayl=-2 daym=-6 dayn=2 dayo=6 days=-7 dayt=-9 daz=1 daze=-5
dazi=6 dazo=2 dazz=-1 db=-66 db$=-22 dba=-22 dbac=-3 dbag=-3 dbal=-3 dban=-3 dbar=-3 dbas=-1 dbc=-3 dbc$=-2
dbe=8 dbea=-2 dbec=-3 dbel=-3 dber=18 dbf=-1 dbi=-5 dbir=-2 dbj=2 dbjo=2 dbl=15 dbla=10 dblo=5 dbm=-2 dbo=-12
dboa=-3 dboo=-1 dbox=-1 dbp=-1 dbr=-10 dbra=-2 dbre=-2 dbri=-2 dbru=-1 dbs=-1 dbu=-7 dbug=-2 dbus=-3 dbut=-1
dby=-3 dc=-58 dc$=-8 dca=-17 dcar=-8 dcas=-2 dcat=-3 dch=-15 dcha=-5 dche=-1 dchi=-8 dcl=-2 dco=-5 dcol=-1
dcr=-1 dcu=-3 dd=-22 dd$=-9 dda=-13 dda$=2 ddad=1 ddah=3 ddal=-1 ddam=-2 ddan=1 ddar=-14 ddau=12 dde=-4 dde$=6
dded=-6 ddel=6 dden=12 dder=-38 ddes=-4 ddf=2 ddh=4 ddha=-2 ddhi=9 ddi=13 ddi$=-1 ddic=-1 ddie=-5 ddil=-2
ddin=9 ddis=1 ddit=-6 ddl=-27 ddle=-25 ddli=-2 ddly=-2 ddm=-2 ddo=20 ddo$=-9 ddon=-4 ddou=11 ddr=-11 ddr$=-6
ddre=-4 dds=-3 ddu=-2 dduc=-6 ddur=-2 ddv=8 ddw=-4 ddwa=-2 ddy=3 ddy$=2 de=-2 de$=10 de-=-13 de-b=-2 de-s=-4
de-w=-2 dea=-1 dea$=-20 deac=5 dead=-9 deaf=-4 deal=-16 dean=13 dear=-4 deas=26 deat=-5 deau=6 deb=-3 deb$=-6
deba=-28 debb=20 debe=3 debi=-3 debn=5 debo=4 debr=13 debt=-2 debu=-11 dec=-20 dec$=2 deca=-17 dece=-4 dech=18
deci=-23 decl=9 deco=4 decr=-5 decu=-2 ded=-23 ded$=-27 deda=-1 dede=1 dedi=3 dedl=-1 dedo=-3 dedr=9 dedu=-3
dee=14 dee$=18 deed=1 deeg=5 deel=10 deem=-4 deen=-4 deep=9 deer=-12 def=-30 defa=-4 defe=-11 defi=-10 defl=-2
deft=-1 defu=-2 deg=11 dega=-3 dege=9 degg=-5 degi=-8 degl=-10 degr=3 degu=9 deh=-7 dehi=-3 deho=1 dehu=-1
dehy=-9 dei=-11 dei$=-1 deic=-4 deif=-4 deig=2 dein=-16 deir=1 deis=10 dej=14 dej$=11 deja=-2 deje=-7 dejo=2
dek=3 dek$=22 deka=-9 deke=13 deki=3 deko=-5 deks=-11 deku=-9 del=17 del$=-7 dela=8 delb=-4 delc=11 dele=4
delf=12 delg=1 delh=-2 deli=-12 delj=-4 dell=9 delm=9 deln=-5 delo=10 delp=3 dels=-16 delt=-3 delu=-6 delv=2
delw=1 dely=-7 dem=-1 dem$=-5 dema=21 deme=19 demi=-23 demm=2 demn=-1 demo=-10 demp=-2 dems=2 demu=7 demy=-2
den=-28 den$=-8 den-=-10 dena=-14 denb=20 denc=14 dend=-33 dene=9 denf=-7 deng=1 denh=-5 deni=36 denk=5
denl=-5 denm=-2 denn=10 deno=-18 denr=11 dens=-14 dent=-6 denu=-3 denw=-3 deo=9 deo$=8 deod=-12 deog=-2 deol=5
deon=22 deou=-3 deox=-1 dep=-4 dep$=-3 depa=-9 depe=9 depi=-3 depl=-8 depo=3 depr=-1 deps=-2 dept=4 depu=10
depy=-1 deq=4 dequ=4 der=-16 der$=7 dera=-13 derb=2 derc=-8 derd=-4 dere=-24 derf=-8 derg=4 deri=57 derj=-9
derk=-13 derm=-16 dern=-25 dero=25 derp=-7 derr=-3 ders=16 dert=-4 derv=6 dery=1 des=6 des$=13 desa=-4 desb=3
desc=14 desd=-3 dese=-19 desh=21 desi=-6 desk=-11 desl=-1 desm=12 deso=4 desp=-17 desq=-3 dess=-17 dest=15
desu=2 desy=-4 det=13 deta=-4 dete=-18 deth=10 deti=-4 detl=18 deto=14 dets=-5 dett=4 deu=-6 deuc=-1 deum=-2
deur=-4 deus=13 deut=-8 deux=-4 dev=6 dev$=-2 deva=14 deve=7 devi=-14 devo=9 devr=-4 dew=12 dew$=-5 dewa=9
dewe=-7 dewi=17 dex=-4 dex$=6 dexi=-3 dexo=-2 dext=-3 dey=9 dey$=18 deye=-2 dez=5 dez$=10 deza=-10 dezh=2
df=-32 df$=-11 dfa=-8 dfas=-1 dfe=-3 dfi=-4 dfie=3 dfil=-2 dfin=-1 dfis=-2 dfl=-6 dfli=-1 dflo=-1 dfly=-1
dfo=-2 dfol=-3 dfor=3 dfp=-1 dfr=13 dfre=5 dft=-1 dfto=-1 dfu=-4 dful=-4 dg=-33 dga=-3 dgam=-1 dgao=-2 dgar=4
dge=-27 dge$=15 dgea=-1 dged=-2 dgee=-2 dgeh=-1 dgel=-8 dgem=-2 dgen=-4 dgeo=-8 dgep=-2 dger=-23 dges=8 dget=5
dgew=-1 dgi=-12 dgie=-9 dgin=-6 dgl=-1 dgm=-1 dgme=-1 dgo=5 dgor=12 dgr=6 dgra=-3 dgre=10 dgs=2 dgu=-4 dgw=9
dgy=-4 dgy$=-4 dh=2 dh$=-3 dha=-16 dha$=-8 dhad=5 dhai=-1 dhak=-12 dhal=1 dham=-1 dhan=-14 dhar=20 dhas=-2
dhau=-5 dhav=3 dhaw=5 dhe=-33 dhe$=-13 dhea=-5 dhei=-8 dher=-4 dhes=-3 dhi=17 dhi$=-1 dhia=4 dhil=10 dhin=3
dhis=6 dhl=7 dhla=4 dho=-13 dhol=2 dhom=-5 dhoo=-2 dhop=-2 dhor=-4 dhou=-3 dhp=-4 dhpu=-4 dhr=30 dhra=5 dhu=1
dhu$=3 dhui=-11 dhul=-4 dhun=-3 dhur=22 dhy=10 dhya=10 di=8 di$=49 dia=-21 dia$=22 diab=-8 diac=8 diad=-6
diae=-6 diaf=9 diag=-7 diah=9 diak=-7 dial=-13 diam=-13 dian=-1 diap=-6 diar=13 dias=-11 diat=-5 diaz=-5
dib=-7 diba=6 dibb=4 dibe=-6 dibi=5 dibl=-3 dibr=-5 dibu=-6 dic=-24 dic$=-5 dica=-2 dice=-3 dich=-8 dici=-8
dick=6 dicl=-1 dico=-8 dicr=-1 dics=-1 dict=5 dicu=-3 dicy=9 did=6 did$=-11 dida=-4 didd=-1 dide=17 didi=9
didl=-1 dido=1 didy=-2 die=-1 die$=28 died=-1 dieg=2 diek=4 diel=1 diem=-2 dien=-9 diep=-2 dier=-14 dies=-14
diet=31 dieu=-6 diev=-10 dif=1 dife=7 diff=-12 difi=-3 difo=-1 dify=-5 dig=-17 dig$=1 diga=-1 dige=-8 digg=12
digh=-1 digi=-11 dign=7 digo=-6 digr=-5 digt=-3 dih=3 dihy=3 dii=-19 diid=-2 diin=-3 dij=17 dija=4 dije=-8
dijk=15 dijo=-1 dik=9 dik$=-2 dika=6 dike=2 diki=1 diko=-3 dikt=15 dil=23 dil$=11 dila=-16 dild=2 dile=14
dili=-12 dill=7 diln=8 dilo=-2 dils=17 dilu=-7 dily=-10 dim=18 dima=4 dimb=12 dime=-12 dimi=21 dimm=10
dimo=-10 dimu=-1 din=24 din$=47 dina=3 dinc=22 dind=-2 dine=4 ding=-31 dini=-11 dink=-12 dino=2 dins=2 dint=-5
diny=-9 dio=-5 dio$=-7 dioc=-8 diod=-4 dioe=-2 diog=3 dioi=-1 diol=-9 diom=6 dion=41 diop=-4 dior=-7 dios=1
diot=-3 diou=-3 diov=-5 diox=-1 dip=2 dipa=4 dipe=5 diph=-2 dipi=-1 dipl=-6 dipo=-4 dipp=4 dips=-1 dipt=6
dipu=-1 diq=18 diq$=8 dir=-17 dir$=-13 dira=5 dire=-8 diri=8 dirn=-3 diro=-10 dirs=-6 dirt=-8 dis=6 dis$=110
disa=-13 disb=-4 disc=-7 disd=5 dise=3 disf=-2 disg=-4 dish=-26 disi=-12 disj=-2 disk=8 disl=9 dism=4 diso=-2
disp=-5 disq=-1 disr=-7 diss=-11 dist=-32 disu=-2 disy=4 dit=4 dit$=-3 ditc=-1 dite=11 dith=15 diti=3 dito=-15
dits=1 ditt=10 ditu=-9 ditw=-1 dity=-9 diu=-26 dium=-8 diur=-4 dius=-13 div=-31 diva=-15 dive=-8 divi=-3
divo=-5 divu=-1 diw=-2 diwa=-9 diwe=6 dix=9 dix$=-5 dixi=5 diy=3 diya=-2 diye=-2 diyo=9 diz=-9 diz$=-3 diza=5
dize=-14 dizz=-3 dj=-24 dj$=6 djac=-1 djan=-10 dje=5 djel=8 dji=-10 dji$=1 djib=-4 djik=-4 djin=-8 djo=-14
djou=3 djs=-6 djs$=-2 djso=-4 dju=-6 djud=-1 djun=4 djur=-2 djus=-8 dk=-8 dk$=-18 dka=-2 dka$=5 dke=5 dki=-1
dkie=1 dkin=3 dkir=-1 dkit=-4 dko=12 dkov=-3 dkow=2 dl=-1 dl$=39 dla=40 dla$=3 dlab=8 dlac=-2 dlad=-2 dlak=9
dlal=6 dlam=12 dlan=6 dlar=-4 dle=-30 dle$=-36 dlea=-1 dleb=-3 dlec=1 dled=-4 dleh=-1 dlei=5 dlel=6 dlem=8
dlen=7 dlep=-2 dler=-6 dles=10 dlet=2 dlew=-4 dley=-10 dli=-30 dli$=5 dlia=2 dlib=-5 dlic=-4 dlie=-7 dlig=-1
dlik=4 dlim=-2 dlin=-20 dlo=8 dlo$=9 dloc=-6 dloo=-2 dlov=10 dlu=20 dlun=10 dly=-38 dly$=-38 dm=-17 dm$=-9
dma=-9 dma$=5 dmai=-7 dman=-11 dmar=8 dmas=3 dme=-3 dmen=-2 dmi=-4 dmil=6 dmin=-12 dmir=-8 dmis=-1 dmit=11
dmo=8 dmon=10 dmou=-2 dmu=7 dmuh=-6 dmun=8 dn=-31 dna=-9 dna$=-18 dnap=-1 dnar=17 dne=9 dne$=-10 dnep=-3
dner=34 dnes=-13 dney=-9 dni=6 dnie=15 dnik=-1 dnis=-1 dnit=-1 dnj=-9 dno=-10 dno$=-6 dnou=-3 dns=-3 dnu=-4
dny=-1 dnya=-4 do=1 do$=19 doa=1 doar=-1 dob=5 doba=3 dobe=-6 dobl=6 dobo=-7 dobr=-4 dobs=6 doc=-2 doc$=-12
doca=1 doce=-6 doch=10 doci=-1 dock=5 doco=9 docr=-3 docs=-5 doct=-4 docu=-2 docx=-1 dod=-20 dodd=-4 dode=-4
dodg=-8 dodo=-3 doe=-16 doe$=-8 dof=-8 doff=-5 dog=14 dog$=-6 doga=15 doge=-4 dogf=-1 dogg=11 dogh=6 dogl=1
dogm=-3 dogo=-1 dogr=-1 dogs=-2 dogt=-3 doh=-4 doha=-6 dohe=2 doi=-11 doi$=-6 doin=12 dois=-7 doj=-5 dok=-12
doku=-7 dol=-6 dol$=-21 dola=-13 dole=8 dolf=27 dolg=-9 doli=3 doll=-8 dolm=-9 dolo=-1 dolp=29 dols=-2 dolt=-3
dom$=-31 doma=16 dome=17 domh=2 domi=3 domn=3 domo=6 domy=-4 don=22 don$=2 dona=19 donc=1 dond=-1 done=-1
dong=1 donj=-6 donk=-5 donn=-3 dono=23 dons=2 dont=-5 dony=1 doo=-1 doo$=-5 dood=8 dool=5 doom=-4 doon=-2
door=-15 doos=9 dop=-15 dopa=-12 dope=-3 doph=-6 dopi=9 dopo=9 dopp=-6 dopr=-1 dopt=-2 dor=50 dor$=24 dora=6
dorc=8 dore=21 dorf=-17 dori=6 dork=-7 dorm=-19 dorn=-11 doro=40 dorp=-2 dorr=-1 dors=-10 dort=8 doru=8
dory=-6 dos=-6 dos$=-18 dosa=-7 dosc=-4 dose=-6 dosh=13 dosi=22 doso=1 dosp=-2 doss=-3 dost=-1 dot=-18 dot$=2
dota=-4 dote=-4 doth=-3 doti=-5 dotl=-1 doto=4 dotr=-2 dott=-3 dou=2 dou$=1 doua=-2 doub=-7 douc=13 doug=7
doun=4 dour=-16 dous=-3 dout=-4 doux=4 douz=-1 dov=22 dov$=24 dova=-3 dove=-14 dovi=17 dovo=-4 dovu=2 dow=-7
dow$=15 dowd=-1 dowi=-6 dowl=13 down=-19 dows=-5 dowy=4 dox=5 dox$=8 doxa=-1 doxo=-1 doxy=-1 doy=10 doz=-15
doze=-14 dozo=-1 dp=-46 dp$=-10 dpa=-8 dpan=-4 dpar=-1 dpat=-1 dph=-3 dpi=-4 dpip=-1 dpl=-1 dpla=-1 dpo=-4
dpol=-2 dpr=-6 dprt=-5 dpu=-4 dpur=-4 dpy=-1 dq=23 dqu=12 dqua=-3 dqv=13 dqvi=13 dr=5 dr$=6 dra=-3 dra$=-20
drab=-10 drac=-6 drad=8 drae=-3 draf=-7 drag=29 drah=6 drai=16 draj=14 drak=7 dral=8 dram=-23 dran=-2 drap=-6
drar=-1 dras=-16 drat=-1 drau=5 drav=1 draw=-25 draz=11 dre=13 dre$=25 drea=7 drec=-6 dred=16 dree=11 dreg=-7
drei=-16 drej=4 drel=-9 dren=-32 drep=-4 dres=2 dret=6 drew=9 drey=-3 dri=15 dri$=10 dria=3 drib=-9 dric=33
drid=-1 drie=17 drif=-2 drig=1 drii=-3 drij=2 drik=13 dril=-23 drin=-21 drio=-4 drip=-4 dris=15 drit=3 driu=6
driv=-20 drix=-4 driz=5 drj=-7 drjs=-4 dro=-20 dro$=12 drob=16 droc=-7 drod=-2 droe=4 drof=3 drog=-15 droi=-11
drol=-4 drom=-14 dron=-8 droo=-5 drop=-1 dros=-9 drot=10 drou=1 drov=-8 drow=6 drox=-1 droz=11 dru=7 drub=6
drud=-2 druf=-5 drug=-22 drui=-3 drum=13 drun=-3 drup=-7 drus=11 drut=4 druz=-4 dry=-7 dry$=6 drya=-13 dryc=9
drym=-3 dryn=-1 drys=6 dryw=1 drz=4 drze=4 ds=-35 ds$=-19 dsa$=-6 dsaf=2 dsaw=4 dsb=4 dsba=-2 dsc=-4 dsca=-1
dsch=1 dscr=-2 dsd=-3 dse=13 dsen=11 dset=-6 dsh=-5 dsha=4 dshe=-3 dshi=-4 dsho=-1 dsi=-2 dsid=-3 dsie=5 dsk=6
dska=1 dski=-3 dsl=-8 dsl$=-4 dsli=-5 dsm=-18 dsma=-15 dso=6 dsol=-2 dsom=-1 dson=13 dsor=-4 dsp=-4 dspa=-2
dspr=-1 dss=5 dsso=6 dst=16 dsta=1 dste=7 dsti=-2 dsto=-8 dstr=23 dstu=-2 dsu=-2 dsv=-6 dsw=-3 dswo=-1 dt=-9
dt$=40 dt-=-6 dt-b=-1 dta=-14 dtai=-2 dtal=-2 dte=-4 dth=-16 dth$=-12 dthi=-1 dti=-10 dtim=-3 dtk=6 dtke=10
dtl=-1 dtn=5 dto=-3 dtoo=-2 dtr=2 dtre=-4 dts=-4 dts$=-3 du=26 du$=7 dua=5 dua$=-15 dual=-7 duan=8 duar=21
duat=1 dub=-2 dub$=-4 duba=6 dubb=-3 dube=9 dubi=2 dubo=5 dubr=-7 duc=-30 duc$=11 duca=-10 duce=-28 duch=18
duci=-8 duck=-12 duct=-9 dud=-9 dude=-9 dudk=2 dudo=7 due=-35 due$=-8 duel=-16 duer=-6 duf=31 duff=19 dufr=4
dug=8 duga=10 dugg=-1 dugo=1 dugu=-9 duh=7 duha=1 dui=-1 duis=-2 duit=-4 duj=4 duk=-21 duka=4 duke=-6 duki=-11
dul=-18 dul$=-6 dula=1 dulc=-3 dule=-7 dulg=-3 dulh=2 duli=5 dulm=2 dulo=4 duls=3 dult=-9 dulu=-8 dum=8
dum$=-13 duma=2 dumb=-8 dume=-3 dumf=-1 dumi=31 dumm=-5 dumo=21 dump=-8 dun=25 dun$=16 duna=2 dunc=-9 dund=-5
dung=-4 duni=5 dunk=-15 dunl=12 dunn=5 duns=8 duny=3 duo=-2 duod=2 duou=-1 dup=8 dup$=-7 dupe=2 dupl=-2 dupo=3
dupu=9 duq=7 duqu=7 dur=24 dur$=45 dura=-25 durb=-11 durc=-6 durd=5 dure=-12 durf=-6 durg=-5 duri=-3 durk=7
durl=-1 durm=4 durn=9 duro=7 durr=-1 durs=1 duru=3 dury=3 dus=-13 dus$=7 dusa=3 duse=1 dush=-4 dusi=5 dusk=-4
duss=-2 dust=-19 dut=16 duti=-4 dutk=1 dutt=5 duty=-4 duu=-5 duum=-5 duv=7 duva=5 duvi=5 dux=6 duy=-2 duz=1
duz$=-8 dv=-11 dva=-5 dva$=-18 dvan=-10 dvar=4 dve=3 dve$=-3 dvec=6 dved=16 dvej=-10 dven=-4 dver=-4 dvi=-16
dvi$=-22 dvie=-20 dvig=12 dvik=8 dvil=7 dvin=6 dvis=-7 dvo=15 dvoc=-1 dvor=10 dw=-2 dwa=-5 dwa$=-1 dwai=9
dwal=-2 dwan=3 dwar=-9 dwat=-1 dway=-3 dwe=-1 dwee=-5 dwel=-6 dwh=-2 dwhe=-2 dwi=6 dwic=1 dwid=-3 dwif=-4
dwig=16 dwin=2 dwit=3 dwiv=-2 dwo=-14 dwom=-4 dwoo=-5 dwor=-2 dwr=-1 dwri=-1 dwy=6 dwye=13 dx=-8 dx$=-5 dy=17
dy$=25 dya=16 dya$=10 dyad=-7 dyan=5 dyb=-7 dybu=-4 dyc=26 dyce=15 dych=12 dyda=1 dye=-12 dyer=-4 dyf=-5
dyfi=-4 dyg=-3 dyi=-7 dyin=-2 dyis=-2 dyj=6 dyja=6 dyk=6 dyk$=12 dyka=4 dyl=-12 dyl$=-4 dyla=-4 dyle=-3
dyli=-5 dyll=-2 dylo=9 dylu=-4 dym=1 dyma=-4 dyme=-4 dymi=-3 dyn=-15 dyn$=16 dyna=-19 dyne=-9 dyni=-2 dyp=-1
dyr=14 dys=-14 dys$=12 dysa=-3 dysc=-4 dysg=-2 dysl=-3 dyso=4 dysp=-6 dyss=-7 dyst=-2 dyt=11 dyte=-3 dyth=14
dyu=-3 dyus=-1 dyw=2 dyz=-10 dyz$=-10 dz=10 dz$=-24 dza=6 dza$=-2 dze=13 dze$=-5 dzel=2 dzen=15 dzh=-22
dzha=-10 dzhe=-4 dzhi=-8 dzi=42 dzi$=-1 dzia=5 dzic=9 dzid=3 dzie=-1 dzik=9 dzin=4 dzio=12 dzis=-8 dziu=4
dzo=-4 dzor=-3 dzu=-2 dzw=5 dzy=-1 e=9 e$=-20 e-=4 e-a=-1 e-an=2 e-b=-4 e-c=5 e-e=-5 e-f=3 e-fr=4 e-g=-3
e-h=-3 e-j=1 e-l=17 e-li=8 e-lo=8 e-m=-2 e-ma=-2 e-r=2 e-ro=3 e-s=-6 e-sc=-3 e-st=-3 e-t=1 e-th=1 e-w=-3
e-we=-1 ea=-72 ea$=-43 eab=-2 eaba=-5 eabi=-1 eabl=-3 eabo=2 eac=4 eace=-7 each=-1 eacl=-2 eaco=-5 eact=-2
eacy=27 ead=-17 ead$=8 eada=5 eadb=-3 eadc=-1 eade=-6 eadf=-2 eadi=-3 eadl=-14 eadm=-3 eado=16 eadp=-2 eadr=-1
eads=-8 eadt=-2 eadw=-8 eady=1 eae=-29 eae$=-25 eaf=-8 eaf$=-16 eafa=4 eafe=-2 eaff=12 eafi=-2 eafl=-2 eafo=-3
eag=2 eaga=16 eage=-7 eagh=9 eagi=-2 eagl=-2 eagr=-5 eagu=-2 eah=15 eah$=7 eaha=11 eahe=-6 eai=8 eak=-56
eak$=-51 eaka=-2 eake=2 eaki=-2 eakl=-1 eaku=8 eakw=-1 eaky=-4 eal=29 eal$=10 eala=11 eale=-4 eali=-11 eall=26
ealm=-3 ealo=-5 ealt=-10 ealy=16 eam=-5 eam$=-22 eama=-3 eame=-7 eamf=-1 eami=-8 eaml=-2 eamo=16 eamp=21
eamr=-3 eams=-4 eamt=-2 eamy=-7 ean=11 ean$=-58 ean-=14 eana=21 eanc=1 eand=2 eane=13 eani=-12 eanl=-2 eann=39
eano=14 eans=-14 eant=-4 eanu=-2 eany=3 eap=-1 eap$=-6 eape=-1 eapi=-4 eapo=4 eapp=-1 ear=-1 ear$=-52 eara=16
earb=7 earc=2 eard=8 earf=-3 earg=11 earh=-3 eari=-24 earl=19 earm=1 earn=2 earo=11 earp=-3 earr=3 ears=2
eart=-25 earw=-6 eary=30 eas=-6 eas$=9 easa=18 easc=-4 ease=-7 eash=-7 easi=-5 easl=-1 easo=-7 eass=4 east=-5
easu=4 easy=-3 eat=-12 eat$=-25 eata=8 eatb=-1 eate=-3 eatf=-1 eath=-12 eati=9 eatl=-2 eatm=-2 eatn=-7 eato=1
eatr=27 eats=-9 eatt=10 eatu=-2 eaty=-4 eau=34 eau$=46 eauc=8 eaud=13 eaul=18 eaum=-10 eaut=-10 eaux=-25 eav=8
eava=4 eave=-14 eavi=-3 eavy=22 eaw=-7 eawa=-6 eawo=-1 eax=-3 eaz=-1 eazi=-1 eb=-23 eb$=34 eba=-16 eba$=-12
ebab=-7 ebac=1 ebad=-3 ebae=-2 ebag=-6 ebai=-1 ebal=2 eban=7 ebar=-9 ebas=24 ebat=-1 ebau=-2 ebay=-8 ebb=6
ebba=12 ebbe=-22 ebbi=9 ebby=7 ebc=-7 ebd=-4 ebda=1 ebdo=-4 ebe=16 ebe$=10 ebea=-2 ebec=3 ebed=2 ebee=-8
ebeg=-4 ebei=-7 ebek=-1 eben=-7 eber=17 ebes=-2 ebet=15 ebf=-3 ebh=3 ebha=-2 ebi=15 ebi$=5 ebia=3 ebib=-7
ebic=8 ebid=-5 ebih=5 ebil=-6 ebin=-9 ebio=10 ebir=1 ebis=4 ebit=6 ebla=2 eble=4 ebli=-2 eblo=-2 ebn=-6 ebna=3
ebo=7 ebo$=1 eboa=7 ebod=-4 eboi=2 ebol=3 ebom=-4 ebon=-4 eboo=9 ebor=-7 ebot=8 ebou=-3 ebow=6 ebox=-2 eboy=-2
ebp=-2 ebpa=-1 ebr=-15 ebra=-30 ebre=-3 ebri=-7 ebro=6 ebru=8 ebs=-4 ebs$=-7 ebsk=5 ebt=-10 ebte=-6 ebu=-27
ebua=1 ebuc=-5 ebud=-1 ebuf=-1 ebug=-5 ebui=-2 ebuk=3 ebul=10 ebun=-2 ebur=1 ebus=-4 ebut=-8 ebv=4 ebw=-9
ebwa=-8 eby=-11 eby$=-4 ebyl=-6 ec=-34 ec$=69 eca=-36 eca$=8 ecac=-2 ecad=-3 ecae=-1 ecag=-1 ecah=-7 ecal=-10
ecam=-4 ecan=-14 ecap=-3 ecar=-9 ecas=5 ecat=11 ecay=-2 ecc=-10 ecca=-4 ecce=-3 ecch=8 ecci=-2 eccl=-3 ecco=1
ecdo=-4 ecdy=-1 ece=10 ece$=-5 ecea=-3 eced=-7 ecei=-6 ecek=-4 ecel=4 ecem=-1 ecen=-10 ecep=21 ecer=19 eces=-8
ecet=-2 ech=-1 ech$=5 echa=-5 echb=3 eche=8 echi=-7 echl=-1 echm=8 echn=-1 echo=-24 echs=2 echt=39 echu=-10
echw=-7 echy=-4 eci=1 eci$=-13 ecia=-10 ecic=9 ecid=23 ecie=-10 ecif=-3 ecik=-6 ecil=14 ecim=3 ecin=14 ecio=-2
ecip=-6 ecis=-7 ecit=2 eciu=-2 eck=20 eck$=-34 eck-=-4 ecka=7 eckb=2 ecke=14 eckh=11 ecki=19 eckl=-16 eckm=4
ecko=-4 eckr=-3 ecks=-3 ecku=-2 ecky=28 ecl=3 ecla=-3 ecle=20 ecli=-8 eclo=-5 eclu=-2 ecm=13 ecn=-3 ecni=-4
eco=18 eco$=2 ecob=-2 ecoc=17 ecod=-6 ecog=-1 ecoi=-2 ecol=5 ecom=2 econ=-10 ecop=-3 ecor=-1 ecos=-2 ecot=15
ecou=-1 ecov=5 ecox=-1 ecp=-3 ecq=1 ecqu=1 ecr=-16 ecra=-3 ecre=-8 ecri=2 ecro=-3 ecru=-3 ecry=-1 ecs=-8
ecs$=-5 ecst=-1 ect=-62 ect$=-12 ecta=-4 ecte=-3 ectf=-1 ecti=-10 ectn=-1 ecto=-16 ectr=-9 ects=-1 ectu=-3
ecu=-31 ecua=-4 ecul=-9 ecum=-7 ecun=-2 ecup=-1 ecur=3 ecus=-3 ecut=-3 ecy=-8 ecy$=-3 ecyp=-1 ecyt=-3 ecz=-1
ecza=1 ecze=-5 eczk=2 eczn=3 ed=-46 ed$=-137 ed-=-1 eda=-1 eda$=30 edac=5 edad=4 edag=-5 edal=-23 edam=1
edan=-5 edap=-3 edar=-5 edat=17 edau=-4 eday=-5 edaz=-3 edb=-6 edb$=-1 edba=-2 edbe=5 edbo=-1 edbr=-2 edbu=-3
edc=-2 edca=-2 edd=24 edde=12 eddi=14 eddl=-4 eddo=-8 eddw=-2 eddy=17 ede=1 ede$=14 ede-=-5 edeb=-1 edec=-5
edee=-1 edel=-22 edem=-9 eden=-9 edep=-1 eder=28 edes=6 edet=3 edeu=8 edev=-2 edew=-5 edey=-4 edf=1 edfo=4
edfu=-1 edg=-20 edga=5 edge=-22 edgi=-4 edgy=-2 edh=24 edha=9 edhe=-1 edhi=8 edho=2 edi=6 edi$=13 edia=-15
edib=-1 edic=9 edid=13 edie=7 edif=6 edig=-4 edik=6 edil=-4 edim=-2 edin=-15 edio=7 edip=-4 edir=-6 edis=-11
edit=13 ediv=-2 ediz=-1 edj=12 edja=12 edjs=-1 edk=-5 edl=9 edl$=8 edla=1 edle=-5 edli=12 edlo=2 edly=-10
edm=16 edma=-1 edmo=12 edmu=9 edna=7 edne=11 edni=-5 edno=-6 edo=12 edo$=26 edoc=-6 edog=-1 edol=-1 edom=-6
edon=-10 edop=-4 edor=10 edos=-5 edou=1 edov=5 edow=-1 edp=-4 edpo=-1 edr=24 edra=18 edre=-6 edri=21 edro=-11
edru=-2 edry=2 eds=-6 eds$=-7 edsi=-2 edst=3 edt=-7 edt$=1 edt-=-1 edte=-2 edti=-2 edu=-11 edu$=6 edua=11
educ=-3 edul=-13 edum=-3 edun=2 edup=-2 edur=-4 edus=1 edv=24 edva=8 edve=22 edvi=-6 edw=13 edwa=3 edwe=-2
edwi=9 edwo=-2 edy=7 edy$=5 edya=-5 edyt=10 edz=-5 edzi=2 ee=-3 ee$=-5 eea=23 eea$=11 eean=8 eeb=19 eeb$=22
eebe=-2 eebl=7 eebw=-8 eec=-5 eeca=-1 eece=6 eech=-28 eeck=25 eed=9 eed$=46 eeda=4 eedb=-1 eede=-9 eedf=-1
eedi=-9 eedl=-6 eedm=-4 eedo=6 eeds=-11 eedw=-4 eedy=-5 eef=-3 eef$=5 eefe=-2 eefu=-1 eeg=14 eeg$=9 eega=7
eege=3 eeh=15 eeh$=4 eeha=5 eeho=-2 eehy=9 eei=-3 eein=-2 eek=-60 eek$=-36 eeka=-3 eeke=-5 eeki=-1 eekl=-4
eekn=-1 eeks=-6 eel=-3 eel$=-20 eela=9 eelb=-4 eele=-11 eeli=-2 eell=-3 eelm=-4 eelo=-3 eels=3 eelw=-2 eely=28
eem=37 eem$=41 eema=-1 eeme=-1 eemi=-5 eeml=-1 eemp=-2 een=8 een$=-1 eena=22 eenb=-1 eenc=-6 eene=8 eenf=11
eeng=-2 eenh=9 eeni=-6 eenl=-7 eenm=4 eens=-17 eent=-7 eenw=-10 eeny=10 eeo=-2 eep=-47 eep$=-13 eepa=2 eepc=-1
eepd=-1 eepe=-14 eepf=-2 eepi=1 eepl=-4 eepn=-4 eepo=-1 eeps=-2 eepu=-2 eepw=-1 eeq=10 eeq$=10 eer=8 eer$=-27
eera=10 eerb=-6 eerd=16 eere=6 eerf=-1 eeri=-14 eerl=5 eern=10 eero=1 eers=-6 eert=13 eery=10 ees=3 ees$=33
eesa=7 eesc=-1 eesh=-14 eesi=-7 eest=-9 eet=11 eeta=15 eetb=-1 eete=8 eeth=-9 eeti=4 eetl=-5 eetn=-1 eeto=-2
eets=4 eetw=-1 eeu=12 eeus=9 eeuw=3 eev$=-1 eeva=2 eeve=3 eevi=-2 eew=-15 eewa=-7 eewh=-1 eewi=-4 eex=-2
eez=-29 eeze=-17 eezi=-4 eezy=-4 ef=-3 ef$=25 efa=7 efa$=-2 efab=-1 efac=-6 efal=-10 efam=-2 efan=17 efar=7
efat=-3 efau=5 efc=-3 efe=7 efe$=1 efea=-1 efec=-1 efeh=-3 efel=-13 efem=6 efen=4 efer=-4 eff=40 eff$=3 effa=4
effe=12 effi=13 effl=-1 effo=4 effr=9 effu=-3 efi=-19 efia=5 efic=-8 efie=-6 efig=-1 efil=8 efin=-9 efir=-5
efis=-5 efit=-5 efix=-3 efk=-2 efl=-11 efla=4 efle=-4 efli=-4 eflo=-5 efly=-2 efn=6 efo=-21 efog=-2 efol=-5
efoo=-2 efor=-7 efou=-3 efr=-4 efra=-3 efri=-2 efro=4 efs=1 efs$=-11 eft=-5 eft$=-9 efta=13 efte=-5 efth=-2
efti=5 efto=-1 efu=-20 efu$=-3 efud=-2 efue=-2 efug=4 eful=-15 efun=-1 efur=2 efus=-2 efut=-1 efy=-8 efy$=-8
eg=-13 eg$=-28 ega=-15 ega$=-1 egab=-2 egac=-7 egad=2 egah=-6 egai=-4 egal=-32 egam=-4 egan=35 egao=-6 egap=-1
egar=9 egas=-2 egat=-24 egau=5 egaw=20 egb=1 egbe=-6 egd=4 ege=10 ege$=11 eged=17 egee=-1 egel=-9 egem=-7
egen=-10 eger=22 eges=-8 eget=-10 egex=-4 egg=16 egg$=-11 egge=25 eggi=-3 eggr=-1 eggs=-4 eggy=8 egh=1 egha=8
eghe=-1 egi=-15 egi$=-2 egia=-13 egib=-1 egic=3 egid=2 egie=4 egil=10 egim=6 egin=5 egio=-20 egir=-9 egis=-5
egit=10 egj=-2 egjs=-2 egl=12 egla=-5 egle=15 egli=6 eglo=-3 egm=1 egm$=-1 egma=-2 egme=4 egn=-3 egna=-8
egne=2 egni=2 egno=-3 ego=3 ego$=-1 egoc=-1 egoi=5 egom=-5 egon=18 egor=-1 egos=1 egot=-5 egov=-7 egr=20
egra=10 egre=-8 egri=8 egro=5 egru=-1 egrz=1 egs=-1 egs$=-5 egt=8 egu=-18 egu$=-8 egua=-8 egue=9 egui=9
egul=-6 egum=1 egun=-8 egur=-13 egw=3 egwa=3 egy=-22 egy$=-3 egye=-5 egyp=-1 egyr=-3 egz=8 eh=7 eh$=10 eh-=6
eha=-14 eha$=11 ehab=-2 ehac=-2 ehad=-7 ehal=1 eham=-4 ehan=18 ehar=-5 ehas=-2 ehau=-2 ehav=-12 ehd=2 ehde=-3
ehdi=5 ehe=-38 ehe$=-6 ehea=-11 ehei=-4 ehen=-9 eher=3 ehet=-4 ehi=19 ehil=1 ehim=8 ehin=1 ehir=-5 ehis=3
ehk=-4 ehl=-1 ehl$=3 ehla=-4 ehle=-1 ehli=1 ehm=11 ehma=1 ehme=11 ehn=3 ehn$=-3 ehn-=-2 ehne=8 ehni=2 ehnt=-9
eho=-44 eho$=-23 ehoe=5 ehog=-1 ehol=-21 ehoo=-4 ehor=7 ehou=8 ehov=-13 ehoz=-6 ehr=5 ehr$=-2 ehra=-13 ehre=14
ehri=11 ehro=4 ehru=-1 ehs=2 ehsa=2 eht=21 eht$=5 ehto=4 ehtt=-1 ehu=2 ehum=-1 ehy=7 ehy$=14 ehyd=-9 ei=25
ei$=-50 ei-=18 ei-c=1 ei-l=3 ei-y=4 eia=-19 eia$=-17 eian=-6 eib=1 eiba=-6 eibe=13 eibn=-9 eibu=-3 eic=-7
eic$=-5 eice=-1 eich=-5 eico=-1 eict=-1 eid=4 eid$=-7 eida=-24 eide=23 eidi=5 eidl=7 eido=-22 eidr=7 eidy=8
eie=17 eien=-10 eier=27 eif=22 eif$=17 eife=2 eiff=5 eifi=-3 eifo=-2 eifu=11 eify=-3 eig=-2 eig$=31 eige=-5
eigh=-11 eigl=8 eign=-21 eigu=-3 eih=-20 eihi=-10 eii=-4 eij=48 eij$=8 eija=2 eije=14 eijm=2 eijn=4 eijo=-1
eik=-2 eik$=-8 eika=-11 eike=11 eikh=-3 eikk=2 eiku=5 eil=-9 eil$=3 eila=7 eile=-3 eili=8 eill=-15 eilo=-8
eilt=-10 eim=-13 eim$=-39 eim-=-8 eima=3 eimb=-4 eimd=-6 eime=26 eims=-4 eimu=5 ein=-11 ein$=-93 ein-=-7
eina=9 einb=-7 einc=-3 eind=6 eine=-14 einf=8 eing=-5 einh=27 eini=-7 eink=7 einm=-6 einn=35 eino=9 einr=12
eins=-13 eint=2 einu=2 einv=4 einw=1 einz=7 eio=-18 eio$=-18 eion=9 eiop=-3 eios=-2 eip=16 eir=39 eir$=23
eira=-9 eird=-5 eire=14 eirf=3 eirh=4 eiri=3 eirl=-2 eirn=8 eiro=-3 eiru=-4 eis=-2 eis$=-16 eisa=-5 eisc=20
eise=-1 eish=-6 eisi=6 eisl=6 eism=-12 eisn=5 eiso=3 eiss=-8 eisu=1 eit=20 eit$=-10 eita=-11 eite=18 eith=6
eiti=2 eitn=8 eitr=12 eits=-9 eity=-3 eitz=10 eiu=-3 eiur=-3 eiv=9 eiva=-4 eive=1 eivi=9 eiw=7 eiwa=5 eix=10
eix$=1 eixe=4 eixo=4 eiz=-26 eiz$=-13 eize=-6 ej=-4 ej$=20 eja=-21 eja$=16 ejac=-2 ejak=-25 ejan=4 ejar=-3
ejau=-8 ejc=5 ejd=9 eje=-1 eje$=-3 ejec=-2 ejen=-5 ejer=7 ejet=-10 ejev=6 ejew=-2 eji=-12 eji$=-19 ejia=6
ejin=8 ejk=5 ejka=1 ejko=3 ejm=17 ejma=6 ejn=1 ejna=3 ejni=1 ejo=-8 ejo$=17 ejoi=-5 ejok=-10 ejon=9 ejor=-5
ejos=-10 ejov=-1 ejs=5 ejs$=11 ejso=-8 ejt=-16 ejt$=-10 eju=-6 eju$=-6 ejud=-2 ejuk=8 ejun=-1 ejuo=-2 ejz=-3
ek=24 ek$=93 eka=-28 eka$=3 ekab=2 ekad=-5 ekal=-12 ekam=-8 ekan=9 ekap=5 ekat=-16 ekb=11 ekba=5 ekbe=4 ekd=4
ekda=2 eke=14 eke$=12 eked=-3 ekee=-4 ekel=1 eken=2 eker=1 ekes=7 eket=-6 ekg=-8 ekh=10 ekhi=-1 ekho=9 eki=-4
eki$=-2 ekia=-3 ekie=2 ekil=2 ekim=5 ekin=15 ekir=-6 ekis=-7 ekit=-3 ekk=-1 ekka=10 ekke=4 ekki=-2 ekko=-12
ekl=-3 ekla=5 ekly=-5 ekm=4 ekn=-3 ekne=-4 ekno=-1 eko=-19 eko$=-13 ekon=-1 ekov=3 eks=9 eks$=3 ekse=3 eksi=-6
ekst=11 ekt=-11 ekta=4 ekto=-16 eku=-9 ekun=-2 ekur=5 ekus=2 ekv=-17 ekvi=-14 ekw=2 ekwa=1 eky=-12 ekyo=-13
el=13 el$=29 el-=-13 el-a=1 el-b=-3 ela=-7 ela$=46 elaa=8 elab=-6 elad=7 elae=-4 elaf=-4 elag=-2 elah=22
elai=-10 elak=-14 elal=6 elam=-6 elan=-5 elap=-3 elar=16 elas=-18 elat=-4 elau=-6 elav=-11 elaw=-5 elax=-2
elay=-11 elaz=-1 elb=-22 elba=-4 elbe=-16 elbi=4 elbo=-6 elbr=1 elbu=-8 elby=12 elc=24 elca=2 elce=10 elch=-12
elci=3 elco=-2 elcr=4 elcy=8 eld=1 eld$=-8 eld-=-2 elda=6 eldb=-1 elde=16 eldm=-1 eldo=2 eldr=8 elds=-5
eldt=-5 eldu=2 eldy=-5 ele=6 ele$=55 elea=17 eleb=-9 elec=13 eled=-6 elee=-7 elef=-3 eleg=-22 elei=-2 elek=6
elen=19 eleo=-13 elep=-9 eler=-15 eles=7 elet=-19 eleu=7 elev=-18 eley=-8 elez=7 elf=-35 elf$=-23 elfa=-3
elfe=-4 elfi=1 elfl=-2 elfo=8 elfr=5 elfs=-4 elft=-4 elg=3 elga=6 elgo=3 elgu=-3 elh=-8 elha=2 elho=-4 eli=17
eli$=8 elia=19 elib=-13 elic=9 elid=-21 elie=12 elif=8 elig=5 elih=-6 elij=-14 elik=-10 elil=-4 elim=9 elin=-4
elio=-16 elip=4 eliq=-1 elir=-3 elis=31 elit=8 eliu=-3 eliv=-9 elix=5 eliz=1 elj=-33 elj$=11 elja=-12 elje=-28
elk=17 elk$=-9 elka=19 elke=1 elkh=4 elki=9 elko=6 elku=-7 ell=19 ell$=50 ell-=-2 ella=-25 ellb=-5 ellc=-3
elle=4 ellf=-6 ellh=-6 elli=13 ellm=-4 elln=9 ello=-17 ellp=-3 ellr=-4 ellt=-2 ellu=-22 ellw=11 elly=32 elm=24
elma=5 elme=5 elmi=12 elmo=4 elms=-8 elmu=9 eln=-22 eln$=-15 eln-=-3 elna=1 elne=-1 elni=-4 elny=-1 elo=-17
elo$=-3 eloa=2 eloc=9 elod=-2 elof=2 elog=-9 eloi=11 elol=-4 elom=-13 elon=-22 eloo=2 elop=-15 eloq=-2 elor=4
elos=4 elot=11 elou=8 elov=7 elow=-2 elp=3 elp$=-7 elpe=5 elpf=-1 elpi=3 elpo=2 elr=1 elro=3 elry=-4 els=14
els$=16 elsa=4 elsb=-7 elsc=-7 elsd=-1 else=16 elsf=-2 elsh=-15 elsi=5 elsk=4 elso=-10 elsp=-5 elss=2 elst=-2
elsy=9 elt=20 elt$=7 elta=-27 elte=-15 elti=8 elto=27 eltr=18 elts=-4 eltu=-1 eltw=-3 elty=-4 eltz=5 elu=-38
elu$=8 elua=-3 elud=-11 elug=-2 eluk=-2 elul=1 elum=-1 elun=-9 elur=-12 elus=1 elut=2 elv=-18 elve=-28 elvi=12
elvy=2 elw=3 elwa=6 elwe=-5 elwi=1 elwo=1 ely=9 ely$=23 elye=-10 elyn=14 elys=2 elyt=-11 elz=-5 elza=-1
elze=-3 em=-25 em$=23 ema=-19 ema$=5 emaa=14 emac=7 emad=-9 emag=-12 emai=-16 emaj=3 emak=5 emal=15 emam=-2
eman=4 emap=-3 emar=16 emas=-27 emat=-23 emau=-2 emay=9 emaz=-3 emba=15 embe=11 embi=14 embl=-3 embo=-11
embr=-22 emc=-6 emca=-1 emcz=1 emd=-5 emdv=-2 eme=31 eme$=-9 emea=-19 emec=7 emei=3 emek=2 emel=10 emem=-5
emen=-1 emer=-14 emes=8 emet=37 emey=10 emf=-5 emg=-9 emgo=-3 emi=14 emi$=25 emic=-26 emid=-1 emie=-4 emif=-2
emig=-4 emik=-2 emil=30 emim=5 emin=-5 emio=4 emip=-4 emiq=-1 emir=16 emis=3 emit=-9 emiu=-3 emiv=-2 emix=-2
emiz=-1 emj=-5 emk=1 emke=5 emki=-5 eml=-9 eml$=-2 emli=-10 emly=-1 emm=-10 emme=4 emmi=-1 emmo=-12 emn=-13
emn$=-4 emna=-6 emni=-3 emno=-3 emo=-42 emo$=9 emob=-1 emoc=-3 emod=-4 emog=5 emoi=21 emoj=-8 emol=-11 emom=-1
emon=-8 emop=-4 emor=-5 emos=-14 emot=-14 emou=5 emov=-3 emoz=-2 emp=6 emp$=5 empa=-6 empe=29 empf=3 emph=-4
empi=1 empl=7 empo=-14 empr=-7 emps=-4 empt=-7 empu=-3 empy=-3 emr=16 emra=2 ems=6 ems$=-1 emsa=4 emsb=-3
emse=10 emst=-3 emti=-3 emto=-5 emu=-21 emu$=-19 emuc=4 emul=-9 emum=1 emun=-5 emur=-16 emus=17 emut=19
emuz=-5 emv=-6 emwe=-2 emy=13 emy$=10 emys=2 emz=2 en=-15 en$=2 en-=-27 en-a=-5 en-b=-4 en-c=7 en-d=-7 en-e=-2
en-f=-2 en-g=-3 en-h=5 en-k=-4 en-l=-2 en-m=1 en-n=-2 en-o=-2 en-p=2 en-r=-7 en-s=3 en-t=3 en-v=-3 en-w=-7
ena=-5 ena$=14 enaa=-4 enab=3 enac=4 enad=-8 enae=7 enaf=-6 enag=-5 enah=4 enai=1 enak=-10 enal=-17 enan=-15
enap=-4 enar=-8 enas=18 enat=-2 enau=-5 enav=21 enaz=-2 enb=5 enba=-7 enbe=-20 enbi=-4 enbo=25 enbr=5 enbu=7
enc=-3 enc$=18 enca=20 ence=-15 ench=-17 enci=19 enck=-1 encl=-2 enco=3 encr=-2 encu=-2 ency=-32 encz=1
end=-25 end$=-30 enda=-21 ende=17 endi=-27 endl=1 endm=-1 endo=5 endr=16 ends=8 endt=9 endu=-5 endw=-1 endy=12
ene=-15 ene$=14 enea=10 eneb=8 enec=-9 ened=27 enee=-6 enef=-8 eneg=12 enei=7 enek=6 enel=-15 enem=-10
enen=-26 enep=-4 ener=-28 enes=14 enet=-21 eneu=3 enev=-3 enew=4 enex=-3 eney=17 enez=-4 enfe=16 enfi=-3
enfo=-5 enfr=1 enfu=-5 eng=34 eng$=39 eng-=6 enga=-23 engb=-1 engd=2 enge=-11 engg=-10 engi=6 engk=2 engl=18
engo=4 engr=-2 engs=2 engt=-9 engu=-1 engw=2 enh=-42 enha=-24 enhe=-12 enhu=-8 enhy=-1 eni=5 eni$=-18 enia=30
enic=6 enid=-2 enie=2 enif=15 enig=5 enih=4 enii=3 enik=-2 enil=-9 enim=-12 enin=-25 enio=5 enip=4 enir=-16
enis=9 enit=1 eniu=-1 eniv=-3 eniz=14 enj=4 enja=4 enji=3 enjo=-3 enjw=5 enk=20 enk$=11 enka=26 enke=4 enkh=-2
enki=-13 enkl=-6 enkn=6 enko=-1 enky=2 enl=-28 enla=-5 enle=-9 enli=-11 enlo=6 enly=-4 enm=-12 enma=-4 enme=-9
enmo=6 enn=-3 enn$=-10 enna=-8 enne=5 enni=15 enno=3 enns=-6 ennu=1 enny=-7 eno=6 eno$=18 enoa=-6 enob=4
enoc=11 enod=-2 enog=-5 enoi=4 enok=4 enol=-1 enom=-21 enon=2 enoo=-2 enop=-6 enor=3 enos=-5 enot=-15 enou=1
enov=6 enow=14 enp=-4 enpa=-2 enpe=-1 enpi=-2 enpo=-1 enpu=-1 enpy=-1 enq=-1 enqu=-5 enr=14 enra=-3 enre=-3
enri=26 enro=-13 ens=5 ens$=48 ensa=10 ensb=-15 ensc=-5 ensd=3 ense=-8 ensh=-2 ensi=-21 ensk=-7 ensl=1 enso=-7
enss=7 enst=16 ensu=-2 ensw=-1 ent=-40 ent$=-20 enta=-34 entd=-1 ente=11 entf=-1 entg=-4 enth=13 enti=33
entk=-2 entl=-5 entm=-3 entn=-9 ento=-2 entr=-16 ents=-9 entt=7 entu=-1 entw=-3 enty=-2 entz=1 enu=-47 enu$=-7
enua=-2 enuc=-2 enud=-3 enue=-4 enui=-2 enul=4 enum=-4 enun=-4 enur=-3 enus=-4 enut=2 env=1 env$=-12 enve=21
envi=-5 envo=3 envs=-2 enw=-6 enwa=-10 enwe=-1 enwi=-3 enwo=8 enx=-1 eny=16 eny$=-2 enya=20 enye=-6 enyl=-5
enyo=7 enyt=-1 enz=-12 enz$=-5 enza=-2 enze=-1 enzh=-3 enzi=14 enzo=3 enzy=-13 eo=-19 eo$=3 eoa=-2 eob=3
eoba=5 eobe=6 eobi=-2 eobo=-2 eobr=-2 eoc=-5 eoca=19 eoce=-8 eoch=-7 eocl=-1 eoco=-4 eocr=-1 eod=13 eoda=-5
eode=-8 eodi=-1 eodo=35 eody=-2 eoe=-1 eof=10 eof$=-6 eoff=5 eofi=6 eog=1 eoga=-2 eogh=9 eogl=-1 eogr=-3 eoh=2
eoha=3 eoi=25 eois=6 eok=-5 eol=-36 eola=-6 eole=-6 eoli=-19 eolo=-6 eolu=-1 eom=-10 eoma=5 eome=-5 eomi=-1
eomo=-2 eomy=-4 eon=5 eon$=-17 eonc=3 eone=16 eong=2 eonh=4 eoni=-6 eono=9 eont=12 eony=-4 eop=10 eopa=-10
eope=-1 eoph=14 eopl=-3 eopo=12 eops=-1 eopt=-1 eor=-2 eor$=-4 eora=5 eord=-2 eore=-7 eorg=28 eorh=-4 eori=-12
eorn=-1 eoro=-1 eos=-17 eos$=4 eosa=6 eosi=-5 eoso=-6 eosp=-1 eost=-11 eot=2 eota=-2 eote=-2 eoth=6 eoti=-4
eoto=-2 eotr=-1 eoty=-1 eou=-13 eous=-14 eout=-6 eov=-6 eova=1 eove=-2 eovi=-5 eow=13 eown=15 eox=-1 eoxy=-1
eoz=-2 eozo=-2 ep=-5 ep$=11 epa=-14 epa$=11 epac=3 epad=-7 epag=12 epai=-5 epak=10 epal=-2 epam=-4 epan=9
epar=-12 epas=-1 epat=-10 epau=-6 epay=-3 epc=7 epch=8 epd=-3 epe=-1 epe$=-5 epea=-1 epec=-3 eped=8 epee=-2
epel=-4 eper=-9 epes=19 epet=-5 epey=-7 epf=-3 eph=-9 eph$=2 epha=-9 ephe=-9 epho=1 ephr=3 epht=-1 ephu=4
epi=-23 epi$=-10 epia=1 epic=-7 epid=-5 epie=2 epig=-3 epik=5 epil=-6 epim=-1 epin=-7 epio=-3 epip=-5 epis=6
epit=5 epiz=3 epk=36 epka=6 epke=9 epko=8 epl=-3 epl$=3 epla=-12 eple=5 epli=6 eplo=-8 eplu=3 epm=-2 epn=8
epne=-4 epng=12 epo=-16 epo$=14 epod=-2 epoi=-2 epol=-7 epon=-8 epor=-6 epos=-7 epot=-2 epp=26 epp$=20 eppa=7
eppe=-7 eppi=10 eppo=-1 eppu=1 eppy=-2 epr=-19 epra=-1 epre=-1 epri=-7 epro=-6 eps=2 eps$=13 epse=1 epsh=-1
epsi=-5 epst=-1 epsy=-2 ept=1 ept$=-10 epta=-5 epte=-4 epth=-1 epti=4 epto=-2 eptr=-2 eptu=22 epu=5 epub=-3
epug=-2 epul=1 epur=4 epus=-2 eput=4 epw=-2 epwa=-1 epy=-10 epy$=-6 eq=-30 eq$=-5 equ=-16 eque=-5 equi=-9
equo=1 er=-28 er$=-29 er-=-10 er-f=-1 er-h=-2 er-m=-1 er-o=3 er-s=-4 er-w=-1 era=-19 era$=6 erab=-3 erac=12
erad=-4 erae=-2 eraf=12 erag=-2 erah=3 erai=-16 erak=-17 eral=4 eram=-3 eran=4 erap=-15 erar=10 eras=-1
erat=-14 erau=-10 erav=1 eraw=-3 eray=11 eraz=5 erb=-9 erb$=-11 erba=-18 erbe=-6 erbi=9 erbj=3 erbl=-2 erbo=-6
erbr=8 erbs=6 erbu=3 erby=6 erc=10 erc$=4 erca=13 erce=-30 erch=12 erci=-5 erck=29 ercl=-2 erco=-4 ercr=6
ercu=-21 ercz=2 erd=9 erd$=5 erda=-12 erde=8 erdi=2 erdm=11 erdo=-4 erdr=-3 erdu=6 erdy=-1 erdz=1 ere=-1
ere$=-1 erea=-3 ereb=-10 erec=4 ered=-7 eree=12 ereg=16 erei=-16 erek=-10 erel=6 erem=11 eren=2 ereo=-2 erep=2
erer=-12 eres=28 eret=8 ereu=-5 erev=-10 erew=-1 erey=-4 erez=2 erf=-12 erf$=-2 erfa=-6 erfe=-5 erfi=8 erfl=-1
erfo=1 erfr=4 erfu=-6 erg=20 erg$=14 erg-=-28 erga=7 erge=25 ergh=4 ergi=-9 ergl=3 ergn=2 ergo=-11 ergr=-3
ergs=4 ergu=4 ergy=-8 erh=51 erha=20 erhe=11 erhi=5 erho=19 erhu=-2 eri=-39 eri$=31 eria=-38 erib=4 eric=26
erid=-25 erie=-31 erif=2 erig=2 erih=-4 erij=12 erik=6 eril=-1 erim=29 erin=21 erio=-11 erip=-10 eris=-25
erit=-17 eriu=2 eriv=-3 eriw=-3 eriy=-4 eriz=-11 erj=-17 erja=-17 erje=16 erjs=-4 erju=-8 erk=9 erk$=17
erka=14 erke=-28 erkh=6 erki=-11 erkl=-4 erkn=-2 erko=8 erkr=-8 erks=7 erky=5 erl=15 erl$=39 erla=-27 erle=3
erli=3 erlo=-22 erlu=6 erly=17 erm=-11 erm$=-1 erma=-12 erme=4 erms=4 ermy=-3 ern=4 ern$=-30 ern-=-3 erna=10
ernb=-7 ernd=6 erne=11 ernf=4 ernh=1 erni=-2 ernl=-2 ernm=-1 erno=4 erns=-4 ernt=9 ernu=11 ernw=4 erny=-2
ero=-4 ero$=54 erob=-14 eroc=-6 erod=-13 eroe=-8 erof=-1 erog=1 eroi=-17 erok=-2 erol=5 erom=-8 eron=11
eroo=-13 erop=8 eror=-11 eros=-3 erot=-1 erou=13 erov=4 erox=-2 eroy=3 erp=-28 erp$=-3 erpa=-18 erpe=-11
erph=-1 erpi=7 erpl=-1 erpo=-2 erpr=-3 erpu=6 erpy=-1 erq=6 erqu=1 err=9 err$=-9 erra=17 erre=22 errh=-3
erri=24 errn=-6 erro=22 erru=-7 erry=-44 ers=-5 ers$=33 ersa=-8 ersb=-10 ersc=30 ersd=-5 erse=-8 ersf=-4
ersh=-16 ersi=-15 ersk=5 ersl=-1 ersm=-1 ersn=-2 erso=3 ersp=-8 erss=8 erst=3 ersu=-3 ersw=-7 ersy=-1 ersz=2
ert=35 ert$=65 erta=-30 erte=-12 erth=-6 erti=-38 ertl=5 ertn=-2 erto=-3 ertr=18 erts=25 ertt=12 ertu=-7
erty=30 ertz=-14 eru=-30 eru$=10 erub=-5 eruc=-4 erud=-12 eruk=1 erul=-12 erum=-2 erun=-15 erup=-4 erur=-1
erus=6 erut=10 eruz=4 erva=5 erve=3 ervi=-15 ervo=15 ervu=-4 erw=10 erwa=-2 erwe=19 erwh=-1 erwi=12 erwo=-15
erwr=-1 erx=-2 ery=-8 ery$=-1 erya=9 eryc=5 eryd=-3 erye=10 eryg=-4 eryk=3 eryl=8 erym=-8 eryo=-4 erys=-7
eryt=-13 erz=-22 erz$=5 erza=-2 erzb=-6 erze=-12 erzh=-2 erzi=-10 erzo=3 erzy=3 es=-24 es$=-29 es-=1 esa=1
esa$=31 esaa=1 esac=3 esad=3 esag=11 esai=4 esak=-7 esal=-4 esam=-12 esan=2 esar=4 esas=-11 esat=-5 esau=-8
esb=21 esba=12 esbe=12 esbi=2 esbo=-6 esbu=3 esby=-2 esc=16 esc$=-3 esca=17 esce=-22 esch=-13 esci=4 esco=4
escr=2 escu=31 esd=-10 esda=-7 esde=-4 esdk=-2 esdr=4 ese=12 ese$=50 esea=-2 eseb=-2 esec=-4 esed=-4 esee=-10
eseg=-4 esel=-11 esem=-8 esen=16 eser=15 eses=-3 eset=-19 esew=-1 esex=-1 esey=-7 esf=9 esfa=4 esfe=4 esfo=1
esg=-2 esh=42 esh$=65 esha=8 eshe=-14 eshf=-1 eshi=-4 eshk=-11 eshl=-7 eshm=-1 eshn=-1 esho=2 esht=2 eshu=6
eshw=-5 esi=-2 esi$=25 esia=-12 esic=3 esid=-7 esie=-14 esig=-8 esik=3 esil=7 esim=-5 esin=10 esio=2 esir=10
esis=-30 esit=-8 esiu=-1 esiv=6 esiz=-2 esj=3 esja=5 esk=5 eska=1 eske=-9 eski=8 esko=13 esky=-5 esl=11 esla=1
esle=3 esli=6 eslo=-7 eslu=-3 esm=1 esma=-3 esme=10 esmi=-3 esmo=-5 esmu=5 esn=13 esna=14 esne=7 esni=1
esno=-11 eso=-40 eso$=-7 esoc=-1 esod=-1 esol=-3 esom=-9 eson=-1 esop=-4 esor=-7 esot=-10 esou=-3 esox=-1
esoy=1 esp=20 espa=1 espe=5 esph=7 espi=30 espl=-1 espo=-1 espr=-11 espu=-5 espy=-1 esq=-12 esq$=-6 esql=-2
esqu=-1 esr=12 esre=3 esro=8 ess=-25 ess$=-90 essa=3 essb=-3 essc=4 esse=-2 essi=25 essl=-1 essm=-5 essn=2
esso=-1 essp=-1 essu=-7 essw=9 essy=35 est=-47 est$=-88 est-=-3 esta=-11 estb=4 estc=-1 estd=7 este=35 estf=3
esth=-11 esti=9 estl=8 estm=5 estn=1 esto=-23 estr=-12 ests=-1 estu=34 estw=-5 esty=1 esu=-9 esu$=2 esud=5
esui=-5 esul=2 esum=-3 esup=5 esur=-11 esuv=-5 esv=-7 esvi=-4 esw=-1 eswa=4 eswe=-2 eswo=-1 esy=-14 esy$=-9
esyn=-2 esz=7 esz$=-9 esza=3 eszc=-4 esze=10 eszk=7 et=-34 et$=29 eta=-34 eta$=40 etab=-10 etac=-6 etae=-4
etag=-4 etah=-10 etai=-13 etak=-9 etal=-19 etam=7 etan=15 etap=-4 etar=-3 etas=-9 etat=6 etau=-5 etb=-10
etba=-3 etbe=-3 etbr=-3 etc=3 etch=-3 etd=-2 ete=5 ete$=22 etec=-2 eted=-1 etee=-17 etek=-4 etel=12 etem=-5
eten=4 eteo=-5 eter=15 etes=-10 etet=3 etex=-1 etf=-6 etfi=-2 etfo=-3 etfu=-3 etg=-7 eth=23 eth$=48 etha=-6
ethe=8 ethi=-2 etho=-22 ethr=-10 ethu=10 ethw=5 ethy=-8 eti=6 eti$=-15 etia=-11 etib=2 etic=31 etid=-11 etie=9
etif=-1 etig=-1 etil=11 etim=-11 etin=2 etio=-5 etir=-2 etis=-6 etit=13 etiu=2 etj=-10 etk=-7 etka=1 etko=-3
etl=13 etl$=3 etla=-2 etle=12 etli=5 etlo=-2 etly=-1 etm=-6 etma=-9 etme=7 etmi=-3 etn=-5 etna=-10 etne=3
etni=5 eto=-20 eto$=-3 etoa=-1 etod=8 etoe=-3 etof=-2 etog=1 etok=5 etom=-4 eton=-3 etoo=-5 etop=-4 etor=-10
etot=-2 etou=8 etov=-3 etow=-2 etox=-1 etp=-5 etph=-1 etr=-3 etra=3 etre=-8 etri=3 etro=-5 etrt=-12 etru=27
etry=-11 ets=-2 ets$=-16 etsa=-2 etsc=8 etse=5 etsh=3 etsi=-4 etsk=-4 etso=-1 etst=-1 etsu=-8 etsw=-2 ett=33
ett$=37 etta=25 ette=-6 etti=5 ettl=-3 ettn=1 etto=-23 ettr=-3 etts=4 ettu=-14 etty=12 etu=-14 etua=-1 etud=-8
etui=-5 etul=-1 etum=-2 etup=-3 etur=1 etus=6 etv=1 etw=-13 etwa=-7 etwe=-3 etwi=-2 etwo=-2 ety=-13 ety$=-21
etya=17 etyl=-4 etym=-5 etyp=-1 etz=5 etz$=4 etza=-2 etze=-3 etzi=6 etzl=8 eu=-14 eu$=-26 eua=3 eub=1 euba=5
eube=-3 eubr=-3 euc=-27 euca=-8 euce=-1 euch=-7 euci=-4 eucl=-1 euco=-2 eud=-6 eud$=-9 euda=-9 eude=14 eudo=1
eue=-10 eue$=-4 euen=-4 euer=-1 euf=10 eufe=5 eug=24 euge=20 eugl=-7 euh=7 euha=3 euk=-17 euka=-3 euki=-5
euko=-9 eul=16 eul$=-1 eula=15 eule=3 eulo=1 eum=6 eum$=-4 euma=4 eume=6 eumo=-7 eumy=-2 eun=26 eun$=8 euna=-2
eund=-5 eune=3 euni=18 eunt=-8 eup=-9 eup$=-4 eupa=-2 euph=3 eupl=-1 eupn=-5 eupo=-4 eur=-37 eur$=-10 eura=-10
eure=25 euri=-5 eurl=-1 euro=-30 eurs=-5 eury=-2 eus=12 eus$=-14 eusc=6 euse=2 eusi=1 euss=5 eust=5 eusz=4
eut=-5 eut$=-8 eute=21 euth=-5 euti=-5 euto=-3 eutr=-1 euts=-4 eutz=-6 euv=8 euve=2 euvr=-7 euw=8 eux=22
eux$=24 euxi=-1 euz=3 euze=13 ev=23 ev$=12 eva=-2 eva$=11 eva-=2 evab=-1 evac=-13 evad=-8 eval=3 evam=1
evan=-2 evap=-2 evar=13 evas=-3 evat=-9 evc=7 evci=4 evd=7 evdi=4 eve=8 eve$=20 eved=12 evee=-3 evei=-10
evel=1 evem=-2 even=-30 eves=15 evet=-13 evez=-1 evg=18 evge=13 evi=-10 evi$=-10 evia=-5 evic=10 evid=-8
evie=11 evik=-2 evil=-13 evim=9 evin=22 evio=4 evir=-5 evis=-4 evit=-3 eviv=-4 eviz=-4 evk=-5 evka=-17 evl=12
evla=1 evli=4 evlu=11 evn=-7 evo=-12 evo$=-60 evoc=-1 evoi=-1 evok=-4 evol=-1 evon=13 evoo=13 evos=17 evot=-3
evou=-4 evoy=13 evr=12 evre=4 evri=8 evro=1 evs=3 evsk=-18 evt=-10 evts=-2 evu=-5 evue=-2 evul=-2 evus=-7
evv=-17 evve=-15 evy=-2 evy$=-3 ew=-42 ew$=-19 ewa=8 ewa$=5 ewaa=7 ewab=-1 ewag=-1 ewai=6 ewaj=3 ewal=-5
ewan=13 ewar=-10 ewas=-3 ewat=-2 eway=-10 ewb=-5 ewbu=-1 ewd=-4 ewdl=-1 ewe=-15 ewe$=-2 ewed=-2 ewee=-4 ewei=5
ewel=6 ewer=-9 ewes=-3 ewf=-1 ewfi=-1 ewg=-1 ewh=-5 ewhe=-3 ewi=3 ewi$=-3 ewic=20 ewie=-5 ewif=-4 ewil=-2
ewin=6 ewis=-12 ewit=2 ewiv=-2 ewk=11 ewka=10 ewl=-3 ewm=-7 ewma=-6 ewn=12 ewn$=-9 ewne=-1 ewni=22 ewo=-4
ewol=4 ewom=-3 ewoo=-11 ewor=-13 ewoz=7 ewp=-2 ewr=-6 ewri=-1 ews=3 ews$=-6 ewsb=-1 ewsk=14 ewsp=-1 ewsr=-2
ewsw=-1 ewt=-3 ewto=-2 ewu=2 ewy=-6 ewy$=-6 ex=-50 ex$=-12 exa=-21 exa$=3 exac=-1 exad=-2 exag=-1 exal=-4
exam=-7 exan=1 exap=-2 exar=-2 exas=-2 exb=-1 exc=-10 exca=-1 exce=-3 exch=-2 exci=-1 excl=-1 excr=-1 excu=-1
exe=2 exe$=3 exec=-5 exed=-1 exeg=-1 exem=-2 exen=-2 exer=-6 exes=-1 exf=10 exfo=10 exh=8 exha=-2 exhi=-1
exi=8 exia=-4 exic=-9 exie=23 exif=-5 exig=-1 exil=-4 exio=-2 exit=-1 exl=-2 exm=-1 exo=-15 exoc=-1 exod=-1
exog=-1 exon=-3 exor=-5 exos=-2 exot=-1 exp=-1 exp$=-2 expa=-2 expe=-3 expi=-1 expl=-2 expo=10 expr=-1 expu=-1
exr=-3 exre=-3 exs=11 ext=-26 ext$=-7 exta=-4 exte=-5 exti=-3 exto=7 extr=-11 extu=-1 exu=-3 exua=-3 exub=-1
exud=-1 exul=-1 exus=4 exy=2 exy$=-2 ey=54 ey$=90 eya=-38 eya$=-25 eyam=-1 eyan=2 eyar=-6 eyb=-6 eyba=-6
eybe=1 eybj=2 eybo=-4 eyc=-17 eych=-4 eyco=-5 eyd=10 eyda=1 eyde=-3 eydi=4 eye=-43 eye$=-23 eyeb=-3 eyec=3
eyed=-4 eyel=-9 eyem=4 eyen=11 eyer=7 eyes=-9 eyet=-5 eyf=10 eyfu=10 eyg=2 eyh=1 eyha=4 eyi=-3 eyi$=-11 eyin=5
eyis=-3 eyit=7 eyj=-1 eyja=-2 eyk=-7 eyl=11 eyla=12 eyle=1 eyli=4 eylo=-4 eym=7 eyma=3 eymo=-3 eymu=8 eyn=12
eyn$=-6 eyna=3 eyne=2 eyno=5 eyo=7 eyon=10 eyor=-4 eyp=-4 eypa=-3 eypo=-1 eyr=-5 eyr$=-2 eyra=4 eyre=5 eyri=-5
eyro=-5 eys=-1 eys$=3 eyse=-8 eyst=-2 eyt=-2 eyto=9 eyu=-6 eyv=15 eyva=6 eyw=-5 eyy=17 ez=-5 ez$=37 eza$=4
ezak=-2 ezal=-9 ezan=-4 ezar=10 ezas=-1 ezat=6 ezd=2 ezde=-3 eze=-8 eze$=8 ezek=-16 ezel=-7 ezen=1 ezer=-2
ezes=-3 ezg=11 ezgi=7 ezh=-13 ezha=-5 ezhd=1 ezhe=-2 ezho=-3 ezi=-4 ezi$=-7 ezia=-1 ezic=4 ezie=-6 ezin=-17
ezio=4 eziz=7 ezk=-10 ezka=-4 ezl=6 ezn=-1 ezni=2 ezo=-12 ezo$=-14 ezoi=-3 ezon=1 ezr=3 ezs=1 ezu=-12 ezuz=-9
ezy=-3 ezy$=-4 ezyk=3 ezz=-5 ezza=5 ezzi=-1 ezzl=-3 ezzo=-7 f=-53 f$=2 f-=2 f-a=-2 f-d=7 f-di=7 f-e=-1 f-m=-2
f-p=5 fa=26 fa$=-8 faa=11 fab=30 fab$=-5 fabb=3 fabi=14 fabl=-4 fabr=21 fabu=5 fac=-31 facc=-13 face=-18
faci=-8 fact=-4 facu=7 fad=14 fadd=4 fade=2 fadi=20 fae=7 faec=-1 fael=11 faer=-8 fag=10 fage=3 fagg=2 fago=1
fagu=-1 fah=-3 fah$=-3 faha=-5 fahr=1 fai=-6 fail=-4 fain=4 fair=-17 fais=-2 fait=-2 faiz=14 faj=5 fak=-7
fak$=2 fake=-9 faki=-5 fal=-11 fal$=17 fala=1 falc=-1 falg=2 falk=11 fall=-26 fals=-13 falt=-3 falu=-2 falz=-4
fam=-19 fame=-5 fami=-8 famo=-1 fan=18 fan$=3 fana=-13 fanc=-9 fand=2 fane=-4 fang=-8 fani=22 fank=10 fann=16
fant=4 fao=-15 faoi=-13 faq=-1 far=9 far$=-6 fara=-6 farc=7 fare=-21 farg=-6 farh=24 fari=19 fark=4 farl=6
farm=-17 farn=5 faro=3 farr=15 fars=-7 fart=-13 farz=2 fas=-12 fash=-2 fast=-27 fat=15 fat$=2 fata=-7 fate=-3
fath=-8 fati=8 fatm=14 fato=5 fatt=7 fatu=5 fau=-3 fauc=4 faul=-8 faun=-9 faus=1 fauv=-3 fav=7 favi=-4
favo=-10 faw=1 fawn=-4 fax=-3 fax$=-3 fay=11 faye=6 faz=-3 faze=-8 fazi=-1 fb=-14 fba=-3 fbe=-2 fbi=-6 fbo=2
fc=-27 fc$=-14 fca=2 fco=-1 fcon=-1 fd=-11 fde=-3 fde$=-7 fdi=5 fdis=10 fdo=-6 fe=10 fe$=28 fea=10 fea$=-3
fear=12 feas=-8 feat=3 feb=9 febr=-3 fec=-12 feca=-2 fece=-6 fech=6 fect=-3 fecu=-3 fed=18 fed$=-4 feda=-4
fedd=9 fede=11 fedo=5 fee=-2 fee$=-5 feeb=-2 feed=-7 feel=-7 feen=11 fees=4 feet=-7 fef=2 feg=-9 fegg=-7 feh=3
fehi=9 fehn=-6 fehr=6 fei=19 fei$=4 feic=17 feif=5 feig=5 fein=-10 feis=-2 feit=-5 fek=1 fel=-23 fel$=-4
feld=-34 fele=-1 feli=40 fell=-23 feln=-1 felo=-7 fels=-12 felt=12 fely=-3 fem=-4 fema=-5 femi=19 femo=-5
femt=-10 fen=-42 fen$=-33 fen-=-2 fenb=1 fenc=-7 fend=-11 fene=-1 feng=5 fenh=-1 feni=11 fenn=5 fens=-6
fenw=-2 feo=7 feof=-4 fer=22 fer$=38 fera=-8 ferd=12 fere=-17 ferg=4 ferh=3 feri=-7 ferk=15 ferm=-4 fern=-2
fero=-7 ferr=6 fers=-1 fert=5 feru=-6 ferv=-17 fery=4 fes=-3 fes$=8 fesa=2 fess=-5 fest=-3 fet=-6 fet$=25
feta=-8 fetc=-4 fete=-8 feti=-9 feto=-2 fett=-5 feu=-7 feuc=-2 feud=-5 feus=7 fev=-3 feve=-6 few=-4 few$=-2
fewe=-2 fey=11 fey$=6 fez=2 feza=8 ff=-37 ff$=-28 ffa=5 ffa$=-4 ffab=-1 ffac=-1 ffae=9 ffai=-4 ffal=-5 ffan=9
ffar=-5 ffb=-1 ffd=-3 ffe=-8 ffec=-2 ffed=-1 ffee=-4 ffei=-2 ffel=7 ffem=-2 ffen=-4 ffer=15 ffet=-9 ffeu=-5
ffey=5 ffh=-4 ffha=-4 ffi=-13 ffi$=-4 ffia=-8 ffic=-3 ffid=-1 ffie=7 ffil=-1 ffin=15 ffio=-3 ffir=-3 ffis=-3
ffit=-3 ffix=-1 ffl=-15 ffle=-4 ffli=-2 fflo=-3 fflu=-5 ffly=-1 ffm=4 ffma=5 ffne=-1 ffo=10 ffo$=-1 ffol=-1
ffon=-5 ffoo=-1 ffor=20 ffr=9 ffra=2 ffre=3 ffri=1 ffro=1 ffs=-7 ffsh=-1 ffu=-3 fful=-1 ffy=18 ffy$=18 fg=-1
fga=8 fge=-3 fgei=-1 fgh=-11 fgha=-11 fgr=4 fgri=2 fh=-1 fha=1 fhan=-3 fhau=-3 fhe=2 fhea=7 fhei=-4 fhi=2
fhil=1 fhl=-2 fho=-2 fi=-1 fi$=40 fia=11 fia$=6 fiab=-1 fian=-5 fib=-25 fibb=-1 fibe=-8 fibr=-18 fic=-18
fic$=-25 fica=15 fice=-12 fich=-1 fici=1 fick=-4 fico=4 fict=-1 ficu=-2 fid=30 fid$=1 fida=6 fidd=-6 fide=19
fidg=-3 fidi=-2 fido=6 fie=-12 fie$=23 fied=-16 fiel=-12 fien=9 fier=-8 fies=-5 fif=-1 fifo=-4 fift=-9 fig=-17
fig$=-7 figh=-4 figl=-2 figu=-6 fih=-2 fii=8 fii$=4 fij=-5 fija=2 fiji=-8 fik=6 fik$=5 fil=-2 fil$=13 fila=-30
filb=2 filc=1 file=-47 fili=51 fill=6 film=-14 filo=20 filt=-10 filu=7 filz=-1 fim=-1 fimb=-2 fin=9 fin$=-4
fina=-7 finb=8 finc=-8 find=-13 fine=-2 fing=-7 fini=2 fink=6 finl=4 finn=21 fino=2 fins=-4 fint=3 fio=17
fio$=-9 fion=15 fior=9 fiq=9 fiq$=9 fir=-4 fir$=2 fira=14 fird=20 fire=-38 firi=6 firm=-8 firs=-9 firt=8
fis=-38 fisa=-5 fisc=4 fise=11 fish=-46 fiss=-6 fit=23 fit$=-8 fita=7 fite=-1 fitf=-2 fiti=-1 fitl=-6 fitn=2
fito=5 fitr=7 fitt=-7 fitz=31 fiv=-5 five=-5 fix=-14 fix$=-5 fixa=-2 fixe=-2 fixi=-1 fixt=-2 fiy=6 fiya=3
fiye=4 fiz=-7 fizz=-6 fj=6 fja=4 fjo=1 fjol=11 fjor=-11 fjs=-1 fjs$=-1 fk=-14 fka=-10 fka$=-5 fki=-7 fl=-50
fl$=3 fla=-18 flab=-4 flac=-4 flag=-7 flah=17 flak=-10 flam=18 flan=10 flap=-2 flar=-4 flas=-8 flat=-6 flau=-3
flav=-4 flaw=-2 flax=-3 fle=9 fle$=-17 flea=-4 flec=-3 fled=2 flee=-8 fleh=-1 flem=4 flen=-7 fler=8 fles=-10
flet=-3 fleu=21 flex=-8 fli=-8 flib=-2 flic=-3 flie=16 flig=5 flik=-4 flim=-2 flin=-11 flip=-2 flir=-3 flis=4
flit=-2 flo=13 floa=12 floc=-6 flog=-2 flon=-6 floo=-7 flop=-4 flor=37 flos=4 flot=-5 flou=-9 flow=-24 flox=-1
flp=-4 flp$=-3 flu=-26 flub=-1 fluc=11 flue=-5 fluf=-2 flug=-2 flui=-3 fluk=-6 flum=-2 flun=-7 fluo=-6 flup=-1
flur=10 flus=-1 flut=-2 fluv=-2 flux=-3 fly=-14 fly$=-9 flyb=-1 flyn=2 flys=-1 flyt=-2 flyw=-1 fm=-9 fm$=-2
fma=2 fman=3 fme=6 fmi=-3 fmp=-1 fmt=-6 fmt$=-5 fn=29 fn$=7 fna=12 fnar=4 fne=7 fner=3 fnes=-1 fney=3 fni=1
fnir=3 fnk=2 fo=3 fo$=-12 foa=4 foam=-4 foc=1 foca=-4 focu=-1 foe=-11 foet=-5 fog=16 fog$=-6 foga=16 fogg=-6
fogl=6 foh=-4 foi=-1 foil=-10 fol=-1 fola=22 fold=-16 foli=-15 folk=-5 foll=-6 fom=1 fome=-2 fomo=-4 fon=1
fon$=-12 fona=-1 fond=-13 foni=-1 fons=23 font=-6 foo=-8 food=3 fool=-9 foon=-1 foot=-3 fop=-2 for=-3 for$=8
fora=-5 forb=1 forc=-9 ford=63 fore=-47 forf=-5 forg=-6 fori=2 fork=5 forl=-7 form=-56 forn=8 forr=3 fors=35
fort=14 forw=-3 forz=-8 fos=7 foss=-9 fost=-7 fosu=12 fot=2 foti=8 fou=2 fouc=11 foul=-12 foun=-4 fouq=8
fov=-3 fova=1 fove=-4 fow=-4 fowl=-7 fox=-4 fox$=-1 foxi=-1 foy=17 foyl=11 fp=-14 fpa=-2 fpar=-1 fpe=-2
fpen=-2 fpr=-1 fpy=-1 fpy$=-1 fr=25 fr$=-3 fra=-4 fra$=-9 frac=-5 frag=-15 fram=-23 fran=69 frap=-3 fras=3
frau=-22 frax=-3 fray=-5 fraz=7 fre=22 fre$=9 frea=-4 frec=2 fred=87 free=-40 freg=2 frei=2 frel=5 frem=7
fren=-20 freq=-2 frer=5 fres=-16 fret=-7 freu=3 frey=-4 fri=12 fri$=-1 fria=-2 fric=-10 frid=23 frie=51
frig=-11 frij=-14 frik=-7 fril=-4 frim=17 frin=-6 fris=-14 frit=-1 friv=-2 friz=-7 fro=-3 froc=-2 froe=-8
frog=-6 froi=24 frol=-1 from=4 fron=-8 fros=8 frot=-6 frou=-3 frow=-6 froz=-5 fru=-5 fruc=-1 frug=-3 frui=-11
frum=-2 frun=1 frus=-1 frut=6 frw=-2 frw$=-2 fry=9 fry$=-3 fryd=9 frye=-7 fs=-1 fs$=-5 fsa=1 fsb=-6 fsbu=-1
fsc=-5 fse=8 fsh=-2 fsho=-1 fsi=-2 fsp=-1 fss=3 fsso=4 fst=7 fsta=10 fste=3 fsw=-1 ft=-58 ft$=-50 fta=2 fta$=2
ftai=-1 ftan=-6 fte=-9 fte$=-5 ftee=-3 ften=-10 ftf=-2 fth=-5 fti=6 fti$=-1 ftie=-11 ftim=11 ftin=2 ftis=4
ftl=-2 ftly=-1 ftm=-5 ftma=-5 fto=12 fton=19 ftoo=-1 ftp=-1 ftp$=-1 ftr=-2 fts=-6 ftsm=-3 ftu=13 ftur=-1
ftw=-4 fty=-2 fty$=-5 fu=-18 fu$=-6 fua=24 fua$=14 fuc=-11 fuch=-5 fuci=-5 fuck=-2 fud=3 fud$=-1 fudd=-1
fue=18 fuel=-7 fuen=25 fuer=4 fug=-9 fuga=-10 fuge=3 fugi=9 fugo=-2 fuh=-1 fuj=15 fuji=13 fuk=-5 fuku=-8
ful=-52 ful$=-72 fula=21 fulb=-2 fulf=-4 fulg=1 full=-4 fulm=-5 fuln=-2 fulv=1 fum=-1 fuma=4 fume=-4 fumi=1
fun=-21 fun$=-9 funa=5 func=-3 fund=-10 fune=-2 funf=-3 fung=-7 funi=3 funk=4 fur=22 fur$=40 fura=-9 furb=-2
furc=-4 fure=11 furf=-7 furl=-3 furn=6 furo=-10 furr=-3 furs=8 furt=-15 furu=-1 fus=17 fus$=31 fusa=-2 fusc=-4
fuse=-7 fuso=-1 fuss=-6 fust=7 fut=-5 futa=-2 fute=-1 futi=-4 futu=-4 fuz=-6 fuze=-5 fuzz=-11 fw=-9 fwa=-2
fwe=-3 fx=-3 fx$=-1 fy=-42 fy$=-52 fyd=7 fyi=-2 fyin=-2 fyr=-8 fz=-6 g=-24 g$=-25 g'=15 g'a=5 g-=-2 g-a=-1
g-b=-4 g-c=4 g-ch=6 g-e=1 g-f=-1 g-g=-2 g-gr=-2 g-h=2 g-ha=-1 g-ho=-3 g-hs=2 g-hu=6 g-k=-3 g-l=-6 g-la=-5
g-m=8 g-n=-2 g-o=-1 g-p=1 g-r=-2 g-s=-4 g-si=-3 g-t=7 g-w=-2 g-we=-2 ga=-8 ga$=20 ga-=-1 gaa=-6 gaan=-12
gaar=14 gaas=-3 gaba=3 gabb=-2 gabe=-2 gabh=5 gabi=5 gabl=-2 gabo=-13 gabr=8 gabu=1 gaby=2 gac=23 gac$=17
gaca=2 gace=6 gach=-2 gaci=-1 gacy=-5 gacz=4 gad=-30 gad$=-10 gada=5 gadd=-5 gade=-5 gadg=-3 gadh=-11 gadi=1
gads=-4 gae=14 gae$=2 gaea=-3 gaer=5 gaet=11 gaf=-10 gaff=-6 gag=-3 gag$=-4 gaga=-4 gage=-8 gagg=1 gagl=8
gagn=6 gah=-15 gah$=-8 gaha=2 gahe=-11 gai=3 gai$=-1 gaia=1 gaib=-8 gaic=11 gail=27 gaim=-5 gain=-26 gais=-6
gait=8 gaj=13 gaja=1 gak$=-5 gaka=4 gakh=-4 gaki=9 gal=-1 gal$=-8 gala=-7 galb=-5 gald=7 gale=-18 galg=3
gali=6 gall=7 galn=-3 galo=-3 galp=-4 galt=4 galu=20 galv=-7 galw=-4 galy=5 gam=-22 gam$=2 gama=11 gamb=16
game=-15 gami=-17 gamm=-15 gamo=5 gams=3 gamu=2 gamy=-11 gan=-18 gan$=82 gana=-6 ganb=-2 ganc=-6 gand=-19
gane=7 gang=1 gani=4 ganj=-22 gann=-9 gano=-18 gans=-6 gant=14 ganu=-4 gany=-11 ganz=-18 gao=-27 gao$=2
gaol=-12 gaon=-16 gap=4 gap$=-2 gapa=3 gape=-3 gapi=6 gapo=-5 gapp=-2 gapu=-3 gar=4 gar$=-12 gara=21 garb=-6
garc=4 gard=19 gare=23 garf=-3 garg=-8 garh=-19 gari=-17 garl=-15 garm=-3 garn=-14 garo=5 garp=5 garr=2 gars=3
gart=21 garu=-8 garv=3 garw=12 gary=-9 garz=1 gas=14 gas$=23 gasa=-2 gasc=-7 gase=13 gash=2 gasi=-5 gask=-9
gasm=-4 gaso=-8 gasp=23 gass=-9 gast=6 gat=14 gat$=50 gata=-9 gate=-24 gath=-1 gati=8 gatl=-4 gato=-11 gats=4
gatt=-5 gau=-5 gau$=-11 gau-=-2 gauc=-10 gaud=-9 gaug=-10 gaul=1 gaun=-3 gaur=8 gaus=-5 gaut=29 gauz=-7 gav=13
gava=10 gave=-2 gavi=3 gavo=-2 gaw$=12 gawa=2 gawk=-7 gay=-7 gay$=-2 gaya=-3 gaye=-1 gayl=7 gayn=4 gaz=-1
gaza=-10 gaze=-13 gazi=-3 gazz=13 gb=3 gb$=-7 gba=2 gba$=4 gbac=-4 gban=-8 gbe=21 gbea=-6 gber=13 gbi=5
gbin=-1 gbir=-2 gbit=8 gbj=5 gbjo=3 gbo=-9 gbo$=-8 gboa=-3 gboo=-3 gbos=-1 gbow=8 gbr=-3 gbu=-5 gc=11 gca=13
gcam=7 gce=12 gch=-10 gcha=-1 gcho=-7 gcl=-3 gco=2 gcon=-1 gcs=-9 gcu=3 gcw=7 gd=-6 gda=17 gda$=-2 gdal=-1
gdan=8 gdas=2 gdb=-2 gde=-6 gde$=3 gden=-5 gdi=16 gdis=19 gdj=-6 gdje=-6 gdom=-2 gdon=-4 gdor=3 gdr=-6 gdra=-6
gds=-2 gdu=6 gdu$=8 gdy=-10 gdz=-10 gdzi=-10 ge=-18 ge$=-28 ge-=-2 ge-b=-1 gea=12 gea$=4 geab=-4 geal=-7
gean=-4 gear=26 geas=-3 geb=34 geb$=9 geba=16 gebe=-3 gebr=-4 gebu=12 gec=11 gech=8 geck=-8 ged=9 ged$=-20
gede=16 gedi=15 gedl=-1 gedu=4 gee=-6 gee$=-23 geen=-6 geer=28 gees=-4 geet=2 gef=2 gefi=-1 gefu=-3 geg=6
geh=-14 geha=-2 gehe=-4 geho=-1 gehr=-1 gei=17 gei$=13 gein=-3 geio=-4 geir=35 geis=-14 gej=5 gek=-11 gel=4
gel$=-1 gela=-18 gelb=-1 geld=9 gele=12 gelf=-1 geli=9 gell=-5 gelo=1 gels=-1 gelt=2 gelu=1 gely=-1 gem=-22
gem$=-8 gemb=-1 geme=-1 gemi=6 gemm=-8 gemo=-8 gems=-2 gemu=1 gen=-26 gen$=-27 gen-=-24 gena=2 genb=-9 genc=13
gend=8 gene=-2 genf=-5 geng=20 genh=-6 geni=-25 genk=6 genl=-2 genn=14 geno=13 genr=-4 gens=-16 gent=15
genu=-6 genv=8 genw=6 geny=-13 genz=1 geo=-6 geo$=-1 geoc=-5 geod=-8 geof=14 geoi=6 geol=-2 geom=-8 geon=-10
geop=-5 geor=20 geos=-1 geot=-3 geou=-1 geov=1 gep=-2 gepo=-2 ger=39 ger$=61 gera=4 gerb=-4 gerc=-5 gerd=7
gere=-18 gerf=3 gerg=5 gerh=5 geri=-24 gerl=4 germ=-33 gern=5 gero=6 gerp=-1 gerr=7 gers=12 gert=21 gerw=5
gery=-16 ges=2 ges$=-13 gesa=10 gesc=5 gese=3 gesh=9 gesi=3 gesn=-7 gess=-4 gest=3 get=4 get$=-9 geta=-8
gete=-3 geth=13 geto=1 getr=11 gets=-2 gett=3 geu=7 gev=-14 geva=-2 geve=-11 gevi=-6 gew=-13 gewa=-2 gewe=-3
gewo=-4 gex=-5 gex$=-2 gexp=-2 gey=-7 gey$=-1 geye=2 gez=-2 gf=5 gfa=3 gfe=9 gfel=4 gfi=-6 gfig=-4 gfin=2
gfis=-3 gfm=-2 gfo=-6 gfor=-5 gfr=8 gfri=10 gfu=6 gful=-6 gfus=15 gg=-27 gg$=30 gga=-21 gga$=8 ggab=5 ggad=-8
ggag=-1 ggal=-4 ggan=-6 ggar=-1 ggau=-2 ggd=-3 gge=-17 gge$=13 gged=-12 ggel=-6 ggen=18 gger=-31 gges=-1
gget=-5 ggh=-1 gghe=-1 ggi=-1 ggi$=13 ggia=2 ggie=-9 ggin=11 ggio=-8 ggis=-6 ggl=-30 ggle=-38 ggli=5 gglu=4
ggly=-1 ggo=7 ggo$=1 ggon=-4 ggr=4 ggre=3 ggri=-3 ggro=2 ggs=-1 ggsh=-3 ggst=4 ggu=2 ggur=5 ggv=7 ggy=4 ggy$=9
gh=12 gh$=36 gha=-1 gha$=-4 ghaa=2 ghaf=3 ghai=-2 ghal=15 gham=-11 ghan=7 ghar=-1 ghas=2 ghat=-22 ghau=-1
ghaz=3 ghb=-15 ghbo=-9 ghbr=-1 ghc=-3 ghd=-1 ghe=19 ghe$=19 ghea=-3 ghed=-6 gheg=-3 ghei=-3 ghel=-2 ghen=-9
gheo=5 gher=26 ghes=15 ghet=-17 ghey=3 ghf=3 ghfa=4 ghi=2 ghi$=6 ghia=-3 ghil=-9 ghin=-1 ghis=2 ghiz=-11
ghj=-3 ghja=-2 ghl=-6 ghla=-3 ghle=-4 ghli=2 ghly=-1 ghm=-5 ghma=-4 ghn=22 ghna=7 ghne=6 ghof=11 ghol=-7
ghos=9 ghou=-10 ghp=-2 ghr=7 ghri=-8 ghry=16 ghs=-4 ght=-41 ght$=-15 ghta=-1 ghte=-20 ghtf=-3 ghtg=-1 ghth=-2
ghti=-9 ghtj=-3 ghtl=5 ghtm=-2 ghtn=-1 ghto=13 ghtp=-1 ghtr=-1 ghts=-9 ghtw=-2 ghty=14 ghu=9 ghul=3 ghur=-9
ghus=7 ghv=7 ghw=-3 ghwa=-3 ghy=6 ghy$=2 gi=-8 gi$=-7 gia=-16 gia$=-32 giac=4 gial=-3 giam=4 gian=14 giar=-5
gib=-8 gibb=3 gibi=-6 gibj=3 gibl=2 gibr=-5 gic=-12 gic$=-17 gica=5 gich=11 gici=-5 gico=-1 gid=-4 gid$=-8
gida=3 gidd=-7 gide=2 gidg=5 gidi=6 gidl=-1 gie=5 gie$=-13 giec=4 gied=7 giel=13 gien=-4 gier=6 gies=-6 gif=3
gife=-7 gifo=3 gift=7 gig=-15 gig$=-7 giga=-8 gige=3 gigg=-4 gigi=2 gigo=-10 gii=-6 gii$=-5 gij=4 gik=-11
gil=23 gil$=-18 gila=-3 gilb=-1 gild=-8 gile=8 gilg=-4 gili=-6 gill=20 gilm=-4 gilo=1 gilp=-4 gilr=3 gils=32
gily=-5 gim=22 gim$=22 gima=16 gime=-5 gimp=-2 gin=-8 gin$=12 gina=-24 ginb=3 gind=5 gine=7 ging=-46 gini=5
gink=-9 ginn=25 gino=3 gins=1 gint=16 ginz=-6 gio=27 giob=4 gioc=-1 giog=-2 giol=11 giom=-6 gion=-13 giop=-2
gior=1 gios=7 giot=10 giou=2 giov=6 gip=-15 gipa=-8 gipp=-3 gir=-26 gir$=5 gira=-17 gird=1 gire=4 giri=2
girl=-16 girs=1 girt=-3 gis=20 gis$=1 gisa=-1 gise=4 gish=-10 gisi=-1 gisl=10 gism=8 giss=8 gist=-2 git=7
git$=7 gita=-1 gite=-3 gith=2 giti=-9 gitl=-8 gitm=-4 gito=3 gitt=17 gitu=-11 giu=6 giu$=-4 giul=4 gium=-3
gius=11 giv=-12 giva=-5 give=-3 givi=-4 giz=8 giz$=9 giza=4 gize=3 gizi=-4 gj=-25 gja=10 gja$=7 gje=-7 gji=-17
gjia=-5 gjit=-9 gjo=-5 gjs=-3 gjs$=-2 gju=-2 gk=-20 gka=-7 gkan=-2 gkap=-4 gke=-5 gki=-6 gkin=-2 gko=-1
gkof=-2 gku=-2 gl=-14 gl$=34 gla=-25 gla$=5 glab=-4 glac=-6 glad=3 glam=-6 glan=-9 glas=-11 glau=-2 glav=12
glaz=-2 gle=-4 gle$=15 glea=10 gleb=-4 glec=-1 gled=2 glee=-3 gleg=-4 gleh=-3 glei=-5 glem=-2 glen=11 gler=11
gles=-9 glet=-15 glev=-8 gley=7 gli=8 gli$=-23 glia=18 glib=-4 glid=-4 glie=-13 glif=-1 glig=4 glim=-3 glin=7
glio=21 glis=-4 glit=14 glo=-17 gloa=5 glob=-25 gloc=-4 glod=26 glog=-3 gloi=15 glom=-8 glon=-1 glop=-2
glos=-11 glot=-8 glow=-3 glu=9 glu$=29 gluc=-4 glue=-5 glun=16 gluo=-4 glut=-15 gly=-15 gly$=-10 glyc=-7
glym=-3 glyn=8 glyp=-2 gm=-21 gm$=-4 gma=-33 gma$=-33 gmai=-3 gman=11 gmar=11 gmat=-11 gme=18 gmen=-12 gmi=-5
gmin=4 gmo=11 gmoi=-2 gmu=10 gmun=12 gmur=4 gmus=-3 gmy=-2 gmy$=-2 gn=2 gn$=-19 gna=-3 gna$=3 gnac=15 gnag=-3
gnal=-14 gnam=6 gnan=3 gnar=10 gnas=-2 gnat=-20 gnaw=-5 gnaz=5 gnb=-1 gne=6 gne$=6 gned=-2 gnee=-4 gnem=-3
gner=7 gnes=22 gnet=-31 gneu=-4 gney=5 gnh=4 gnhi=4 gni=-11 gni$=2 gnia=-3 gnic=-3 gnie=18 gnif=-7 gnil=-1
gnin=2 gnio=-8 gnis=-3 gnit=-7 gniz=-2 gnm=-1 gnme=-1 gno=-4 gno$=7 gnob=-1 gnol=1 gnom=-10 gnon=15 gnor=-26
gnos=-4 gnu=-1 gnum=-2 gnup=7 gnus=6 gnv=6 gnva=6 gny=31 gny$=24 gnya=-8 go=-22 go$=-12 goa=-21 goad=-2
goal=-9 goat=-3 gob=-7 goba=-3 gobb=-3 gobe=14 gobi=-5 gobl=-5 goc=-3 goce=-2 goch=-6 god=1 god$=-6 goda=-5
godd=-8 gode=30 godf=10 godh=-4 godi=6 godl=-6 godo=2 gods=-6 goe=-8 goe$=5 goen=-3 goer=-3 goes=-11 goet=-8
goev=-1 gof=13 goff=18 gog=-5 gog$=-3 goga=4 gogg=4 gogi=-3 gogo=6 gogr=-1 gogu=-6 goh=-2 goi=13 goi$=-2
goid=9 goin=-4 gois=-1 goit=-3 goj=12 gok=38 gokc=9 goke=6 gol=-3 gol$=8 gola=-15 gold=-10 gole=4 golf=-5
goli=2 goll=16 golo=-6 gols=-3 golu=15 gom=2 gom$=-5 goma=-7 gomb=4 gome=16 gomi=11 gomo=-8 gomp=-5 gomy=-2
gon=-44 gon$=-20 gona=-4 gonc=11 gond=-18 gone=4 gong=-20 goni=-11 gonj=-1 gonn=-5 gono=5 gons=4 gonu=11
gony=-4 gonz=3 goo=-40 good=-6 goof=-3 goog=-6 goon=-15 goos=-2 gop=6 gopa=20 goph=-8 gopo=-1 gor=14 gor$=-7
gora=-5 gorc=2 gord=11 gore=8 gorg=-28 gori=3 gorj=5 gork=-1 gorm=10 gorn=8 goro=-7 gorr=-4 gors=7 gort=2
gorz=11 gos=2 gos$=11 gosa=-10 gosc=4 gose=9 gosh=10 gosi=1 gosl=-22 gosp=-10 goss=13 gost=5 got=20 gota=-6
gote=-2 goth=-1 gotr=-4 gots=4 gott=31 gotz=-3 gou=-26 gou$=-3 goud=-4 goug=2 goul=10 goun=-2 gour=-7 gous=-2
gout=-8 gov=4 gova=6 gove=-2 govi=-3 govo=3 gow=2 gow$=-3 gown=-2 goy=-8 goya=-2 goz=13 goza=-3 gozd=6 goze=6
gp=-28 gpa=6 gpac=-2 gpar=-1 gpi=-15 gpio=-9 gpl=-2 gpo=-4 gps=-1 gpt=-1 gpu=-5 gpur=-2 gpy=-1 gpy$=-1 gq=-2
gqu=-3 gque=-1 gr=-8 gra=-45 gra$=-4 graa=6 grab=21 grac=14 grad=-31 grae=7 graf=-18 grah=-3 grai=5 gral=7
gram=-37 gran=-17 grap=-35 gras=13 grat=25 grau=4 grav=-9 gray=3 graz=-1 gre=10 gre$=-9 grea=6 greb=-7 gred=7
gree=-41 greg=20 grei=5 grel=-4 grem=2 gren=36 grep=5 gres=-19 gret=28 grev=-3 grew=7 grey=-19 grg=8 grgu=4
gri=-10 gri$=-3 gria=5 grib=-5 gric=-5 grid=11 grie=9 grif=6 grig=6 grik=-5 gril=-11 grim=10 grin=-7 grio=-4
grip=-6 gris=-3 grit=-4 griz=-5 gro=-7 gro$=-6 groa=6 grob=10 groc=6 grod=-1 groe=2 grog=-2 groi=-4 grok=-7
grol=-4 grom=-4 gron=31 groo=19 grop=-3 gros=-27 grot=1 grou=-19 grov=3 grow=-6 groz=-7 grp=-6 grpc=-6 gru=9
gru$=-4 grub=3 grud=-3 grue=3 gruf=-2 grum=-7 grun=17 grus=-5 gry=12 gry$=-5 gryg=5 gryp=-2 grys=8 gryt=5
grz=16 grze=13 grzy=1 gs=-48 gs$=-22 gsa=-2 gsa$=2 gsam=-3 gsaw=-1 gsb=-5 gsba=-1 gsc=10 gsch=10 gsd=-2
gsdo=-1 gse=-2 gsen=2 gsf=-3 gsfe=-3 gsh=-19 gsha=-9 gshe=-2 gshi=-4 gsho=-2 gsi=-3 gsid=-1 gsig=-1 gsk=-3
gsm=-4 gso=-9 gson=-7 gsp=-5 gspa=-1 gsr=7 gsri=11 gss=2 gst=25 gst$=-4 gsta=7 gste=3 gsto=-2 gstr=24 gsu=-6
gsw=-3 gswi=-3 gt=-20 gt$=17 gta=-1 gtai=-3 gte=-7 gth=-16 gth$=-4 gthe=-4 gthi=-2 gti=-8 gtim=-2 gto=-2
gtok=-3 gton=7 gtoo=-3 gtr=-2 gtv=7 gty=5 gu=38 gu$=14 gua=-63 gua$=-7 guac=-4 guad=7 guag=-1 guai=-7 gual=3
guam=-5 guan=-33 guar=-15 guas=-2 guat=-3 guay=3 gub=13 guba=7 gubb=1 gube=4 gubr=-1 guc=26 guc$=12 guca=4
guch=-3 gucl=11 gud=-2 gude=6 gue=9 gue$=-17 guei=-1 guel=21 guen=-3 guer=-2 gues=18 guet=7 guev=-10 guez=10
guf=-21 guff=-16 gug=14 gugg=-1 gugu=11 guh=4 guha=1 gui=-3 gui$=-7 guia=1 guic=-1 guid=-6 guig=-4 guil=3
guim=-4 guir=12 guis=-15 guit=10 guiz=3 guj=-21 guje=-8 gul=40 gul$=45 gula=-29 gulb=4 gulc=-1 guld=1 gule=10
gulf=-5 gulg=3 guli=-3 gull=-5 guln=4 gulo=1 gulp=-5 guls=16 gult=6 gulu=-13 guly=6 gum=-8 gum$=-5 guma=-6
gumb=2 gume=4 gumi=11 gumm=-13 gump=8 gumu=-1 gun=11 gun$=-10 guna=-9 gunb=5 gunc=-5 gund=8 gune=6 gunf=-3
gung=1 guni=-5 gunl=-3 gunm=-7 gunn=12 guno=-15 gunp=1 guns=5 gunt=32 gunu=-8 gunw=1 gunz=-6 guor=2 gup=9
gupt=10 gur=37 gur$=27 gurb=7 gurd=-2 gure=5 gurg=-4 gurh=2 guri=-6 gurl=3 gurm=2 gurn=-13 guro=-2 gurs=6
guru=-3 gurv=2 gus=2 gus$=-11 gush=-7 gusi=-4 gusl=-4 guss=4 gust=34 gut=2 gut$=4 guta=5 gute=-8 guti=1 gutk=5
guts=-2 gutt=-5 guv=2 guy=-13 guy$=-6 guyo=3 guz=-4 guz$=-1 guzz=-5 gv=17 gv$=-11 gva=15 gval=6 gvar=6 gve=10
gvi=11 gvi$=7 gvin=2 gw=14 gwa=12 gwa$=3 gwal=-1 gwan=7 gwar=6 gwat=-2 gwe=13 gwe$=3 gwed=-2 gwee=-4 gwen=19
gwi=1 gwoo=-4 gwor=6 gwr=-1 gwri=-1 gwy=-6 gwyn=-4 gx=2 gxi=-2 gxi$=-2 gy=-58 gy$=-31 gya=16 gyan=-7 gyar=2
gyas=3 gyb=-2 gye=8 gyeo=-3 gyi=-1 gyi$=8 gyl=-1 gym=-11 gymn=-7 gyn=-33 gyna=-4 gyne=-8 gyni=-1 gyno=-4
gyny=-4 gyo=11 gyon=1 gyor=8 gyp=-4 gyps=-2 gyr=-23 gyra=-2 gyre=-5 gyri=-6 gyro=-7 gyt=17 gyua=-2 gz=-4
gz$=-8 gza=-2 gzag=-3 gzh=-5 gzho=-4 gzi=-4 gzip=-5 gzo=5 h=-1 h$=5 h-=-4 h-b=-5 h-bu=-2 h-c=4 h-ch=4 h-e=-4
h-h=3 h-ha=1 h-hu=1 h-k=-2 h-l=-3 h-m=9 h-mi=11 h-o=-2 h-r=-2 h-s=-5 h-st=-2 h-w=1 h-we=2 ha=12 ha$=15 haa=34
haal=5 haan=10 haap=4 haar=-3 haas=-3 hab=-6 hab$=15 haba=6 habb=-13 habd=-4 habe=-12 habh=-7 habi=2 habl=-11
habo=9 habr=-1 habs=5 hac=-22 hac$=-7 haca=5 hace=-9 hach=-15 haci=5 hack=4 haco=6 hacu=-6 had=-3 had$=-2
hada=-5 hadb=-1 hadc=-8 hadd=20 hade=-5 hadf=7 hadh=8 hadi=-6 hadj=1 hadl=3 hado=-21 hadr=4 hae=-6 hae$=11
haea=-4 haei=-1 hael=9 haem=-21 haen=8 haeo=-2 haer=2 haet=-21 haf=6 hafb=6 hafe=-8 haff=-1 hafi=-4 hafl=7
hafn=5 hafs=11 haft=-14 hag=-9 hag$=-8 haga=-20 hagb=-1 hage=33 hagf=-2 hagg=-2 hagi=-8 hago=-5 hagr=-6
hagu=-7 hagy=-1 hah=-9 hah$=1 haha=-17 hahi=4 hahn=-10 hahr=4 hahz=10 hai=11 hai$=10 haib=1 haic=4 haid=7
haie=-12 haik=-10 hail=29 hain=7 hair=-44 hais=10 hait=3 haj=3 haj$=14 haja=-8 hajd=9 hajj=-13 hak=-6 hak$=-18
haka=20 hake=-16 hakh=1 haki=1 hakk=4 hako=4 hakr=9 hakt=-5 haku=1 hal=-18 hal$=33 hal-=-1 hala=-15 halb=-10
halc=-15 hald=-22 hale=16 half=-13 halg=-4 hali=24 halk=-6 hall=23 halm=9 halo=-27 halp=13 hals=5 halt=-13
halu=-20 halv=-1 haly=2 ham=18 ham$=27 hama=-20 hamb=-12 hamd=7 hame=14 hami=19 hamm=-7 hamn=-15 hamo=5
hamp=15 hamr=1 hams=2 hamu=-3 hamz=3 han=18 han$=41 hana=-3 hanb=6 hanc=5 hand=-50 hane=-16 hang=-42 hanh=5
hani=26 hanj=-10 hank=-13 hanl=4 hann=9 hano=2 hanp=-4 hanr=6 hans=46 hant=16 hanu=1 hany=6 hanz=2 hao=-3
hao$=2 haot=-4 hap=-2 hap$=5 hapa=6 hape=-2 haph=-2 hapi=-6 hapl=-2 hapo=13 happ=1 haps=-4 hapt=-7 haq=9
haqu=9 har=-11 har$=-20 hara=-22 harb=6 harc=-5 hard=39 hare=-1 harf=3 harg=-17 hari=-1 harj=7 hark=-12
harl=19 harm=-21 harn=-3 haro=1 harp=-2 harr=1 hars=-7 hart=12 haru=-10 harv=7 harw=-2 hary=20 harz=-5 has=-36
hasa=-10 hasb=-2 hasc=-1 hase=-8 hash=-8 hasi=-1 hask=-1 hasl=6 hasm=8 haso=-2 hass=-1 hast=-13 hasu=-4 hat=7
hat$=3 hata=-9 hatc=-12 hate=-1 hath=12 hati=13 hatk=-3 hatm=-1 hatn=2 hato=-7 hatr=17 hats=-2 hatt=-12 hatu=3
hau=-2 hau$=-20 haub=-1 haud=7 haue=-7 haug=24 hauk=3 haul=-22 haum=-1 haun=23 haup=11 haur=-3 haus=-33 haut=1
hauv=11 hav=-5 hav$=2 hava=9 havd=-6 have=-22 havi=-13 havn=-3 havo=9 havr=4 haw=14 haw$=-6 hawa=-1 hawe=4
hawi=6 hawk=-24 hawn=34 haws=-4 hawt=2 hay=-8 hay$=-10 haya=10 haye=-1 hayi=2 hayl=3 haym=-4 hayn=5 hayr=5
hays=-6 hayt=-8 hayw=3 haz=-12 haz$=1 haza=-20 haze=8 hazi=-2 hazz=-3 hb=-5 hb$=1 hba=2 hbac=4 hbal=-3 hban=6
hbar=-5 hbe=5 hbea=-1 hber=4 hbi=-7 hbl=-1 hbo=-16 hboa=-2 hbok=-4 hbon=-2 hboo=4 hbor=-6 hbou=-3 hboy=-2
hbr=-3 hbre=-1 hbu=6 hbur=-3 hc=-31 hca=-5 hcar=-4 hce=-5 hch=-17 hcha=-7 hche=-2 hchi=-4 hci=-1 hcl=-2
hclo=-2 hco=11 hcom=-1 hcon=-1 hd=-38 hd$=-7 hda=10 hda$=6 hdan=4 hdat=-1 hdb=-3 hdb$=-1 hde=-12 hdek=-9
hdel=-8 hden=-7 hdes=-4 hdi=2 hdi$=-1 hdo=-8 hdr=-4 hdra=-3 hdu=-2 hduc=-1 he=-17 he$=41 he-=-4 he-w=1 hea=-9
hea$=19 head=-42 heal=7 hean=-1 heap=7 hear=-8 heas=-6 heat=-7 heav=-10 heb=2 heba=-1 hebd=-4 hebe=2 hebo=8
hebr=-5 hec=-27 hech=-5 heci=-6 heck=-16 heco=6 hect=-1 hed=-16 hed$=1 heda=-1 hedd=8 hede=-18 hedg=-4 hedi=1
hedl=5 hedo=1 hedr=-33 hedu=-9 hedv=10 hedy=8 hee=-13 hee$=10 heed=23 heeh=6 heek=-11 heel=-18 heem=15
heen=-13 heep=-9 heer=21 hees=-27 heet=-10 heez=-1 hef=-16 heff=5 heft=-4 heg=6 hega=-3 hege=10 hegg=7 hegm=1
hego=-1 heh=5 hei=-11 hei$=1 heib=4 heid=24 heif=-5 heig=-2 heij=4 heik=-3 heil=-1 heim=-52 hein=29 heir=-10
heis=12 heit=-1 hej=-6 heji=-5 hek=9 hek$=2 heka=3 heki=4 hel=12 hel$=22 hela=12 helb=5 held=-17 hele=31
helf=-1 helg=14 heli=-15 helk=-3 hell=-13 helm=1 helo=-16 help=-7 hels=10 helt=-7 helv=-2 hely=7 hem=-14
hem$=7 hema=-17 hemb=44 heme=-32 hemi=-23 heml=-2 hemm=2 hemo=-14 hemp=8 hems=7 hemu=2 hemy=-4 hen=-10
hen$=-29 hen-=-7 hena=-4 henb=-10 henc=-6 hend=-9 hene=11 henf=-1 heng=24 henh=-2 heni=-1 henj=2 henk=9
henl=-4 henn=20 heno=-7 henp=6 henr=18 hens=-8 hent=1 henw=-5 heny=-3 henz=-4 heo=16 heo$=-1 heob=10 heoc=-5
heod=18 heol=-2 heon=-6 heop=14 heor=-6 heos=-2 hep=45 hep$=13 hepa=-12 hepe=11 heph=-2 hepi=-2 hepk=20 hepo=6
heps=-8 hept=3 heq=-3 hequ=-3 her=-2 her$=32 hera=-13 herb=-2 herc=1 herd=-11 here=-19 herf=-2 herg=6 herh=-7
heri=37 herj=2 herk=-15 herl=1 herm=-7 hern=-8 hero=-7 herp=-8 herr=6 hers=9 hert=1 heru=6 herv=10 herw=-1
hery=12 herz=-24 hes=9 hes$=-20 hesa=-2 hese=15 hesh=-1 hesi=-9 hesl=4 hesp=-8 hess=13 hest=-3 het=-12 het$=-1
heta=1 hete=-20 heth=10 heti=-15 heto=-3 hetr=-4 hets=-1 hett=24 heu=7 heu$=-2 heuc=-2 heue=1 heum=-2 heur=3
heus=13 hev=-24 hev$=-10 heva=16 heve=7 hevi=-15 hevo=-13 hevr=2 hevs=-6 hew=4 hew$=-3 hewa=-3 hewe=5 hewi=1
hewn=-5 hews=10 hex=-13 hex$=-4 hexa=-12 hexe=-2 hexi=-2 hexo=-2 hey=4 hey$=-2 heyd=3 heyl=3 heyn=2 hez=-14
hez$=-8 hezi=-4 hf=-11 hf$=-8 hfa=4 hfal=4 hfe=-1 hfel=-2 hfl=-1 hfo=1 hfor=-2 hfu=-1 hful=-10 hg=6 hga=3
hgat=-1 hge=12 hgel=16 hgo=-3 hgr=-5 hgra=-2 hgu=-3 hh=-9 hha=4 hhab=-4 hhai=3 hhau=-4 hhe=-11 hhei=-3 hhi=1
hho=1 hhol=3 hhor=5 hhou=-1 hi=-7 hi$=23 hia=20 hia$=-8 hia-=26 hiae=-2 hial=5 hiam=6 hian=1 hiap=1 hiar=7
hias=-12 hiat=-5 hiav=2 hiaz=-5 hib=9 hiba=17 hibb=-2 hibe=-10 hibi=1 hibo=7 hic=-47 hic$=-27 hica=-11 hicb=-7
hicc=2 hich=-4 hici=-8 hicl=-1 hico=-4 hics=5 hid=40 hid$=29 hida=9 hidd=6 hide=-1 hidi=7 hidn=-3 hido=-1
hidr=-3 hie=18 hie$=15 hied=-4 hief=-12 hieh=4 hiel=7 hiem=-2 hien=26 hier=-14 hies=8 hiev=-15 hif=9 hif$=3
hiff=1 hifi=-1 hifo=14 hift=-4 hify=-1 hig=-17 hig$=11 higa=-5 hige=-2 higg=3 high=-28 higi=2 higu=4 hih=15
hih$=-2 hih-=25 hii=1 hii$=4 hiid=-1 hiit=-2 hij=5 hija=-13 hiji=8 hijs=8 hik=-12 hik$=-15 hika=-6 hike=11
hiki=-4 hiko=1 hiku=2 hil=23 hil$=20 hila=-17 hilb=4 hild=47 hile=-6 hilg=-1 hilh=-7 hili=-24 hill=15 hilm=7
hilo=-14 hilt=17 hilu=-13 hily=-3 him=-5 him$=24 hima=-40 himb=-4 hime=-1 himi=9 himm=-1 himn=-4 himo=5 himp=5
hims=-5 hin=-8 hin$=-41 hin-=21 hina=-6 hinb=1 hinc=-12 hind=-7 hine=18 hinf=-1 hing=27 hinh=1 hini=1 hinj=13
hink=-10 hinl=-2 hinn=-8 hino=-10 hinr=5 hins=-7 hint=6 hinu=-1 hinx=-1 hiny=5 hio=-33 hio$=-11 hiob=-2
hioc=-1 hiod=-1 hiol=-5 hiom=9 hion=-8 hiop=-3 hior=-4 hios=-5 hiot=-3 hiou=-1 hip=-7 hipb=-1 hipe=-1 hipl=-2
hipm=-1 hipo=6 hipp=-11 hipr=-1 hips=-3 hipu=5 hiq=2 hir=-3 hir$=24 hira=22 hirc=14 hird=-3 hire=-20 hiri=8
hirk=-5 hirl=17 hiro=-9 hirp=-3 hirr=-6 hirs=-12 hirt=-13 hiru=-5 hiry=13 his=-27 his$=-21 hisb=-1 hisc=-8
hise=-8 hish=20 hisi=-6 hisk=-4 hisl=3 hism=-4 hiso=27 hisp=-4 hiss=-8 hist=-11 hit=14 hit$=27 hita=14 hite=6
hith=-5 hiti=-14 hitl=9 hitm=-4 hito=-16 hitr=-4 hits=-6 hitt=18 hiu=-10 hium=-2 hiur=-5 hius=-5 hiv=-17
hiv$=-14 hiva=-1 hive=6 hivi=-1 hivk=-2 hivv=-2 hiw=3 hiwa=-14 hiwe=17 hiy=10 hiya=8 hiz=-36 hiz$=-9 hiza=-6
hizb=-5 hize=7 hizi=-5 hizo=-11 hizu=-4 hizz=-2 hj=11 hja=8 hjac=-2 hjah=2 hjal=14 hjo=7 hjor=7 hjs=-9 hjs$=-6
hk=-40 hka=-18 hka$=-11 hkah=-5 hkan=-4 hke=-1 hke$=6 hken=-5 hkh=-3 hki=-8 hki$=-8 hko=-15 hkov=-6 hl=21
hl$=2 hl-=-8 hla=16 hla$=2 hlab=10 hlad=-2 hlae=2 hlag=6 hlah=-7 hlam=-6 hlan=1 hlar=-1 hlat=7 hlav=-1 hlb=7
hlba=-1 hlbe=4 hld=-3 hle=14 hle$=22 hlea=-1 hleb=4 hlee=8 hleg=-1 hlei=3 hlen=-11 hlep=-5 hler=36 hles=-7
hlet=-13 hley=-4 hlg=9 hlgr=3 hli=11 hli$=3 hlib=-5 hlie=-8 hlif=4 hlig=-3 hlik=-5 hlin=35 hlma=4 hlo=1
hloa=-3 hloc=-4 hloe=7 hlog=4 hlon=3 hlop=11 hlor=-34 hlou=6 hlr=-11 hls=3 hlst=3 hlu=-10 hlum=-5 hly=-19
hly$=-21 hlyc=-1 hlyn=3 hm=-5 hm$=-9 hma=3 hma$=-8 hmad=2 hmai=14 hmak=-5 hmal=-6 hman=8 hmar=-1 hmat=3 hme=10
hme$=-6 hmed=19 hmel=6 hmen=-7 hmer=-18 hmet=6 hmi=9 hmi$=-7 hmia=-3 hmic=-5 hmid=18 hmie=16 hmin=-7 hmit=6
hmm=-2 hmo=-13 hmo$=-9 hmod=-4 hmon=-8 hmoo=3 hmos=-1 hmou=8 hmu=6 hmud=2 hmy=-3 hn=-8 hn$=-12 hn-=-4 hna=41
hna$=5 hnac=9 hnag=-4 hnai=4 hnam=13 hnan=1 hnat=4 hnav=4 hnd=-1 hne=31 hne$=4 hnei=3 hnen=-6 hner=33 hnes=2
hnet=3 hneu=-3 hnev=-4 hney=4 hnh=-8 hnho=-6 hni=-17 hni$=-4 hnia=4 hnic=-5 hnid=-3 hnik=3 hnin=-4 hnit=-9
hnn=-5 hnny=-7 hno=-23 hnol=-2 hnoo=-2 hnor=-12 hnoz=-3 hns=1 hnsd=-1 hnst=4 hnt=-10 hnte=-9 hnu=-1 hnut=-3
hny=-7 hnya=-13 ho=-30 ho$=-25 hoa=13 hoa$=-2 hoac=-5 hoag=-5 hoan=12 hoar=11 hoat=-3 hob=-8 hoba=2 hobb=-6
hobe=9 hobi=-8 hobn=-2 hobo=-5 hoc=-7 hoc$=-4 hoca=-3 hoce=-2 hoch=4 hoci=6 hock=-8 hoco=6 hocr=-1 hocu=-3
hod=12 hod$=-1 hoda=11 hodd=3 hode=-9 hodg=22 hodi=-2 hodl=2 hodo=-8 hodr=-5 hodu=-6 hody=-2 hodz=2 hoe=-4
hoe$=1 hoea=-3 hoeb=-2 hoed=10 hoek=-3 hoel=1 hoen=-7 hoer=2 hoes=-3 hoet=-1 hof=38 hof$=18 hof-=-4 hofa=-6
hofb=-1 hofe=8 hoff=-11 hofi=10 hofm=10 hofs=17 hog=-17 hog$=1 hoga=-13 hoge=-5 hogg=-3 hogl=7 hogn=8 hogo=3
hogr=-2 hogs=-1 hogy=-3 hoh=6 hohe=-10 hohr=9 hoi=-27 hoi$=-14 hoic=-5 hoin=2 hoir=-3 hois=-5 hoj=1 hoja=3
hok=-5 hoka=-6 hoke=-4 hoki=5 hokk=-3 hoko=-4 hol=11 hol$=-12 hola=-2 holb=-4 holc=3 hold=-10 hole=-20 holg=6
holi=-26 holm=21 holo=6 hols=13 holt=16 holu=20 holy=-5 holz=4 hom=-1 hom$=-5 homa=2 homb=18 home=-1 homh=-6
homi=2 homo=-15 homp=-2 homs=3 homy=-4 hon=9 hon$=11 hona=4 honb=-8 honc=10 hond=-11 hone=-35 hong=14 honi=-4
honj=-2 honk=-8 honn=8 hono=-7 hons=24 hont=-1 hony=10 hoo=-37 hoo$=-7 hood=-17 hoof=2 hoog=7 hook=-10
hool=-13 hoon=17 hoop=-4 hoor=7 hoos=-7 hoot=-4 hoov=-1 hop=-1 hop$=-4 hopa=9 hope=-8 hopf=5 hoph=-5 hopi=2
hopk=-3 hopo=-2 hopp=6 hopr=7 hops=-2 hopt=-1 hopw=-1 hor=-36 hor$=2 hora=6 horb=4 hord=-14 hore=2 hori=-25
horl=4 horm=1 horn=-40 horo=-11 horp=-2 horr=-20 hors=11 hort=18 horu=-4 horv=24 hory=4 hos=-4 hos$=-25 hosa=2
hosc=-1 hose=7 hosh=-1 hosk=9 hosl=2 hoso=-1 hosp=4 hoss=10 host=-14 hosu=-4 hot=-10 hot$=-4 hota=22 hotc=-2
hote=-4 hotg=-2 hoth=-5 hoti=-8 hoto=-11 hotr=5 hots=-4 hott=-8 hotz=13 hou=42 hou$=-29 houc=7 houd=28 houg=3
houl=-5 houn=-4 hour=21 hous=-27 hout=42 hov=-15 hov$=-15 hova=-4 hovd=-2 hove=8 hovi=-1 hovo=-4 how=10
how$=-5 howa=1 howd=4 howi=11 howl=1 hown=3 howr=-3 hows=2 hox=-2 hoxt=-1 hoy=4 hoya=2 hoyd=-5 hoyi=3 hoz=-11
hoz$=-11 hoza=2 hoze=-3 hozi=6 hozo=-1 hp=-19 hpa=-2 hpac=-2 hpan=8 hpi=-4 hpin=-3 hpk=-4 hpo=-5 hpr=8 hpu=-8
hpur=-7 hq=6 hr=-3 hr$=-22 hra=9 hra$=1 hrab=-4 hrac=-4 hrad=5 hraf=12 hrag=-4 hrai=-1 hral=-6 hram=19 hran=-2
hrap=11 hras=-12 hrat=-10 hrau=-1 hre=1 hre$=-8 hrea=4 hreb=-1 hrec=-3 hree=-2 hrei=6 hrem=5 hren=-23 hrer=11
hres=-2 hret=8 hrew=-5 hrey=17 hri=22 hri$=3 hria=-1 hrib=7 hric=1 hrid=-3 hrif=-4 hrig=-4 hrik=-6 hril=-9
hrim=-1 hrin=15 hrip=-1 hris=26 hrit=10 hriu=-1 hriv=-6 hriy=3 hrl=-3 hrm=6 hrmo=5 hro=-3 hro$=2 hroa=1
hrob=-1 hroc=-3 hrod=2 hroe=8 hrol=-3 hrom=-21 hron=-1 hroo=2 hrop=17 hros=-8 hrot=-4 hrou=-3 hrov=3 hrow=-2
hroz=-4 hrt=-10 hru=6 hrub=-3 hrug=-3 hrum=-1 hrun=2 hrus=-2 hrv=3 hry=-6 hry$=22 hrym=-2 hryn=2 hrys=-21
hrz=1 hs=8 hs$=-6 hsa=12 hsaa=4 hsan=5 hsay=-2 hsc=-7 hsch=-6 hsd=-2 hsdo=-1 hse$=-6 hsee=2 hsh=-8 hsha=-6
hshi=2 hsi=50 hsia=9 hsin=24 hsiu=12 hsl=-3 hsp=-3 hspe=-2 hst=-22 hsta=-9 hste=-7 hsto=-1 hsu=9 ht=-39 ht$=13
hta=-3 hta$=-7 htaa=-6 htac=-2 htai=11 htal=-2 htar=13 htb=-1 hte=1 hte$=-9 htel=7 hten=-19 hter=28 htes=2
htf=-3 htfi=-1 htfo=-1 htfu=-1 htg=-1 hth=-13 htha=-1 hthi=5 htho=-6 hthy=-8 hti=-9 hti$=10 htic=-4 htie=-10
htij=-7 htik=-10 htil=8 htim=-1 htin=10 htis=4 htit=-2 htj=-15 htje=-12 htl=3 htla=1 htle=8 htli=-4 htly=-1
htm=-4 html=-9 htn=-2 htne=1 htni=-3 hto=7 hto$=-8 hton=11 htoo=-1 htp=-1 htr=5 htre=-2 hts=-1 hts$=1 htse=-2
htsh=3 htt=-12 http=-9 htu=-10 htu$=-5 htun=-4 htw=-3 htwa=-2 htwe=-1 hty=16 hty$=14 hu=13 hu$=4 hu-=23 hu-c=6
hua=-38 hua$=-8 huai=-13 huan=-7 huar=-1 hub=3 hub$=-14 huba=4 hubb=-8 hube=14 hubo=-2 huc=-4 huch=7 huck=-9
hud=4 hud$=-1 huda=15 hude=1 hudi=2 hue=20 hue$=5 huel=4 huen=1 huer=7 huf=-8 huff=-3 hug=-7 hug$=-9 huga=-12
hugb=5 hugg=-13 hugh=14 hugi=2 hugl=4 hugu=5 huh=-1 hui=-1 hui$=-8 hui-=4 huij=11 huin=-7 huis=10 huit=-7
huiz=7 huj=-6 huja=-2 huk=12 huka=-3 huki=10 hukw=13 hul=30 hul$=-9 hula=7 huld=6 hule=4 huli=15 hulk=-7
hull=-17 huln=-8 huls=22 hult=11 hulu=8 hum=-3 hum$=-2 huma=-21 humb=23 hume=-1 humi=-7 humm=3 humo=-1 hump=12
hums=-1 humu=-3 hun=-21 hun$=-16 hun-=25 huna=-4 hunb=3 hunc=-1 hund=-14 hune=-5 hung=7 hunk=-11 hunn=-5
hunt=-5 hunu=-2 huo=15 huon=12 hup=2 hup$=-3 hur=-9 hur$=-1 hura=2 hurb=-1 hurc=-10 hurd=2 hure=4 huri=-10
hurl=2 hurm=5 hurn=-4 huro=-8 hurr=-17 hurs=24 hurt=-8 huru=4 hury=13 hus=-8 hus$=-11 husa=-7 husb=-4 huse=4
hush=-2 husi=11 husk=-10 husl=3 huss=2 hust=-3 husu=-1 hut=2 hut$=-5 huta=20 hutc=3 hute=-4 huti=-4 hutt=2
hutz=-11 huu=4 huv=-6 huva=-4 hux=-8 huxl=-7 huy=21 huy$=12 huz=-3 huza=2 hv=-25 hva=3 hve=-23 hver=-6 hvi=9
hvi$=10 hvil=-6 hviz=-2 hvo=-11 hvor=-14 hw=1 hwa=3 hwa$=6 hwab=2 hwai=3 hwal=-3 hwan=-14 hwar=-3 hwas=8
hwat=3 hway=4 hwe=-7 hwed=5 hwee=-1 hwei=-4 hwen=1 hwer=-3 hwes=-2 hwh=-2 hwi=12 hwin=1 hwis=7 hwit=3 hwo=-3
hwom=-4 hwoo=-2 hwor=-3 hx=-1 hy=-27 hy$=45 hya=24 hya$=5 hyac=-2 hyal=-8 hyan=6 hyb=4 hybr=-6 hyc=-6 hyce=-2
hyco=-1 hyd=-37 hyda=-4 hydr=-30 hye=-6 hyer=-3 hyes=-4 hyg=-4 hyge=5 hygi=-4 hygr=-5 hyl=6 hyl$=-6 hyle=-3
hyli=23 hyll=-5 hylo=-9 hylt=6 hylu=2 hym=-14 hyma=6 hyme=-9 hymi=-6 hymn=-3 hymo=-2 hyn=2 hyn$=-4 hyna=2
hync=-2 hyne=4 hyni=-6 hyo=-1 hyos=-5 hyp=-24 hypa=-1 hype=-10 hyph=-2 hypn=-3 hypo=-7 hyps=-1 hyr=-5 hyri=-3
hyrn=1 hyro=-5 hyrs=-3 hyru=9 hys=-15 hys$=14 hysa=-11 hysc=-2 hyse=-3 hysi=-4 hyso=-4 hyss=-1 hyst=-3 hyt=-8
hyta=-9 hyte=6 hyth=-2 hyti=-4 hyto=-4 hytr=-3 hyu=12 hyun=13 hyur=-4 hyv=-20 hyva=-4 hyvi=-17 hz=-24 hz$=-20
hze=-7 hzel=-5 hzo=-3 hzod=10 hzor=-14 i=17 i$=53 i-=54 i-c=10 i-ch=13 i-h=14 i-hs=4 i-hu=3 i-l=10 i-li=10
i-t=9 i-y=8 i-yu=3 ia=-23 ia$=-65 ia-=29 ia-l=5 iaa=3 iaa$=-4 iaal=-6 iaan=19 iab=-11 iabe=-4 iabi=-2 iabl=-5
iabo=-2 iac=-2 iac$=-38 iaca=-9 iacc=-1 iace=-3 iach=-5 iaci=7 iaco=40 iacy=-2 iad=-9 iad$=-9 iade=-4 iadi=7
iadk=3 iado=1 iae=-2 iae$=-18 iaen=24 iaer=-2 iaf=8 iaf$=5 iag=18 iaga=5 iage=-11 iagi=15 iagn=-1 iago=9
iagr=-5 iah=24 iah$=24 iai=-25 iai$=-20 iain=17 iais=-20 iaj=-11 iaja=-6 iak=59 iak$=73 iakh=-5 iaki=-3
iako=-8 ial=-58 ial$=-50 iala=8 iald=3 iale=-11 iali=-21 iall=6 ialo=-4 ialp=11 ialy=-5 iam=7 iam$=20 iama=-5
iamb=1 iame=-14 iami=-1 iamm=9 iamo=-10 iamp=7 iams=4 ian=5 ian$=-120 iana=19 ianc=-1 iand=6 iane=28 ianf=-2
iang=16 iani=1 iank=11 ianl=-1 iann=39 iano=25 ians=-13 iant=-13 ianu=6 iany=5 iao=11 iap=-14 iap$=-2 iapa=-4
iape=-1 iaph=-1 iapi=-4 iapk=-4 iaps=-1 iaq=7 iaqu=8 iar=9 iar$=-13 iara=24 iarc=-7 iard=-13 iare=12 iari=-15
iarm=17 iarn=5 iaro=-1 iarr=6 iart=13 iary=-22 iarz=4 ias=-12 ias$=-8 iasa=-6 iasc=-2 iase=5 iasi=-10 iask=12
iasm=-12 iass=4 iast=-1 iasz=6 iat=-15 iat$=-4 iata=-4 iate=-12 iath=-6 iati=8 iatk=5 iato=3 iatr=-7 iatt=8
iatu=-4 iau=4 iau$=-7 iaul=6 iaur=-4 iaus=5 iaux=8 iave=-5 iaw=11 iawa=8 iax=-3 iay=-1 iaz=-11 iaze=-3 iazi=-7
iazo=-6 iazz=2 ib=-5 ib$=-4 iba=14 iba$=-13 ibab=-11 ibac=4 ibad=-5 ibal=15 iban=14 ibar=-7 ibas=11 ibat=-6
ibau=9 ibay=7 ibb=-10 ibbe=-7 ibbi=1 ibbl=-3 ibbo=7 ibbs=-3 ibbu=-9 ibc=-2 ibe=10 ibe$=10 ibei=6 ibek=4 iben=1
iber=-1 ibes=-8 ibet=2 ibg=-3 ibh=-1 ibh$=-19 ibhe=15 ibhi=17 ibhs=-9 ibi=26 ibi$=9 ibia=1 ibib=-4 ibic=3
ibid=2 ibig=-4 ibik=5 ibil=10 ibin=10 ibio=8 ibis=6 ibit=-25 ibj=1 ibjo=3 ibl=-12 ibla=-6 ible=-21 ibli=8
ibly=-4 ibm=-2 ibn=-3 ibni=-7 ibnp=-2 ibo=31 ibo$=-8 ibod=4 ibol=2 ibon=6 ibor=25 ibos=-13 ibot=-6 ibou=-7
ibp=-3 ibr=-31 ibra=1 ibre=-13 ibri=-4 ibro=-10 ibs=-14 ibs$=-3 ibsa=-2 ibt=-7 ibu=8 ibu$=-2 ibul=-1 ibun=1
ibur=-3 ibus=16 ibut=-6 ibw=-5 iby=-5 ibyl=4 ibyt=-8 ic=-49 ic$=30 ica=-29 ica$=64 icab=-4 icac=6 icad=-15
icae=1 icah=9 icai=6 ical=-70 icam=-2 ican=-4 icao=-5 icap=-3 icar=4 icas=-3 icat=-16 icb=-8 icbi=-7 icc=9
icca=8 icch=-3 icci=9 icco=-2 iccu=-2 ice=-9 ice$=21 icea=19 iceb=-7 icec=-2 iced=3 icef=-4 iceg=-6 iceh=-2
icek=9 icel=-11 icem=-10 icen=17 icep=-5 icer=-28 ices=-15 icet=12 icev=4 icew=-1 icey=-3 ich=31 ich$=35
ich-=-7 icha=17 iche=-3 ichh=9 ichi=-22 ichk=2 ichl=-4 ichm=-12 ichn=-3 icho=17 ichr=-11 ichs=-10 icht=28
ichy=-7 ici=-15 ici$=-1 icia=-10 icic=16 icid=-20 icie=9 icif=-3 icil=-6 icin=-16 icio=4 icip=-4 icis=1
icit=-9 iciu=18 iciz=-4 ick=-12 ick$=16 ick-=-3 icka=7 ickb=-6 icke=-45 ickf=-2 ickh=-2 icki=13 ickk=-4
ickl=-14 ickm=5 ickn=-4 icko=4 ickp=-1 ickr=-4 icks=10 ickt=-2 icku=-2 ickw=-1 icky=14 icl=-23 icle=-20
icli=-4 iclo=-2 icm=-3 icn=1 icne=6 icni=-3 ico=-8 ico$=16 icoa=3 icoc=-4 icod=21 icoe=6 icol=23 icom=-7
icon=-16 icop=-4 icor=-14 icos=-12 icot=-19 icou=-1 icov=7 icr=-22 icra=6 icri=-4 icro=-23 ics=-23 ics$=-29
icso=8 ict=-1 ict$=-10 icta=-3 icte=6 icti=-8 icto=25 ictr=-3 ictu=-5 icty=-1 icu=-12 icu$=7 icul=-17 icum=-3
icur=-5 icus=4 icy=7 icy$=16 icyc=-3 icz=46 icz$=42 icza=2 icze=1 iczk=1 id=-34 id$=4 ida=-28 ida$=17 idab=5
idac=-6 idad=16 idae=-61 idag=-4 idah=10 idai=-3 idak=1 idal=-22 idam=8 idan=-9 idap=6 idar=1 idas=8 idat=-11
iday=19 idaz=-2 idc=-1 idd=-1 idd$=-4 idda=2 idde=-12 iddh=15 iddi=14 iddl=-5 ide=-31 ide$=3 idea=-18 ideb=-4
idec=3 ided=-2 idef=-1 ideg=-3 idei=-2 idek=-1 idel=10 idem=-4 iden=-9 ideo=-1 idep=-1 ider=16 ides=-9 idet=-3
idew=-7 idf=-3 idg=10 idge=10 idgi=4 idh=22 idha=7 idhi=10 idho=-3 idi=2 idia=-8 idic=-12 idid=-3 idie=11
idif=-2 idig=-3 idii=-2 idik=10 idil=-1 idim=-3 idin=13 idio=5 idip=-1 idir=1 idis=-4 idit=-4 idiu=-3 idiv=-1
idiz=-2 idj=-4 idja=-3 idk=4 idl=16 idl$=22 idle=6 idli=-4 idlo=3 idly=-9 idm=6 idma=7 idmu=-6 idn=-20 idna=-7
idne=-11 ido=-9 ido$=-6 idoc=-3 idod=4 idol=-9 idom=-3 idon=1 idop=-2 idor=10 idos=-1 idot=-1 idov=10 idow=-6
idp=-4 idr=18 idra=2 idre=5 idri=10 ids=-4 ids$=-7 idse=1 idsh=-1 idss=2 idst=1 idt=-5 idt$=1 idth=-7 idu=-21
idu$=1 idua=-10 iduc=3 idul=-9 idun=1 idur=4 idus=-3 idv=1 idve=-3 idvi=10 idw=5 idwe=5 idwi=-1 idx=-3 idx$=-3
idy=17 idy$=19 idya=6 idyl=-8 idym=-1 idz=-10 idz$=-8 ie=14 ie$=107 ie-=21 ie-a=2 ie-c=2 ie-j=2 ie-l=6 iea=-8
iea$=-8 ieb=4 ieba=-10 iebe=-1 iebi=16 iebt=-6 iebu=-2 iec=17 iec$=14 iece=-6 iech=10 ieci=5 ieck=2 iect=-1
ied=2 ied$=-6 ieda=-1 iedb=-1 iede=-3 iedh=7 iedi=16 iedl=9 iedm=-3 iedn=4 iedo=2 iedr=2 iedu=-3 iedv=-22
iedz=-1 ief=-29 ief$=-30 iefe=12 ieff=1 iefi=-1 iefl=-2 ieft=-1 ieg=34 iega=13 iegb=-2 iege=-16 iegl=9 iego=8
iegr=17 ieh=-5 ieh$=9 ieha=-8 iehe=-2 ieho=-9 iei=-8 iei$=-10 iej=-24 iej$=-4 ieja=7 ieje=-1 ieji=-17 iejo=-6
ieju=-4 iek=-51 iek$=-27 ieka=-17 ieke=8 ieki=8 ieks=7 iekt=-17 iekv=-14 iel=14 iel$=32 iela=5 ielb=-4 ielc=-1
ield=-37 iele=-4 ielg=5 ieli=3 ielk=5 iell=-12 ielo=9 iels=13 ielu=-2 iely=3 iem=-29 iem$=-3 iema=-11 iemd=-2
ieme=1 iemi=21 iems=-28 iemu=-12 ien=-40 ien$=28 ien-=21 iena=-7 ienb=-2 ienc=-17 iend=-22 iene=-4 ieng=5
ienh=-4 ieni=3 ienn=-13 ieno=5 iens=-13 ient=-24 ienu=-1 ienz=3 iep=25 iepa=2 iepe=2 iepi=5 iepl=10 iepy=-2
ier=6 ier$=-110 iera=35 ierb=-3 ierc=-3 ierd=14 iere=4 ierg=4 ieri=14 ierk=10 ierl=-3 iern=10 iero=12 ierp=3
ierr=21 iers=11 iert=-25 ierw=7 iery=-12 ierz=14 ies=-15 ies$=-23 iesa=-1 iesb=20 iesc=6 iese=5 iesh=15
iesi=-5 iesk=-3 iesl=-3 iesm=-5 ieso=-3 iess=13 iest=-46 iesz=5 iet=6 iet$=-8 ieta=2 iete=18 ieth=2 ieti=-11
ietl=13 ietm=-2 ietn=-2 ieto=4 ietr=19 iets=-7 iett=2 iety=-23 ietz=-4 ieu=-9 ieu$=-18 ieur=-10 ieut=-1 ieuw=6
ieux=6 iev=-19 iev$=3 ieva=-7 ieve=-2 ievi=-5 ievk=-5 ievo=-6 iew=21 iew$=3 iewa=-3 iewe=1 iewi=21 iez=-10
iez$=-8 ieze=1 iezo=-1 if=-9 if$=63 ifa=15 ifa$=16 ifac=4 ifad=-11 ifah=4 ifan=8 ifar=-1 ifau=-3 ifc=3 ife=-27
ife$=5 ifel=-7 ifen=-8 ifer=-27 ifes=-4 iff=-1 iff$=-16 iffa=-1 iffe=13 iffi=6 iffl=2 iffo=11 iffr=-3 iffu=-4
iffy=-5 ifi=-18 ifi$=4 ifia=-3 ific=-10 ifid=-2 ifie=-27 ifil=10 ifin=3 ifis=-1 ifl=-17 ifla=-1 ifle=-8
ifli=-3 iflo=-3 iflu=-1 ifo=-5 ifo$=1 ifog=-4 ifol=-2 ifor=1 ifr=6 ifra=-9 ifre=18 ifs=-8 ift=1 ift$=-14
ifte=8 ifti=5 iftl=-1 ifto=6 iftw=-1 ifty=2 ifu=29 ifug=-8 iful=-1 ifun=8 ifur=14 ify=-51 ify$=-49 ifyi=-2
ig=-19 ig$=31 ig-=-2 iga=10 iga$=9 igab=-2 igac=-4 igad=-14 igae=1 igah=-4 igai=20 igal=-10 igam=12 igan=12
igar=-10 igas=2 igat=-10 igb=-1 igbe=6 igbo=-4 igd=16 igda=9 igdi=3 igdo=9 ige=-35 ige$=-6 igel=-9 igem=-1
igen=-17 igeo=-4 iger=-2 iges=-4 iget=6 igf=19 igfi=-3 igfr=9 igg=2 igg$=1 igga=-14 igge=-10 iggi=17 iggl=-6
iggy=7 igh=-19 igh$=23 igha=4 ighb=-9 ighe=6 ighf=-1 ighi=6 ighj=-2 ighl=-8 igho=4 ight=-45 ighw=-3 igi=5
igi$=5 igia=10 igib=-2 igid=2 igil=-16 igin=-8 igis=19 igit=6 igj=2 igl=12 igl$=12 igla=-4 igle=2 igli=16
iglo=-12 iglu=-3 igm=7 igma=-10 igme=6 igmi=-2 igmo=6 igmu=9 ign=-30 ign$=-37 igna=31 igne=-7 igni=-2 ignm=-1
igno=-17 ignu=-2 igny=8 igo=6 igo$=19 igoc=-5 igod=-5 igoe=5 igom=-1 igon=-1 igop=-1 igor=15 igos=-3 igot=-6
igou=-6 igov=-1 igp=-5 igr=-18 igra=-17 igre=-21 igri=12 igs=-18 igse=-4 igsh=-3 igst=-1 igsw=-3 igt=5 igt$=-6
igta=-1 igto=-2 igtv=8 igu=2 igua=-14 igue=16 igui=-8 igul=-2 igun=4 iguo=4 igur=11 igus=-2 igv=-2 igw=-7
igwa=-7 igy=2 igy$=6 igza=-3 ih=26 ih$=6 ih-=25 ih-c=4 ih-h=4 iha=-8 iha$=1 ihad=-8 ihai=11 ihak=-10 ihal=8
ihan=10 ihar=-10 ihas=-6 ihat=-9 ihay=-8 ihe=-15 ihel=3 iher=-5 ihh=6 ihi=-17 ihi$=-2 ihil=-6 ihin=-25 ihir=7
ihl=7 ihm=-2 ihn=-3 ihna=-1 iho=24 iho$=10 ihon=-5 ihoo=5 ihor=-1 ihov=-8 ihr=-21 ihre=-14 ihs=7 ihsa=7 iht=16
ihti=7 ihu=-11 ihua=-10 ihy=11 ihy$=13 ii=-20 ii$=-61 iia=8 iia$=13 iib=-1 iiba=-1 iid=-13 iid$=-8 iida=-3
iif=2 iifo=-2 iih=-3 iii=-20 iii$=-20 iik=6 iik$=5 iil=-1 iim=-1 iima=6 iime=-10 iin=-7 iin$=-7 iina=7 iing=-3
iio=-8 iio$=-7 iir=19 iira=5 iis=5 iis$=2 iisa=6 iism=-1 iit=22 iit$=21 iita=-4 iits=7 iiv=19 iiva=11 ij=23
ij$=-24 ija$=23 ijac=-4 ijad=4 ijah=-3 ijan=4 ijas=-8 ijay=3 ijd=-6 ije=2 ije$=5 ijel=3 ijen=3 ijer=5 ijev=-1
iji=-15 iji$=-8 ijia=-5 ijin=-8 ijk=-3 ijk$=-7 ijke=5 ijks=1 ijl=13 ijl$=-1 ijm=7 ijma=3 ijme=6 ijn=11 ijn$=20
ijo=-12 ijo$=7 ijol=-14 ijou=3 ijs=28 ijs$=35 ijse=7 ijss=-7 ijst=-8 iju=5 iju$=-9 ijua=-4 ijus=18 ijz=2
ijze=-3 ik=-8 ik$=87 ik-=-4 ika=-23 ika$=5 ikaa=-12 ikab=-2 ikad=-9 ikae=4 ikai=4 ikak=-17 ikal=2 ikam=-7
ikan=-6 ikar=-3 ikas=6 ikat=20 ikaw=-4 ikd=-7 ike=-34 ike$=-48 ikea=-5 ikeb=-1 iked=3 ikei=-8 ikel=16 iken=10
iker=-2 ikes=-2 iket=8 ikey=-9 ikh=13 ikh$=8 ikha=4 ikhe=-4 ikho=-2 ikhu=1 iki=-28 iki$=-21 ikin=-16 ikir=3
ikit=9 ikk=4 ikk$=-3 ikka=17 ikke=-8 ikki=1 ikko=2 ikl=-4 ikla=-2 ikle=-6 ikli=3 iklo=2 ikn=1 iko=-16 iko$=9
ikod=5 ikoi=-3 ikoj=-10 ikol=14 ikon=-13 ikos=-3 ikov=-1 ikr=5 ikra=8 iks=-4 iks$=18 ikse=5 iksi=-19 ikss=1
ikst=-1 ikt=24 ikt$=4 ikta=2 ikti=-9 ikto=27 iku=2 iku$=11 ikul=7 ikum=-5 ikun=-1 ikur=1 ikus=4 ikut=-13
ikw=-2 iky=-7 il=-3 il$=-1 ila=-5 ila$=15 ilab=6 ilac=-3 ilad=-11 ilae=-3 ilag=-11 ilah=-11 ilai=7 ilak=-1
ilal=3 ilam=-3 ilan=-22 ilap=1 ilar=15 ilas=7 ilat=-9 ilau=-3 ilaw=2 ilay=20 ilb=23 ilba=13 ilbe=-9 ilbi=10
ilbj=2 ilbl=-5 ilbo=-3 ilbr=4 ilbu=14 ilc=10 ilca=3 ilch=-13 ilco=8 ild=18 ild$=-11 ilda=9 ildb=3 ildc=-6
ilde=6 ildf=-6 ildh=-6 ildi=14 ildl=-4 ildo=-8 ildr=3 ilds=9 ildu=19 ile=-26 ile$=22 ilea=4 ilec=-8 iled=-7
ilee=12 ilef=-2 ileg=-5 ileh=-1 ilei=6 ilek=4 ilel=-8 ilem=-4 ilen=2 ileo=-3 ilep=-2 iler=-40 iles=27 ilet=-9
ileu=-7 ilev=-2 ilew=3 ilex=4 iley=-11 ilf=16 ilfe=-4 ilfo=9 ilfr=11 ilfu=-7 ilg=10 ilga=-1 ilge=3 ilgi=8
ilgr=-4 ilgu=1 ilh=17 ilha=-6 ilhe=5 ilho=14 ili=-3 ili$=6 ilia=2 ilib=13 ilic=-7 ilid=-6 ilie=-2 ilif=-3
ilig=-7 ilii=-1 ilij=6 ilik=5 ilim=-1 ilin=-19 ilio=2 ilip=43 iliq=-5 ilir=5 ilis=12 ilit=-25 iliu=9 iliv=-3
iliw=-11 iliz=-5 ilj=22 ilja=6 ilje=9 ilk=-11 ilk$=-4 ilka=1 ilke=-12 ilki=11 ilkl=2 ilko=3 ilkw=-4 ill=5
ill$=-16 illa=15 illb=-7 ille=-7 illf=-2 illi=5 illm=13 illn=-1 illo=6 illp=-3 illr=-6 ills=-14 illu=7 illw=-3
illy=22 ilm=10 ilm$=2 ilma=1 ilme=-4 ilmi=-3 ilmo=17 ilmu=-4 iln=-16 iln$=-6 ilne=-3 ilno=-2 ilnu=2 ilny=-1
ilo=-11 ilo$=-5 ilob=-3 iloc=-5 ilod=2 ilog=6 iloh=-10 ilol=9 ilon=10 ilop=-4 iloq=-6 ilor=-4 ilos=-8 ilot=2
ilou=11 ilov=-1 ilp=7 ilpa=1 ilpe=11 ilph=2 ilpl=-2 ilq=1 ilr=-8 ilro=1 ils=8 ils$=2 ilsa=12 ilsb=-3 ilse=-2
ilsh=-4 ilsk=-3 ilso=5 ilsp=-1 ilst=-6 ilt=-34 ilt$=-20 ilta=-19 ilte=17 ilth=-5 ilti=-4 ilto=-16 iltr=5
ilts=-1 ilty=4 iltz=6 ilu=-9 ilu$=1 iluc=-1 ilum=11 ilun=-7 ilur=-8 ilus=3 ilut=-2 iluv=-4 ilv=15 ilva=-5
ilve=8 ilvi=9 ilw=-10 ilwa=-8 ilwi=2 ilwo=-3 ilx=-6 ily=-21 ily$=-46 ilya=18 ilye=-1 ilyn=10 ilz=1 ilzi=-2
im=-13 im$=66 im-=-8 im-h=-2 ima=-3 ima$=7 imaa=-2 imab=7 imac=-3 imad=-4 imae=-1 imag=-15 imah=2 imak=2
imal=-18 iman=44 imap=-4 imar=-5 imas=5 imat=-6 imau=-5 imax=-2 imaz=-5 imb=-9 imb$=-4 imba=-2 imbe=16 imbi=2
imbl=-4 imbo=2 imbr=-11 imbu=-5 imc=-12 imd=-20 imda=-7 imdi=-4 ime=-5 ime$=5 imea=12 imec=-1 imed=-5 imei=-16
imej=-1 imel=-9 imen=5 imeo=-1 imep=-1 imer=5 imes=-4 imet=-1 imew=-1 imf=-6 imfl=-1 img=-8 imga=-6 imh=14
imh$=1 imhe=4 imhi=4 imi$=-15 imia=6 imic=2 imid=-9 imie=-1 imik=-1 imil=4 imin=3 imio=10 imip=-2 imir=-1
imis=-19 imit=17 imiu=3 imiz=4 imk=4 imka=2 imke=3 imko=3 iml=-8 imla=-3 imle=-9 imli=7 imly=-2 imm=4 imma=-9
imme=-19 immo=24 immu=-9 immy=13 imn=-5 imne=-9 imni=6 imno=-1 imo=34 imo$=-27 imog=14 imol=8 imon=4 imor=-1
imos=-7 imot=31 imou=-3 imov=5 imoz=5 imp=-32 imp$=-3 impa=-3 impe=-16 imph=8 impi=12 impl=-7 impo=-6 impr=-5
imps=-2 impu=-6 impy=-3 imr=11 imra=2 imre=5 imri=4 ims=-28 ims$=-4 imse=-8 imsh=-1 imsi=-3 imso=-3 imst=-1
imsy=-2 imt=2 imu=-4 imu$=5 imul=-20 imum=-5 imun=15 imur=23 imus=-5 imut=-8 imw=-9 imy=3 imy$=6 imys=-3
in=-27 in$=6 in-=24 in-l=3 in-y=4 ina=-18 ina$=46 inab=8 inac=-7 inad=-15 inae=-23 inaf=-5 inag=-2 inah=14
inai=-5 inak=-2 inal=-11 inam=-5 inan=3 inap=-4 inar=5 inas=5 inat=-20 inau=-3 inav=-8 inaw=-5 inay=8 inaz=12
inb=5 inba=18 inbe=2 inbj=4 inbo=-3 inbr=-7 inbu=-7 inc=-13 inc$=-4 inca=-12 ince=31 inch=-4 inci=-15 inck=10
incl=-6 inco=-12 incr=-4 inct=-3 incu=-4 incy=-1 incz=5 ind$=-23 inda=34 inde=-6 indf=2 indh=2 indi=-13 indk=3
indl=7 indm=4 indn=2 indo=-17 indq=8 indr=17 inds=-9 indu=-21 indw=-8 indy=21 ine=-11 ine$=-29 inea=-5 ineb=3
inec=11 ined=6 inee=-2 inef=-6 ineg=-5 ineh=-8 inei=11 inek=10 inel=17 inem=-11 inen=44 ineo=-4 inep=-10
ineq=-1 iner=-42 ines=-25 inet=30 inev=-12 inew=8 inex=-1 iney=5 inez=7 inf=-16 infa=9 infe=-10 infi=4 infl=-4
info=-20 infr=1 infu=-6 ing=-52 ing$=-115 ing-=17 inga=3 ingb=-5 ingc=-2 ingd=-4 inge=27 ingf=-3 ingg=-4
ingh=7 ingi=10 ingk=4 ingl=-7 ingm=-3 ingn=-1 ingo=-1 ingp=-3 ingr=26 ings=-8 ingt=2 ingu=-2 ingv=11 ingw=-6
ingx=-1 ingy=-4 ingz=-7 inh=19 inh$=2 inha=5 inhe=-1 inhi=7 inho=14 inhu=-7 inhv=-5 ini=-10 ini$=31 inia=-19
inib=3 inic=-2 inid=-10 inie=-6 inif=4 inig=-2 inik=-6 inil=-7 inim=-9 inin=-7 inio=3 iniq=-5 inir=10 inis=6
init=-9 iniu=11 iniv=2 iniz=2 inj=5 inja=-15 inje=-4 inji=23 inju=2 ink=-34 ink$=-2 inka=-14 inkb=-3 inke=18
inkg=-4 inkh=-5 inki=-4 inkl=-6 inkm=-5 inko=-2 inkp=-1 inkr=8 inks=-8 inkw=-3 inky=-6 inl=-2 inla=1 inle=-2
inli=2 inly=-3 inm=5 inme=-3 inmi=-3 inn=19 inn$=13 inna=-25 innb=3 inne=-1 inni=4 inno=7 inns=12 innt=-3
innu=12 inny=-11 ino=24 ino$=12 inoa=-6 inob=-2 inoc=-4 inod=9 inof=-1 inog=9 inoi=-2 inol=5 inom=-14 inon=5
inoo=1 inop=-9 inor=3 inos=9 inot=10 inou=5 inov=3 inow=-3 inoz=-1 inp=-6 inpa=-2 inpl=-1 inpo=-2 inpr=4
inpu=-4 inq=5 inqu=-2 inr=2 inre=-4 inri=6 inro=-2 inru=3 ins=6 ins$=71 insa=-5 insb=-2 insc=6 inse=-6 insh=-8
insi=-10 insk=7 insl=3 insm=5 inso=-10 insp=-6 inst=-26 insu=-9 insy=2 int=-2 int$=-22 inta=18 intb=-2
inte=-17 intf=-3 inth=18 inti=16 intl=-4 intm=-1 intn=9 into=-11 intp=-3 intr=-8 ints=-6 intu=-1 inty=8 intz=9
inu=-20 inu$=4 inua=-6 inuc=6 inue=-5 inui=-3 inul=-11 inum=-4 inun=1 inuo=-2 inur=6 inus=-8 inut=-2 inuu=-4
inux=-5 inv=-27 inva=-10 inve=-10 invi=-7 inw=10 inwa=-1 inwe=9 inwo=4 inwr=-1 inx=-10 inx$=-6 inxi=-4 iny=-35
iny$=-37 inya=-4 inyc=-3 inyd=-1 inye=16 inyi=9 inyk=1 inyl=-8 inym=-3 inyu=3 inz=3 inz$=-4 inz-=10 inza=-12
inze=-6 inzh=-3 inzi=4 inzl=3 io=-34 io$=49 ioa=22 ioac=8 ioan=9 ioar=9 iob=8 ioba=12 iobi=-2 iobl=-1 iobu=2
ioc=-24 ioc$=-3 ioca=-12 ioce=-5 ioch=-2 ioci=1 iocl=-1 ioco=-1 iocr=-1 iocy=-1 iod=-2 iod$=-4 ioda=2 iode=-7
iodi=-10 ioe=-6 ioec=-2 iof=2 iofi=-3 iog=16 ioge=-3 iogl=5 iogo=20 iogr=-5 ioh=-2 ioha=-2 ioid=-2 ioj=-15
ioje=-7 iojo=-4 iok=-3 ioka=-9 ioki=-9 iol=-21 iol$=-4 iola=-10 iole=-3 ioli=-4 ioll=-4 iolo=-2 iolu=6 iom=-15
iom$=-3 ioma=7 iome=6 iomi=-11 iomo=-2 ioms=-9 iomy=-7 ion=4 ion$=-89 iona=4 iond=-11 ione=46 ionf=-1 iong=8
ioni=7 ionm=-2 ionn=29 iono=15 ions=-10 iont=-1 iony=-4 ioo=-3 iop=-13 iopa=-3 iope=-9 ioph=-6 iopi=-1 iopo=-4
iops=-2 iopt=-2 ioq=-2 ior=16 ior$=20 iora=-2 iord=2 iore=2 iorg=10 iori=-4 iorl=-1 iorn=-5 iory=-2 ios=-23
ios$=3 iosa=-6 iosc=-5 iose=-13 iosi=-6 ioso=-3 iosp=-4 iost=9 iot=9 iot$=6 iota=-11 iote=-4 ioth=8 ioti=-6
ioto=-2 iotr=16 iott=2 ioty=-1 iou=-3 iou$=14 ioun=-2 iour=-8 ious=-5 iov=-1 iova=-4 iovi=4 iovu=-1 iow=-13
iowa=-13 iox=-3 ioxi=-1 ioz=-11 iozo=-4 ip=-26 ip$=-2 ipa=-2 ipa$=4 ipad=-6 ipal=4 ipan=-13 ipar=-16 ipas=-8
ipat=28 ipb=-2 ipbo=-1 ipc=4 ipch=3 ipco=-2 ipd=-1 ipe=-25 ipe$=2 ipec=-1 iped=-10 ipek=7 ipel=-4 ipen=-5
iper=-11 ipes=-4 ipet=-7 ipew=-1 ipf=-6 ipfe=-4 ipg=-3 iph=-17 iph$=-3 ipha=-6 iphe=7 iphi=-4 ipho=-4 iphr=-2
iphu=-2 iphy=-2 ipi=12 ipia=2 ipic=11 ipid=-3 ipie=6 ipil=-1 ipin=4 ipis=-2 ipit=-1 ipk=9 ipke=4 ipko=6 ipl=14
ipla=14 iple=8 ipli=-1 iplo=-6 ipm=-6 ipma=-4 ipn=4 ipng=4 ipo=2 ipo$=-4 ipod=-4 ipog=-2 ipoi=-1 ipol=16
ipom=-4 ipop=-3 ipos=-4 ipot=-2 ipov=3 ipow=1 ipp=-4 ipp$=23 ippa=7 ippe=-3 ippi=-23 ippl=-5 ippo=-1 ipps=-2
ippu=6 ippy=-3 ipr=3 ipra=-11 ipre=-2 ipri=13 ipro=4 ips=1 ips$=3 ipsa=4 ipse=1 ipsh=-2 ipsi=-3 ipso=-1 ipst=4
ipsu=-1 ipsy=-2 ipt=14 ipt$=-4 ipta=12 ipte=-4 ipti=6 iptu=9 ipty=-3 ipu=-12 ipu$=-2 ipul=-3 ipun=-4 ipup=2
ipur=-8 ipus=-3 iput=-4 ipw=-3 ipy$=-4 ipye=9 ipyl=-1 ipyp=-1 ipyt=-1 iq=26 iq$=33 iqa=2 iqu=-6 iqua=-6 ique=6
iqui=-4 iquo=-4 ir=-15 ir$=61 ira=-6 ira$=29 irab=-7 irac=-18 irad=9 irae=3 iraf=-7 irag=2 irah=7 irai=5
irak=-10 iral=11 iram=9 iran=-22 irap=4 iras=-16 irat=-7 irav=5 iraw=4 iray=4 iraz=-6 irb=8 irba=-7 irbi=-12
irbr=3 irbu=14 irc=-21 irc$=5 irca=-10 irce=11 irch=-9 irci=-2 ircl=-5 irco=-10 ircr=-1 ircu=-8 ird=-26
ird$=-30 irda=17 irde=7 irdi=-7 irdl=-3 irdo=-2 irds=-1 ire=-30 ire$=4 irea=14 ireb=-10 irec=-3 ired=-13
iree=6 iref=-5 irei=-3 irel=12 irem=-2 iren=-12 ireo=-3 irep=-1 irer=-9 ires=-11 iret=2 irew=-3 irf=2 irfi=2
irg=14 irga=-3 irge=13 irgh=-11 irgi=18 irgo=-3 irgu=-4 irh=6 irha=2 irhi=-1 iri=6 iri$=-33 iria=15 iric=-6
irid=15 irie=3 irik=-2 iril=-1 irim=12 irin=-9 irio=4 irip=11 iris=-8 irit=1 iriu=-5 iriz=8 irj=12 irja=8
irk=-9 irk$=-14 irka=-8 irke=16 irki=3 irkk=5 irko=1 irl=-16 irl$=-9 irla=-1 irle=8 irli=-9 irlo=1 irly=-1
irm=15 irm$=-6 irma=-10 irme=14 irmi=5 irmt=7 irn=7 irn$=-8 irna=4 irne=-5 irni=9 irno=10 irny=-1 iro=11
iro$=11 iroc=-7 irod=3 irog=-2 iroh=-5 iroi=1 irok=8 irol=-3 irom=-3 iron=-15 irop=9 iros=1 irot=19 irou=7
irov=-7 irp=1 irp$=-4 irpa=5 irpe=6 irpi=5 irpo=-1 irpu=-7 irr=-35 irr$=-6 irra=4 irre=-13 irrh=-3 irri=-6
irro=-10 irru=-5 irs=4 irs$=-11 irsa=16 irsc=-4 irse=12 irsh=-2 irsi=5 irsk=-4 irsp=-1 irst=-8 irsu=-6 irt=9
irt$=-8 irta=13 irte=17 irth=1 irti=12 irts=1 irtu=-13 irty=-12 iru=-4 iru$=12 iruc=-5 irud=-2 irui=7 irul=5
irun=-1 irup=-5 irus=-13 irut=4 iruv=-5 irv=4 irva=-3 irvi=2 irvo=-1 irw=-3 irwa=-2 irwo=-2 iry$=6 irz=7
irza=-1 is=-24 is$=35 isa=34 isa$=53 isaa=-7 isab=6 isac=3 isad=-1 isae=-1 isaf=5 isag=3 isah=2 isai=-5
isak=-5 isal=-14 isam=1 isan=-13 isap=-1 isar=8 isas=7 isat=-8 isau=-2 isay=-8 isb=-24 isba=-5 isbe=-2 isbo=-9
isbu=-7 isc=-9 isc$=-6 isca=2 isce=5 isch=-13 isci=13 iscl=-1 isco=-2 iscr=-2 iscu=-5 isd=-2 isda=-1 isde=2
isdi=2 isdo=-4 ise=-34 ise$=-39 isea=20 iseb=5 isec=-1 ised=-7 isee=5 isei=-8 isek=7 isel=12 isem=4 isen=-30
isep=3 iser=-26 ises=7 iset=12 iseu=-3 isex=-1 isey=1 isf=-5 isfa=-5 isfi=-4 isfo=6 isg=-5 isga=-4 isgi=-4
isgo=-1 isgr=-1 isgu=-3 ish=-35 ish$=-44 isha=50 ishb=-1 ishc=-2 ishe=-22 ishf=-1 ishi=16 ishk=4 ishm=-12
ishn=-7 isho=4 ishp=-3 ishr=4 isht=-15 ishu=-3 ishw=3 ishy=-3 isi=26 isi$=17 isia=-22 isib=-8 isic=33 isid=12
isie=10 isif=3 isik=4 isil=17 isim=-12 isin=-33 isio=1 isis=-5 isit=-9 isiu=6 isiv=-4 isj=-2 isjo=-1 isju=-1
isk=-13 isk$=-3 iska=10 iske=-18 iski=-27 iskl=-2 isko=10 iskr=-4 isky=27 isl=29 isla=16 isle=-2 isli=11
islo=3 ism=-49 ism$=-69 isma=8 isme=-3 ismi=-4 ismo=12 ismu=7 isn=11 isna=1 isne=4 isni=3 isno=4 isnu=3
iso=-16 iso$=11 isoa=6 isob=-2 isoc=-2 isod=-1 isoe=-1 isof=-3 isog=-7 isok=-3 isol=23 isom=1 ison=-27 isop=-6
isos=-6 isot=-7 isov=-1 isow=-3 isp=-4 isp$=-5 ispa=-7 ispe=12 isph=-1 ispi=-1 ispl=-3 ispo=-3 ispr=-2 ispu=8
ispy=-1 isq=-7 isqu=-7 isr=-12 isra=-5 isre=1 iss=6 iss$=40 issa=-5 issc=-4 isse=19 issh=-1 issi=-23 issl=-2
issn=3 issp=-2 isst=-3 issu=-14 issy=7 ist=-17 ist$=-44 ista=-6 istb=1 istc=-2 iste=25 istf=-1 isth=1 isti=-1
istj=1 istl=-6 istm=-11 isto=47 istr=-18 istu=-10 istv=4 istw=3 isty=2 isu=-11 isu$=-1 isua=-6 isub=-2 isuk=6
isul=5 isum=-4 isun=-2 isur=-9 isus=-4 isv=-4 isvi=-6 isw=7 iswa=9 isy=10 isy$=5 isya=3 isyl=-1 isyn=5 isyp=-1
isz=15 isz$=14 isze=-2 iszk=1 iszo=1 iszt=-1 it=-56 it$=17 ita=17 ita$=58 itaa=-10 itab=1 itac=9 itae=-3
itag=3 itai=2 itaj=-3 itak=10 ital=4 itam=-17 itan=-1 itap=-4 itar=-27 itas=2 itat=-11 itau=4 itb=-3 itbu=-1
itc=4 itca=-1 itch=7 itco=-1 itdi=6 ite=-41 ite$=-56 itea=-4 iteb=-1 itec=9 ited=-1 itee=-1 itef=-2 iteh=13
itek=4 itel=-4 item=-5 iten=-9 iter=-6 ites=19 itet=-3 itev=-6 itew=4 itf=-8 itfu=-3 itg=6 itge=3 ith=5 ith$=8
itha=6 ithd=-3 ithe=-15 ithf=-1 ithh=-3 ithi=10 ithl=-3 ithm=-6 ithn=9 itho=21 ithr=-10 iths=-1 ithu=-6
ithy=-3 iti=-22 iti$=2 itia=2 itib=-5 itic=-12 itid=-2 itie=-11 itif=-2 itig=-3 itik=4 itil=2 itim=1 itio=-13
itip=19 itis=-17 itit=-3 itiv=12 itiz=-4 itj=3 itk=-2 itka=-9 itko=3 itl=6 itla=3 itle=2 itli=-2 itlo=-5
itly=4 itm=-14 itma=-5 itme=-1 itmo=-4 itn=13 itna=8 itne=-2 itni=1 itny=9 ito=13 ito$=15 itoc=-7 itoe=-1
itoi=-3 itoj=-11 itok=-19 itol=16 itom=2 iton=-5 itoo=5 itop=9 itor=17 itos=-7 itot=-1 itov=5 itox=-1 itp=5
itpa=-1 itpr=7 itr=13 itra=10 itre=-10 itri=22 itro=-16 itru=4 itry=5 its=-10 its$=18 itsa=-38 itsc=16 itse=10
itsi=-3 itsk=-1 itst=-1 itsu=-5 itsv=-3 itsy=-4 itt=9 itt$=12 itta=-15 itte=-26 ittm=6 ittn=10 itto=11 itts=-2
ittu=-1 itty=-2 itu=-15 itu$=-7 itua=-4 itud=-16 itue=-4 ituk=2 itul=3 itum=25 ituo=-8 itup=7 itur=11 itus=-14
itut=-4 itv=2 itw=-5 itwe=-4 itwi=2 itwo=-1 ity=-67 ity$=-71 itya=4 ityi=-1 ityp=-1 itys=-1 itz=15 itz$=-28
itz-=-2 itza=6 itze=1 itzg=6 itzi=-3 itzl=2 itzm=4 itzs=13 itzy=10 iu=6 iu$=32 iu-=10 iu-c=1 iu-h=2 iu-l=2
iu-y=4 iub=-2 iuc=10 iuch=9 iud=-5 iud$=-4 iui$=-10 iuj=-8 iuk=41 iuk$=39 iuki=2 iul=10 iuli=11 ium=-65
ium$=-68 iump=-1 iumv=-1 iun=2 iung=6 iuo=-23 iuo$=-6 iuos=-9 iup=-5 iur=-12 iure=-5 iuri=-2 iuru=5 ius=25
ius$=5 iuse=4 iust=11 iusz=2 iut=-8 iut$=1 iute=6 iv=-29 iv$=-31 iva=6 iva$=8 ivab=-1 ivac=-6 ivag=-1 ivah=-5
ivai=-1 ival=-25 ivam=7 ivar=16 ivas=22 ivat=-18 ive=-23 ive$=-62 ivea=-1 ivec=21 ived=2 ivel=-10 ivem=-1
iven=20 iver=9 ives=-2 ivet=-1 ivew=-1 ivi=35 ivi$=11 ivia=13 ivic=-4 ivid=1 ivie=27 ivif=-2 ivil=-9 ivin=1
ivio=1 ivir=-2 ivis=-7 ivit=-8 iviu=4 iviz=-1 ivk=-10 ivka=-16 ivko=5 ivl=-3 ivn=-2 ivo=13 ivo$=32 ivoc=-1
ivol=-4 ivon=5 ivor=-14 ivot=-4 ivou=-1 ivs=-3 ivsk=-3 ivt=-1 ivts=-1 ivu=-3 ivul=-1 ivv=-5 ivvi=-2 ivvy=-3
ivy=-7 ivy$=-11 iw=32 iwa=-8 iwa$=3 iwaa=6 iwak=-6 iwal=5 iwan=-18 iwar=11 iwat=4 iwe=39 iwe$=23 iwee=-2
iwer=5 iwi=1 iwi$=-1 iwin=2 iwo=-2 iwog=-7 iwot=9 iwu=8 ix=-9 ix$=-4 ixa=-11 ixa$=-7 ixe=-10 ixed=-1 ixel=-6
ixen=-4 ixer=-3 ixes=-2 ixi=-6 ixie=-8 ixin=-3 ixis=-2 ixit=11 ixiv=-4 ixl=-4 ixm=-2 ixn=6 ixne=6 ixo=1
ixo$=-6 ixod=-1 ixot=7 ixp=-3 ixpa=-2 ixs=-1 ixt=32 ixt$=10 ixte=5 ixti=3 ixtu=6 iy=45 iy$=4 iya=13 iya$=9
iyaa=5 iyad=2 iyag=-3 iyah=8 iyak=-12 iyam=-14 iyan=-2 iyar=2 iyas=8 iyat=2 iyay=2 iyaz=-2 iye=37 iye$=29
iyel=-1 iyen=-2 iyet=1 iyev=6 iyi=-5 iyi$=-4 iyin=4 iyl=-6 iyle=-6 iyo=21 iyo$=7 iyor=11 iyos=-3 iys=-11
iysk=-8 iyu=1 iyu$=6 iz=-49 iz$=7 iza=-11 iza$=1 izab=6 izae=-3 izan=-17 izar=4 izat=-10 izb=-1 izbe=4 izd=-3
izde=-3 ize=-25 ize$=-30 ized=-5 izee=19 izel=8 izem=4 izen=-5 izer=-37 izes=-2 izet=25 izg=5 izh=4 izha=9
izho=-3 izi=-3 izi$=2 izid=2 izie=-3 izik=2 izin=-6 izio=1 izk=2 izl=-4 izm=-9 izma=-6 izn=7 izo=-10 izo$=-15
izoa=-1 izob=5 izoi=-1 izom=-1 izop=-7 izor=-1 izos=-1 izov=7 izr=-3 izs=-10 izu=-5 izu$=6 izum=-5 izur=6
izw=9 izwe=8 izy=-1 izz=-4 izz$=-12 izza=-10 izze=3 izzi=9 izzl=-10 izzo=11 izzy=5 j=28 j$=-9 ja=19 ja$=4
jaa=-13 jaak=-3 jaan=-3 jab=-14 jab$=-11 jaba=-2 jabb=-2 jabi=-9 jabo=1 jabu=7 jac=15 jac$=6 jace=11 jach=4
jaci=1 jack=-33 jaco=14 jacq=13 jacu=-1 jad=7 jada=9 jade=-9 jadi=-22 jado=10 jadu=4 jae=6 jael=-2 jaf=-4
jaff=-6 jag=9 jaga=4 jage=12 jagg=-11 jago=11 jagu=-14 jah=-27 jah$=-14 jaha=-5 jahe=12 jahi=-2 jaho=5
jahr=-16 jai=-15 jai$=-20 jaid=7 jail=-11 jaim=12 jain=-6 jair=16 jais=-8 jaj=-4 jaja=-12 jak=-9 jak$=15
jaka=-10 jake=2 jaki=-17 jako=7 jaku=11 jaky=-5 jal=22 jal$=3 jala=6 jale=-4 jali=4 jall=8 jalm=6 jalo=-2
jalt=8 jam=-9 jam$=-12 jama=10 jamb=-20 jame=5 jami=15 jamp=-7 jamr=3 jams=5 jan=24 jan$=12 jan-=1 jana=8
janc=4 jand=-6 jane=14 jang=-30 jani=10 jank=7 jann=2 jano=7 jans=3 jant=5 janu=-8 jany=-2 jao=1 jao$=1
jap=-10 japa=-9 japh=11 japu=-3 jaq=12 jaqu=12 jar=31 jar$=-10 jara=-9 jarc=2 jard=8 jarg=-1 jari=2 jark=8
jarl=4 jarm=3 jarn=9 jaro=4 jarr=-4 jart=8 jaru=4 jarv=6 jarw=2 jas=21 jas$=4 jasa=5 jase=3 jasi=2 jask=1
jasm=3 jasp=-1 jass=-1 jast=6 jasz=-1 jat=-7 jat$=-3 jatt=-4 jau=-7 jau$=1 jauh=-7 jaun=-2 jav=-9 java=-16
jave=-6 javi=7 javo=5 jaw=-24 jawa=-19 jax=3 jax$=-1 jaxl=-9 jay=9 jay$=1 jaya=-7 jayc=7 jayd=1 jaye=3 jayl=5
jaz=-9 jaz$=-12 jazl=2 jazm=6 jazz=-14 jb=-2 jc=24 jc$=5 jca=6 jch=2 jci=4 jcik=1 jco=1 jcz=1 jczu=1 jd=14
jd$=-12 jda=6 jda$=3 jdan=2 jdas=2 jde=14 jden=-1 jdo=5 jdu=5 jdz=-2 je$=-31 jea=41 jeal=-3 jean=44 jeb=2
jec=-4 ject=-7 jed=-13 jede=-12 jedi=3 jedn=-18 jedo=-5 jedr=18 jee=15 jee$=15 jeer=-8 jeet=7 jef=12 jeff=12
jeg=-10 jego=-10 jeh=-11 jeho=-10 jei=-4 jej=-26 jej$=-9 jeji=-8 jeju=-8 jek=7 jek$=4 jeka=8 jeko=-1 jel=-15
jela=-18 jele=1 jeli=3 jell=-1 jelo=-8 jem=-9 jem$=-6 jema=-1 jemm=1 jen=-12 jen$=-15 jena=-16 jenb=1 jend=1
jene=-6 jeng=10 jeni=1 jenk=-4 jenn=11 jeno=-2 jens=10 jeo=-6 jeop=-3 jep=49 jepk=8 jepp=4 jer=24 jer$=5
jera=2 jere=5 jeri=6 jerk=-26 jerm=5 jero=15 jerr=8 jeru=7 jes=13 jes$=-1 jesh=4 jesk=6 jess=36 jest=-18
jesu=-4 jesz=-4 jet=-17 jet$=-15 jeta=3 jeti=8 jett=-5 jev=14 jev$=21 jeva=-3 jevi=5 jevo=-9 jew=-7 jewe=-9
jewi=-5 jewo=9 jews=2 jez=-12 jeze=-9 jezi=-8 jg=-6 jga=-5 jh=-13 jha=-9 jhal=-3 jhan=-2 jhar=-4 jho=13
jho$=-6 jhon=13 ji=-44 ji$=-40 ji-=8 jia=11 jia$=5 jian=-8 jib=1 jibb=-2 jibo=-4 jic=11 jic$=22 jich=-17
jid=13 jid$=13 jidd=-11 jie=-23 jie$=-6 jied=-5 jiem=-2 jig=-16 jig$=-8 jigg=-5 jih=-7 jiha=-7 jiho=2 jij=-11
jik=-22 jik$=-18 jika=-4 jiki=-4 jil=13 jila=-2 jili=-1 jill=10 jim=-4 jim$=-11 jima=3 jimi=7 jimm=-1 jin=-9
jin$=15 jina=-6 jind=10 jing=4 jinj=-1 jinn=-20 jino=-6 jio=9 jir=-4 jira=-3 jiri=7 jis=-1 jis$=-7 jiso=10
jit=-2 jit$=9 jith=-9 jits=-3 jitt=-4 jiu=-3 jiv=1 jiw=9 jiy=5 jj=-28 jja=-18 jja$=-24 jk=13 jk$=-6 jka=7
jka$=7 jke=7 jke$=-8 jko=7 jko$=7 jkov=2 jks=1 jkst=-1 jl=8 jl$=-1 jla=9 jli=-4 jlig=-5 jls=3 jm=21 jma=10
jma$=3 jman=7 jme=8 jmen=8 jn=25 jn$=21 jna=5 jna$=3 jne=-4 jne$=-5 jni=3 jnia=1 jnic=7 jno=7 jnor=1 jo=13
jo$=-28 joa=32 joac=8 joan=8 joaq=7 job=-5 job$=-8 jobb=-8 jobl=2 jobs=7 joc=13 joce=3 joch=23 joco=-6 jocu=-4
jod=5 jodh=-3 jodi=1 joe=28 joel=4 joer=6 joes=10 joet=2 jof=1 jog=-5 jogg=-5 joh=1 joha=7 john=-4 joho=-2
joi=-41 joil=-6 join=-28 jois=-7 joj=-24 joje=-9 jojo=-7 jok=-13 joka=-3 joke=1 joki=-15 joks=-5 joku=9 jol=-2
jola=16 jold=-8 jole=-2 jolf=3 joli=-1 joll=-10 jolt=-10 jom=-1 jomi=-3 jon=9 jon$=5 jona=7 jonb=1 jond=3
jone=-1 jong=-14 joni=5 jonk=-1 jonn=-1 jons=-3 joo=14 joon=6 joos=12 jop=8 jor=51 jor$=-10 jora=-5 jord=-7
jore=-2 jorg=25 jori=1 jork=2 jorl=2 jorn=16 jort=12 joru=3 jorv=3 jos=50 jos$=2 josa=9 jose=20 josi=3 joss=-7
jost=9 jot=-19 jot$=2 jota=-7 jote=-4 jott=-7 jotu=1 jou=-45 jou$=-12 joud=-8 jouk=-7 jour=-12 jout=-7 jov=5
jov$=3 jova=6 jove=-4 jovi=-1 jow=-8 joy=-20 joy$=-11 joyc=-5 joye=1 joyf=-2 joyl=3 joyo=-1 joyp=-1 joz=10
joze=6 jozi=2 jp=-9 jpe=3 jpeg=-2 jpu=-8 jpur=-3 jr=-1 jra=-7 jra$=-11 js=-85 js$=-9 jsa=15 jsa$=18 jsb=1
jsc=-5 jsd=-1 jsdo=-1 jse=4 jsen=1 jsg=-2 jsh=-3 jsi=-6 jsm=-5 jso=-49 json=-48 jsp=-1 jss=-12 jsse=-7 jst=-8
jsta=-6 jstr=-1 jsu=-3 jt=10 jt$=-3 jta=7 jtal=1 jte=12 jti=-6 jtk=2 jto=-4 jty=3 ju=-12 ju$=-52 jua=26
juan=16 jub=-6 jubi=-2 juc=-3 jud=-15 juda=-17 jude=-2 judg=-5 judi=8 judv=-5 jue=17 jug=-29 juga=-10 jugg=-5
jugl=-3 jugo=-11 jugu=4 juh=11 juha=3 jui=1 jui$=9 juic=-7 juj=-6 juju=-5 juk=-6 juk$=-9 juki=6 jukk=1 jul=25
jula=1 jule=8 juli=18 jum=-1 juma=14 jumb=-3 juml=-7 jump=-4 jun=7 jun$=9 juna=4 junc=9 june=-6 jung=-4
juni=14 junk=-5 juno=-8 junt=-4 juo=-10 juos=-6 jupy=-2 jur=14 jur$=1 jura=-4 jurc=4 jurg=21 juri=6 jurk=2
juro=-2 jury=-14 jus=14 jus$=26 jusi=-14 juss=2 just=7 jut=-13 jut$=-2 jutt=-2 juu=3 juve=-4 jux=-1 juxt=-1
jv=-2 jw=8 jwa=17 jwa$=9 jwt=-4 jwt$=-4 jy=2 jz=11 jze=-8 jzi=13 k=28 k$=33 k-=-16 k-o=-4 k-on=-3 k-s=-2 ka=-2
ka$=58 ka-=-4 ka-s=-2 kaa=-33 kaa$=-12 kaan=-31 kaar=10 kab=3 kab$=10 kaba=-10 kabb=-8 kabe=10 kabi=5 kabl=-3
kabo=-10 kabu=5 kac=24 kac$=2 kace=9 kach=-25 kacp=9 kacz=2 kad=4 kad$=-11 kada=-22 kadd=4 kade=32 kadi=4
kadl=3 kae=15 kael=7 kaer=9 kaf=-17 kafe=8 kaff=-9 kafk=-9 kag=-5 kaga=-2 kage=2 kagg=-3 kagi=1 kah=-61
kah$=-51 kaha=2 kahd=-18 kahe=-2 kahi=6 kahl=-1 kaho=-4 kai=-6 kai$=9 kaia=1 kaic=-4 kaid=6 kaik=-19 kail=-1
kaim=-2 kain=-1 kaip=-5 kair=5 kais=-6 kait=3 kaj=5 kaj$=-4 kaje=1 kajs=2 kak=-31 kaka=3 kake=-5 kako=-6
kakv=-17 kal=-5 kal$=8 kala=-22 kalc=1 kald=-7 kale=-1 kali=-21 kalj=10 kalk=-4 kall=15 kalm=-5 kaln=3 kalo=-2
kalp=2 kalt=15 kalu=-5 kalv=10 kaly=-3 kam=5 kam$=-7 kama=4 kamb=6 kame=-10 kamr=4 kamu=-4 kan=-55 kan$=-9
kana=-25 kanc=-8 kand=4 kane=23 kang=15 kani=-4 kanj=1 kank=-9 kann=-28 kano=2 kans=-18 kant=8 kany=-7 kao=-11
kaol=-11 kap=14 kap$=-1 kape=7 kaph=-3 kapi=8 kapo=-5 kapr=10 kapt=2 kapu=4 kar=24 kar$=8 kara=-25 karb=-8
karc=1 kard=-1 kare=-5 karg=5 karh=1 kari=21 karj=-1 kark=9 karl=4 karm=-2 karn=-1 karo=2 karp=1 karr=7 kars=9
kart=-16 karu=4 karv=1 karw=5 kary=8 kas=45 kas$=20 kasa=-9 kase=14 kash=9 kasi=-2 kaso=5 kasp=10 kass=4
kasu=-6 kasz=1 kat=18 kat$=-5 kata=-20 kate=22 kath=41 kati=11 katl=20 kato=-4 katr=-45 kats=4 katt=5 katu=-4
katz=-3 kau=-11 kau$=-2 kauf=-1 kauk=-3 kaul=5 kaup=8 kaur=-5 kav=-2 kava=-9 kavi=4 kaw=-4 kaw$=-5 kawa=-18
kawk=6 kawu=5 kax=-2 kay=11 kay$=14 kaya=-4 kaye=1 kayl=8 kayn=-9 kayo=-1 kays=-1 kayu=-3 kaz=-38 kaza=-14
kazd=-24 kaze=-3 kazi=27 kazk=-33 kazu=11 kb=-4 kba=9 kbac=-1 kbal=5 kbar=-1 kbay=3 kbe=1 kbea=-2 kben=-3
kber=4 kbi=-3 kbil=2 kbin=-1 kbit=-3 kbl=-1 kbo=-12 kboa=-2 kboo=-2 kbou=-1 kbr=3 kbu=2 kc=-24 kca=-5 kca$=-8
kcal=-3 kcas=3 kce$=1 kch=-20 kcha=-3 kchi=-10 kcho=-5 kcl=-5 kcli=-4 kclo=-1 kco=-3 kd=-39 kd$=-2 kda=-7
kda$=2 kdat=-1 kday=-2 kdb=-2 kde=-1 kden=-3 kdi=-6 kdo=-13 kdo$=-8 kdoc=-2 kdow=-2 ke=-33 ke$=50 ke-=-2
kea=41 kea$=-13 keal=14 kean=3 kear=10 keat=5 keb=-7 keba=2 kebi=3 kebl=-1 kebo=-1 kebr=-1 kec=4 kech=1
keci=-2 ked=-29 ked$=-10 keda=2 kedd=-2 kede=-1 kedl=-1 kedo=-7 kedz=2 kee=9 kee$=-16 keef=6 keel=9 keem=7
keen=-3 keep=-15 keer=10 kees=-3 keet=-1 keev=5 kef=8 kefe=-2 kefi=5 kefl=-5 kefs=5 kefu=-3 keg=-4 kega=-6
keh=-7 keha=10 kehe=-8 kehl=-3 kei=-25 kei$=-4 keij=6 keil=-12 kein=-24 keis=-4 keit=-1 kej=-14 kej$=-9
keje=-3 kek=-25 kek$=-9 keke=-4 kel=-2 kel$=4 kela=16 kelb=7 keld=12 kele=-14 kelh=-2 keli=-51 kell=27 kelm=-9
kelo=6 kelp=-7 kels=11 kelt=-2 kelu=-1 kely=3 kem=20 kem$=-8 kema=-8 kemb=8 keme=2 kemi=1 kemo=11 kemp=15
kems=-2 kemu=-6 ken=-5 ken$=-20 kena=-8 kenb=-3 kend=-10 kene=-19 kenf=-2 keng=-6 kenh=-6 keni=9 kenl=4
kenn=21 keno=-3 kenr=-1 kens=16 kent=13 kenz=1 keo=18 keog=7 keon=1 keou=-2 keow=16 kep=-6 kep$=-2 kepl=7
kept=-1 ker=-3 ker$=-18 kera=-24 kerb=-21 kere=-12 kerf=-1 keri=20 kerj=-6 kerk=12 kerl=14 kerm=20 kern=-15
kero=-11 kerp=-1 kerr=9 kers=12 kert=3 keru=9 kerw=4 kery=3 kes=2 kes$=2 kese=-11 kesh=16 kesi=-8 kesk=1
kesp=-1 kess=12 kest=1 ket=-18 ket$=-18 keta=-6 ketb=-1 ketc=7 kete=-2 ketf=3 keti=9 ketk=-4 keto=-9 ketr=-2
kets=-2 kett=15 kety=-4 keu=2 kev=26 keve=1 kevi=14 kew=-6 kew$=-2 kewa=-2 kewe=-1 key=-49 key$=-15 keya=2
keyb=-8 keyc=-9 keye=-3 keyl=1 keyn=-6 keyp=-3 keys=-2 kez=-17 keza=-12 kf=-30 kfa=-3 kfe=-1 kfi=-5 kfie=-2
kfir=-1 kfis=-2 kfl=-1 kflo=-1 kfo=-9 kfor=-6 kfr=-3 kfu=-7 kful=-3 kfur=-4 kg=-25 kg$=-11 kga=-5 kgo=-7
kgol=-3 kgr=-4 kgra=-2 kgro=-2 kgu=8 kh=-15 kh$=-4 kha=4 kha$=-13 khaa=9 khab=7 khac=-8 khad=-8 khai=-1
khak=-4 khal=11 kham=15 khan=-18 khar=9 khas=-5 khat=9 khau=6 khaz=-7 khd=1 khe=-4 khe$=7 khea=-3 khed=-4
khei=-3 khel=14 khen=3 kher=-10 khet=-7 khi=-29 khi$=-9 khil=3 khir=-14 khl=3 khli=-5 khlo=7 khm=-8 khme=-6
khoi=-9 khol=8 khon=-2 khor=-9 khos=9 khou=14 khov=-5 khoz=-11 khr=-8 khs=-3 kht=8 khta=6 khu=13 khub=6
khul=15 khum=4 khun=8 khur=-5 khuz=-1 khw=18 khwa=3 ki=-30 ki$=33 kia=-39 kia$=-6 kiaa=-4 kiag=-1 kiai=-8
kial=-2 kiam=-5 kian=-6 kiar=6 kias=-11 kib=-7 kiba=7 kibb=-9 kibi=-3 kibo=1 kic$=22 kich=-14 kick=-14 kid=-7
kid$=-6 kida=2 kidd=-4 kidn=-6 kido=2 kie=-39 kie$=-29 kiec=2 kief=7 kieh=-2 kiek=-18 kiel=16 kiem=-3 kien=-10
kiep=10 kier=-16 kies=-8 kiev=-3 kiew=15 kif=6 kiff=-4 kig=4 kiga=-7 kige=15 kii=15 kij=-4 kija=2 kik=-22
kik$=-6 kika=8 kiki=-11 kil=-4 kil$=12 kila=13 kilb=12 kild=2 kile=10 kilf=1 kili=-13 kilk=-4 kill=-6 kilm=-2
kiln=-6 kilo=-20 kilr=-5 kilt=-7 kily=-8 kim=16 kim$=2 kima=9 kimb=20 kime=10 kimi=-20 kimm=-2 kimo=5 kimp=-2
kims=-11 kimu=2 kin=-26 kin$=-23 kina=12 kinc=-4 kind=-27 kine=10 kinf=-2 king=-20 kini=-11 kink=-4 kinl=5
kinn=9 kino=-2 kinr=-3 kins=3 kint=4 kinw=6 kiny=15 kio=-20 kio$=-15 kiom=-3 kior=4 kios=-9 kip=76 kip$=8
kipe=1 kipk=10 kipl=19 kipp=-6 kipr=12 kipt=13 kipy=9 kir=-18 kir$=15 kira=-2 kirc=-30 kirg=-19 kiri=2
kirk=-19 kiro=2 kirs=26 kirt=-3 kiru=4 kis=-10 kis$=8 kise=12 kish=-17 kisi=15 kisk=-3 kiss=-9 kist=-8 kisu=3
kisz=3 kit=-17 kit$=-10 kita=-19 kitc=-3 kite=-4 kith=14 kiti=-3 kitn=7 kito=-9 kits=3 kitt=-4 kitu=2 kitz=2
kiu=-16 kiu$=-17 kiuo=-1 kius=-4 kiv=-1 kiv$=-7 kivi=23 kivk=-7 kivu=-4 kivv=-2 kiwi=-7 kiy=-8 kiy$=-5 kiya=-1
kiz=24 kj=-3 kja=6 kjal=5 kjar=6 kje=-5 kjel=8 kjer=-10 kjo=-3 kjs=-5 kjs$=-5 kk=-14 kk$=8 kka=-25 kka$=-7
kkah=-7 kkai=-11 kkal=-1 kkan=15 kkar=-10 kkas=2 kke=27 kke$=13 kkek=-8 kkel=9 kker=12 kki=4 kki$=9 kkia=-8
kkil=-2 kkim=-6 kkin=15 kkn=-4 kko=-18 kko$=-1 kkol=-3 kkon=3 kkot=-4 kku=-9 kkur=-10 kl=-8 kl$=17 kla=-9
kla$=-1 klah=-9 klam=3 klan=-1 klap=9 klar=6 klas=5 klat=-1 klau=6 klav=-8 klay=-5 kle=-19 kle$=-24 kleb=5
kled=-1 klee=-9 klei=-10 klem=21 klen=3 klep=5 kler=-1 kles=-4 klet=-10 kley=2 kli=9 klib=2 klic=-10 klid=-3
klie=-3 klig=1 klik=-3 klim=16 klin=8 klis=-3 klo=15 kloc=16 klok=2 klon=-9 klop=7 klor=-2 klot=1 klov=-2
klu=-10 kluc=1 klun=13 klus=-13 kluv=-13 kly=-13 kly$=-13 klyn=3 km=-9 kma=14 kmai=-3 kmak=-2 kmal=3 kman=19
kmar=4 kmat=-1 kme=-2 kmen=-1 kmi=-6 kml=-4 kml$=-4 kmo=-10 kn=-27 kna=-4 knac=-8 knap=14 knav=-6 kne=-9
knec=20 knee=-13 knel=-8 knes=-7 knet=-2 knew=-2 kney=-4 knez=1 kni=-18 knic=-4 knif=-8 knig=2 knit=-4 kniv=-3
kno=-12 knob=-8 knoc=-1 knos=-1 knot=-11 know=2 knu=21 knuc=-4 knur=-2 knut=14 kny=-4 knya=-13 ko=27 ko$=43
koa=-7 koaa=5 kob=17 koba=4 kobe=1 kobi=10 kobs=2 koc=32 koc$=3 koca=4 koch=-12 koci=6 kock=10 kocu=6 kocz=2
kod=-13 koda=1 kode=-6 kodi=-8 kodu=-5 koe=4 koe$=-5 koec=5 koen=7 koes=-7 kof=-13 kofe=-3 koff=-10 kog=-1
kog$=9 koga=-15 koge=-3 koh=-22 koha=-5 kohe=-6 kohl=-12 kohn=7 koi=1 koin=-8 koit=4 koiv=11 koj=-21 koje=-8
kok=-19 kok$=-6 koka=9 koki=-27 kokk=3 koks=-6 kol=-11 kol$=13 kola=3 kolb=16 kold=2 kole=12 kolf=1 koli=-25
kolk=-11 koll=5 kolm=-6 koln=-7 kolo=-9 kols=6 kolw=-16 kom=-22 kom$=-12 koma=3 komb=3 komi=-10 komm=-16
komo=6 komu=-3 kon=-3 kon$=-14 kona=-14 kond=-1 kone=6 kong=-6 koni=16 konk=5 konn=-15 kono=-9 konr=5 kons=38
kont=5 konu=-3 kony=-1 koo=10 koo$=-7 koog=5 kook=-8 koon=-1 koop=9 kop=35 kop$=12 kopa=3 kopc=4 kope=8
kopi=-1 kopj=-3 kopl=-4 kopo=-1 kopp=2 kopr=-4 kopy=22 kor=-3 kor$=-9 kora=-3 korb=10 korc=-2 kore=-4 korg=-2
kori=6 kork=1 korm=-2 korn=21 koro=-14 korp=7 kors=-3 kort=-2 koru=-3 kory=3 korz=-4 kos=17 kos$=-2 kosa=2
kosc=-2 kose=4 kosg=3 kosh=-6 kosi=12 kosk=2 koso=-5 koss=-2 kost=3 kosu=1 kosz=5 kot=5 kot$=3 kota=-6 kote=-4
koth=15 koti=13 kotl=-4 koto=-4 kotr=-2 kott=-10 kotu=9 kou=-35 kou$=-15 koum=-6 kout=-4 kov=-6 kov$=-25
kova=49 kove=-1 kovi=-2 kovk=-2 kovn=-9 kovo=-20 kovt=-1 kow=41 kow$=25 kowa=11 kowi=4 kows=1 koy=-7 koz=-5
koz$=-2 koza=-7 kozd=5 koze=-1 kozi=1 kozl=-2 kozm=2 kozo=2 kozu=-2 kp=-21 kpa=-8 kpac=-1 kpat=-3 kpe=5 kpi=-8
kpie=-4 kpin=-2 kpo=-3 kpot=-2 kpr=-2 kpy=-1 kpy$=-1 kr=11 kr$=2 kra=-2 kra$=-3 krab=11 krac=4 krad=3 krai=-3
kraj=3 krak=-15 kral=7 kram=21 kran=-7 krap=-4 kras=-4 krat=-4 krau=-4 krav=-4 kraw=6 kre=-13 krec=8 kref=1
krei=-5 krem=2 kres=-6 kreu=-7 kri=16 kri$=-9 krie=2 krin=-2 kris=36 krit=-8 kriv=-2 kriz=1 kro=-13 krob=12
krok=7 krol=3 kron=-15 kroo=-10 krop=6 kros=-1 krot=-2 krov=-2 kru=-4 krug=-2 krum=6 krun=4 krup=-6 krus=-4
kry=3 krys=16 krz=9 krze=2 krzy=5 ks=-18 ks$=-14 ksa=17 ksa$=12 ksai=-7 ksan=-4 ksaw=12 ksb=-5 ksbu=-3 ksc=-4
kscr=-1 ksd=-3 kse=18 ksee=1 ksel=4 ksen=14 kset=-2 ksev=3 ksh=22 ksh$=14 ksha=2 kshe=-5 kshi=6 ksho=-1
ksi=-44 ksi$=-50 ksim=2 ksk=-2 kski=-2 ksl=5 ksla=-1 ksli=-3 ksm=-12 ksma=-10 ksmi=1 ksn=11 kso=16 kson=1
ksop=6 ksoy=6 ksp=-5 kspu=-2 kss=2 ksso=2 kst=-7 kst$=-13 ksta=-13 kste=-3 ksti=4 ksto=-2 kstr=21 ksu=-9
ksu$=5 ksud=-10 ksui=-3 ksum=-2 ksur=1 ksw=-1 ksy=5 ksy$=-5 kt=-36 kt$=-21 kta=6 kta$=1 ktac=-1 ktai=-1
ktak=-1 ktas=2 ktav=7 kte=-1 kte$=2 kter=-11 kth=-3 kthr=-1 kti=-14 kti$=-8 ktia=5 ktig=-9 ktis=-2 kto=-9
ktok=-3 kton=-9 ktoo=-1 ktop=-1 ktor=5 ktr=-2 ktra=-1 ktu=17 ktu$=-6 kty=-2 ku=18 ku$=-18 kua=6 kua$=3 kuan=2
kub=25 kub$=10 kuba=-2 kubc=3 kube=-2 kubi=10 kubk=2 kubo=9 kubr=-3 kuc=10 kuca=13 kuce=4 kuch=-9 kuci=2
kucz=1 kud=-7 kuda=-3 kudd=-4 kude=19 kudi=-5 kue=-8 kuf=11 kuff=7 kug=7 kugg=3 kuh=1 kui=-12 kui$=-15
kuin=-11 kuj=5 kuja=3 kuk=-20 kuk$=-9 kuka=-9 kuku=13 kul=6 kul$=12 kula=-8 kuld=-7 kule=-7 kuli=6 kulk=-5
kull=-6 kulm=2 kult=13 kulu=3 kum=4 kum$=-3 kuma=-4 kumb=7 kumi=2 kumo=-5 kump=-10 kums=6 kumu=5 kun=20 kun$=9
kuna=8 kunc=8 kund=1 kune=3 kuni=-6 kunk=1 kunl=1 kunn=-16 kunt=2 kunz=1 kuo=-1 kuo-=5 kup=16 kup$=4 kupa=3
kupi=10 kupk=-1 kupl=-3 kur=-9 kur$=18 kura=9 kurc=-1 kurd=-10 kure=-5 kuri=-58 kurn=6 kurp=10 kurr=-9 kurs=4
kurt=15 kuru=-4 kurz=-2 kus=41 kus$=31 kusa=-4 kuse=-6 kush=-7 kusi=4 kusn=1 kuso=1 kust=7 kusu=-1 kusw=4
kusz=2 kut$=12 kuta=-10 kutc=-4 kute=4 kutn=-1 kuts=1 kutu=-5 kuu=-1 kuus=12 kuv=-9 kuva=-9 kuw=-20 kuwa=-20
kuy=-8 kuz=-4 kuza=-3 kuzi=3 kuzn=2 kv=-12 kv$=-5 kva=-22 kva$=-2 kvar=-12 kve=7 kver=4 kvet=6 kvi=17 kvi$=5
kvie=-16 kvis=32 kvo=-2 kw=12 kwa=1 kwa$=1 kwaa=3 kwak=6 kwal=-1 kwam=11 kwan=-21 kwap=11 kwar=1 kwas=1
kwat=-3 kway=1 kwe=1 kwee=-7 kwel=-1 kwi=-3 kwon=4 kwoo=-6 kwor=-3 kwu=14 kwu$=12 kx=42 kx$=42 ky=-31 ky$=-1
kya=7 kya$=4 kyan=3 kyar=-2 kyb=-1 kych=-6 kyd=-6 kydi=-2 kye=26 kye$=9 kyf=-2 kyh=-4 kyho=-4 kyi=6 kyi$=9
kyl=11 kyla=8 kyle=17 kyli=-7 kyll=1 kylo=-6 kym=-14 kym$=-4 kymi=-6 kyn=-3 kyo=-18 kyo$=-16 kyp=-3 kyph=-1
kyr=-3 kys=5 kyse=-1 kyt=-4 kyu=-9 kyus=-5 kyw=-5 kywa=-5 kyz=-10 kyzy=-6 kz=-12 kze=-9 l=21 l$=-2 l-=-32
l-a=-2 l-al=-1 l-b=-6 l-d=1 l-e=4 l-f=-2 l-ge=1 l-h=1 l-he=1 l-j=1 l-k=-4 l-ka=-3 l-l=-2 l-n=-4 l-ne=-4 l-o=-1
l-r=-4 l-s=-4 l-u=-1 la=-6 la$=16 la-=-5 laa=3 laak=1 laal=9 laam=-4 laan=1 laar=4 laas=6 laat=1 lab=-34
lab$=-10 laba=-6 labe=-8 labi=11 labl=-1 labo=-8 labr=-4 labs=-4 labu=10 laby=-7 lac=-16 lac$=-1 laca=11
lacc=-1 lace=-22 lach=17 laci=8 lack=-18 laco=-3 lacq=8 lacr=17 lact=-10 lacu=-10 lacy=-5 lacz=-3 lad=-3
lad$=6 lada=28 ladb=-2 ladd=-18 lade=-12 ladi=4 ladj=2 ladl=3 ladn=2 lado=-4 ladr=-3 lads=5 ladu=-2 lady=-9
lae=1 lae$=-30 laea=-5 laei=-2 laem=4 laen=-10 laeo=-1 laer=9 laes=18 laet=18 laev=-4 laf=12 laf$=2 lafe=-6
laff=13 lafi=-4 lafl=12 lag=-33 lag$=-12 laga=13 lage=-13 lagg=-8 lagh=7 lagi=-11 lagn=-3 lago=-16 lagr=5
lags=-1 lagu=-10 lah=-23 lah$=-33 laha=3 lahe=-11 lahi=9 lahk=-15 lahn=-5 laho=11 laht=8 lahu=7 lai=14 lai$=4
laia=4 laic=-6 laid=1 laig=5 laik=1 lail=3 laim=-12 lain=16 lair=-12 lais=4 lait=5 laj=15 laj$=2 lajc=1 laji=6
lak=22 lak$=41 laka=-8 lake=10 lakh=2 laki=-19 lako=-2 laks=11 laku=-10 lal=34 lal$=31 lala=-6 lalg=-2 lali=9
lall=13 lalo=11 lalp=4 lalt=-1 lalu=-22 lam=-7 lam$=-1 lama=-19 lamb=22 lamd=-1 lame=7 lami=-35 lamm=9 lamn=-4
lamo=17 lamp=2 lams=-5 lamu=2 lamy=-7 lan=1 lan$=52 lana=29 lanc=-6 land=-3 lane=-30 lang=-11 lanh=10 lani=-9
lanj=-3 lank=2 lann=16 lano=-5 lanq=-6 lans=-22 lant=-7 lanu=-10 lanz=-1 lao=10 lao$=-1 laoi=3 laou=8 lap=18
lap$=6 lapa=13 lape=6 laph=-1 lapi=-1 lapk=2 lapl=11 lapo=5 lapp=-1 lapr=-3 laps=2 lapt=-2 lapu=-12 lapy=-2
laq=1 laqu=-1 lar=-22 lar$=-52 lara=27 larb=2 larc=5 lard=1 lare=9 larg=-14 lari=-5 lark=1 larl=-6 larm=-5
larn=-10 laro=15 larr=6 lars=10 lart=1 laru=8 larv=-17 lary=-6 larz=11 las=-25 lasa=-6 lasc=6 lase=2 lash=-7
lasi=-8 lask=-2 lasm=-6 lasn=-5 lasp=-5 lass=-15 last=2 lasu=13 lasz=3 lat=-2 lat$=19 lata=9 latb=-2 latc=-5
late=-12 latf=-2 lath=-22 lati=-7 latk=-2 latl=7 lato=14 latp=-2 latr=1 lats=-2 latt=-2 latu=-2 latv=-1
latw=-1 laty=-9 lau=27 lau$=-23 laub=-6 lauc=6 laud=-9 laue=4 laug=25 laun=-18 laup=-5 laur=32 laus=25 laut=-6
lav=35 lav$=18 lava=5 lave=11 lavi=-1 lavo=-3 lavr=-3 lavs=6 lavu=3 lavy=-3 law=6 law$=7 lawa=1 lawe=11
lawf=-2 lawl=4 lawm=-5 lawo=5 lawr=7 laws=-1 lax=-22 lax$=-5 laxa=-2 laxe=-5 laxi=-2 lay=-39 lay$=12 laya=-11
layb=-5 laye=-26 layf=-1 layi=-5 layl=5 laym=-5 layn=4 layo=1 lays=-5 layt=8 laz=8 laz$=14 laza=5 laze=1
lazi=-5 lazo=-2 lazu=-5 lazy=-7 lb=-8 lb$=-8 lba=8 lba$=14 lbac=3 lbag=-3 lban=8 lbar=-15 lbas=-3 lbat=-2
lbe=-17 lbe$=-10 lbek=3 lben=-18 lber=19 lbes=-2 lbi=2 lbi$=10 lbig=-1 lbin=12 lbir=-7 lbit=-4 lbj=5 lbjo=8
lbl=-4 lbla=-6 lble=-2 lbo=-13 lbo$=1 lboa=-9 lboe=-2 lboo=2 lbor=1 lbot=-5 lbou=-2 lbox=-2 lboy=-5 lbr=13
lbra=5 lbre=8 lbri=9 lbro=-6 lbru=-2 lbs=-2 lbst=-2 lbu=-9 lbug=-4 lbul=-1 lbum=-7 lbur=10 lbut=-3 lby=17
lby$=18 lc=-15 lc$=-2 lca=7 lca$=1 lcae=-2 lcah=3 lcal=2 lcan=7 lcap=-3 lcar=7 lcas=-3 lcat=-4 lce=10 lce$=-1
lcea=-5 lced=2 lcem=6 lcen=3 lcer=3 lch=-27 lch$=-4 lcha=-6 lche=-11 lchi=-13 lcho=9 lci=-5 lcic=-2 lcid=8
lcie=5 lcif=-7 lcik=1 lcin=6 lcit=-6 lck=9 lcke=9 lcl=-3 lco=8 lcoh=-4 lcol=12 lcom=3 lcon=-7 lcor=-2 lcr=2
lcra=-4 lcs=2 lcu=-13 lcul=-3 lcun=-10 lcus=-3 lcy=2 lcy$=7 lcyo=-3 lcz=3 lcza=2 lczy=1 ld=-3 ld$=27 ld-=-4
lda=27 lda$=18 ldam=2 ldap=-4 ldas=9 ldat=3 ldav=-8 ldb=-6 ldbe=-6 ldbo=-1 ldbr=-3 ldc=-7 ldca=-6 lde=-6
lde$=4 ldea=1 ldeb=-3 ldec=-2 lded=-2 ldee=-9 ldeg=7 ldeh=-9 ldem=15 lden=4 lder=-11 ldes=4 ldf=-14 ldfa=-3
ldfi=-6 ldfl=-1 ldh=-12 ldha=-9 ldhe=-3 ldi=14 ldi$=-2 ldia=2 ldib=1 ldic=2 ldie=-13 ldif=-3 ldig=-3 ldim=1
ldin=15 ldis=13 ldiv=1 ldk=-3 ldki=-1 ldl=-18 ldl$=-11 ldli=-4 ldly=-3 ldm=-2 ldma=5 ldme=-3 ldn=9 ldne=5
ldo=9 ldo$=28 ldoc=-3 ldog=7 ldol=-6 ldom=-7 ldon=17 ldor=-2 ldos=-8 ldov=-9 ldoz=-3 ldp=-2 ldr=-7 ldra=-6
ldre=11 ldri=1 ldro=-9 ldru=2 ldry=1 lds=10 lds$=6 ldsb=8 ldsc=2 ldso=2 ldst=1 ldt=-6 ldt$=-6 ldu=20 lduc=2
lduf=7 ldug=-10 ldur=26 ldv=2 ldvi=2 ldw=-21 ldwi=-10 ldwo=-1 ldy=-15 ldy$=-13 ldz=-7 le=-20 le$=-31 le-=-4
lea=-29 lea$=-2 leab=-2 leac=-2 lead=-17 leae=-2 leaf=-19 leag=-7 leah=12 leak=-11 leam=-2 lean=2 leap=-4
lear=-1 leas=18 leat=-1 leau=-5 leav=8 leaz=1 leb=6 leb$=17 leba=1 lebe=1 lebi=-9 lebo=-17 lebr=-1 lebs=3
lebu=8 lec=-7 lec$=32 leca=-9 lecc=-3 lece=-10 lech=-18 leci=-2 leck=7 lecl=8 leco=19 lect=-21 lecu=-3 lecy=-4
lecz=-2 led$=-39 ledb=-3 ledd=7 lede=9 ledg=-9 ledi=4 ledo=6 ledu=4 lee=24 lee$=42 leec=-10 leed=-4 leef=-1
leek=-8 leem=4 leen=18 leep=-5 leer=-18 lees=17 leet=-9 leev=-6 lef=-6 lef$=9 lefa=-2 lefe=7 lefi=-13 lefo=6
lefr=-1 left=-10 lefu=-4 leg=-21 leg$=-9 lega=-3 lege=7 legg=-7 legh=-9 legi=-25 legm=-2 legn=3 lego=5 legr=26
legs=-3 legu=2 leh$=-1 lehe=-4 lehi=3 leho=-5 lehr=-10 leht=23 lei=-17 lei$=-25 leia=-4 leic=-11 leid=-10
leif=26 leig=17 leij=6 leik=5 leim=11 lein=-25 leio=-11 leip=-6 leir=-1 leis=-9 leit=16 leiz=-3 lej=28 lej$=22
lejn=1 lejo=3 lek=19 leka=2 leke=6 leks=14 lel=19 lel$=-11 lela=14 lele=5 leli=-4 lell=10 lelo=8 lem=28 lem$=8
lema=10 lemb=7 leme=19 lemg=-3 lemi=-10 lemm=-20 lemn=-10 lemo=4 lemp=11 lems=9 lemu=-2 lemy=-1 len=16 len$=11
len-=-4 lena=15 lenb=-1 lenc=-24 lend=5 lene=32 leng=-21 lenh=-4 leni=-17 leno=12 lens=4 lent=-10 lenu=-3
lenz=6 leo=8 leo$=-6 leob=-3 leoc=1 leod=-1 leoe=-1 leog=-2 leom=-2 leon=8 leop=18 leor=1 leos=-2 leot=-6
lep=-41 lep$=-10 lepa=11 lepe=-7 leph=-12 lepi=-3 lepk=3 lepo=-6 lepp=2 lepr=-5 leps=2 lept=-13 leq=-9 lequ=-8
ler=-8 ler$=15 ler-=-2 lera=5 lerb=7 lerc=31 lerd=-6 lere=-3 lerf=-1 lerg=-12 lerh=-2 leri=-32 lern=-12
lero=-11 lers=-20 lert=2 lerv=14 lery=19 les=-8 les$=-5 lesa=10 lesb=-7 lesc=-4 lese=-3 lesh=-16 lesi=14
lesk=12 lesl=15 lesm=-4 lesn=12 leso=-8 lesp=-11 lesq=-6 lesr=-4 less=-32 lest=34 lesw=-3 lesz=-2 let=3
let$=-13 leta=6 letc=-4 lete=6 leth=-11 leti=44 leto=23 letp=-2 letr=-7 lets=-1 lett=-30 letu=-2 leu=-28
leu$=1 leuc=-12 leuk=-16 leum=-5 leun=6 leur=-2 leus=-10 leut=-2 leux=12 lev=-34 lev$=-5 leva=-32 leve=9
levi=6 levo=2 levs=-6 levu=2 lew=15 lew$=-6 lewa=11 lewd=-2 lewe=3 lewi=-12 lewk=6 lewo=-4 lews=8 lex=31
lexa=3 lexe=9 lexi=7 lexo=-2 lexu=5 ley=1 ley$=20 leya=-5 leyb=2 leyd=-2 leye=-7 leyi=-3 leyl=5 leym=4 leyr=-2
leyt=-3 lez=8 lez$=-1 leza=2 lezi=4 lf=24 lf$=-11 lf-=15 lf-d=7 lfa=2 lfa$=-3 lfac=-2 lfar=6 lfat=1 lfb=-6
lfc=-3 lfd=4 lfdi=4 lfe=-16 lfe$=11 lfeg=-9 lfel=-6 lfen=-7 lfer=-10 lff=3 lffi=-6 lfg=11 lfh=3 lfha=1 lfhi=3
lfi=-11 lfi$=9 lfie=8 lfil=-20 lfin=6 lfir=-1 lfis=-9 lfl=6 lfli=7 lflo=-2 lfo=22 lfo$=5 lfon=5 lfor=9 lfp=-2
lfpe=-2 lfr=9 lfra=-10 lfre=1 lfri=17 lfru=3 lfs=7 lfs$=-1 lfsb=-5 lft=-6 lfu=9 lful=-14 lfur=22 lfw=-6 lg=-16
lg$=5 lga=4 lga$=4 lgad=9 lgai=-7 lgal=10 lgam=-9 lgan=-3 lgar=3 lgat=-1 lgau=-4 lge=6 lge$=8 lgeb=-3 lgei=4
lgem=2 lgen=6 lger=2 lges=-6 lgh=-11 lgha=-8 lgi=-8 lgi$=-7 lgia=-14 lgic=-3 lgid=-6 lgie=6 lgin=8 lgir=5
lgl=-1 lglo=-1 lgo$=-3 lgol=-5 lgom=-1 lgon=-3 lgop=-1 lgor=2 lgot=10 lgr=10 lgre=8 lgri=2 lgu=-15 lgua=6
lgui=4 lgun=-13 lgur=-6 lgy=-3 lgy$=-3 lh=2 lha=-15 lha$=1 lhad=5 lhal=-10 lham=5 lhan=4 lhar=-9 lhat=-2
lhau=-7 lhe=4 lhe$=-9 lhea=-4 lhei=4 lhel=3 lher=11 lhi=1 lhi$=1 lhil=1 lho=13 lho$=6 lhof=-2 lhol=-4 lhoo=16
lhor=-7 lhou=2 lhov=-2 lhu=2 li=-35 li$=4 li-=10 li-c=3 li-h=2 lia=-5 lia$=21 liab=4 liac=-19 liad=-5 liag=3
liai=-8 liak=2 lial=-7 liam=15 lian=24 liao=-6 liar=-18 lias=-7 liat=-9 lib=-37 lib$=-9 liba=4 libb=2 libc=-2
libe=-2 libi=-11 libl=4 libm=-2 libn=1 libo=10 libp=-3 libr=-16 libs=-3 libt=-3 libu=6 liby=-4 lic=4 lic$=7
lica=-6 lice=4 lich=-5 lici=14 lick=4 licl=-2 lico=-13 lics=-1 lict=-2 licu=4 licy=-3 licz=1 lid=-16 lid$=7
lida=-19 lidd=11 lide=-12 lidi=4 lidl=-1 lido=7 lidu=1 lidz=-12 lie=6 lie$=32 lieb=-2 liec=-1 lied=-16 lief=-4
lieg=8 liel=-9 liem=-1 lien=-4 liep=6 lier=-24 lies=22 liet=2 lieu=-11 liez=6 lif=-13 lif$=-2 lifa=2 life=-23
liff=18 lifi=-1 lifo=-8 lify=-6 lig=-30 lig$=-1 liga=4 lige=6 ligh=-20 ligi=8 lign=-11 ligo=-6 ligr=-3 ligt=7
ligu=-12 lih=1 lih$=9 liha=-12 lii=9 lii$=-10 liid=-2 liin=3 liis=2 liiv=16 lij=6 lija=12 lijk=-20 lijn=6
lik=-44 lik$=53 lika=1 like=-92 liki=-9 likk=16 likl=-5 liko=-5 liks=7 lil=33 lil$=17 lila=-1 lile=8 lili=1
lilj=5 lill=9 lilo=-9 lily=4 lim=-11 lim$=20 lima=12 limb=-14 lime=6 limf=-1 limi=-16 limk=-1 limm=-7 limn=-5
limo=-2 limp=12 lims=-4 limu=-3 lin=32 lin$=34 lina=4 linb=7 linc=1 lind=73 line=-9 ling=-26 lini=-22 link=-31
linn=1 lino=-2 linq=-2 lins=34 lint=-22 linu=-4 liny=-6 linz=-2 lio=3 lio$=23 liob=2 lioc=-1 liod=6 liog=-1
liom=-11 lion=-17 liop=-10 lior=-5 lios=-3 liot=6 liou=21 lioz=-10 lip=25 lip$=1 lipa=-5 lipc=1 lipe=10
liph=-5 lipi=7 lipk=3 lipo=-3 lipp=17 lips=10 lipt=1 lipu=-5 liq=-26 liqu=-28 lir=-13 lir$=-4 lira=-6 liri=2
liro=7 lirt=-2 lis=27 lis$=21 lisa=7 lisb=1 lisc=2 lise=1 lish=8 lisi=-16 lisk=-3 lisl=10 lism=-20 liso=6
lisp=-3 liss=38 list=-12 lisz=-2 lit=-39 lit$=-4 lita=16 litc=-2 lite=-6 lith=-24 liti=5 lito=10 litr=-7
lits=-2 litt=6 litu=-7 litw=6 lity=-29 litz=-5 liu=3 liu$=9 liui=-3 lium=-9 liur=-3 lius=19 liv=-5 liva=8
live=-20 livi=6 livk=10 livo=-6 liw=-1 liwe=1 liwi=4 liwo=-7 lix=19 lix$=7 lixi=-6 lixt=22 liy=-8 liya=7
liye=1 liyo=-10 liz=15 liz$=12 liza=-1 lize=-7 lizi=-3 lizz=12 lj=24 lj$=16 lja=6 lja$=4 ljak=8 ljan=-11
ljar=5 lje=-28 lje$=-5 ljel=-13 ljen=-23 ljet=10 ljev=5 lji=16 ljic=8 ljk=2 ljo=7 ljos=2 ljot=11 ljs=-7
ljs$=-6 ljso=-2 lju=14 ljub=6 ljun=2 ljus=-1 lk=-57 lk$=-34 lka=10 lka$=14 lkac=7 lkad=3 lkah=4 lkal=-17
lkam=4 lkan=-5 lkar=-1 lkat=3 lkau=-2 lkb=3 lke=-1 lke$=10 lkee=-3 lken=-12 lker=12 lkey=-7 lkh=-8 lkha=2
lkho=-14 lki=13 lki$=2 lkie=-9 lkil=-1 lkin=-1 lkir=3 lkit=-3 lkk=6 lkl=-5 lkli=-2 lkm=-5 lkma=-4 lkn=-6
lko=12 lko$=4 lkom=-7 lkor=6 lkov=2 lks=-1 lks$=-3 lku=2 lkw=-11 lkwo=-4 lky=-24 lky$=-15 lkyl=-3 ll=-27
ll-=-1 lla=-3 lla$=-71 llab=-24 llac=-13 llad=-4 llae=-12 llag=1 llah=27 llai=9 llak=-4 llal=10 llam=2 llan=23
llao=13 llap=8 llar=10 llas=9 llat=5 llau=-3 llav=3 llb=-7 llba=-10 llbe=9 llbi=-6 llbo=-6 llbr=8 llc=-6
llch=-2 lld=-11 lldi=4 lldo=1 lldu=-6 lle=2 lle$=65 lle-=-3 llea=10 lleb=-5 llec=-3 lled=-16 llee=-14 llef=-1
lleg=6 llei=-15 llej=1 llel=-16 llem=14 llen=5 lleo=-3 llep=-1 ller=-17 lles=5 llet=-9 lleu=9 llev=5 lley=-32
llf=-12 llfi=-6 llfl=-1 llfu=-4 llg=8 llga=-1 llgr=7 llgu=-1 llh=-9 llha=-2 llhe=-4 llho=-7 lli=15 lli$=50
llia=-7 llib=3 llic=14 llid=-4 llie=11 llif=-9 llig=27 llik=1 llil=10 llim=-11 llin=-29 llio=-3 llip=7 llir=-4
llis=-21 llit=-4 lliu=5 lliv=2 lliw=-9 lliz=-3 llj=-7 llk=6 llm=-6 llm$=-5 llma=-2 llme=-3 llmo=-5 llmu=7
lln=16 llna=-3 llne=18 llo=8 llo$=14 lloa=-1 llob=12 lloc=-1 lloe=1 llof=-4 llog=5 lloi=-17 llol=-4 llom=-11
llon=2 lloo=16 lloq=-4 llor=13 llos=5 llot=-5 llou=8 llov=1 llow=-24 lloy=1 llp=-10 llpa=-1 llpo=-3 llr=-11
llri=2 llro=-2 llru=-2 lls=-15 lls$=-1 llsc=-2 llsh=-1 llsi=-2 llsp=-1 llst=-1 llt=-16 llt$=-6 llte=-7 llu=-28
llu$=-2 lluc=4 llud=-5 llul=-15 llum=12 llun=3 llup=-4 llur=3 llus=-16 llut=-5 lluv=-5 llv=11 llw=4 llwa=-3
llwh=-1 llwo=5 lly=35 lly$=38 llya=-1 llyb=-3 llyf=-2 llyg=-3 llyi=-1 llyl=-9 llym=6 llyn=3 llyr=-12 llys=11
llyw=-2 lm=-3 lm$=9 lm-=-3 lma=19 lma$=20 lmac=-5 lmag=11 lmak=-9 lmal=-1 lman=-6 lmar=-1 lmas=2 lmat=-3
lmaz=3 lmb=1 lmbe=5 lmc=-4 lmd=-1 lme=-10 lmed=7 lmei=-5 lmel=-1 lmen=-18 lmer=19 lmes=-6 lmet=-4 lmey=5 lmg=8
lmgr=7 lmi=-10 lmia=-5 lmid=3 lmie=-10 lmin=-1 lmir=9 lmis=4 lmit=-6 lml=-2 lmn=-5 lmo$=8 lmod=-2 lmon=-10
lmor=3 lmos=2 lmou=-1 lmq=10 lmqv=12 lmr=-4 lms=-3 lms$=10 lmst=3 lmt=2 lmta=-2 lmu=9 lmuc=-7 lmun=-2 lmur=2
lmus=5 lmut=16 lmy=-11 lmy$=-10 lmyr=-1 ln=-45 ln$=-37 ln-=-4 lna=-20 lna$=-16 lnar=3 lne=8 lner=17 lnes=-6
lni=4 lnir=8 lnit=-2 lno$=-10 lnou=-1 lnoz=6 lns=-3 lnur=4 lnut=-3 lny=6 lny$=17 lnya=-9 lnyk=-1 lo=-23 lo$=31
loa=-17 loa$=7 loac=-4 load=-19 loaf=-6 loak=-6 loam=-4 loan=7 loar=16 loas=-4 loat=-9 lob=-6 lob$=6 lobb=-7
lobe=-7 lobi=-12 lobj=1 lobl=-2 lobo=25 lobs=-5 lobu=-8 loc=-51 loc$=-6 loca=-6 locc=6 loce=-4 loch=-4 loci=-6
lock=-20 locl=-2 loco=-3 locu=-5 locy=-1 lod=2 lod$=5 loda=-4 lodd=-3 lode=16 lodg=-5 lodi=4 lodo=-4 lodr=-3
lody=-4 loe=17 loe$=7 loem=4 loes=1 lof=16 lof$=16 lofa=-3 lofe=-8 loff=4 lofi=-1 lofo=-4 lofs=-4 loft=10
log=-61 log$=-2 loga=1 logb=-1 logd=-3 loge=-1 logf=-3 logg=-12 logh=12 logi=-23 logl=17 logn=-4 logo=-9
logr=-6 logs=-2 logu=2 logy=-18 loh=-2 loh$=-6 loh-=-3 loha=-14 lohe=12 lohi=8 lohn=-7 loi=9 loib=15 loid=-7
loin=-20 lois=34 loit=-19 loj=11 loje=4 lojk=1 lojz=6 lok=13 lok$=-1 loka=-5 loki=2 lol=-10 lol$=-10 lola=12
loli=-8 loll=4 lolo=-7 lom=52 lom$=17 loma=9 lomb=8 lome=20 lomi=-18 lomm=9 lomo=-2 lomu=1 lomy=-2 lon=4
lon$=28 lon-=-2 lona=2 lond=28 lone=-13 long=-36 loni=-3 lonk=12 lonn=4 lono=-1 lons=-12 lont=-14 lony=3
lonz=11 loo=-10 loo$=2 lood=-12 loof=-7 look=-6 lool=23 loom=-6 loon=9 loop=-4 loor=13 loos=-12 loot=-2 lop=-1
lop$=-6 lopa=7 lope=1 loph=-5 lopi=1 lopo=-7 lopp=6 lopr=9 lops=-3 lopt=-1 loq=-15 loqu=-15 lor=-12 lor$=-18
lora=12 lorc=6 lord=-10 lore=41 lorf=-4 lorh=-4 lori=15 lorl=-1 lorm=-5 lorn=1 loro=-16 lorp=-3 lorr=-4
lors=-10 lort=-1 loru=-5 lory=1 lorz=4 los=-2 los$=26 losa=6 losc=-4 lose=4 losh=-5 losi=-3 losk=1 losl=3
loso=-5 losp=-4 loss=-17 lost=2 losu=-2 losz=-4 lot=-6 lota=8 lotc=-1 lote=1 loth=-14 loti=1 lotl=-1 loto=-2
lotr=-3 lots=1 lott=2 lotu=-5 loty=7 lou=24 lou$=33 loua=2 louc=-6 loud=-29 loug=19 loui=15 loul=9 loup=2
lour=-11 lous=-25 lout=1 louv=-4 lov=14 lov$=17 lova=-4 lovc=-1 lovd=-2 love=-6 lovg=2 lovi=10 lovk=-5
lovo=-12 lovr=10 lovs=1 lovt=-2 low=-32 low$=-9 lowa=-3 lowb=-5 lowc=-3 lowd=-1 lowe=1 lowf=-1 lowg=-3 lowh=-2
lowi=6 lowl=-8 lowm=-2 lown=4 lowo=14 lows=-3 lowt=-2 loww=-3 lowy=-5 lowz=-2 lox=-13 lox$=-3 loxa=-3 loxi=-3
loxo=-3 loy=23 loy$=10 loya=-9 loyd=9 loye=1 loys=13 loz=-13 loza=2 loze=-7 lozi=-3 lp$=21 lpa=-6 lpa$=-11
lpab=-1 lpac=-8 lpae=1 lpan=9 lpap=-1 lpar=1 lpat=-5 lpc=2 lpe=-1 lpeb=-2 lpen=-5 lper=14 lpf=-1 lpfu=-1
lph=35 lph$=14 lpha=-16 lphe=9 lphi=-2 lpho=33 lphu=-1 lpi=-11 lpi$=4 lpid=5 lpie=-6 lpig=-5 lpin=-5 lpit=4
lpk=-6 lpl=-4 lpla=-2 lpm=-2 lpo=-6 lpoc=-1 lpol=-3 lpom=-2 lpor=6 lpos=-3 lpr=-5 lpro=-2 lps=13 lpt=-1
lpu=-16 lpur=-13 lpy=-6 lpy$=-4 lq=3 lqu=-2 lque=-1 lr=-27 lr$=-8 lra=-4 lre=-6 lrea=4 lri=1 lric=2 lrig=-4
lrik=5 lro=10 lroa=-1 lrod=-3 lroe=4 lroo=-3 lros=10 lrou=-1 lroy=5 lru=-5 lru$=-10 lrun=9 lrus=-4 lry=-8
lry$=-10 ls=-44 ls$=-17 lsa=-4 lsa$=-7 lsad=7 lsam=-1 lsan=-4 lsat=3 lsb=-18 lsba=-3 lsbe=-4 lsbr=-3 lsbu=-1
lsc=-13 lsch=-13 lsd=9 lsdo=11 lse=14 lse$=4 lsea=2 lsec=-2 lsee=-1 lsem=5 lsen=1 lser=6 lsey=3 lsf=-3 lsfl=-2
lsh=-14 lsh$=4 lsha=-8 lshe=-2 lshi=-5 lsho=4 lsi=-13 lsi$=6 lsia=-2 lsie=-3 lsif=-2 lsin=-1 lsio=-3 lsit=5
lsk=13 lsk$=-4 lski=13 lsko=-9 lsky=8 lsm=3 lsn=-2 lsne=-1 lso=-12 lso$=-7 lsom=4 lson=-1 lsor=-1 lsou=-1
lsp=-9 lspa=-5 lspi=-2 lsr=-5 lsro=-3 lss=9 lsso=9 lst=6 lst$=26 lsta=-15 lste=-3 lsti=-4 lsto=-4 lstr=7 lsu=3
lsun=-5 lsw=8 lswo=8 lsx=-2 lsx$=-2 lsy=7 lsy$=10 lsz=1 lt=-58 lt$=-5 lta=-32 lta$=-58 ltab=-1 ltai=5 ltal=-5
ltan=7 ltar=-2 ltas=13 ltau=-3 ltb=-4 ltc=-8 ltd=-2 lte=33 lte$=2 lted=-3 lten=31 lter=-6 ltes=8 ltf=-4 ltg=6
lth=-12 lth$=-6 ltha=-8 lthe=8 lthi=-5 lthy=-4 lti=-38 lti$=-8 ltia=-4 ltic=-4 ltid=-1 ltie=15 ltif=-2 ltil=-5
ltim=-16 ltin=8 ltip=-5 ltir=5 ltis=-8 ltit=-1 ltiv=-3 ltl=3 ltm=6 ltma=8 lto=9 lto$=-19 lton=19 ltoo=-4
ltop=-2 ltor=-4 ltos=-2 ltow=-1 ltp=-2 ltr=-3 ltra=8 ltre=-10 ltri=-1 ltro=-1 ltru=8 ltry=-6 lts=-1 lts$=10
ltsh=-2 ltsi=-3 ltst=-2 ltu=-7 ltun=5 ltur=-10 ltus=-3 ltw=-4 ltwa=-2 lty=17 lty$=6 ltys=8 ltz=-10 ltz$=-1
ltze=-1 ltzi=-2 lu=-16 lu$=63 lua=-16 luab=-2 luar=-3 luat=-4 lub=-3 lub$=-3 luba=-10 lubb=-10 lube=5 lubi=6
lubk=1 lubl=-3 lubo=15 lubr=-12 luc=11 luca=1 lucc=-2 luce=-5 luch=13 luci=10 luck=-4 luco=-3 lucr=10 lucu=-6
lucz=1 lud=3 luda=2 lude=-14 ludg=3 ludl=2 ludo=7 ludv=5 ludw=3 lue=-16 lue$=-7 lueb=-5 lued=-1 luef=-1
lueg=-5 luei=3 luel=2 luen=-4 lues=-9 luet=13 luf=5 lufa=-1 lufe=5 luff=-10 lug=-39 lug$=-3 luga=-13 lugb=3
luge=-3 lugg=-7 lugh=-4 lugi=-1 lugo=-6 lugu=-3 luh=5 luh$=8 luha=-5 lui=8 lui$=-25 luic=-2 luid=-3 luig=9
luis=20 luj=4 luja=-2 luk=6 luk$=13 luka=4 luke=-8 lukh=1 luki=3 luko=-2 lul=2 lul$=-2 lula=4 lule=3 lull=-11
lulo=5 lulu=-1 lum=16 lum$=50 luma=17 lumb=-17 lume=2 lumi=-13 luml=-1 lumm=-8 lumn=-15 lumo=3 lump=-10 lums=3
lumu=6 lun=34 lun$=-3 luna=-22 lund=100 lune=-4 lung=-17 luni=-3 lunk=4 lunn=-1 lunt=-5 lunu=-5 luny=-9
luo=-11 luon=-13 luor=-6 lup=27 lup$=-9 lupe=15 lupt=2 luq=10 lur=-31 lur$=-2 lura=-6 lurb=4 lure=-9 lurg=-1
luri=9 luro=-1 lurr=-3 luru=-11 lus=-28 lus$=-8 lusa=-2 lusc=-5 luse=21 lush=-8 lusi=-10 lusk=4 luso=-3 luss=5
lust=-20 lusz=3 lut=-32 lut$=11 luta=-4 lutc=-1 lute=-19 lutf=8 lutg=13 luth=-3 luti=-14 lutj=-5 luto=-6
lutt=9 lutz=-9 luv=-23 luva=-14 luvi=-14 luw=24 luwa=27 lux=-29 lux$=-12 luxa=1 luxe=-8 luxu=-6 luy=-4 luz=4
luzi=4 lv=3 lv$=-14 lva=-16 lva$=-14 lvab=-1 lvac=-2 lvad=-13 lvae=-4 lvag=-3 lvai=13 lval=-5 lvan=-12 lvar=19
lvat=9 lve=3 lve$=-17 lved=-3 lvei=8 lvel=-7 lvem=3 lven=4 lveo=-9 lver=-13 lves=27 lvey=11 lvi=14 lvi$=6
lvia=12 lvic=-6 lvie=6 lvii=-8 lvil=-7 lvin=-3 lvio=7 lvir=8 lvis=1 lvit=-4 lvo=24 lvo$=14 lvor=12 lvu=-11
lvul=-9 lvy=9 lvy$=7 lw=-22 lwa=-3 lwa$=1 lwan=8 lwar=3 lway=-6 lwe=-9 lwee=2 lwen=5 lwh=-1 lwie=-16 lwin=17
lwo=-5 lwoo=8 lwor=-10 lwr=-2 lx=-19 lx$=7 lxa=2 lxi=-6 lxv=-5 lxvi=-3 lxx=-15 lxx$=-3 lxxi=-3 lxxv=-3 lxxx=-7
ly=-89 ly$=-67 lya=2 lya$=26 lyab=-5 lyac=-4 lyak=-8 lyan=-2 lyar=-8 lyas=5 lyat=-3 lyb=-9 lybo=-2 lybu=-4
lyc=-24 lyca=-4 lyce=-3 lych=-7 lyci=-3 lycl=-1 lyco=-4 lyct=-1 lyd=13 lyda=1 lyde=5 lydi=9 lye=-6 lye$=10
lyek=-9 lyen=-10 lyer=-4 lyes=9 lyf=-2 lyfi=-1 lyg=-11 lyga=-6 lygo=-2 lygr=-1 lygy=-1 lyh=-4 lyhe=-1 lyi=-3
lyin=-2 lyk=5 lyl=-2 lyla=4 lyle=2 lyli=-3 lyly=-2 lym=-5 lyma=12 lyme=-2 lymo=-2 lymp=-6 lymu=-5 lyn=97
lyn$=37 lyna=3 lync=2 lynd=9 lyne=18 lyni=1 lynn=23 lyns=1 lyo=-10 lyon=-3 lyp=-10 lype=-1 lyph=-3 lypo=-1
lypr=-1 lypt=-2 lyr=-24 lyra=-5 lyre=-5 lyri=-9 lys=6 lys$=5 lysa=15 lyse=-4 lysh=-1 lysi=-10 lyso=2 lyss=13
lyst=-9 lysy=-3 lyt=-15 lyte=-5 lyth=-1 lyti=6 lytr=-11 lytt=-7 lytu=-2 lyu=-18 lyub=-5 lyur=-4 lyut=-3 lyv=3
lyva=-1 lyw=-3 lywo=-2 lyx=-1 lyx$=-1 lyz=-10 lyze=-8 lyzo=-1 lz=-7 lz$=-15 lza=1 lzac=-9 lzad=4 lzb=-4
lzba=-2 lzbe=1 lzbu=-3 lze=25 lze$=8 lzen=-3 lzer=28 lzf=-3 lzg=-4 lzh=-10 lzha=-4 lzhe=-5 lzi=4 lzin=1 lzl=9
lzl$=9 lzm=-6 lzma=-2 m=-8 m$=-60 m-=-18 m-b=-2 m-h=-2 m-hu=-1 m-n=-2 ma=2 ma$=-39 maa=5 maa$=23 maal=-5
maan=-11 maar=-9 maas=1 mab=22 maba=5 mabe=2 mabh=2 mabi=3 mabl=20 mabo=-5 mabu=1 mac=39 mac$=-9 maca=-9
macb=1 macc=18 macd=14 mace=-7 macf=9 macg=26 mach=-42 maci=3 mack=8 macl=9 macm=15 macn=18 maco=-4 macr=-24
macs=3 mact=-1 macu=10 macy=-6 mad=17 mad$=-5 mada=-10 madd=18 made=3 madi=4 madl=6 mado=5 madr=-31 mads=8
madu=6 mady=7 madz=2 mae=21 mae$=30 maea=-7 maeb=1 maec=-7 mael=-8 maeo=5 maer=-1 maes=6 maev=6 maf=-8 mafa=-3
mafi=-15 mag=2 maga=11 magd=6 mage=18 magg=12 magh=-17 magi=-11 magl=-7 magn=-23 mago=11 magr=17 magu=3 mah=13
mah$=14 maha=-18 mahb=11 mahd=-2 mahe=14 mahf=11 mahi=-3 mahl=3 mahm=13 maho=-12 mahr=-9 mahu=-5 mai=-11
mai$=-3 maia=3 maic=-3 maid=-24 maie=16 maig=2 maik=16 mail=-27 maim=-6 main=-18 maio=-11 mair=45 mais=-11
mait=9 maiy=6 maj=-2 maja=4 majc=2 majd=6 maje=7 majh=-12 maji=-4 majo=-18 maju=-4 mak=11 mak$=-13 make=-21
makh=19 maki=16 mako=4 makr=-2 maks=8 maku=-4 mal=-18 mal$=5 mala=1 malc=9 mald=-8 male=15 malf=3 malg=-5
malh=10 mali=-6 malk=5 mall=-18 malm=6 maln=2 malo=6 malp=-11 mals=6 malt=-22 malu=2 malv=-9 malw=-3 maly=-2
malz=-5 mam=-41 mama=5 mamb=-6 mame=-4 mami=1 mamm=-19 mamo=-8 mamp=-4 mamu=4 man=-14 man$=-18 mana=-36
manc=-12 mand=-25 mane=4 manf=12 mang=31 manh=-9 mani=-45 manj=-2 mank=-10 manl=-8 mann=15 mano=9 manp=12
mans=53 mant=2 manu=17 many=-3 manz=5 mao=-11 maoi=-6 map=-4 map$=-10 mapc=-1 maph=26 mapl=-3 mapp=-3 maps=-1
mapu=-5 maq=-8 maqu=-6 mar=39 mar$=65 mara=-35 marb=-3 marc=29 mard=7 mare=18 marg=58 mari=38 marj=6 mark=-37
marl=-10 marm=-27 marn=3 maro=-8 marq=1 marr=-31 mars=-20 mart=-5 maru=-11 marv=-13 marw=5 marx=-6 mary=12
marz=-2 mas=-33 mas$=-14 masa=11 masc=1 mase=21 mash=-9 masi=2 mask=-18 masl=9 maso=-13 masq=-8 mass=6
mast=-29 masy=-5 masz=5 mat=-42 mat$=5 mata=-27 matc=-16 mate=11 math=43 mati=-14 matl=-1 matn=-4 mato=-4
matr=-36 mats=-4 matt=5 matu=8 maty=9 matz=-16 mau=-12 mau$=3 maud=2 maug=-3 maul=-17 maun=-11 maur=33 maus=-1
maut=-4 mav=-10 mava=-2 mave=-7 mavi=-11 mavu=7 maw=3 mawa=1 mawe=7 mawi=6 mawk=-4 max=20 max$=-6 maxi=19
maxm=-5 may=-1 may$=4 maya=-14 mayb=1 maye=2 mayf=-2 mayh=-6 mayi=5 mayn=4 mayo=-6 mayr=12 mays=2 mayu=-3
mayy=-4 maz=-1 maz$=-3 maza=20 mazd=-5 maze=-8 mazi=1 mazo=-7 mazu=-5 mazz=7 mb=-11 mb$=-16 mba=-8 mba$=25
mbac=-2 mbad=3 mbag=-3 mbah=-6 mbak=-9 mbal=-21 mban=9 mbar=-12 mbas=-11 mbat=9 mbau=5 mbay=-4 mbd=-16
mbda=-10 mbe=16 mbe$=30 mbea=-3 mbec=-6 mbed=2 mbek=10 mbel=2 mbem=1 mben=-3 mber=-39 mbes=12 mbez=-2 mbh=12
mbha=-3 mbho=12 mbi=2 mbi$=5 mbia=-16 mbib=-5 mbic=-11 mbid=-2 mbie=2 mbig=-2 mbil=7 mbin=-2 mbio=1 mbis=7
mbit=5 mbiv=-1 mbk=-8 mbke=-3 mbl=-1 mbla=19 mble=-13 mbli=-3 mblo=-1 mbly=-2 mbn=-1 mbo=7 mbo$=9 mboa=6
mboc=7 mbod=-5 mboe=-2 mbog=3 mboi=9 mbol=-23 mbon=8 mbor=3 mbos=-10 mbot=7 mbou=8 mbow=-1 mboy=-4 mbr=-27
mbra=-3 mbre=9 mbri=-23 mbro=1 mbry=-5 mbst=-3 mbt=-3 mbu=39 mbu$=17 mbua=12 mbuc=-7 mbug=3 mbui=4 mbul=21
mbun=-5 mbur=-4 mbus=-17 mbut=3 mbuy=4 mby=-6 mbyc=-2 mc=73 mc$=-10 mca=2 mcac=-2 mcal=-2 mcar=1 mcat=4 mcb=2
mcbr=2 mcc=25 mcca=3 mccl=6 mcco=3 mccr=10 mccu=2 mcd=11 mcda=2 mcde=3 mcdo=3 mce=11 mcel=6 mcen=5 mcev=2
mcf=3 mcfa=4 mcg=15 mcga=6 mcge=4 mcgi=4 mcgl=3 mcgo=7 mcgu=-4 mcha=5 mche=-3 mchi=-4 mci=-9 mcil=3 mcin=-3
mcis=-1 mck=11 mcka=1 mcke=7 mcki=-2 mcl=1 mcla=1 mcle=5 mclo=4 mcm=8 mcma=1 mcmu=2 mcn=9 mcna=4 mcne=3 mcni=1
mco=-9 mcp=-9 mcp$=-5 mcpa=3 mcph=-1 mcpo=-6 mcq=3 mcqu=3 mcr=4 mcra=-4 mcs=-1 mcsh=2 mct=5 mcv=-2 mcz=2
mczu=1 md=-35 md$=-9 mda=-4 mda$=-11 mdak=6 mdal=-5 mdan=3 mdar=12 mde=-4 mdi=-5 mdi$=-5 mdin=-3 mdis=6 mdk=-6
mdl=15 mdla=6 mdr=-2 mdu=-4 mdv=-4 mdvi=-4 me=-14 me$=-36 mea=-11 mea$=-2 meab=5 mead=5 meag=6 meal=-11
mean=-25 mear=19 meas=2 meat=-8 meb=-14 meba=-2 mebi=-4 mebo=-3 mec=9 mec$=4 meca=-4 mece=3 mech=-7 meci=17
meck=10 mecl=-3 meco=-4 med=26 med$=26 meda=-11 medd=3 mede=24 medh=3 medi=-23 medl=-11 medo=-2 medr=4
medu=-12 medv=22 medy=-4 mee=33 mee$=27 meed=5 meek=-9 meel=1 meen=10 meer=-12 mees=9 meeu=9 mef=9 mefa=2
mefl=-2 mefu=-1 meg=-31 mega=-11 mege=-15 megh=8 megi=-9 megr=-5 meh=25 mehd=5 mehe=-2 mehm=17 mehr=-4 mei=25
mei$=8 mei-=11 meid=3 meie=15 meil=-5 mein=-13 meio=-7 meir=-9 meis=17 meit=-13 mej=7 meji=5 mek=15 mek$=7
meka=3 meke=-1 mekh=-1 meki=3 meko=-6 mel=-18 mel$=16 mela=-4 melb=-2 melc=9 meld=1 mele=-1 melf=-5 meli=4
melk=2 mell=-12 meln=-1 melo=-17 melp=-4 mels=-5 melt=-2 melu=3 melv=5 mely=-14 mem=-43 mem$=-3 mema=-4
memb=-12 memc=-1 meme=-7 memi=2 memo=-4 memp=-3 men=-32 men$=-5 mena=10 menc=18 mend=43 mene=10 meng=-13
menh=-4 menj=-8 menn=-7 meno=-18 mens=-9 ment=-36 menu=-15 meny=-10 menz=3 meo=-2 meo$=5 meon=2 meop=-1
meos=-2 mep=-13 mepa=-1 meph=-4 mepp=-3 mepr=-2 mepy=-1 mer=-5 mer$=25 mera=-10 merb=-2 merc=13 merd=-2 mere=4
merf=22 merg=-27 merh=1 meri=-20 merk=3 merl=-17 merm=13 mern=1 mero=-6 merr=-6 mers=-11 mert=-7 meru=-9
merv=19 mery=10 merz=-3 mes=-17 mes$=20 mesa=-8 mesb=5 mesc=10 mesd=-3 mesh=-5 mesi=-16 mesk=1 mesm=-8 meso=-9
mesp=-3 mess=-10 mest=-4 mesu=13 met=-11 met$=37 meta=-35 metc=7 mete=-29 meth=-21 meti=-6 meto=4 metr=-13
mets=34 mett=6 metz=5 meu=42 meu$=4 meul=6 meur=25 meus=2 mev=4 meva=-7 meve=5 mew=-2 mew$=7 mewa=-3 mewo=-2
mex=-8 mex$=-4 mexi=-4 mey=33 mey$=9 meya=-3 meye=9 mez=-3 mez$=19 meze=-2 mezi=5 mezo=-4 mezu=-7 mezz=-7
mf=-27 mf$=-6 mfa=-2 mfe=-3 mfer=-4 mfi=8 mfie=-1 mfil=2 mfir=6 mfis=-1 mfit=-5 mfl=-2 mfla=-1 mfo=-13
mfor=-10 mfr=-12 mfre=-8 mfu=7 mful=4 mfus=4 mg=-11 mg$=-8 mga=-4 mgan=-2 mgar=4 mge=14 mgo=-3 mgr=5 mgre=8
mgu=-6 mh=-1 mh$=11 mha=-11 mhan=3 mhas=-3 mhe=-1 mhe$=-3 mhea=6 mhi=4 mhil=5 mhl=7 mhla=7 mhlo=8 mho=-10
mhol=-7 mhor=-3 mi=-9 mi$=19 mia=-40 mia$=-25 miad=-7 miah=7 miak=4 mial=6 mian=9 miao=-9 mias=-8 miau=-7
mib=-10 mibi=-4 mic=-26 mic$=-46 mica=3 mice=1 mich=41 mick=4 mico=3 micr=-27 mics=-3 mid=-13 mid$=32 mida=-10
midd=10 mide=-5 midg=-7 midi=-8 midl=-2 mido=-8 midr=-6 mids=-2 midt=6 midv=-5 midw=-7 mie=5 mie$=12 miec=1
mied=10 miek=7 miel=-1 mien=-1 mier=-26 mies=-1 miet=5 mif=-6 mife=5 miff=-4 mifi=-2 mifo=-1 mify=-2 mig=5
miga=-6 migd=8 mige=-5 migh=2 migl=6 mign=3 migo=2 migr=-14 migu=5 mih=14 miha=-2 mihe=6 mii=-1 miin=-5 mij=1
mija=4 mijn=-2 mijo=1 mik=23 mik$=7 mika=4 mike=8 miki=3 mikk=6 mikl=3 miko=-6 miks=-5 miku=8 mil=21 mil$=23
mila=13 milc=-3 mild=7 mile=6 mili=-3 milk=-17 mill=-31 milo=23 mils=7 milt=-3 milu=5 mily=-2 mim=-10 mima=4
mime=-11 mimi=1 mimo=-15 min=-24 min$=21 min-=3 mina=-21 minc=-6 mind=-13 mine=1 minf=-3 ming=45 minh=-4
mini=-26 mink=-1 minn=-8 mino=-15 mins=27 mint=-18 minu=-30 miny=-2 mio=18 mio$=-2 miod=6 miol=-1 mion=11
mios=-7 miot=2 miou=-1 mip=-11 mipa=-2 mipr=-3 mipt=-1 miq=6 miqu=-1 mir=61 mir$=25 mira=2 mirc=4 mird=-2
mire=12 mirg=3 miri=-9 mirj=3 mirk=-12 mirn=7 miro=26 mirr=-2 mirt=1 miry=-1 mis=-27 mis$=-21 misa=9 misb=-4
misd=-8 mise=-25 misf=-4 misg=-6 mish=3 misi=11 misk=45 misl=-5 mism=-9 miso=-9 misp=-2 misr=-3 miss=-19
mist=20 misu=1 misz=4 mit=23 mit$=-9 mita=4 mitc=19 mite=6 mith=-19 miti=10 mitl=-2 mitm=-2 mito=1 mitr=37
mits=-3 mitt=-4 mitu=4 mity=-7 mitz=-3 miu=-3 miuk=7 mium=-3 mius=-7 miv=-7 miw=-2 mix=-15 mix$=-6 mixe=-2
mixi=-1 mixt=-2 miya=-10 miye=6 miz=-6 miza=-3 mizd=-4 mize=-16 mizi=1 mizu=7 mizz=-4 mj=-8 mja=1 mjan=6
mje=-5 mjet=-5 mjo=1 mjol=6 mjs=-3 mjs$=-3 mk=11 mka=9 mka$=6 mkd=-4 mke=9 mke$=6 mkh=15 mkho=3 mkhu=4 mki=-14
mko=-1 mkr=-5 mku=3 ml=-69 ml$=-50 mla=6 mla$=-2 mlab=2 mlah=-8 mlak=1 mlan=2 mlb=-1 mlc=-2 mld=-1 mldo=-1
mle=1 mlea=-3 mlec=-3 mlem=-3 mler=4 mles=-8 mlet=-1 mlf=-2 mli=-7 mli$=-1 mlic=-3 mlik=-1 mlin=3 mlit=-3
mlj=3 mljs=-3 mll=-3 mlo=5 mlp=-1 mlpa=-1 mlr=-2 mls=-6 mlse=-2 mlt=-1 mlto=-1 mlu=2 mlun=3 mly=-4 mly$=-4
mlyn=1 mm=-26 mm$=34 mma=-11 mma$=-22 mmab=-2 mmac=14 mmad=11 mmae=-3 mmag=-1 mmah=4 mmai=-6 mmal=7 mman=9
mmar=2 mmas=-12 mmat=-11 mmb=13 mme=-2 mme$=1 mmea=-2 mmed=-15 mmel=3 mmen=17 mmer=4 mmes=-3 mmet=-5 mmh=-3
mmho=-3 mmi=-2 mmi$=10 mmia=-3 mmic=-8 mmie=4 mmif=-1 mmig=-2 mmil=-5 mmin=-11 mmis=11 mmit=1 mmix=-1 mml=3
mmle=4 mmo=-10 mmo$=-10 mmob=-1 mmod=-3 mmog=-3 mmon=15 mmor=-5 mmos=-5 mmot=7 mmov=-1 mmu=-26 mmul=5 mmun=-12
mmur=-7 mmut=-5 mmy=-2 mn=-53 mn$=-23 mna=-20 mna$=-17 mnag=-3 mnal=-1 mnam=-1 mnan=5 mnas=-1 mnc=9 mne=-19
mnem=-2 mner=-5 mnes=-5 mney=-8 mng=9 mni=-8 mnia=2 mnif=-2 mnil=-1 mnio=-7 mnir=5 mnis=-1 mnit=-3 mniv=-2
mno=-12 mnod=-1 mnol=-1 mnom=2 mnos=-5 mnq=8 mnt=8 mnu=-4 mnus=-3 mny=2 mny$=-1 mnya=2 mo=-29 mo$=-7 moa=17
moa$=8 moan=-8 mob=-16 mob$=-4 moba=-8 mobb=-1 mobi=-7 mobl=-1 mobo=7 moc=2 moca=4 moce=5 mock=-14 moco=-1
mocr=-1 mod=-1 mod$=6 moda=-7 modb=-1 mode=-22 modi=-3 modo=2 modr=2 modu=5 mody=22 moe=15 moeb=-14 moen=12
moer=1 moes=14 moet=-5 mof=15 moff=12 mog=17 moga=-10 moge=31 mogg=-1 mogi=6 mogl=4 mogo=-6 mogr=-4 moh=13
moha=19 mohi=4 mohl=-2 moho=-11 mohr=-4 moi=14 moi$=16 moid=-4 moil=10 moin=-3 moir=-7 mois=-2 moiz=-2 moj=-22
moja=-5 moji=-12 mojl=-5 mojo=-3 mok=12 mok$=1 moka=7 moke=2 moko=2 mokr=2 mol$=14 mold=-22 mole=11 moli=17
molk=3 moll=-6 molo=-5 molt=-17 molu=-9 mom=-25 mom$=-3 moma=3 momb=2 momc=-1 mome=-5 momi=-7 momm=-6 momo=-4
momu=-2 mon=17 mon$=20 mona=-12 mond=53 mone=-21 mong=-22 moni=-8 monk=-6 monl=-1 monm=-1 monn=25 mono=-38
monr=5 mons=7 mont=35 monu=-4 monw=-2 mony=-23 moo=-34 mooc=-5 mood=3 moon=-3 moor=-13 moos=-1 moot=-3 mooz=-2
mop=-6 mope=8 moph=-6 mopo=-1 mopp=-2 mops=-1 mopt=-1 moq=-3 moqu=-3 mor=-16 mor$=-17 mora=15 morb=-7 morc=-1
mord=3 more=2 morg=-6 mori=18 mork=6 morl=-5 morm=-6 morn=-4 moro=-9 morp=-10 morr=1 mors=-7 mort=8 moru=-4
mory=15 mos=-32 mos$=-28 mosa=-19 mosc=11 mose=16 mosh=-2 mosi=4 mosk=-1 mosl=-1 moso=7 mosp=-1 mosq=4 moss=-5
most=-17 mosu=3 mosy=-2 mot=19 mot$=-6 mota=4 mote=8 moth=3 moti=-26 moto=10 motr=-4 mott=22 motu=6 moty=5
mou=-6 mou$=5 moud=6 mouf=-4 moul=7 moun=-1 mour=16 mous=-6 mout=-17 mov=4 mov$=25 mova=-9 move=-3 movi=-7
movo=-2 mow=3 mow$=4 mox=-6 mox$=-2 moxi=-4 moy=13 moya=3 moye=1 moz=-30 moza=-5 mozd=-2 moze=7 mozi=-2
mozl=-6 mozy=-2 mozz=-4 mp=-13 mp$=-18 mp-=-2 mpa=-17 mpa$=3 mpac=5 mpad=3 mpag=-3 mpai=-9 mpak=-3 mpal=-9
mpan=-17 mpar=7 mpas=7 mpat=-1 mpb=-1 mpc=-2 mpe=-6 mpea=-1 mpec=-1 mped=-2 mpeg=-3 mpel=8 mpen=2 mpet=-10
mpf=18 mpf$=21 mpfi=-3 mph=-1 mph$=-8 mpha=-1 mphe=2 mphi=-9 mpho=-3 mphr=18 mphu=-1 mphy=-3 mpi=8 mpi$=-5
mpia=16 mpic=-4 mpid=-1 mpie=2 mpik=-3 mpil=11 mpin=4 mpio=-12 mpir=-18 mpis=15 mpit=-6 mpk=-1 mpki=-2 mpl=-8
mpl$=15 mpla=-6 mple=-22 mpli=1 mplo=-6 mplu=16 mply=-1 mpm=-2 mpn=14 mpo=12 mpod=-1 mpof=13 mpol=-6 mpom=15
mpon=15 mpoo=-7 mpor=-9 mpot=-3 mpou=-2 mpp=-1 mpr=-7 mpra=-6 mpre=-1 mpri=2 mpro=-2 mps=16 mps$=13 mpse=6
mpsh=-4 mpsi=4 mpst=-1 mpt=-11 mpt$=-4 mpta=10 mpte=-1 mpti=-3 mpto=-10 mptu=-1 mpty=-1 mpu=10 mpu$=-5 mpul=5
mpum=1 mpun=13 mpur=-16 mpus=7 mput=-2 mpy=-12 mpy$=-7 mpyl=-1 mpyr=-1 mq=-6 mq$=-7 mqp=-4 mqp$=-4 mqt=-9
mqtt=-9 mque=-2 mqv=16 mqvi=16 mr=18 mra=15 mra$=8 mrad=-4 mran=6 mrat=9 mraz=4 mre=8 mre$=11 mren=5 mri=9
mri$=-4 mric=3 mrin=2 mro=13 mroc=-3 mrod=-6 mrol=-1 mron=7 mroo=9 mroz=4 mru=3 mrun=-3 mry=4 ms=-35 ms$=-30
msa=-5 msa$=-18 msan=1 msar=-1 msb=2 msbu=-3 msc=-1 msd=-4 mse=-4 msec=-9 msel=-4 msen=8 msey=-5 msg=-9
msgp=-2 msh=3 msh$=-5 msha=-4 mshi=14 msho=-2 msi=10 msic=4 msie=-2 msin=5 msk=-9 msk$=-3 mski=-3 msl=-6
msli=-1 msm=3 msma=4 mso=8 mson=-3 msp=-1 mspr=-1 msr=1 mss=-1 msso=2 mst=-11 mst$=-3 msta=-2 mste=2 msti=-2
msto=-5 mstr=1 msu=18 msun=-7 msw=3 msy=-4 msy$=-3 mt=-2 mt$=-15 mta=17 mtal=-2 mte=1 mte$=4 mth=13 mtha=7
mthi=2 mtho=4 mti=-9 mto=-13 mto$=-12 mton=-5 mtp=-1 mtr=6 mtre=-3 mu=8 mu$=-11 mua=7 mual=12 mub=3 muc=-8
much=5 muck=-14 muco=-13 mucu=-7 mud=-27 mud$=1 muda=-11 mudd=-5 mude=2 mudg=6 mudi=-2 mudr=-2 muds=-4 mudu=-6
mudv=-6 mue=5 muel=9 muf=-1 muff=-10 mug=-8 mugg=-14 mugi=-3 mugl=-3 mugu=6 muh=26 muha=18 muhi=7 muhl=-9
muho=2 mui=1 muid=3 muil=1 muir=-6 muit=-11 muj=-26 muja=-21 muk=3 muka=-20 mukh=7 mukt=5 mul=-9 mul$=4
mula=-24 mulc=-2 muld=18 mule=-1 mulg=17 mulh=5 muli=-22 mulk=-5 mull=20 mulo=1 mulr=12 muls=-4 mult=-41
mulu=-10 mulv=12 muly=8 mum=8 mum$=-2 mumb=13 mumi=-4 mumm=-11 mump=2 mumt=13 mun=16 mun$=6 muna=5 munc=-15
mund=29 mune=3 muni=1 munj=-14 munk=-4 munn=3 muns=-4 munt=-5 muny=11 muo=-4 mup=-2 mur=33 mur$=21 mura=18
murc=5 murd=-5 mure=-12 murg=-4 muri=16 murk=-8 murm=-19 murn=2 muro=1 murr=-10 murs=5 murt=11 muru=8 murz=-6
mus=-15 mus$=13 musa=26 musc=-17 musd=-7 muse=-5 mush=5 musi=-19 musk=-22 musl=10 muso=-2 muss=-20 must=-1
musu=13 musy=18 mut=37 mut$=10 muta=7 mutc=4 mute=10 muth=28 muti=-2 muto=-11 muts=-8 mutt=-18 mutu=12 muu=-23
muua=-9 muut=-13 muv=11 muva=5 mux=8 muz=-16 muz$=-4 muza=4 muzd=4 muze=-3 muzi=1 muzz=-8 mv=-6 mva=-6 mve=4
mven=1 mver=-3 mvi=-10 mvir=-10 mvr=-2 mvu=19 mw=9 mwa=11 mwan=4 mwe=4 mwed=-2 mwel=9 mwen=1 mwi=2 mwin=-2
mwo=-3 mwoo=-9 mwor=-1 mx=4 my=-39 my$=14 mya=6 mya$=20 myad=-3 myan=-10 myc=-31 myce=-12 myci=-15 myco=-7
myd=-7 myde=-4 mydi=-2 mydl=4 mydo=-2 mye=-6 myel=-20 myg=-7 mygd=-6 myi=-7 myia=-4 myid=-2 myin=-2 myk=16
myk$=8 myko=-7 myl=6 myla=-11 myle=13 myli=-1 mylo=-3 myn=5 myn$=10 myna=-7 myo=-31 myoc=-2 myof=-2 myog=-1
myom=-5 myop=-3 myos=-11 myot=-5 myp=-1 myr=8 myr$=2 myra=5 myrc=-2 myrm=-13 myrn=-2 myro=-4 myrr=-1 myrt=16
mys=-9 mys$=-14 myse=-4 mysi=6 mysl=13 myso=-5 mysq=-1 myst=-4 mysz=5 myt=7 myth=5 myti=-4 myx=-8 myxi=-4
myxo=-3 myz=-3 myzo=-3 mz=7 mz$=-9 mza=8 mza$=6 mze=-3 mze$=-6 mzi=6 mzil=1 mzo=6 mzu=-1 n=12 n$=19 n'=-6
n-=11 n-a=-8 n-al=-4 n-b=1 n-ba=3 n-bu=-1 n-c=9 n-ch=9 n-d=-9 n-da=-3 n-e=-4 n-er=-1 n-f=4 n-fr=-1 n-g=-5
n-ge=-3 n-h=14 n-ha=-3 n-he=-2 n-ho=-2 n-hs=14 n-hu=7 n-j=6 n-ju=4 n-k=-4 n-ka=-2 n-l=4 n-la=1 n-le=-3 n-li=4
n-lo=-1 n-lu=4 n-m=8 n-ma=-1 n-me=-2 n-mi=14 n-n=-2 n-ne=-3 n-o=-7 n-ob=-1 n-ol=1 n-on=-1 n-p=3 n-pe=-4 n-r=-9
n-re=-1 n-ri=-3 n-ro=-2 n-sc=-3 n-se=3 n-sh=5 n-su=-5 n-t=18 n-th=-3 n-ti=20 n-tr=-1 n-u=-6 n-v=-4 n-w=-8
n-we=-2 n-wi=-2 n-y=6 n-yu=3 na=-10 na$=24 na-l=2 naa=-14 naa$=-12 naan=-16 naar=1 nab=9 nab$=13 naba=-10
nabb=1 nabe=14 nabh=1 nabi=-3 nabl=-2 nabo=-12 nabr=1 nac=10 nac$=12 naca=-5 nacc=8 nace=-14 nach=22 naci=18
nack=-8 nacl=-6 naco=-6 nacr=-3 nact=-4 nacu=-5 nacy=1 nad=-16 nad$=14 nada=-15 nade=4 nadi=-4 nadj=2 nado=-8
nadr=-1 nadv=-3 nae=-7 nae$=-2 naea=-8 naec=-3 nael=9 naem=-5 naen=-4 naer=3 naes=4 naeu=-4 naev=1 naf=-3
nafi=6 naft=-6 nafu=1 nag=-12 nag$=-5 naga=-17 nage=-14 nagg=-3 nagh=24 nagi=-2 nagl=21 nagn=-2 nago=-11
nagr=-7 nagy=1 nah=17 nah$=12 naha=9 nahi=4 nahr=-3 nahu=-2 nai=-21 nai$=-13 naia=-2 naib=8 naid=22 naik=-9
nail=-18 naim=9 nain=23 nair=-9 nais=-17 nait=4 naiv=-4 naj=-27 naja=-8 naje=6 naji=-3 najm=-7 naju=-1 nak=-21
nak$=4 naka=-4 nake=-8 nakh=-2 naki=7 nako=-11 naks=7 naku=-5 nal=-11 nal$=-35 nala=-7 nalc=-5 nald=26 nale=-8
nalf=-5 nalg=-4 nali=-4 nall=24 nalo=-5 nalp=27 nals=-2 nalt=2 naly=-12 nam=-47 nam$=3 nama=12 namb=-2
name=-26 nami=-11 namm=-5 namo=-5 namp=-4 namt=-5 namu=-4 nan=13 nan$=45 nana=-15 nanc=-26 nand=17 nane=28
nang=17 nani=-9 nank=-6 nann=-4 nano=-10 nans=5 nant=-27 nanu=1 nany=2 nao=6 nao$=-9 naoi=4 naom=14 nap=-14
nap$=-6 napa=-10 naph=-8 napi=4 napl=-2 napo=8 napp=6 napr=-5 naps=-4 napt=-2 napu=7 naq=-10 naqu=-9 nar=-13
nar$=31 nara=14 narb=-2 narc=-9 nard=24 nare=-3 narf=2 narg=-5 narh=1 nari=-26 nark=-8 narl=-17 narm=-1
narn=-2 naro=1 narr=1 nars=11 nart=1 naru=11 narw=-9 nary=-33 nas$=32 nasa=-28 nasc=8 nase=-8 nash=-2 nasi=-7
nask=-3 naso=-1 nasp=-3 nasr=5 nass=-5 nast=25 nasu=1 nasz=-19 nat=33 nat$=23 nata=39 natc=-2 nate=-12 nath=21
nati=-16 nato=-3 natr=-11 nats=-3 natt=-4 natu=-15 naty=5 nau=-22 nau$=-22 nau-=-7 nauc=-4 naud=10 naue=-2
naug=9 nauj=-1 naul=5 naum=5 naup=-3 naur=-5 naus=1 naut=-6 nav=15 nav$=5 nava=-19 nave=28 navi=-7 navo=3
naw=-2 naw$=-3 nawa=6 nawe=-15 nawi=12 nax=-11 nax$=-6 nay=45 nay$=31 naya=10 naye=2 nayo=-2 naz=16 naz$=24
naza=-3 nazi=-17 nazo=-3 nazz=7 nb=-2 nb$=-1 nba=8 nbac=10 nbad=-3 nbak=4 nbal=1 nban=-7 nbar=1 nbas=-3
nbat=-5 nbau=8 nbay=12 nbc=-2 nbe=-35 nbe$=-8 nbea=-2 nbec=-2 nbek=-4 nbel=-5 nber=-12 nbet=1 nbi=1 nbil=-3
nbir=3 nbj=12 nbjo=12 nbl=-4 nble=-1 nbli=-1 nbo=33 nbo$=8 nboa=-7 nboc=18 nbog=4 nbol=-3 nbon=-6 nboo=9
nbor=12 nbos=5 nbou=-1 nbow=-2 nbr=4 nbra=7 nbre=-5 nbri=-3 nbro=11 nbru=-7 nbu=-2 nbuc=-2 nbuh=-5 nbui=-4
nbur=-1 nbut=-3 nc=-31 nc$=24 nca=33 ncac=1 ncag=-1 ncak=-2 ncal=16 ncam=2 ncan=-13 ncap=-2 ncar=20 ncas=-10
ncat=-3 ncau=-2 ncav=4 ncc=-1 ncd=-4 nce=-14 nce$=-24 ncea=-5 nced=-4 ncef=-3 ncei=-4 ncek=-2 ncel=1 ncem=-1
ncen=17 ncep=-4 ncer=-3 nces=13 ncet=6 ncev=-1 ncey=-1 nch=-67 nch$=-49 ncha=18 nchb=-4 nche=28 nchi=-13
nchl=-6 nchm=-5 ncho=-9 nchp=-3 nchr=-6 nchs=-1 nchu=-4 nchw=-1 nchy=-5 nci=7 nci$=-10 ncia=16 ncib=3 ncic=14
ncid=-6 ncie=-18 ncif=10 ncik=2 ncil=-14 ncin=18 ncio=7 ncip=-10 ncir=-2 ncis=6 ncit=-5 nciv=-1 nck=43 nck$=30
ncke=10 ncki=-3 ncl=-14 ncla=-4 ncle=-4 ncli=3 nclo=-3 nclu=-3 ncm=-2 nco=-7 nco$=1 ncoa=-4 ncoc=-6 ncod=-4
ncog=-1 ncoh=-3 ncoi=20 ncol=-1 ncom=-8 ncon=10 ncoo=-1 ncop=-4 ncor=-14 ncos=6 ncou=7 ncov=-1 ncr=-17 ncra=-1
ncre=-6 ncri=-5 ncro=-3 ncru=-1 ncs=11 ncs$=4 nct=-13 nct$=-2 ncta=-4 ncti=-4 nctl=-1 nctu=-2 ncu=9 ncub=9
ncul=-10 ncum=-1 ncur=-2 ncus=-4 ncut=12 ncw=7 ncwa=7 ncy=-37 ncy$=-35 ncyc=-1 ncyl=-1 ncyt=-1 ncz=10 ncza=1
ncze=4 nczu=3 nczy=2 nd=5 nd$=3 nd-=-9 nd-o=-1 nda=-7 nda$=4 ndaa=10 ndab=11 ndac=16 ndad=-2 ndae=4 ndag=-5
ndah=6 ndai=-4 ndak=-8 ndal=-5 ndam=5 ndan=-15 ndap=-2 ndar=-20 ndas=-4 ndat=-6 ndau=8 ndav=-6 ndaw=2 nday=-5
ndaz=15 ndb=3 ndba=-7 ndbe=9 ndbl=15 ndbo=-3 ndbr=-2 ndbu=-5 ndc=-11 ndca=-3 ndch=-4 ndco=-1 ndd=-6 ndda=-5
ndde=-4 nde=-4 nde$=52 ndea=-18 ndeb=-4 ndec=6 nded=-9 ndee=-1 ndef=5 ndeg=6 ndej=2 ndek=9 ndel=-18 ndem=-11
nden=-20 ndep=6 nder=-25 ndes=3 ndet=-15 ndev=10 ndew=6 ndex=-5 ndey=8 ndez=14 ndf=-8 ndfa=-3 ndfi=-2 ndfl=-1
ndfo=1 ndfu=-1 ndg=-5 ndga=-1 ndgr=3 ndh=-15 ndh$=3 ndha=-1 ndhe=-7 ndhi=-10 ndho=-3 ndi=-2 ndi$=-8 ndia=16
ndib=-4 ndic=22 ndid=3 ndie=-16 ndif=-3 ndig=-22 ndik=-16 ndil=9 ndim=-1 ndin=3 ndio=-6 ndip=-1 ndir=-4
ndis=18 ndit=4 ndiu=-3 ndiv=-1 ndiw=5 ndiy=-4 ndiz=6 ndj=-7 ndje=5 ndji=-3 ndk=10 ndke=3 ndl=5 ndl$=25 ndla=14
ndle=-17 ndli=-14 ndlo=-1 ndlu=6 ndly=-5 ndm=-14 ndma=-9 ndmo=-1 ndn=6 ndne=11 ndo=-13 ndo$=-1 ndoc=-8 ndod=-1
ndoe=-5 ndof=-2 ndog=5 ndol=3 ndom=-20 ndon=28 ndoo=-4 ndop=-3 ndor=13 ndos=-7 ndot=-7 ndou=-1 ndov=7 ndow=-14
ndoz=2 ndp=-8 ndpa=-3 ndpi=-3 ndpo=-1 ndq=22 ndqu=13 ndqv=8 ndr=27 ndra=19 ndre=45 ndri=-13 ndro=-27 ndru=6
ndry=-8 ndrz=2 nds=3 nds$=17 ndsa=-2 ndsb=-3 ndsc=-2 ndsh=-6 ndsi=-3 ndsk=3 ndsm=-7 ndso=-6 ndsp=-2 ndst=20
ndt=13 ndt$=17 ndta=-5 ndth=-2 ndu=2 ndu$=-5 ndua=4 nduc=-9 ndue=-5 nduk=-12 ndul=-2 ndum=6 ndun=19 ndup=-3
ndur=18 ndus=-11 ndut=1 nduz=4 ndv=7 ndvi=-1 ndw=-16 ndwa=-5 ndwe=5 ndwi=-8 ndwo=-4 ndwr=-1 ndy=5 ndy$=3
ndyi=-2 ndyk=5 ndyl=-11 ndym=-5 ndyn=5 ndz=10 ndze=6 ndzi=5 ne=-12 ne$=24 ne-=13 ne-l=2 nea=25 nea$=-5 neac=21
nead=19 neae=-1 neag=-2 neak=-4 neal=-2 nean=-17 neap=-5 near=-6 neas=6 neat=-8 neau=23 neb=-13 neb$=3
nebe=-14 nebi=5 nebo=13 nebr=3 nebu=-10 neby=-9 nec=3 nec$=21 neca=4 necd=6 nece=-8 nech=24 neci=-2 neck=-34
neco=-5 necr=-2 nect=-6 necu=-5 ned=-7 ned$=-40 neda=15 nedd=-5 nede=-21 nedi=22 nedj=8 nedl=-1 nedo=6 nedr=-1
nedu=6 nedy=3 nee=2 nee$=-10 neec=-1 need=-5 neel=15 neen=22 neer=-23 nees=-3 neet=12 neez=-4 nef=-1 nefa=11
nefe=-7 neff=-1 nefi=-3 nefu=-3 neg=-8 nega=-8 nege=2 negg=7 negi=-5 negl=-8 nego=1 negr=7 negu=-7 negy=-1
neh=7 neh$=-1 neha=-2 nehe=-6 neho=-6 nei=14 nei$=10 neia=-8 neic=-3 neid=5 neig=-8 neil=20 nein=-4 neir=1
neis=2 neit=-5 nej=-12 neja=-20 nejs=-4 nek=-9 nek$=24 neka=-7 neke=2 neko=-10 nel=3 nel$=-18 nela=-1 nele=3
neli=22 nelj=-13 nell=29 nelo=12 nels=2 nelt=-10 nelu=-4 nely=-15 nem=-39 nem$=-12 nema=-18 nemb=-1 neme=11
nemi=1 nemm=-6 nemo=-4 nemp=-3 nemu=-7 nen=49 nen$=112 nena=1 nenb=-8 nenc=-16 nend=5 nene=-5 nenh=3 neni=-14
nenk=-4 nenn=1 nens=-1 nent=-17 neo=-26 neo$=-5 neoc=-2 neoi=-1 neom=7 neon=-6 neop=-4 neos=-3 neot=-4 neou=-2
nep=-3 nep$=5 nepa=-4 nepe=-6 neph=-20 nepi=-2 nepo=-1 nept=16 neq=-2 nequ=-2 ner=-7 ner$=40 nera=-4 nerc=-1
nerd=-8 nere=-15 nerg=-13 neri=-7 nerk=12 nerl=-2 nerm=10 nern=-4 nero=1 nerr=-1 ners=-10 nert=2 nerv=-2
nery=5 nerz=-3 nes=-10 nes$=30 nesa=7 nesb=-9 nese=1 nesh=2 nesi=5 nesk=-1 nesm=8 neso=-3 nesq=-3 ness=-59
nest=-1 nesu=-2 net=-19 net$=-23 neta=16 netb=-1 nete=8 neth=19 neti=-23 netm=4 neto=-8 nets=-20 nett=23
netu=-1 netw=-1 neu=-13 neub=1 neud=-1 neue=-8 neuf=-3 neuh=7 neuk=-5 neul=1 neum=13 neun=-6 neup=-3 neur=-12
neus=-13 neut=-3 neuv=5 nev=6 nev$=-10 neva=-1 neve=-5 nevi=17 nevo=-12 nevs=9 new=-19 new$=3 newa=-2 newb=-4
newc=-1 newe=14 newi=-6 newo=-2 news=-11 newt=-2 nex=-6 nex$=8 nexa=-8 nexi=-1 nexp=-1 next=-2 ney=1 ney$=39
neya=-12 neyb=-5 neye=-8 neyi=2 neyl=-2 neym=-7 neyp=-1 neys=-4 nez=23 nez$=14 neza=1 neze=7 nezi=4 nf=-38
nf$=-14 nfa=5 nfab=-1 nfai=-3 nfal=-3 nfam=-2 nfan=2 nfar=5 nfat=-5 nfe=-3 nfea=12 nfel=-15 nfer=-6 nfes=10
nfet=-3 nfi=-10 nfid=-3 nfie=4 nfig=-8 nfil=3 nfin=5 nfir=-5 nfis=-2 nfit=-1 nfl=-8 nfla=-1 nfli=-1 nflo=-2
nflu=-3 nfly=-1 nfo=-12 nfo$=-15 nfoi=-4 nfol=-6 nfor=17 nfou=-1 nfr=15 nfra=-3 nfre=1 nfri=22 nfro=-5 nft=-1
nfte=-1 nfu=-22 nfuc=-2 nful=-7 nfun=-2 nfur=-4 nfus=-2 nfut=-1 ng=-6 ng$=-13 ng'=15 ng'a=5 ng-=33 ng-c=6
ng-h=8 ng-l=-3 ng-m=9 ng-t=8 nga=9 nga$=-2 nga-=2 ngab=-8 ngad=-2 ngag=-2 ngah=-7 ngai=11 ngak=-1 ngal=4
ngam=2 ngan=-23 ngao=-2 ngap=-7 ngar=6 ngas=15 ngat=14 ngau=4 ngay=-7 ngaz=10 ngb=-12 ngba=7 ngbe=4 ngbi=-2
ngbo=-10 ngbu=-5 ngc=3 ngca=6 ngch=-9 ngco=6 ngd=-12 ngda=2 ngde=-4 ngdi=2 ngdo=-9 nge=7 nge$=-7 nge-=-1
ngea=-2 ngeb=15 ngec=7 nged=3 ngee=-5 ngef=-2 ngeg=6 ngei=5 ngel=33 ngem=3 ngen=-55 ngeo=-7 nger=3 nget=18
ngey=-3 ngf=-12 ngfi=-2 ngfo=-3 ngfu=-6 ngg=15 ngga=-2 ngge=4 nggi=-9 nggo=1 nggr=6 nggu=4 ngh=-12 ngh$=11
ngha=-20 nghe=5 nghi=-6 ngho=-1 ngi=12 ngi$=1 ngia=-21 ngib=7 ngic=6 ngid=-3 ngie=-1 ngif=2 ngii=-3 ngil=21
ngim=12 ngin=-18 ngip=-8 ngir=7 ngis=-4 ngit=-8 ngiu=-3 ngiv=-1 ngiz=16 ngj=-13 ngji=-6 ngk=-8 ngka=-1 ngki=1
ngko=-1 ngl=-28 ngl$=21 ngla=-10 ngli=-18 nglo=2 nglu=2 ngly=-24 ngm=2 ngma=1 ngme=-3 ngn=-7 ngna=-7 ngny=1
ngo=13 ngo$=-17 ngoa=-3 ngob=2 ngoc=5 ngod=8 ngoe=-6 ngoi=-5 ngom=14 ngon=-3 ngop=-1 ngor=5 ngos=22 ngot=-2
ngou=-8 ngov=1 ngp=7 ngpa=12 ngpi=-2 ngq=-1 ngr=-10 ngre=-8 ngri=10 ngro=-7 ngru=3 ngry=-5 ngs=-17 ngs$=-6
ngsa=8 ngse=5 ngsh=-10 ngsi=-1 ngsp=-1 ngsr=10 ngst=-13 ngt=-20 ngt$=2 ngta=-2 ngte=-1 ngth=-14 ngti=-3 ngto=6
ngu=7 ngu$=25 ngua=-3 nguc=10 ngue=-6 ngui=-21 ngul=5 ngum=-1 ngun=-5 nguo=-5 ngur=20 ngus=-17 nguy=1 ngv=22
ngva=8 ngvi=8 ngw=13 ngwa=9 ngwe=2 ngwi=-4 ngwo=6 ngx=-2 ngxi=-2 ngy=-17 ngy$=-11 ngya=-4 ngyi=-3 ngyu=-2
ngz=-11 ngzh=-5 nh=-49 nh$=-2 nha=-24 nha$=-3 nhab=-1 nhag=11 nhai=-3 nhal=-7 nham=-9 nhar=10 nhat=-5 nhau=-12
nhe=-22 nhea=-3 nhee=5 nhei=-13 nhel=-2 nher=-5 nhi=-6 nhib=-1 nhie=1 nhil=4 nhin=-1 nhl=26 nhla=14 nhle=12
nho=9 nho$=1 nhoe=-10 nhof=-11 nhol=12 nhom=-5 nhoo=-3 nhop=-1 nhor=1 nhou=14 nhov=7 nhu=-27 nhum=-8 nhun=-3
nhur=-3 nhus=-3 nhv=-2 nhve=-5 nhy=-2 nhyd=-2 ni=-19 ni$=70 nia=-1 nia$=-22 niaa=-6 niab=-1 niac=-5 niae=-3
niak=24 nial=1 niam=15 nian=-39 niar=-3 nias=19 niat=4 nib=-8 niba=-4 nibb=-1 nibe=6 nibl=-1 nic=16 nic$=-63
nice=40 nich=-4 nici=-10 nick=15 nico=38 nics=-8 nict=-2 nicu=5 nicz=2 nid=-35 nid$=-17 nida=-2 nide=-15
nido=-2 nidu=-2 nie=18 nie$=17 nieb=1 niec=17 nied=-15 nieh=2 niej=-11 niek=-18 niel=-9 niem=4 nier=9 nies=4
niet=-2 nieu=4 niev=14 niew=10 nif=2 nifa=5 nife=2 niff=-2 nifi=-10 nifo=-4 nift=-3 nify=-6 nig=1 nig$=17
niga=11 nige=-21 nigg=1 nigh=-9 nigm=5 nign=-1 nigo=16 nigr=-6 nigs=-11 nigu=2 nih=-2 niha=14 nihi=-12 niho=-1
nii=-16 nii$=-6 niid=-3 niil=-3 niit=2 nij=-4 nija=-4 nije=2 niji=-3 nik=34 nik$=27 nika=15 nike=4 nikh=-2
niki=1 nikk=5 nikl=4 niko=-5 niku=-2 nil=-3 nil$=3 nila=-13 nild=2 nile=-13 nili=-1 nill=13 nilo=-2 nils=11
nilu=2 nily=-4 nim=-38 nim$=-2 nima=-6 nimb=-11 nime=-1 nimi=-17 nimm=-4 nimp=-1 nimu=4 nin=-6 nin$=-1 nina=27
ninc=16 nind=1 nine=-24 ninf=2 ning=-8 ninh=-1 nini=-14 ninj=-8 nink=6 nino=1 nins=5 nint=-2 ninu=-5 nio=-8
nio$=16 niob=-5 nioc=-3 nioi=-1 niol=5 niom=-1 nion=-22 nior=-13 nios=3 niot=-2 niou=9 nip=-22 nip$=-7 nipa=-9
nipe=-6 niph=7 nipo=-1 nipp=1 nipr=-3 nips=-1 nipu=-2 niq=7 niqu=21 nir=28 nir$=25 nira=5 nis=-1 nis$=61
nisa=11 nisc=-2 nise=-45 nish=7 nisi=4 nisk=-19 nisl=21 nism=-23 niso=-8 nisp=-2 niss=18 nist=-22 nisu=-6
nisz=1 nit=-34 nit$=-5 nita=32 nitc=11 nite=-22 nith=10 niti=-4 nito=-14 nitp=-1 nitr=-4 nits=-15 nitt=-6
nitu=-6 nitw=-3 nity=10 nitz=-17 niu=-3 niu$=3 niuk=16 nium=-13 nius=-1 niv=-18 niv$=-4 niva=5 nive=-2 nivk=-8
nivo=-7 niw=-3 nix=-2 nix$=5 niy=4 niya=3 niye=-3 niyi=3 niz=-12 niz$=5 niza=6 nize=-24 nizh=-3 nizi=-3 nj=-24
nj$=-38 nja=27 nja$=18 njab=-5 njak=5 njam=8 njan=-6 nje=-24 nje$=-1 njec=-1 njee=3 njeg=-11 njen=-1 njer=1
njez=-7 nji=20 nji$=28 njia=-5 njic=10 njih=-8 njim=-5 njin=-1 njir=8 njo=9 njo$=-5 njoi=-3 njok=14 njol=4
njon=3 njor=-2 njoy=-5 njs=-3 nju=-19 njua=8 njug=5 njuk=-13 njun=-12 njur=-12 njus=-1 njut=-2 njw=7 njwa=9
nk=-53 nk$=-55 nka=19 nka$=11 nkaa=-6 nkab=1 nkag=-3 nkah=-7 nkai=-3 nkal=11 nkan=-12 nkar=2 nkat=15 nkb=-4
nke=11 nke$=49 nked=-4 nkee=-8 nkel=5 nken=17 nker=-32 nket=-6 nkey=-18 nkf=-11 nkfu=-6 nkg=-4 nkgo=-4 nkh=2
nkha=6 nkhe=-4 nkho=-3 nkhu=3 nki=-15 nki$=-25 nkia=-2 nkie=-9 nkin=-14 nkir=4 nkis=13 nkit=19 nkiv=-5 nkl=-13
nkla=-6 nkle=-11 nkli=-1 nkly=-3 nkm=-3 nkma=-2 nkn=8 nkne=11 nkni=-2 nkno=-1 nko=29 nko$=10 nkom=17 nkop=-3
nkor=3 nkos=7 nkp=-2 nkr=4 nkra=10 nkru=1 nks=-19 nks$=-13 nkst=-3 nkt=-3 nkto=-2 nku=9 nku$=-7 nkul=4 nkum=1
nkun=18 nkw=3 nkwa=4 nkwe=-3 nky=-16 nky$=-18 nkyl=-3 nl=-29 nla$=-9 nlac=-1 nlag=-2 nlah=-8 nlai=5 nlam=-1
nlan=12 nlar=-10 nlau=10 nle=22 nle$=7 nlea=2 nlei=-2 nlen=9 nler=2 nles=-4 nlet=1 nley=4 nli=-32 nli$=-6
nlib=-1 nlie=-2 nlig=-1 nlik=-8 nlin=-10 nlis=-2 nlit=-3 nliv=6 nlj=1 nlo=14 nloa=-1 nloc=-2 nlon=21 nloo=-2
nlp=-10 nlp$=-6 nlu=11 nluc=1 nlun=4 nly=-19 nly$=-19 nm=-21 nma=-31 nma$=-3 nmac=9 nmak=4 nmal=-6 nman=-17
nmar=-5 nmas=-8 nmat=-1 nme=-10 nmea=-2 nmec=-1 nmel=-2 nmem=-1 nmen=-5 nmer=-4 nmet=-6 nmi=6 nmi$=10 nmig=-2
nmil=2 nmin=-2 nml=-3 nml$=-3 nmo=4 nmod=-1 nmol=8 nmon=-4 nmos=-1 nmot=-1 nmou=5 nmp=-1 nms=-2 nmu=6 nn=12
nn$=47 nn-=3 nn-c=1 nn-m=-2 nn-s=1 nna=-23 nna$=3 nna-=4 nnab=-14 nnac=3 nnad=-9 nnae=-9 nnag=9 nnah=-2
nnai=-2 nnak=-11 nnal=9 nnam=9 nnap=2 nnar=15 nnas=-2 nnat=-25 nnau=1 nnb=11 nnbe=4 nnbj=5 nnbo=4 nnc=8 nnd=14
nndi=7 nndo=8 nne=-6 nne$=17 nne-=14 nnea=11 nneb=-3 nned=-13 nnee=13 nnef=4 nneg=7 nnei=1 nnek=2 nnel=-6
nnem=-2 nnen=-28 nnep=-2 nner=-23 nnes=6 nnet=-15 nneu=-3 nnex=5 nney=9 nng=-6 nnh=-2 nni=17 nni$=-13 nnia=-39
nnib=-6 nnic=-5 nnid=-2 nnie=13 nnif=19 nnig=-4 nnih=-3 nnik=-6 nnil=5 nnin=7 nnio=10 nnip=-2 nnis=7 nnit=27
nniu=-3 nnk=-6 nnl=13 nnla=12 nnle=3 nno=2 nno$=-18 nnoc=2 nnoi=7 nnol=7 nnon=6 nnor=9 nnos=-1 nnot=11 nnou=-2
nnov=-2 nnow=-4 nnoy=-7 nnr=1 nns=-10 nns$=-20 nnsb=2 nnsd=-2 nnst=6 nnt=-14 nnt$=-9 nnta=-3 nnte=-9 nnu=4
nnua=-4 nnui=-3 nnuk=-3 nnul=-14 nnum=-3 nnun=7 nnur=23 nnus=2 nnv=13 nnve=8 nnw=-12 nnwe=-3 nnx=-7 nnxs=-3
nny=-37 nny$=24 nnya=-20 nnyc=-3 nnyi=-16 nnyw=-1 no=-50 no$=19 no-=-3 noa=-5 noa$=-5 noac=9 noan=-5 noas=-4
noat=-1 nob=-14 nob$=-6 noba=4 nobb=-3 nobe=-8 nobi=18 nobl=-6 nobo=-6 nobr=-4 nobs=-1 nobu=5 noc=-8 noca=-5
nocc=-4 noce=17 noch=-4 noci=-3 nock=4 nocl=-3 noco=-7 nocr=-1 noct=-3 nocu=4 nocy=-1 nod=-14 nod$=2 noda=6
nodd=8 node=-13 nodi=-3 nodo=-6 nodr=-3 nodu=1 nodv=-7 nody=-4 noe=-9 noe$=-5 noea=-3 noec=-3 noei=-3 noel=16
noes=-5 noet=-4 noeu=-4 nof=-4 noff=1 nofl=-1 nog=-1 nog$=1 noga=-1 noge=-15 nogg=-2 nogi=2 nogl=-1 nogo=-7
nogr=-4 nogu=21 nogy=-1 noh=16 noha=-7 nohe=3 noho=13 nohy=-3 noi=-27 noi$=-8 noia=6 noid=-12 noil=2 noin=-6
noir=4 nois=-11 noit=2 noj=1 noj$=1 noje=-1 nojo=-5 nok=13 nok$=21 noki=-11 noks=-3 noku=5 nol=19 nol$=-7
nola=-2 nold=-1 nole=24 nolf=14 noli=-5 nolo=-3 nom=-21 nom$=-3 noma=5 nomb=4 nome=-25 nomi=-33 nomm=15 nomo=1
noms=-3 nomu=3 nomy=-7 non=6 non$=34 nonb=-2 nonc=-14 nond=8 none=4 nonf=-3 nong=-9 nonh=-1 noni=-1 nonk=4
nonl=-4 nonm=-5 nonn=-1 nono=-4 nonp=-9 nonr=-9 nons=-6 nont=17 nonu=5 nonv=-3 nonw=-2 nony=5 noo=-8 nood=-2
nook=-7 noon=-3 noop=-1 noor=15 noot=-4 nop=-25 nopa=-5 nope=1 noph=-10 nopi=-5 nopl=-3 nopo=-6 nopp=6 nops=-2
nopt=-2 nopu=-1 nopy=-1 nor=8 nor$=40 nora=-2 norb=10 norc=-3 nord=20 nore=21 norf=-5 norg=-4 norh=-3 nori=-3
nork=-4 norl=5 norm=-21 norn=-11 noro=-4 norr=8 nors=-14 nort=-22 norv=-6 norw=4 nos=-37 nos$=22 nosa=-4
nosc=-1 nose=-21 nosh=-7 nosi=-10 nosk=4 nosm=-1 noso=1 nosp=-4 noss=-12 nost=-5 nosu=-2 nosy=-2 not=-11
not$=10 nota=-4 notc=-1 note=-10 noth=1 noti=-11 noto=-7 notr=-5 nott=18 notu=-5 noty=-2 nou=3 nou$=-1 noua=-2
noug=2 noui=-1 noun=-8 nour=3 nous=-17 nout=6 nov=8 nov$=29 nova=-8 nove=-7 novg=-4 novi=3 novk=-5 novo=1
novs=8 novt=-3 novu=-4 now=23 now$=7 nowa=4 nowb=-2 nowf=-2 nowi=3 nowl=9 nown=-4 nowo=6 nowr=3 nows=2 nox=2
nox$=-2 noxi=-2 noy=-17 noy$=1 noya=-4 noye=-10 noz=12 noz$=6 noza=1 nozi=7 nozo=-1 np=-6 np$=-4 npa=-13
npal=-2 npar=-7 npas=-2 npat=-1 npe=3 nper=4 nph=11 npho=-3 nphy=7 npi=9 npic=-1 npin=-3 npip=5 npl=-6 npla=-4
nplu=-2 npm=-7 npm$=-3 npo=-5 npoi=-1 npol=-1 npor=4 npos=-1 npou=-1 npow=-2 npr=8 npre=13 npri=-2 npro=-2
npt=-1 npu=3 npun=9 npur=-15 nput=-2 npy=-3 npy$=-2 nq=-3 nq$=-6 nqa=7 nqu=-32 nqua=-6 nque=-9 nqui=-23 nr=-17
nr$=-14 nra=5 nrac=5 nrad=12 nrag=-1 nrar=-1 nrav=-1 nray=-1 nre=-11 nrea=3 nrec=-2 nree=5 nref=-1 nreg=-3
nrei=3 nrem=-4 nren=-3 nres=-3 nret=1 nreu=-4 nrew=2 nrh=-3 nrhy=-2 nri=35 nric=11 nrig=8 nrik=3 nrip=-1
nriq=14 nriv=-1 nro=-12 nrod=-4 nrol=-6 nros=3 nrot=2 nrp=-1 nrpc=-1 nru=10 nrul=-1 nrun=-3 nrus=7 nry=-4
nry$=-4 ns=-34 ns$=36 ns-=26 ns-d=3 ns-g=3 ns-h=5 ns-j=2 ns-u=1 ns-w=4 nsa=-8 nsa$=-17 nsab=-1 nsac=-5 nsad=-2
nsah=12 nsai=-1 nsal=36 nsan=-16 nsar=-2 nsat=-3 nsaw=-3 nsay=-4 nsb=-8 nsba=-7 nsbe=-16 nsbo=12 nsbr=7
nsbu=-5 nsc=-7 nsca=-1 nsch=1 nsci=2 nsco=-1 nscr=-3 nsd=-4 nsde=-2 nsdk=-2 nsdo=-4 nsdu=-1 nse=11 nse$=5
nsea=1 nsec=5 nsed=-1 nsee=-14 nseg=-8 nseh=-4 nsel=3 nsem=7 nsen=19 nsep=-1 nseq=-1 nser=-7 nses=3 nset=-9
nseu=-6 nsev=16 nsex=-1 nsey=-3 nsf=-16 nsfe=-10 nsfi=-3 nsfo=1 nsg=1 nsge=-1 nsgr=-1 nsh=-14 nsh$=23 nsha=-16
nshe=-9 nshi=-6 nshr=-2 nshu=-4 nsi=-16 nsi$=-9 nsia=5 nsib=3 nsic=-10 nsid=4 nsie=-15 nsig=-18 nsik=2 nsil=-8
nsim=-11 nsin=22 nsio=9 nsis=16 nsit=-2 nsiv=-2 nsj=4 nsk=-11 nsk$=-23 nska=3 nske=9 nski=10 nsko=-7 nsky=1
nsl=-12 nsla=-9 nsle=6 nsli=-4 nslo=-2 nslu=-3 nsm=-13 nsma=-11 nsmi=-5 nsmo=-2 nsmu=-3 nsn=-4 nsna=-4 nso=8
nso$=15 nsoc=-1 nsol=-3 nsom=-3 nsop=-1 nsor=-12 nsou=7 nsoy=12 nsp=-8 nspa=-1 nspe=2 nspi=-5 nspo=-3 nsr=6
nss=14 nssa=-17 nsse=9 nsso=14 nst=9 nst$=-6 nst-=6 nsta=31 nste=-18 nsti=-4 nsto=1 nstr=4 nstu=-1 nsu=-9
nsu$=4 nsua=-3 nsuc=-2 nsud=-2 nsue=7 nsui=-1 nsuk=7 nsul=-9 nsum=-3 nsur=-4 nsus=5 nsv=-2 nsve=7 nsvi=-7
nsw=-13 nswa=-1 nswe=-4 nswo=-2 nsy=6 nsy$=10 nsya=6 nsyl=-5 nsyn=-3 nsys=-2 nt=-37 nt$=-68 nta=-6 nta$=5
ntaa=-8 ntab=-6 ntac=-2 ntad=-9 ntae=22 ntag=-4 ntah=-4 ntai=-10 ntaj=-8 ntak=2 ntal=3 ntam=3 ntan=13 ntar=24
ntas=-20 ntat=-6 ntau=2 ntb=-4 ntbi=-1 ntc=-6 ntd=-3 nte=15 nte$=78 ntea=-1 nteb=-2 ntec=13 nted=-9 ntee=-12
ntef=-2 nteg=-1 ntek=4 ntel=-3 ntem=-4 nten=2 nteo=-2 ntep=-2 nter=-22 ntes=1 ntet=-8 ntev=-8 ntex=-2 ntey=-6
ntez=-1 ntf=-6 ntf$=-1 ntfu=-1 ntg=-5 ntge=-1 nth=-9 nth$=-12 ntha=-8 nthe=16 nthi=5 nthl=-3 ntho=-2 nthr=7
nthu=-16 nti=11 nti$=28 ntia=-26 ntib=-7 ntic=-14 ntid=-12 ntie=2 ntif=-10 ntig=-2 ntih=7 ntij=2 ntik=3
ntil=-2 ntim=-9 ntin=16 ntio=24 ntip=-8 ntiq=6 ntir=1 ntis=-4 ntit=-8 ntiu=18 ntiz=7 ntj=10 ntje=16 ntjs=-1
ntk=-5 ntki=-3 ntl=-16 ntl$=7 ntle=-4 ntli=-4 ntlo=-1 ntly=-12 ntm=-10 ntma=-7 ntme=-3 ntmi=-1 ntn=2 ntne=2
nto=20 ntoc=-3 ntod=-6 ntog=-4 ntoi=1 ntok=-2 ntol=-9 ntom=-5 nton=45 ntop=-3 ntor=12 ntos=-7 ntot=-3 ntou=-5
ntow=9 ntoz=-1 ntp=-5 ntpa=-3 ntr=-38 ntra=-12 ntre=5 ntri=4 ntro=-11 ntru=-9 ntry=-13 nts=2 nts$=-1 ntsa=3
ntsc=11 ntse=1 ntsh=23 ntsi=-23 ntsm=-2 ntso=-3 ntst=-2 ntsy=-4 ntt=12 ntti=14 ntu=15 ntu$=7 ntua=-10 ntuc=-2
ntui=-1 ntul=9 ntum=-8 ntun=2 ntuo=8 ntup=-1 ntur=1 ntus=22 ntw=18 ntwa=7 ntwe=4 ntwi=4 ntwo=3 nty=9 nty$=1
ntyp=-1 ntyr=7 ntz=20 ntz$=12 ntze=9 nu=-42 nu$=8 nua=-17 nua$=-8 nual=-2 nuan=-1 nuat=-2 nub=-2 nub$=-3
nubb=-3 nube=-6 nubi=-5 nuc=-14 nucc=5 nuch=-4 nuck=-8 nucl=-10 nud=-8 nuda=-4 nude=-5 nudi=-3 nue$=-5 nuel=27
nuen=-8 nues=-6 nuev=-7 nuf=-6 nufa=-2 nuff=-5 nug=10 nugg=-4 nugr=5 nuh=5 nui=-10 nui$=2 nuin=-2 nuis=-2
nuit=-9 nuj=6 nuju=3 nuk=-15 nuka=-11 nuke=11 nukk=-3 nuku=-4 nul=-20 nul$=5 nula=-24 nule=-8 nulf=15 nuli=-8
null=-5 nulo=-4 nult=11 num=-48 num$=-5 numa=-8 numb=-9 nume=-17 numi=-4 numm=-1 nun=2 nun$=4 nuna=-7 nunc=-5
nund=-2 nuni=-1 nunj=-4 nunn=5 nunt=4 nuo=-16 nuo$=-7 nuos=-5 nuou=-1 nup=4 nup$=-6 nupg=-2 nupt=-2 nur=56
nur$=52 nura=-4 nurd=4 nure=-6 nuri=1 nurk=4 nurl=-4 nurm=8 nuro=-4 nurs=-2 nurt=-7 nuru=4 nus=16 nus$=-11
nusa=3 nusc=-1 nuse=8 nush=6 nusi=1 nusk=-1 nuso=1 nuss=14 nusu=-1 nut=6 nut$=-9 nuta=6 nutc=5 nute=4 nuth=5
nuti=-4 nutr=-4 nuts=-1 nutt=-5 nuu=2 nuut=10 nux=-8 nux$=-4 nuy=6 nuz=1 nuzz=1 nv=-20 nv$=-16 nva=-9 nva$=-1
nvad=-3 nval=-1 nvar=5 nvas=-9 nve=13 nvec=1 nvee=16 nvei=-2 nvel=6 nven=3 nver=-4 nves=-1 nvey=-6 nvi=-1
nvi$=8 nvic=-1 nvid=-1 nvig=-2 nvil=-2 nvin=2 nvio=-1 nvir=5 nvis=-2 nvit=-3 nviv=-1 nvo=4 nvoi=-2 nvok=-2
nvol=-12 nvoo=14 nvor=9 nvs=-2 nvu=-1 nvul=-1 nw=-6 nwa=-4 nwa$=10 nwal=-11 nwan=-1 nwar=-5 nwas=-1 nwat=-2
nwav=-1 nway=2 nwb=-3 nwe=3 nwea=-1 nweb=-1 nwee=-3 nweg=-5 nwei=-7 nwel=2 nwen=6 nwer=7 nwh=-2 nwi=-12
nwic=-6 nwie=-5 nwil=6 nwin=-2 nwis=-1 nwo=20 nwoo=25 nwor=-1 nwou=-2 nwov=-3 nwr=-3 nwra=-1 nwri=-1 nwu=3
nx=-21 nx$=-22 nxe=6 nxi=-11 nxi$=-5 nxia=-2 nxie=-4 nxs=-3 ny=-1 ny$=51 nya=-10 nya$=-71 nyaa=3 nyab=9 nyag=6
nyai=-3 nyak=-10 nyal=-2 nyam=30 nyan=23 nyar=-6 nyas=-7 nyat=-5 nyav=-2 nyaw=8 nyb=-2 nyc=-17 nych=-13
nyco=-1 nyct=-5 nyd=8 nyde=9 nye=16 nyel=7 nyen=4 nyg=4 nyh=1 nyi=8 nyi$=24 nyie=3 nyin=-15 nyis=3 nyj=-4
nyk=-4 nyk$=-5 nyka=4 nyl=-28 nyl$=-10 nyla=1 nylo=-7 nylu=-1 nym=-25 nym$=-8 nyma=4 nymi=-3 nymo=-2 nymp=-8
nymy=-5 nyn=-2 nyo=35 nyo$=-4 nyok=5 nyon=15 nyp=5 nyr=6 nys=-11 nys$=7 nysi=-4 nyss=-2 nyst=-5 nyt=-13
nyt$=-6 nyts=-3 nyu=4 nyu$=4 nyw=-1 nywo=4 nyx=-7 nyx$=-6 nz=-7 nz$=-9 nz-=13 nz-g=4 nz-j=2 nz-p=2 nz-w=3
nza=-7 nza$=-19 nzac=-8 nzal=13 nzan=-1 nzb=-1 nzbu=1 nze=7 nze$=15 nzel=-4 nzen=-15 nzer=4 nzh=-9 nzho=-5
nzi=17 nzi$=12 nzia=11 nzie=-8 nzil=6 nzin=8 nzio=1 nzip=-2 nzk=-3 nzl=3 nzl$=6 nzli=-2 nzo=-1 nzo$=17 nzol=-8
nzon=2 nzu=1 nzy=-11 nzyl=-7 nzym=-4 o=-4 o$=72 o'=69 o'b=8 o'br=6 o'c=13 o'ca=4 o'co=1 o'd=10 o'de=2 o'do=4
o'f=2 o'g=4 o'go=2 o'h=7 o'ha=3 o'he=1 o'k=5 o'ke=3 o'l=4 o'lo=1 o'm=4 o'ma=1 o'r=4 o're=1 o's=5 o'sh=4 o't=3
o-=1 o-h=3 o-j=5 o-k=-3 oa=-69 oa$=2 oaa=3 oaa$=3 oac=7 oaca=-4 oace=-1 oaci=2 oact=-1 oad=-13 oad$=-10 oada=8
oadb=-2 oade=1 oadj=-1 oadl=-2 oadr=-1 oads=-7 oadw=-3 oady=9 oae=-2 oaf=-8 oaf$=-5 oag=-4 oagu=-3 oah=21
oah$=23 oai=7 oai$=-7 oak=-9 oak$=-17 oake=-3 oaki=3 oakl=1 oaky=5 oal=-19 oal$=12 oala=-11 oale=-1 oalf=-1
oalk=-3 oalm=-4 oalp=-1 oam=-9 oam$=1 oame=-3 oami=-2 oan$=-21 oana=7 oane=2 oang=6 oani=8 oann=5 oant=-2
oap=-3 oapi=-1 oaq=7 oaqu=7 oar=-1 oar$=-17 oara=30 oarc=-1 oard=-37 oare=28 oarf=-1 oari=-3 oarm=-3 oars=-7
oart=5 oas=-8 oas$=-1 oasa=-6 oasi=3 oass=-2 oast=-15 oat=-32 oat$=-30 oata=-2 oatb=-2 oate=24 oath=-6 oati=-4
oatm=-3 oats=-2 oaty=-2 oau=-4 oaut=-4 oav=-2 oax=-5 oax$=-1 oaz=2 ob=-1 ob$=-8 oba=24 oba$=9 obab=-5 obac=-9
obag=-3 obal=-1 obam=3 oban=18 obar=-2 obas=2 obat=-5 obb=4 obb$=11 obbe=-1 obbi=4 obbl=-7 obby=2 obc=-2
obd=-3 obdu=1 obe=-3 obe$=-20 obec=-4 obed=6 obef=-2 obek=5 obel=11 oben=-4 ober=10 obes=3 obet=5 obey=-9
obf=-2 obh=7 obho=2 obi=-23 obi$=-1 obia=10 obic=-10 obid=-3 obig=-2 obii=-1 obik=4 obil=-15 obin=-10 obio=-7
obis=15 obit=1 obiu=-4 obj=-5 obje=-3 objo=3 obk=3 obl=14 obl$=5 obla=-5 oble=27 obli=-12 obly=-1 obm=-1
obn=-1 obna=2 obni=2 obno=-3 obo=-10 obo$=-5 oboc=-3 obod=10 oboe=-4 obog=-3 obol=2 obon=-1 obor=1 obos=7
obot=-3 obr=-8 obra=-6 obre=1 obri=-2 obro=5 obru=-2 obry=-5 obs=26 obs$=-7 obsc=-3 obse=-1 obsi=8 obsl=-4
obso=-1 obst=26 obt=-2 obta=-3 obtr=-2 obtu=-3 obu=-7 obuf=-5 obul=-7 obur=-5 obus=1 obv=-1 obvi=-1 obw=-2
oby=1 oby$=4 oc=-61 oc$=-28 oca=-11 oca$=-10 ocab=2 ocac=5 ocad=5 ocai=-12 ocal=1 ocam=6 ocan=16 ocap=-1
ocar=-14 ocas=-5 ocat=-4 ocau=-3 occ=-14 occa=4 occe=-4 occh=11 occi=-11 occl=-1 occo=-2 occu=-8 occy=-1
ocd=-2 oce=-11 oce$=2 ocea=-5 oceb=-1 oced=-2 ocee=-1 ocel=-8 ocen=20 ocep=-6 ocer=-11 oces=-4 ocet=-5 ocf=-2
och=46 och$=55 ocha=-19 ochb=-3 ochd=1 oche=-12 ochi=4 ochl=1 ochm=11 ochn=9 ocho=-4 ochr=-3 ochs=-5 ocht=-10
ochu=14 oci=9 oci$=-9 ocia=21 ocid=-4 ocie=3 ocif=-4 ocil=-3 ocin=-7 ocio=-4 ocis=2 ocit=-1 ock=-37 ock$=-10
ocka=-3 ockb=-2 ockc=-3 ocke=-18 ockf=-3 ocki=8 ockj=-2 ockl=13 ockm=-7 ockn=-2 ocko=4 ockp=-1 ockr=-2 ocks=-2
ockt=-2 ockw=-5 ocky=-7 ocl=-4 ocla=-6 ocle=7 ocli=-4 oclo=-1 ocm=-4 ocn=1 ocne=-2 ocni=3 oco=-26 oco$=-7
ocoa=-2 ococ=-7 ocod=-4 ocoe=-5 ocol=6 ocom=-2 ocon=12 ocoo=-2 ocop=-2 ocos=-6 ocot=-6 ocp=-2 ocq=18 ocqu=12
ocr=-13 ocr$=-3 ocra=-6 ocre=7 ocri=-3 ocro=-2 ocry=-3 ocs=1 ocs$=-4 ocsi=6 ocsp=-1 oct=19 oct$=-2 octa=23
octe=11 octi=-2 octo=-6 octr=-2 octu=-2 ocu=-8 ocul=6 ocum=-3 ocur=4 ocus=-5 ocut=-4 ocx=-1 ocy=-16 ocya=-1
ocyb=-1 ocyc=-1 ocyo=-1 ocys=-1 ocyt=-9 ocz=15 oczk=2 od=-13 oda=-16 oda$=-13 odac=4 odae=-1 odai=6 odal=-5
odan=7 odar=3 odas=-8 odat=-6 odau=-4 odb=-8 odb$=-2 odbc=-2 odbu=-2 odc=-7 odca=-1 odch=-1 odd=17 odd$=4
odda=3 oddb=1 odde=-3 oddi=-2 oddu=3 oddv=8 oddy=-4 ode=-20 ode$=-18 ode-=-2 odea=8 odec=-10 oded=-1 odef=9
odeg=-5 odei=-9 odek=4 odel=-17 odem=13 oden=-16 odeo=-7 oder=21 odes=-5 odet=7 odeu=-3 odew=1 odex=-1 odf=4
odg=13 odge=7 odgi=-3 odgo=12 odgy=-2 odh=1 odha=-2 odhe=-3 odhi=5 odho=-4 odhp=-3 odhr=5 odi=-9 odi$=13
odia=-12 odic=-15 odid=2 odie=7 odif=-2 odig=3 odil=2 odin=-5 odio=-1 odis=3 odit=-4 odiu=-4 odiv=-5 odiz=-1
odk=9 odka=-2 odko=13 odl=-9 odla=-11 odle=-1 odli=-6 odlo=7 odly=-1 odm=-16 odma=-13 odmo=-2 odn=22 odne=3
odni=20 odo=-20 odo$=-5 odob=2 odoc=2 odol=2 odon=-49 odoo=-1 odop=5 odor=25 odos=4 odot=-1 odou=-8 odov=3
odox=-1 odp=-6 odpr=-5 odr=20 odra=-3 odri=13 odro=13 odru=9 ods=9 ods$=-9 odsi=4 odsk=-1 odso=10 odst=-1
odt=20 odt$=17 odth=-1 odu=-3 odu$=-12 oduc=2 odul=-11 odun=4 oduo=6 odus=5 odv=-10 odva=-7 odvi=-3 odw=4
odwa=-1 odwi=4 odwo=-1 ody=-12 ody$=16 odyl=-3 odym=-2 odyn=-9 odys=-6 odyt=-3 odz=5 odzi=6 oe=-17 oe$=7
oea=-17 oea$=-12 oeal=-1 oeb=-22 oeba=-6 oebe=-2 oebi=-8 oebo=-1 oebu=-1 oec=11 oeca=-2 oece=-1 oech=19
oeci=-13 oeco=-1 oecu=-1 oed=16 oed$=-3 oede=18 oedi=-1 oef=1 oeff=2 oefu=-1 oeh=-13 oehm=-6 oeho=-3 oei=-5
oeia=-1 oeic=-5 oek=-5 oek$=-18 oel=27 oel$=8 oela=2 oele=-1 oeli=1 oell=6 oelo=-4 oem=11 oem$=-3 oema=-1
oeme=15 oemi=2 oen=10 oen$=8 oena=-4 oenc=-3 oene=20 oeng=-6 oeni=-3 oeno=-4 oens=15 oent=-4 oenz=-2 oeo=-4
oep=10 oep$=12 oer=4 oer$=-13 oera=1 oerc=-4 oere=-1 oerg=4 oeri=6 oero=-1 oers=5 oes=-22 oes$=-49 oese=5
oesh=6 oeso=-1 oest=-6 oet=-16 oet$=3 oeta=-1 oete=1 oeth=-16 oeti=-7 oeto=-2 oett=2 oetz=1 oeu=-10 oeuv=-7
oev=-2 oev$=4 oeva=-2 oeve=2 oevo=-2 oevs=-4 oew=-12 oewe=-7 oey=13 oey$=8 of=30 of$=21 of-=-4 ofa=-28 ofa$=-5
ofac=-1 ofan=-12 ofar=-2 ofb=-2 ofe=-4 ofed=-1 ofen=-28 ofer=16 ofes=-1 off=-5 off$=-6 offa=4 offe=-12 offh=-1
offi=15 offl=8 offm=-4 offr=1 offs=-4 ofi=19 ofia=5 ofib=-5 ofic=-1 ofie=2 ofil=1 ofin=2 ofis=-1 ofit=-4
ofl=-8 ofla=-9 ofle=10 ofli=-2 oflo=-2 oflu=-2 ofm=10 ofn=12 ofn$=9 ofo=4 ofo$=6 ofor=-4 ofou=-1 ofr=11
ofra=-4 ofre=15 ofs=20 ofs$=12 ofst=15 oft=-5 oft$=1 ofti=-7 ofu=-8 ofu$=-2 oful=-3 ofur=-5 ofus=5 ofy=-1
ofy$=-1 og=-24 og$=-11 oga=10 oga$=-12 ogac=4 ogad=-5 ogae=8 ogal=-9 ogam=-6 ogan=28 ogar=3 ogas=-2 ogat=-4
ogaw=-2 ogb=-2 ogba=-1 ogbe=2 ogbo=-5 ogc=-4 ogd=9 ogda=5 oge=4 oge$=12 ogea=-4 ogee=-5 ogel=-1 ogen=-25
ogeo=-1 oger=26 oges=4 ogey=-8 ogf=-4 ogfi=-2 ogg=-12 ogg$=14 ogga=1 ogge=-9 oggi=-6 oggl=-7 oggy=-6 ogh=21
ogh$=7 ogha=11 oghe=9 ogho=-5 oghu=-1 ogi=-1 ogi$=16 ogia=-6 ogic=-20 ogie=-1 ogil=-2 ogin=8 ogir=6 ogis=-1
ogiz=-3 ogl=44 ogla=1 ogle=-2 ogli=-1 oglo=-11 oglu=36 ogly=11 ogm=-7 ogma=-9 ogmu=2 ogn=-3 ogna=-3 ogni=-4
ogno=-3 ognv=6 ogo=-7 ogo$=13 ogod=-6 ogol=-1 ogom=1 ogon=-13 ogor=-1 ogos=-2 ogot=-4 ogov=-1 ogoz=-3 ogr=-29
ogra=-29 ogre=-4 ogri=2 ogro=-4 ogru=6 ogs=-11 ogs$=-3 ogst=-1 ogt=8 ogt$=15 ogu=4 ogua=-3 ogue=7 ogui=-4
ogul=-2 ogun=-4 ogur=1 ogus=3 ogut=9 ogw=-2 ogy=-25 ogy$=-23 ogyn=-7 oh=12 oh$=-12 oh-=-3 oha=4 oha$=-16
ohab=-2 ohac=1 ohal=13 oham=12 ohan=12 ohar=-6 ohas=-3 ohat=-1 ohd=8 ohda=5 ohe=-3 ohe$=-9 ohed=-2 ohei=6
ohel=-2 ohem=-6 ohen=-6 oher=6 ohes=8 ohex=-1 ohi=10 ohi$=-7 ohib=-1 ohim=3 ohin=2 ohip=-1 ohis=-3 ohit=15
ohj=5 ohl=3 ohl$=-8 ohla=5 ohle=1 ohli=1 ohm=13 ohm$=-3 ohma=15 ohn=-11 ohn$=-15 ohna=2 ohne=-7 ohnn=-5 ohns=4
oho=-19 oho$=-15 ohoe=2 ohol=-5 ohon=-1 ohor=7 ohov=4 ohr=13 ohr$=-2 ohra=-3 ohre=15 ohri=-3 ohru=8 ohs=2
oht=-9 ohu=10 ohum=1 ohus=8 ohy=4 ohyd=-1 ohyp=-2 oi=-41 oi$=-31 oia=4 oia$=3 oian=2 oib=29 oibh=10 oic=8
oic$=-14 oich=10 oici=-4 oico=8 oid=-31 oid$=-11 oida=-8 oide=-20 oidi=-3 oidy=-2 oie=4 oie$=5 oies=-1 oiet=1
oif=-3 oiff=-4 oig=4 oigh=6 oign=-1 oih=-4 oihi=-4 oik=-13 oika=-5 oike=4 oil=-35 oil$=-10 oila=2 oile=-15
oilf=1 oili=-5 oill=-3 oilm=-3 oilo=2 oils=-3 oilt=-2 oily=10 oim=-9 oimh=-1 oimm=-2 oin=-1 oin$=-26 oina=-12
oinc=3 oind=-6 oine=13 oing=3 oini=16 oinn=22 oins=-11 oint=1 oio=-3 oip=-2 oir=-8 oir$=-22 oire=2 oiri=18
ois=13 ois$=5 oisa=-12 oise=22 oisi=29 oism=-2 oiso=-8 oiss=-10 oist=-23 oit=-14 oit$=21 oita=-14 oite=-6
oiti=3 oitl=2 oito=-4 oitr=-2 oits=-1 oitt=-10 oiv=23 oiva=3 oix=24 oix$=26 oiz=-6 oize=-2 oj=-7 oj$=6 oja=-1
oja$=-11 ojak=6 ojan=3 ojas=7 ojat=-6 ojc=6 ojci=2 ojd=8 oje=-25 oje$=-35 ojek=4 ojh=-6 ojho=-6 oji=-35
oji$=-26 ojib=-5 ojic=-1 ojim=-14 ojin=2 ojis=5 ojk=5 ojka=3 ojko=2 ojl=-7 ojli=-5 ojn=13 ojna=5 ojni=7
ojo=-29 ojo$=-18 ojoj=-9 ojou=-5 ojp=-2 ojs=12 ojs$=4 ojsa=12 ojso=-4 ojt=31 ojta=5 ojte=9 ojtk=2 oju=-6
oju$=-20 ojw=6 ojz=9 ojzi=7 ok=-43 ok$=-12 oka=-13 oka$=-16 okab=-1 okac=1 okad=9 okai=-8 okal=-3 okam=-2
okan=9 okap=-5 okas=4 okat=-5 okay=-3 okaz=2 okb=7 okba=2 okbi=-1 okc=9 okce=7 okd=-1 oke=-22 oke$=-8 okec=6
oked=-1 okee=4 okeh=-8 okel=-1 oken=-12 okes=-4 oket=8 okey=-8 okh=3 okha=-3 okho=-5 okhu=4 oki=-60 oki$=26
okia=-28 okie=-23 okin=8 okio=-26 okis=-1 okit=-4 okiu=-19 okk=4 okk$=11 okka=-14 okko=5 okl=-10 okla=3
okle=-5 okli=-2 oklu=-8 okm=-2 okma=-7 okn=-2 oko=3 oko$=8 okon=1 okop=6 okor=2 okot=1 okou=-2 okov=-4 okp=5
okr=4 okra=8 okro=-1 oks=-4 oks$=-14 oksa=1 okse=3 oksh=4 oksi=-5 okst=-2 okt=40 okta=5 okto=16 oktu=18 oku=-6
oku$=-8 okub=-2 okun=13 okup=-2 okut=-4 okw=2 okwa=3 oky=8 oky$=-4 ol=2 ol$=-20 ola=19 ola$=-9 olab=11 olac=-5
olad=18 olae=-1 olaf=4 olag=-2 olah=2 olai=-2 olaj=6 olak=14 olal=-6 olam=-12 olan=25 olap=-1 olar=-43 olas=9
olat=-8 olau=13 olav=4 olaw=5 olay=4 olb=13 olba=5 olbe=-3 olbj=2 olbr=4 olbu=-4 olby=5 olc=-7 olc$=-1 olca=-8
olce=-3 olch=-2 olci=3 olcz=1 old=-21 old$=28 olda=10 oldb=-5 oldc=-1 olde=-21 oldf=-5 oldi=-10 oldl=-2 oldm=2
oldn=4 oldo=-6 oldr=4 olds=2 oldt=-4 oldu=-5 oldw=-8 ole=-16 ole$=-13 olea=-13 olec=-4 olee=7 olef=-6 oleg=13
oleh=-10 olei=-17 olej=4 olek=4 olem=-17 olen=20 oleo=-7 olep=-5 oler=-26 oles=7 olet=32 oleu=-7 olev=6 olew=7
oley=7 olf=27 olf$=5 olf-=10 olfa=-6 olfe=-20 olff=-2 olfh=2 olfi=1 olfo=4 olfr=-10 olfs=16 olfu=20 olg=-1
olga=2 olge=2 olgi=-5 olgr=2 olgu=3 olh=6 olha=-4 olho=4 oli=-34 oli$=-8 olia=-31 olib=-5 olic=-5 olid=-7
olie=-1 olif=-2 olig=-19 olih=5 olik=-6 olil=-6 olim=19 olin=27 olio=-18 olip=-1 olis=-21 oliu=-1 oliv=20
oliw=14 olix=-1 oliz=3 olj=-3 olj$=-4 olja=2 olk=6 olk$=-6 olka=4 olke=20 olkh=-6 olki=1 olkl=-3 olkm=6 olko=2
olks=-8 oll=-7 oll$=-3 olla=-13 ollb=1 olle=-7 ollh=-1 olli=26 ollm=-5 ollo=-5 olls=4 ollt=-8 olly=8 olm=-1
olm$=20 olma=-13 olmb=2 olme=-17 olmg=3 olmi=-8 olms=2 olmu=-2 oln=6 oln$=-7 olna=-3 olne=3 olni=7 olo=-21
olo$=15 olob=12 oloc=-7 olod=-5 olof=2 olog=-48 oloi=-5 olol=-4 olom=35 olon=1 olop=-1 olor=-33 olos=10 olot=5
olou=-13 olov=6 oloz=-1 olp=30 olph=28 olpi=-3 olpr=-1 olpu=-2 olr=8 ols=-5 ols$=-4 olsb=-4 olsh=-8 olsk=12
olso=1 olst=7 olsz=-1 olt=17 olt$=1 olta=-12 olte=27 olth=6 olti=-5 oltm=6 olto=4 oltr=-4 olts=-3 olty=7
oltz=-8 olu=10 olu$=-2 olub=17 oluc=-7 oluf=6 olul=5 olum=-5 olun=3 olup=-3 olur=-9 olus=4 olut=-13 oluw=27
olv=-8 olva=-8 olve=-14 olvi=9 olvo=8 olvu=-1 olw=-18 olwe=1 olwi=-17 olwo=-3 oly=-8 oly$=48 olya=-7 olyb=-2
olyc=-4 olyd=-1 olye=-2 olyg=-5 olyh=-2 olyl=-4 olym=-8 olyn=1 olyo=-1 olyp=-4 olys=-10 olyt=-4 olyu=-4
olyv=-1 olyz=-2 olz=6 olz$=-10 olza=-4 olze=23 olzh=-5 olzm=-1 om=-29 om$=26 oma=-20 oma$=-45 omaa=14 omac=-8
omad=-13 omae=-2 omag=12 omah=2 omak=-6 omal=4 omam=-2 oman=-14 omar=22 omas=37 omat=-27 omay=-6 omaz=7
omb$=-13 omba=-5 ombe=20 ombi=-14 ombo=16 ombr=-5 ombs=-3 ombu=-7 omby=-3 omch=3 omd=-11 omdv=-2 ome=-28
ome$=-12 omea=7 omeb=-3 omec=2 omed=-4 omeg=-5 omei=2 omek=4 omel=-23 omem=-1 omen=18 omeo=1 omep=-1 omer=7
omes=7 omet=-50 omeu=5 omew=6 omey=4 omez=8 omf=-3 omfi=-4 omfo=-4 omfu=9 omh$=-1 omha=-5 omi=-10 omi$=22
omia=-2 omic=-13 omid=5 omie=-9 omil=-3 omim=-7 omin=11 omio=4 omir=13 omis=-9 omit=-12 omiu=2 omix=-1 omiy=-6
omiz=-3 omk=13 omka=6 omko=1 oml=-11 oml$=-5 omla=-7 omle=-1 omli=2 omm=12 omma=7 omme=14 ommi=-2 ommo=-13
ommu=-6 ommy=3 omna=-1 omne=-4 omni=5 omno=-3 omo=18 omo$=36 omob=7 omoc=-2 omod=-1 omoe=-2 omog=1 omoj=-2
omok=3 omol=16 omom=-3 omon=-21 omop=-2 omor=-26 omot=4 omou=-1 omov=4 omoz=2 omp=6 omp$=2 ompa=-1 omph=-7
ompi=13 ompl=-4 ompo=3 ompr=-3 ompt=-4 ompu=9 omq=1 omr=-2 omra=-3 omri=5 oms=-4 oms$=-17 omsa=7 omsk=-4
omso=2 omst=4 omt=7 omu=-14 omu$=-10 omul=-4 omun=1 omur=5 omus=-7 omut=-9 omv=12 omvu=14 omw=2 omwe=-1
omy=-28 omy$=-3 omyc=-15 omye=-2 omyi=-3 omyo=-3 omys=-5 omyz=-3 omz=-5 on=-9 on$=10 on-=-13 on-a=-3 on-s=-4
on-t=-3 ona=-15 ona$=18 onab=-4 onac=9 onad=-8 onae=-4 onag=7 onah=3 onak=-8 onal=-4 onam=-3 onan=2 onap=-2
onar=-30 onas=-9 onat=24 onau=-7 onav=3 onaz=-2 onba=-3 onbe=-11 onbj=1 onbu=-2 onc=9 onc$=2 onca=16 once=15
onch=-10 onci=-6 onck=12 oncl=-3 onco=-4 oncr=-2 oncu=-7 oncz=1 ond=1 ond$=22 onda=-2 onde=-14 ondh=-5 ondi=9
ondm=-4 ondo=-14 ondr=10 onds=6 ondt=7 ondu=-1 ondw=-2 ondy=-9 one=-27 one$=-26 onec=-9 oned=-6 onee=-9 onef=3
oneg=-5 oneh=-2 onei=-9 onek=2 onel=27 onem=-10 onen=56 oneo=-5 onep=-4 oner=-46 ones=10 onet=16 oneu=-3
onew=-3 onex=-1 oney=-3 onez=3 onf=-14 onf$=-5 onfa=8 onfe=-12 onfi=-14 onfl=-1 onfo=9 onfr=-2 onfu=-3 ong=-4
ong$=22 onga=16 ongb=-7 ongd=-3 onge=-21 ongf=-4 ongg=-4 ongh=-3 ongi=-1 ongj=-4 ongl=-11 ongn=-3 ongr=-2
ongs=-4 ongt=-1 ongu=8 ongw=-6 ongy=-3 onh=-5 onha=3 onhe=-7 onho=-2 oni=-14 oni$=31 onia=-21 onic=-41
onid=-13 onie=-6 onif=-1 onig=-1 onii=-1 onij=2 onik=-8 onil=-2 onim=-9 onin=42 onio=10 oniq=20 onis=7 onit=-7
oniu=3 oniz=-18 onj=6 onj$=-8 onja=21 onje=7 onji=4 onjo=-12 onju=-8 onk=-1 onk$=-9 onka=2 onke=-1 onki=-9
onko=9 onky=-3 onl=4 onla=3 onle=4 onli=-6 onlo=6 only=-3 onm=3 onma=-4 onme=7 onmi=-3 onmo=-6 onn=17 onn$=-7
onna=-6 onni=13 onno=7 onnt=-8 onnu=7 onnx=-6 onny=19 ono=19 ono$=45 onoa=-2 onob=4 onoc=-12 onod=-7 onoe=-3
onog=-1 onoh=11 onoi=-3 onol=4 onom=-17 onop=2 onor=5 onos=-3 onot=-10 onou=-2 onov=11 onow=1 onpa=-4 onpe=-2
onpl=-1 onpo=-2 onpr=-1 onpu=12 onpy=-1 onq=-4 onqu=-8 onr=21 onra=4 onre=8 onro=8 onrp=-1 onru=5 onry=-2
ons=13 ons$=-32 onsa=12 onsb=8 onsc=-3 onsd=-2 onse=-6 onsh=-2 onsi=-8 onsk=6 onsl=-2 onso=6 onsp=-1 onss=4
onst=30 onsu=3 onsw=1 onsy=-4 ont=13 ont$=20 onta=13 onte=32 ontg=-5 onth=-6 onti=-15 ontl=-1 ontm=-4 onto=-19
ontr=2 onts=-3 ontu=1 onty=7 onu=16 onu$=16 onuc=-2 onul=13 onum=-1 onun=-3 onur=-9 onus=-14 onut=5 onv=-28
onv$=-4 onva=-5 onve=-16 onvo=-3 onvu=-1 onw=3 onwa=5 onwe=6 onwi=-3 onwo=-9 ony=-25 ony$=-41 onya=42 onyc=-7
onyi=9 onyl=-6 onym=-15 onyo=6 onys=-7 onyx=-5 onz=-4 onza=12 onze=-12 onzi=-1 onzo=1 oo=-59 oo$=-31 oob=19
oob$=17 ooc=-17 ooch=-14 ood=6 ood$=10 ooda=3 oodb=-3 oodc=-1 oode=7 oodg=-1 oodh=-2 oodi=-6 oodl=-11 oodm=-5
oodo=-6 oodp=-1 oodr=18 oods=-2 oodt=7 oodw=-2 oody=3 ooe=-6 ooer=-3 ooey=-2 oof=-23 oof$=-13 oofe=-8 oofi=-1
oog=8 oog$=4 ooga=14 ooge=1 oogl=-4 oogo=-3 ooh=-2 ooi=-9 ooj=12 ook=-59 ook$=-32 ooka=-12 ookb=-1 ooke=-6
ooki=-7 ookl=-1 ookm=-3 ooko=3 ooks=10 ooku=-1 ookw=-1 ooky=-5 ool=-16 ool$=-14 oola=4 oolb=-6 oolc=-1 oole=24
oolf=-4 oolg=-4 oolh=-4 ooli=2 ooll=-8 oolm=-6 oolo=-2 oolp=-2 ools=-20 oolw=-3 ooly=39 oom=31 oom$=8 ooma=6
oome=8 oomf=-1 oomi=4 ooms=11 oomy=-2 oon=6 oon$=-45 oona=17 oonb=6 oonc=-3 oond=-3 oone=22 ooni=-6 oonl=-1
oono=-1 oons=-2 oont=12 oonw=-2 oony=-4 oop=1 oop$=1 oope=8 ooph=-1 oopi=-1 oops=-1 oor=49 oor$=15 oora=-4
oorb=-7 oord=-4 oore=3 oorg=-6 oorh=3 oori=5 oork=-2 oorl=-4 oorm=-5 oorn=19 oorp=-1 oors=1 oort=50 oorw=-6
oos=32 oos$=21 oosa=-1 oose=-15 oosh=-6 oosi=1 oosp=-3 oost=19 oot=-39 oot$=-20 ootb=-2 oote=31 ooth=-20
ooti=-7 ootl=-2 ootm=-2 ootp=-1 oots=-4 ootw=-1 ooty=-3 oov=-2 oove=-2 oovi=-1 ooy=6 ooz=-22 ooze=-6 oozi=-9
oozy=-6 op=-37 op$=22 op-=-1 opa=16 opac=2 opae=-2 opag=-3 opah=-4 opal=16 opan=-2 opaq=-4 opar=13 opas=2
opat=9 opau=-3 opav=-3 opb=-2 opc=2 opco=-1 opcz=2 opd=-3 ope=-20 ope$=4 opea=9 opec=7 oped=-2 opee=-1 opei=-3
opek=-3 opel=4 opem=-1 open=-26 opep=-2 oper=-3 opes=4 opet=-2 opew=-1 opey=-5 opf=2 opg=-4 opga=-1 oph=-15
oph$=1 opha=2 ophe=19 ophi=-12 opho=-14 ophr=-1 opht=-2 ophu=6 ophy=-13 opi=-10 opi$=-5 opia=-6 opic=-6
opid=-1 opie=4 opil=-3 opin=-14 opio=3 opis=6 opit=-2 opiu=-3 opj=-4 opje=-5 opk=-5 opki=-4 opl=6 opla=4
ople=-7 opli=-8 oplo=-1 oplu=20 opm=3 opma=4 opn=3 opne=-1 opo=3 opo$=4 opod=-19 opoe=-2 opog=-2 opoi=-3
opol=8 opon=3 opop=-2 opor=-11 opos=-5 opot=-3 opou=11 opov=6 opp=14 opp$=-2 oppa=4 oppe=20 oppi=2 oppl=-4
oppo=4 oppr=-3 oppu=-3 oppy=-2 opr=-9 opra=-8 opre=16 opri=-11 opro=-6 ops=-32 ops$=-15 opsa=-1 opse=-1
opsi=-9 opsk=-2 opso=-1 opst=-1 opsy=-1 opt=-30 opt$=-3 opte=-11 opti=-9 opto=-1 optr=-1 opts=-1 opu=14
opul=-7 opun=6 opur=12 opus=-7 opw=6 opwo=8 opy=10 opy$=-6 opyl=-3 opyr=-1 opyt=14 oq=-15 oq$=1 oqu=-11
oqua=-5 oque=6 oqui=-6 oquy=-5 or=-22 or$=-8 ora=1 ora$=11 orab=3 orac=-2 orad=-25 orae=-8 orah=3 orai=18
orak=11 oral=-11 oram=-22 oran=6 orap=-1 orar=1 oras=-8 orat=18 orav=8 oraw=11 orax=-4 oray=-1 oraz=-2 orb=12
orb$=-11 orb-=-2 orba=16 orbe=15 orbi=-8 orbo=-2 orbu=6 orc=-20 orc$=-5 orca=-7 orce=-7 orch=-18 orci=6 orco=8
orcu=4 ord=3 ord$=31 orda=-2 ordb=5 orde=6 ordf=-1 ordh=-2 ordi=-15 ordl=2 ordn=-3 ordo=-21 ordp=-1 ordr=-3
ords=-2 ordt=-1 ordu=16 ordv=-7 ordw=-3 ordy=1 ore=-2 ore$=14 orea=-8 oreb=-5 orec=-2 ored=-3 oree=12 oref=-6
oreg=-18 oreh=-5 orei=-6 orej=-5 orek=11 orel=17 orem=-7 oren=49 orep=-3 orer=-11 ores=-17 oret=-5 orev=2
orew=-2 orex=-2 orf$=-51 orf-=-6 orfa=-7 orfe=24 orff=9 orfh=5 orfi=11 orfl=-1 orfo=-3 orfu=10 org=16 org$=38
orga=-22 orge=-13 orgh=2 orgi=10 orgn=5 orgo=-15 orgs=-1 orgu=3 orgy=6 orh=-9 orha=1 orhe=-4 orhi=-8 orho=5
orhy=-2 ori=-19 ori$=3 oria=10 orib=11 oric=-15 orid=-18 orie=-4 orif=-9 orig=-10 orik=-1 oril=5 orin=30
orio=2 orir=4 oris=-11 orit=9 oriv=5 oriy=-4 oriz=-20 orj=9 orja=4 orje=2 orjs=-3 orju=7 ork=-29 ork$=-15
orka=16 orkb=-1 orke=-1 orkh=-3 orki=-2 orkl=3 orkm=1 orkn=-3 orko=-8 orkp=-3 orks=-5 orkw=-2 orkx=-1 orky=-4
orl=22 orla=11 orld=-6 orle=1 orli=19 orlo=-1 orly=-3 orm=-33 orm$=-24 orma=-3 orme=-17 ormo=-7 orms=6 ormu=14
ormy=2 orn=3 orn$=28 orn-=-3 orna=9 ornb=-9 ornc=3 orne=-6 ornf=-3 ornh=4 orni=-27 ornl=-1 orno=-10 ornp=13
orns=-7 ornt=5 ornu=4 ornw=-5 orny=9 oro=2 oro$=-16 oroa=-1 orob=-2 oroc=-2 orod=-19 oroe=-2 orof=-1 orog=2
oroi=4 orok=13 orol=7 orom=11 oron=-17 oroo=-1 orop=3 oror=-5 oros=8 orot=26 orou=-19 orov=15 orow=3 oroz=-5
orp=-6 orp$=6 orpa=11 orpe=2 orph=-19 orpi=-5 orpo=-6 orps=-2 orpt=-1 orpu=10 orq=-1 orqu=1 orr=22 orr$=2
orra=-6 orre=10 orrh=-15 orri=1 orro=19 orru=-2 orry=13 ors=3 ors$=-14 ors-=-4 orsa=-23 orsb=7 orsc=-12
orse=-22 orsh=-11 orsi=1 orsk=8 orsl=8 orsm=13 orso=9 orsp=-2 orst=41 orsu=2 orsw=-2 orsy=4 ort=-21 ort$=-31
orta=-11 ortc=-2 orte=22 ortf=-4 ortg=-5 orth=-12 orti=17 ortk=3 ortl=-6 ortm=3 ortn=4 orto=-3 ortr=-3
orts=-13 ortu=3 orty=-2 oru=-7 oru$=2 orub=-3 oruc=20 oruk=7 orul=-3 orum=-9 orun=-4 orup=-2 orus=-7 orut=6
orv=29 orva=29 orve=-7 orvi=1 orvo=9 orw=-1 orwa=4 orwe=-10 orwi=-4 orx=4 ory=-30 ory$=-5 orya=-3 oryb=-4
oryc=-1 oryd=-4 oryl=-6 orym=1 oryp=-3 orys=12 oryt=-1 oryz=-9 orz=-8 orz$=7 orza=-2 orze=-3 orzo=-7 os=4
os$=35 osa=-25 osa$=-10 osab=1 osac=4 osad=5 osae=6 osah=-3 osai=-2 osak=-3 osal=12 osam=14 osan=-6 osar=-12
osas=-6 osau=-29 osb=21 osba=-1 osbo=4 osc=-7 osc$=-8 osca=13 osce=-3 osch=3 osci=-9 oscl=-1 osco=-1 oscr=-2
oscu=2 oscy=-1 osd=-5 ose=-26 ose$=-38 osea=1 oseb=-8 osec=-3 osed=7 osef=16 osei=1 osek=6 osel=1 osem=-2
osen=4 osep=9 oses=-11 oset=-2 oseu=-3 osev=3 osew=-2 osey=-3 osg=20 osge=2 osgr=19 osh=-17 osh$=-12 osha=-17
oshe=4 oshi=17 osho=-6 osht=-5 oshu=2 osi=-7 osi$=13 osia=22 osib=1 osic=9 osid=-4 osie=-5 osig=3 osik=5
osil=3 osim=3 osin=-5 osio=-16 osip=6 osir=5 osis=-36 osit=-7 osiu=-6 osiv=-4 osk=4 osk$=-2 oska=9 oske=3
oski=3 osku=-5 osl=2 osla=13 osle=-1 osli=-3 oslo=-4 osm=3 osm$=-1 osma=18 osme=1 osmi=-5 osmo=-12 osmu=-2
osn=7 osna=3 osni=-2 osno=3 oso=-10 oso$=21 osob=-4 osoc=-1 osod=-3 osog=10 osol=-10 osom=-17 oson=-5 osop=-5
osor=9 osot=-7 osov=3 osp=3 ospa=-6 ospe=-1 osph=2 ospi=11 ospo=-15 osq=7 osqu=7 oss=-24 oss$=-13 oss-=-5
ossa=-7 ossb=-9 ossc=-1 osse=22 ossf=-2 ossg=-2 ossh=3 ossi=13 ossk=-1 ossl=5 ossm=5 ossn=-1 osso=-18 ossp=-1
ossr=-2 osss=-2 osst=-4 ossu=5 ossw=-3 ossy=-1 ost=-13 ost$=38 osta=16 ostb=-1 ostc=-2 ostd=-1 oste=12 ostg=-2
osth=-5 osti=-16 ostk=2 ostl=13 ostm=6 osto=-13 ostp=-3 ostr=-30 osts=-2 ostu=-12 ostw=-6 osty=-13 osu=24
osu$=15 osua=8 osuk=5 osur=-2 osv=5 osva=5 oswa=5 oswe=-9 oswi=4 osy=-15 osy$=-8 osyl=-1 osyn=-4 osys=-1 osz=1
osz$=9 osza=-2 oszc=-4 osze=1 oszu=4 ot=-47 ot$=10 ot-=9 ota=-18 ota$=9 otab=1 otac=-2 otae=-1 otag=-3 otai=-5
otak=7 otal=-9 otam=-5 otan=-9 otap=-2 otar=3 otas=2 otat=-4 otau=-4 otax=-1 otay=2 otb=1 otba=-1 otbe=-1
otbo=-2 otbu=6 otc=-9 otc$=-4 otch=-9 otd=-4 ote=-19 ote$=2 otea=14 otec=-7 oted=-1 otee=-4 oteg=8 otel=-2
otem=-5 oten=-14 oteo=3 otep=-2 oter=-8 otes=-5 oteu=7 otex=-1 otf=13 otfi=5 otfr=11 otg=-6 otgu=-4 oth=-24
oth$=-16 otha=28 othb=-2 othe=-22 othi=-2 othl=-1 otho=4 othr=-3 oths=-5 othu=-8 othy=7 oti=8 oti$=-2 otia=-7
otic=36 otid=-6 otie=12 otif=-9 otil=8 otim=8 otin=-15 otio=-4 otir=3 otis=-7 otit=-3 otiu=-3 otiv=-3 otiz=-1
otk=-3 otka=-4 otki=-5 otl=-28 otla=-6 otle=-6 otlh=-4 otli=-7 otm=-1 otn=21 otni=1 otny=17 oto=-19 oto$=7
otoa=-1 otob=6 otoc=8 otoe=-2 otog=-1 otoh=-1 otol=6 otom=-14 oton=-15 otoo=-1 otop=-3 otor=-12 otos=-2
otot=-1 otou=5 otov=7 otox=-2 otoz=-1 otp=-8 otp$=-1 otpa=-2 otr=-16 otra=4 otre=-3 otri=-5 otro=-10 otru=-3
otry=-5 ots=2 ots$=7 otsa=1 otsc=-2 otsh=9 otsk=-2 otsp=-1 otst=-1 otsu=-5 otsw=-6 ott=40 ott$=24 otta=-10
otte=8 ottf=9 otth=5 otti=5 ottm=-1 otto=-3 ottr=-3 otts=6 ottw=-7 otty=7 otu=-17 otub=-1 otul=-4 otum=-2
otun=-7 otur=8 otus=-16 otw=5 otwi=6 oty=1 oty$=12 otyl=-1 otyp=-7 otz=5 otz$=5 otze=6 ou=-35 ou$=-36 oua=26
oua$=-14 ouac=-7 oual=15 ouan=10 ouar=11 oub=9 ouba=1 oube=17 oubl=-7 oubt=-3 ouc=24 ouca=-2 ouce=16 ouch=-20
ouci=14 ouco=-3 oud=7 oud$=4 ouda=-2 oudb=-1 oudc=-1 oude=6 oudh=12 oudi=11 oudl=-1 oudo=-7 oudr=2 ouds=-2
oudu=-12 oue=7 oue$=3 ouet=-6 ouf=-5 ouf$=1 ouff=-7 oufl=-3 oug=-14 ouga=7 ouge=-9 ough=-20 ougo=-2 ougu=-3
ouh=-5 oui=33 oui$=22 ouil=-8 ouin=10 ouis=7 ouj=-14 oujo=-5 ouk=10 ouk$=-3 oukh=7 ouko=-7 oukr=-3 oul=9
oul$=-2 oula=16 ould=-13 oule=-10 oulf=3 ouli=5 oull=-8 oulm=-7 oulo=17 oult=-7 oum=19 oum$=7 ouma=-7 oumi=10
oun=-49 oun$=4 ouna=16 ounc=-11 ound=-62 oung=-2 ouni=21 ouns=-3 ount=-19 oup=-15 oup$=1 oupe=-11 oupi=-3
oupl=-1 oupo=-4 ouq=5 ouqu=5 our=-29 our$=-63 oura=-7 ourb=-6 ourc=-2 ourd=7 oure=17 ourf=-1 ourg=-5 ouri=14
ourk=8 ourl=-8 ourm=-9 ourn=-3 ouro=5 ourp=-2 ourq=12 ourr=-3 ours=-18 ourt=24 oury=3 ous=-72 ous$=-80 ousa=-9
ouse=-15 ousi=-5 ousl=-19 ousn=-4 ouss=49 oust=-12 ousy=-5 out=-44 out$=-10 outb=-2 outc=-3 outd=-4 oute=8
outf=-3 outg=-6 outh=-13 outi=15 outl=-4 outm=-3 outo=-8 outp=-1 outr=-13 outs=7 outt=11 outu=-9 outv=-2
outw=-3 ouv=-4 ouva=-6 ouve=-3 ouvr=4 ouw=46 ouwe=22 oux=36 oux$=36 ouy=-3 ouz=-1 ouz$=9 ouze=-9 ouzi=8 ov=3
ov$=118 ova=72 ova$=138 ovab=-9 ovac=10 ovae=1 ovak=-12 oval=-11 ovan=-4 ovar=-10 ovas=-8 ovat=-15 ovch=-4
ovci=6 ovd=-6 ovde=-3 ove=-64 ove$=6 ovea=-4 ovec=11 oved=-3 ovel=-18 oven=-4 over=-54 oves=-5 ovet=3 ovg=-4
ovgo=-3 ovgr=-1 ovi=-1 ovi$=-6 ovia=-12 ovic=71 ovie=-9 ovik=-2 ovil=-2 ovim=-8 ovin=-11 ovir=-9 ovis=-2
ovit=-8 oviz=-2 ovk=-26 ovka=-21 ovl=-2 ovn=-21 ovni=-6 ovno=-6 ovo=-78 ovo$=-91 ovoa=6 ovoc=-2 ovod=-2
ovol=-8 ovom=-1 ovos=4 ovot=19 ovov=2 ovoy=-1 ovr=-7 ovra=-8 ovs=25 ovsk=23 ovt=-11 ovts=-10 ovu=13 ovu$=6
ovud=4 ovul=-5 ovun=9 ovy=3 ovy$=9 ow=-28 ow$=7 owa=22 owa$=-9 owab=-1 owag=-4 owai=3 owal=10 owan=-1 owar=3
owat=9 oway=4 owb=-16 owba=-5 owbe=-4 owbi=-1 owbo=-5 owbr=-2 owc=-2 owca=-1 owcz=3 owd$=2 owde=4 owdi=-4
owdl=-2 owdy=-6 owe=-12 owe$=13 owed=-2 owee=-3 owel=-8 owen=1 ower=-25 owes=-1 owet=6 owf=-6 owfi=-3 owfu=-1
owg=-4 owh=-10 owha=-5 owhe=-3 owho=-1 owi=6 owia=3 owic=21 owie=-11 owin=-13 owis=-2 owit=11 owj=-1 owk=3
owka=5 owl=2 owl$=-18 owla=9 owle=13 owli=5 owly=-3 owm=-2 owma=-2 own=-29 own$=-26 ownb=-1 owne=14 ownh=-1
owni=-3 ownl=-1 ownp=-1 ownr=-2 owns=-6 ownt=-2 ownw=-3 owo=37 owo$=14 owot=4 owp=-6 owpe=-2 owpi=-2 owpo=-1
owr=-1 owra=3 owro=7 owry=-3 ows=3 ows$=-7 owse=-9 owsh=-2 owsi=7 owsk=26 owst=-1 owsy=-3 owt=-10 owta=-1
owth=-3 owti=-3 owto=-2 owu=5 oww=-5 owwa=-3 owwo=-2 owy=1 owy$=-2 owz=-6 owzi=-1 ox=-60 ox$=-8 oxa=1 oxac=-2
oxal=-3 oxan=6 oxap=-1 oxaz=-2 oxb=-2 oxc=-3 oxca=-2 oxe=-6 oxel=1 oxem=-1 oxen=-2 oxer=-2 oxf=-2 oxh=-2
oxho=-1 oxi=-19 oxia=-1 oxib=-1 oxic=-3 oxid=-3 oxie=2 oxil=-1 oxim=-3 oxin=-5 oxio=-1 oxl=-1 oxli=-1 oxm=-1
oxo=3 oxs=-3 oxt=-4 oxta=-1 oxte=-1 oxu=-1 oxy=-8 oxy$=6 oxyb=-1 oxyg=-1 oxyl=-4 oxym=-1 oxyt=-2 oxyu=-2 oy=12
oy$=34 oya=-8 oya$=10 oyab=-2 oyad=1 oyag=-2 oyal=-6 oyam=-6 oyan=-15 oyar=9 oyc=3 oyce=10 oyd=4 oyd$=9
oyde=-5 oye=5 oye$=2 oyed=-3 oyem=-1 oyen=-1 oyer=4 oyeu=-3 oyev=-3 oyf=-4 oyfu=-2 oyi=2 oyim=-1 oyin=-2
oyis=1 oyk=1 oyl=1 oyle=-6 oyli=4 oym=-1 oyn=-17 oyna=-4 oyne=-1 oyni=-7 oyo=-3 oyo$=-3 oyol=-8 oyon=-5
oyos=11 oyou=5 oyp=-2 oypo=-1 oys=1 oys$=-1 oyse=12 oysh=1 oysi=5 oyst=-6 oyth=-5 oyu=2 oyvo=-2 oz=3 oz$=12
oza=2 oza$=15 ozac=-2 ozak=3 ozam=-5 ozan=4 ozar=-5 ozas=4 ozb=8 ozbe=-4 ozc=-1 ozd=23 ozda=7 ozde=7 ozdo=3
ozdr=-4 ozdz=7 oze=-12 oze$=-18 ozef=6 ozek=2 ozel=18 ozem=-3 ozen=-16 ozer=2 ozg=5 ozga=-2 ozge=6 ozh=-16
ozhi=-2 ozhu=-3 ozhy=-2 ozi=16 ozi$=5 ozia=-1 ozic=13 ozid=-4 ozie=-9 ozil=-5 ozim=2 ozin=-2 ozit=7 ozk=14
ozka=2 ozl=-4 ozlo=-3 ozm=4 ozn=-15 ozna=-4 ozni=-2 ozo=-26 ozo$=8 ozoa=-17 ozoi=-10 ozok=5 ozon=-4 ozoo=-2
ozov=2 ozs=1 ozt=4 ozu=-6 ozu$=-8 ozv=-5 ozy=-8 ozy$=-6 ozyg=-2 ozz=10 ozzi=1 ozzl=-5 ozzo=7 p=-101 p$=-23
p-=-3 pa=13 pa$=-14 paa=16 paal=-3 paan=2 paav=7 pab=8 paba=-7 pabi=-2 pabl=13 pac=-4 pac$=-2 paca=-9 pace=-3
pach=18 paci=-24 pack=-20 paco=15 pacr=-2 pact=-1 pacy=3 pad=22 pad$=4 pada=-13 padd=-8 pade=-10 padh=14
padi=2 padm=18 pado=-3 padr=15 pae=-13 pae$=-2 paea=-2 paed=-5 paen=-1 paeo=-4 paes=-3 paf=14 pag=-1 pag$=7
paga=-2 page=12 pagg=-2 pagi=-2 pagn=1 pago=-7 pagu=-2 pah=-22 pah$=-6 paha=1 pahl=-12 paho=-5 pai=-15
pai$=-11 pai-=6 paia=-5 paid=-4 paig=-10 paik=-4 pail=5 pain=-21 pair=-5 pais=-11 pait=8 paiv=9 paj=5 paja=-11
paje=3 paju=9 pak=3 pak$=13 paka=-6 pake=7 pako=-1 paks=1 pakt=-3 pal=-3 pal$=-4 pala=-11 pald=3 pale=-13
palg=-2 palh=1 pali=-5 palk=10 pall=4 palm=-8 palo=21 palp=-13 pals=1 palt=2 palu=22 pam=18 pam$=11 pame=11
pami=-1 pamp=-14 pan=-30 pan$=-17 pana=-7 panc=16 pand=-2 pane=-10 panf=4 pang=-4 pani=6 panj=-8 pank=12
pann=-8 pano=16 panp=-7 pans=-9 pant=-23 panu=7 pany=5 panz=2 pao=16 paol=11 pap=-26 papa=13 pape=-8 papi=-15
papo=-2 papp=-3 papr=3 papu=-9 paq=15 paqu=15 par=-37 par$=3 para=-44 parb=-5 parc=-12 pard=10 pare=-4 parf=-2
parg=-3 parh=-7 pari=11 park=5 parl=-15 parm=39 parn=2 paro=-13 parq=-2 parr=8 pars=-22 part=10 paru=-3
parv=-2 parz=8 pas=10 pas$=1 pasa=-9 pasc=23 pase=-9 pash=-11 pasi=13 pask=-3 pasm=5 pasn=3 paso=2 pasq=27
pass=-27 past=-8 pasu=-2 pasz=5 pat=15 pat$=5 pata=13 patc=16 pate=1 path=-49 pati=-8 patn=-3 patr=35 pats=-4
patt=9 patu=-3 paty=-3 pau=27 paul=31 paun=2 paup=-4 paur=-2 paus=-3 pav=17 pava=-6 pave=10 pavi=-11 pavk=5
pavl=11 pavo=5 paw=6 paw$=-5 pawe=3 pawk=-2 pawl=11 pawn=-8 pax=-8 pax$=-1 pay=-33 pay$=-8 paya=-6 paye=-5
payi=-1 paym=-1 payp=-3 pays=-4 payt=10 paz=22 pb=-21 pb$=-1 pba=-6 pbac=-3 pbe=-3 pber=-2 pbi=-2 pbo=-4
pboa=-2 pbr=-2 pbra=-1 pbu=-2 pbui=-1 pc=-15 pc$=-13 pch=4 pche=-7 pchi=5 pchu=7 pci=4 pcl=-1 pco=-6 pcod=-2
pcor=-2 pcz=4 pczu=3 pczy=2 pd=-27 pd$=-3 pda=-6 pdat=-1 pdb=-3 pde=4 pdf=-6 pdf$=-3 pdi=-4 pdir=-2 pdo=-2
pe=-8 pe$=34 pea=13 pea$=13 peac=-10 peak=-11 peal=7 pean=-2 pear=18 peas=-5 peat=-3 peb=-9 pebr=-2 pec=-8
pec$=-10 peca=-3 pecc=3 peci=-10 peco=10 pect=-4 pecu=6 ped$=-14 peda=-3 pedd=-2 pede=23 pedi=-16 pedo=-8
pedr=23 pedu=-1 pee=-23 pee$=-11 peec=-2 peed=-4 peek=-8 peel=-5 peep=-5 peer=-5 peet=17 peev=-3 pef=-4
pefi=-1 pefy=-1 peg=-6 peg$=-6 pegg=8 peh=7 peh$=4 peha=5 pei=10 pei$=-7 pein=4 pej=14 pejo=3 pek=-2 pek$=10
peka=-10 peki=-7 pekk=12 peko=-2 pel=-2 pel$=-3 pela=7 peld=7 pele=-10 peli=-9 pelk=1 pell=23 pelm=6 peln=-2
pelo=-15 pels=1 pelt=16 pelu=-3 pelv=-9 pely=-2 pem=-5 pemb=6 pemi=-3 pemp=-1 pen=-21 pen$=-19 pen-=-2 pena=10
penb=5 penc=4 pend=-2 pene=-11 peng=-4 penh=-3 peni=-3 penk=3 penl=-1 penm=-4 penn=-17 peno=-5 penp=-3 penr=-3
pens=36 pent=8 penu=-7 penv=-3 penz=2 peo=-4 peon=-5 peop=-2 peor=-4 pep=-11 pepe=7 pepi=12 pepl=-6 pepp=-11
peps=-4 pept=-4 per=-25 per$=-26 per-=6 pera=32 perb=-4 perc=-19 perd=7 pere=23 perf=-12 perg=-6 perh=-7
peri=-26 perj=-5 perk=13 perl=-9 perm=-2 pern=-2 pero=8 perp=-8 perq=-2 perr=39 pers=-13 pert=8 peru=-9
perv=-8 perw=-1 pery=-7 pes=9 pes$=3 pesa=-8 pesc=6 pese=15 pesh=-3 pesi=4 pess=-4 pest=-2 pet=44 pet$=-24
peta=-9 petb=-1 pete=43 peti=-7 petl=-5 peto=-6 petr=57 pets=-1 pett=5 petu=-4 peu=-6 peut=-2 pew=-11 pewa=-4
pewe=-1 pex=-2 pex$=-2 pey=-5 pey$=-2 peye=-2 pez=1 pezi=-9 pezo=-2 pf=20 pf$=29 pfa=-6 pfal=-6 pfe=8 pfen=-5
pfer=-4 pfh=-1 pfhe=-1 pfi=5 pfil=-1 pfin=-3 pfis=12 pfl=4 pfo=-3 pfor=-3 pfr=-3 pfro=-2 pfu=-3 pful=-3 pg=-20
pg$=-2 pga=-4 pgc=-1 pgp=-2 pgr=-2 pgra=-1 ph=-19 ph$=-8 pha=-23 pha$=8 phab=-10 phac=-2 phad=-1 phae=2
phag=-14 phai=2 phak=7 phal=-33 pham=6 phan=13 phap=-2 phar=-24 phas=-5 phat=13 phaz=2 phd=-1 phe=20 phe$=6
phea=-4 phec=-1 phed=-3 phel=23 phem=4 phen=-19 pheo=5 pher=-12 phes=2 phet=11 pheu=3 phew=4 phi=3 phi$=-4
phia=-5 phib=-4 phic=-11 phid=-10 phie=17 phig=-2 phik=-3 phil=-2 phim=-1 phin=23 phio=-2 phip=-3 phir=2
phis=-6 phit=5 phiu=-5 phiw=15 phiz=-3 phl=-14 phle=-7 phlo=-4 phly=-1 phn=4 pho=-24 pho$=17 phob=-11 phoc=-4
phod=-1 phoe=-3 phof=-3 phol=-4 phom=-2 phon=11 phop=-2 phor=-25 phos=8 phot=-8 phou=-1 php=-2 phr=-2 phra=6
phre=-2 phri=7 phro=-4 phry=-9 phs=-2 pht=-12 phth=-9 phu=39 phu$=-2 phul=-3 phur=-9 phus=20 phy=-7 phy$=34
phyc=-1 phyl=6 phyr=-11 phys=-13 phyt=-20 pi=-7 pi$=-31 pi-=2 pia=19 pia$=9 piac=4 piad=-2 piak=6 pial=-5
pian=2 piar=1 pias=12 pib=-8 pic=-11 pic$=13 pica=-10 picc=8 pice=-7 pich=28 pici=-3 pick=-21 picn=-3 pico=-9
picr=-2 pics=-2 pict=-1 picu=-3 picy=-1 pid=-25 pid$=-11 pida=-6 pidd=-1 pide=-4 pidi=2 pidl=-2 pido=-4 pidu=4
pie=22 pie$=-21 piec=-8 pied=-2 pieg=2 piek=6 piel=-2 pien=-5 piep=3 pier=9 pies=9 piet=34 piez=-1 piff=-2
pify=-1 pig=-6 piga=13 pige=-2 pigg=2 pigh=-6 pigl=-5 pigm=-3 pign=3 pigo=4 pigr=-1 pigs=-2 pih=1 piha=-9
pii=12 piir=7 pij=8 pik=13 pik$=4 pika=12 pike=-13 piki=-1 pil=-19 pil$=8 pila=7 pile=-13 pilf=-4 pilg=-4
pili=15 pill=-10 pilo=-6 pils=-9 pilu=-2 pily=-1 pim=-12 pime=-3 pimp=-7 pin=5 pin$=4 pin-=5 pina=12 pinc=2
pind=5 pine=-7 pinf=-2 ping=-20 pinh=8 pini=6 pink=5 pinn=-29 pino=16 pins=-3 pint=19 pinu=-4 pinw=-2 piny=-6
pio=30 pio$=7 pion=-14 pior=15 pios=-3 piot=16 piou=-1 pip=-38 pipa=-5 pipe=-20 piph=-3 pipi=3 pipp=3 pipr=-5
piq=-10 piqu=-5 pir=-2 pir$=-2 pira=-20 pire=10 piri=-3 pirm=-7 piro=-12 piru=-3 pis=21 pis$=-4 pisa=9
pisc=-10 pise=10 pish=-9 pisi=19 pisk=17 pism=-3 piso=2 pisp=-2 piss=-5 pist=-11 pisu=8 pisz=3 pit=2 pit$=3
pita=-2 pitc=-4 pite=-1 pith=-13 piti=13 pito=10 pitr=-1 pits=-1 pitt=-6 pitu=12 pity=-2 piu=4 pium=-1 pius=4
piv=8 pivo=-2 piw=1 pix=-8 pixe=-3 piy=4 piz=2 piza=-10 pizo=5 pizz=6 pj=-6 pjac=-2 pjs=-3 pjs$=-3 pk=27
pk$=-9 pka=20 pka$=21 pkan=-1 pke=15 pke$=-4 pkem=20 pkg=-9 pkg$=-6 pki=-9 pkin=-9 pkir=5 pkn=-1 pkno=-1
pko=20 pko$=9 pkoe=3 pkor=2 pkos=2 pkov=2 pl=-50 pl$=13 pla=-29 pla$=5 plac=-3 plad=-1 plag=-1 plai=-13 plak=7
plan=-24 plar=-2 plas=-8 plat=12 plau=8 plav=11 play=-20 plc=9 ple=-4 ple$=-25 plea=-7 pleb=4 plec=-3 pled=-2
plee=-2 pleg=-4 plei=1 plej=-2 plek=2 plem=-1 plen=-11 pleo=-4 pler=-9 ples=45 plet=18 plev=-6 plex=-6 pley=-1
plf=-3 pli=-7 plia=-2 plib=-3 plic=2 plie=-4 plif=-1 plig=-1 plik=-4 plim=3 plis=5 plit=-3 pliu=-3 plj=-5
plo=-16 plo$=-7 ploc=-2 plod=-3 ploi=-4 plom=-2 plon=3 plop=-3 plor=-2 plos=-5 plot=-6 plou=6 plov=1 plow=-2
ploy=-1 plu=11 pluc=5 plug=-9 plum=-7 plun=10 plur=-4 plus=10 plut=-3 pluv=-1 ply=-11 ply$=-5 plys=-1 pm=-28
pm$=-6 pma=-6 pman=-7 pmat=-2 pmd=-2 pme=-4 pmo=-3 pn=1 pna=4 pnag=-1 pne=-22 pnea=-5 pnei=-5 pnes=-1 pneu=-5
png=14 pnge=16 pni=15 pnia=1 pno=-8 pnoe=-4 pnop=-1 pnot=-1 pny=3 pnya=-3 po=-8 po$=4 poa=-9 poac=-3 pob=12
poba=5 pobo=-2 poc=11 poca=-10 poce=-1 poch=10 pock=7 poco=-5 pocr=-2 pod=-18 pod$=-9 poda=-11 pode=-11
podg=10 podi=-11 podk=13 podl=2 podo=-5 podr=-14 pods=3 poe=-12 poec=-1 poei=-1 poen=-4 poes=-1 poet=-5 pof=17
pofo=12 pog=-12 poga=1 poge=-5 pogg=-1 pogo=-2 pogr=-2 poh=6 poi=-7 poi$=5 poid=-2 poie=-1 poig=-1 poik=-3
poil=4 poin=-1 pois=-8 poit=-2 poj=-2 pok=12 poka=5 poke=-13 poki=-1 poko=8 pokr=-3 poku=14 pol=13 pol$=-6
pola=-12 polc=-4 pold=25 pole=-2 poli=16 polj=4 poll=33 poln=-6 polo=7 pols=5 polt=-3 polu=-7 poly=-47 polz=7
pom=18 poma=23 pomi=-4 pomm=-5 pomo=-7 pomp=10 pon=13 pon$=-14 pon-=-2 pona=-8 ponc=17 pond=-13 pone=-14
pong=57 poni=-2 ponn=-4 pono=1 pons=-2 pont=7 pony=-5 poo=5 poo$=-6 pook=-2 pool=2 poon=-12 poor=17 poos=4
pop=-16 pop$=-6 popa=3 pope=4 poph=-3 popi=-6 popl=-3 popo=5 popp=2 popr=-3 popu=-3 por=-1 por$=5 pora=-9
porc=4 pord=-2 pore=-12 pori=-16 pork=-9 porn=58 poro=-1 porp=-6 porr=6 port=-20 pory=3 porz=-3 pos=-15 pos$=3
posa=-1 posc=8 pose=-16 posi=1 poso=-4 posp=11 poss=-13 post=-14 pot=-24 pot$=-11 pota=-6 potb=-2 pote=-1
poth=1 poti=9 potl=-1 poto=7 potp=-4 potr=-2 pots=-3 pott=-12 pou=4 pouc=-8 poul=33 poun=-2 pour=-2 pous=-5
pout=-4 pov=16 pov$=7 pova=4 pove=-3 povi=10 povo=-1 pow=-15 powd=-3 powe=-8 powi=-7 pox=-1 pox$=-1 poz=-2
pozd=-4 poze=-1 pp=7 pp$=61 ppa=17 ppa$=4 ppac=-3 ppad=-5 ppag=-1 ppal=6 ppan=8 ppar=-3 ppd=-1 ppdi=-1 ppe=1
ppe$=39 ppea=-5 pped=-11 ppel=-1 ppen=20 pper=-35 ppes=1 ppet=-4 ppew=-3 pph=-6 pphi=-3 ppi=-6 ppi$=3 ppia=13
ppic=-5 ppid=-1 ppie=-17 ppil=3 ppin=-1 ppis=-4 ppl=-15 ppla=-4 pple=-2 ppli=-2 pply=-1 ppo=-11 ppo$=-12
ppob=-2 ppoc=-1 ppoi=-1 ppol=5 ppon=6 ppoo=-2 ppop=-3 ppor=-2 ppos=-7 ppov=5 ppr=-14 ppra=-3 ppre=-4 ppri=-2
ppro=-5 pps=-5 pps$=-3 ppst=-1 ppu=7 ppur=10 ppus=4 ppy=-12 ppy$=-11 pq=-3 pr=-17 pr$=-8 pra=31 pra$=-15
prab=14 prac=10 prad=11 prae=-7 prag=-5 prah=-2 prai=-13 prak=14 pral=4 pram=-5 pran=-9 prap=3 pras=44 prat=21
prav=-20 praw=-5 prax=5 pray=-2 praz=-6 pre=-1 pre$=-1 prea=-2 preb=8 prec=-8 pred=8 pree=22 pref=-6 preg=-4
preh=-4 prei=4 prej=5 prel=-8 prem=6 pren=27 preo=8 prep=-15 preq=-1 prer=4 pres=-17 pret=-23 preu=9 prev=2
prey=-10 pri=-35 pri$=-7 pria=26 prib=6 pric=4 prid=-4 prie=15 prig=-4 prij=-6 pril=-6 prim=-29 prin=-18
prio=-9 prip=-7 pris=3 priv=-10 priz=-2 pro=-32 pro$=-13 proa=-2 prob=2 proc=22 prod=2 prof=-11 prog=12 proh=1
proi=14 proj=-3 prok=15 prol=-4 prom=-12 pron=8 proo=6 prop=-35 pror=-1 pros=-20 prot=-13 prou=22 prov=-9
prow=-2 prox=-4 proz=-4 prt=-9 pru=19 pruc=11 prud=-2 prun=-19 prur=-5 prus=2 prv=-13 pry=18 pry$=-4 prz=5
prze=-2 przy=7 ps=-59 ps$=16 psa=-3 psa$=5 psac=-1 psal=-8 psan=7 psaw=-1 psc=-1 pse=-10 pse$=-9 psel=-3
psen=9 pser=-1 pses=-2 pset=-3 pseu=-6 psh=-10 psha=-4 pshe=-2 pshi=-3 psho=-1 psi=-6 psi$=-6 psia=-3 psic=-1
psid=-9 psie=12 psik=2 psil=-6 psim=-2 psin=-9 psis=-6 psit=24 psiz=-1 psk=-4 psko=-3 psn=-2 pso=-11 psod=-1
psoi=-1 pson=-2 psop=-2 psor=-3 psp=-2 pspr=-1 pst=-5 psta=-4 pste=-4 psto=-2 pstr=5 psu=-2 psu$=4 psul=-3
psus=-1 psw=-4 pswe=-1 psy=-12 psy$=-3 psyc=-6 psyl=-1 pt=-41 pt$=-30 pta=20 pta$=31 ptad=-3 ptai=-2 ptak=4
ptan=-2 ptar=-4 ptb=-1 ptc=-3 ptch=-2 pte=-23 pte$=11 ptee=-1 ptem=-1 pten=-1 pter=-24 ptes=-1 ptf=-1 pth=-2
pti=9 pti$=19 ptia=-2 ptic=-9 ptid=-2 ptie=-2 ptil=-3 ptim=5 ptin=-8 ptio=-4 ptis=20 ptiv=-2 ptiz=-1 ptj=-1
ptjs=-1 ptl=-2 ptn=-1 ptne=-1 pto=-9 pto$=-7 ptoc=-1 ptog=-1 ptol=-3 ptom=-3 ptoo=14 ptop=-4 ptor=-9 ptos=-4
ptot=-1 ptr=-5 ptra=-1 ptre=-2 ptri=-1 ptro=-1 pts=-5 pts$=-3 ptu=22 ptua=-2 ptum=7 ptun=14 ptur=-6 ptus=-2
pty=-10 pty$=-1 ptya=-4 ptyc=-2 ptyl=-1 pu=-13 pu$=-20 pua=12 puan=3 pub=-10 pube=-9 publ=-4 puc=3 pucc=-6
puch=8 puck=-5 pud=-7 pud$=-4 pudd=-2 pude=-4 pudg=-1 pue=2 pued=-8 puer=-2 pues=-3 puf=-6 puff=-6 pug=10
pugi=-4 pugl=10 pugn=-6 puh=12 pui=23 puis=8 puj=12 puk=2 puka=-9 puku=-7 pul=-16 pul$=4 pula=-4 pulc=3
pule=-5 puli=-2 pulk=12 pull=-17 pulm=-3 pulp=-5 puls=-8 pult=-2 pulu=5 pulv=-2 pum=-9 pumm=-4 pump=-3 pumu=-2
pun=-6 pun$=-24 puna=-3 punc=-6 pung=22 puni=-5 punj=-5 punk=-6 punn=-1 punt=12 puny=-6 puo=-6 puol=-4 pup=-9
pupa=-10 pupi=-3 pupp=-9 pur=-32 pur$=-39 pura=-17 purc=-3 purd=5 pure=-7 purg=20 puri=12 purl=-6 purm=19
purn=-2 purp=-6 purr=-2 purs=-11 purt=-3 puru=-4 purv=-5 purw=9 pus=-9 pus$=-19 pusc=12 puse=-5 push=-11
pusi=-2 pusk=7 pusp=16 puss=-8 pust=1 put=-6 put$=-1 puta=-9 pute=-1 puti=-12 puto=4 putr=17 putt=-5 putu=8
puu=40 puu$=37 puy=6 puya=-6 puz=2 puzh=-2 puzz=-2 pv=-11 pv$=-4 pw=-14 pwa=-8 pwal=-1 pwar=-3 pwi=-5 pwin=-3
pwo=6 pwoo=-1 pwor=-2 pwr=-3 px=-4 px$=-3 py=-100 py$=-49 pya=-10 pyae=-1 pyan=-1 pyar=-1 pyas=-2 pyat=-2
pyau=-1 pyb=-4 pyba=-2 pybi=-1 pyc=14 pyca=-5 pych=20 pycl=-1 pycn=-1 pyco=-4 pycr=-1 pycu=-1 pyd=-2 pyda=8
pyde=-2 pydi=-1 pydo=-3 pye=1 pyem=-2 pyev=-1 pyf=-2 pyg=-10 pyga=-1 pyge=-1 pygi=-1 pygl=-1 pygm=-1 pygo=-1
pygr=-1 pyh=-5 pyhe=-1 pyi=-5 pyic=-1 pyin=-2 pyj=-5 pyja=-1 pyjs=-1 pyk=-10 pyka=-4 pyke=-2 pyl=-18 pyla=-3
pyle=-3 pyli=-3 pyll=-1 pylo=-3 pym=-6 pyma=-1 pyme=-1 pymi=-1 pymo=-1 pyn=-7 pyne=-1 pynv=-1 pyo=-5 pyod=-1
pyop=-1 pyor=-1 pyp=-7 pypa=-1 pype=-1 pypi=-2 pypr=-1 pypy=-1 pyq=-2 pyr=-3 pyra=-2 pyre=-5 pyri=-6 pyro=5
pyrr=-2 pyru=-1 pys=21 pys$=20 pysc=7 pyse=-3 pysh=-1 pysi=-1 pysm=-1 pysn=-3 pyso=-2 pysp=-1 pyst=-3 pysz=12
pyt=15 pyta=-2 pyte=-2 pyth=-8 pytk=8 pyto=3 pytr=-2 pyu=-6 pyv=-8 pyve=-1 pyvi=-4 pyw=-3 pywa=-1 pywi=-1
pyx=-2 pyxi=-1 pyz=16 pyzi=2 pz=-9 q=-10 q$=-4 qa=29 qa$=-17 qaa=-4 qab=-11 qaba=-10 qad=4 qadd=-6 qadi=1
qam=12 qan=6 qar=13 qar$=10 qara=-3 qas=3 qasi=9 qat=1 qat$=3 qay=6 qc=-4 qd=-9 qdm=-3 qdm$=-3 qe=-5 qee=7
qen=-6 qi=4 qi$=-5 qia=-1 qian=-3 qid=6 qil=15 qil$=5 qin=-14 qing=-4 qir=-3 qir$=-3 qiy=3 qiya=3 ql=-38
ql$=-23 qla=-2 qlc=-2 qlf=-1 qlg=-1 qlgl=-1 qli=-1 qlit=-1 qlm=-2 qlo=-1 qls=-2 qm=1 qo=21 qp=-10 qp$=-8
qq=-11 qr=-15 qs=-6 qs$=-7 qt=-12 qt$=-3 qtt=-9 qtt$=-9 qu=-20 qua=-18 qua$=13 quab=-1 quac=-3 quad=-7 quae=-3
quag=-3 quai=7 quak=-4 qual=7 quam=-5 quan=10 quap=-2 quar=-13 quas=2 quat=-5 quav=-2 quaw=-2 qub=2 qud=12
que=-33 que$=24 quea=7 queb=-4 qued=-3 quee=2 quef=-2 quel=-58 quem=-2 quer=-21 ques=4 quet=10 queu=-6 quez=16
qui=-31 qui$=-4 quia=-5 quib=5 quic=-17 quid=-8 quie=7 quif=-3 quig=10 quil=-7 quim=-1 quin=22 quio=2 quip=-5
quir=-17 quis=-6 quit=1 quiv=6 quix=-1 quiz=-16 qul=20 qulu=6 qum=5 qun=5 quo=-10 quoi=-8 quor=-3 quot=5 qur=7
qut=23 quy=-5 quy$=-5 qv=55 qvi=55 qvis=55 qw=-3 qwe=-1 r=34 r$=3 r-=-27 r-a=-3 r-e=-2 r-f=-1 r-h=-4 r-m=-2
r-o=2 r-s=-7 r-v=-1 r-w=-1 ra=-19 ra$=-9 ra-=-11 raa=25 raa$=2 raag=5 raal=-9 raam=10 rab=18 rab$=3 raba=5
rabb=-4 rabc=1 rabe=1 rabh=10 rabi=-6 rabl=-2 rabo=5 rabr=-5 rabu=4 rac=-19 rac$=21 raca=-19 racc=12 rach=21
raci=-15 rack=1 racl=3 raco=-27 ract=3 racu=-5 racy=-14 racz=2 rad=-1 rad$=15 rada=-20 radd=6 rade=-13 radh=11
radi=-21 radk=5 radl=-4 radm=5 rado=-2 radr=-6 rads=14 radu=2 radv=3 radz=-1 rae=29 rae$=6 raea=4 raec=-1
raed=19 rael=-14 raem=8 raen=-12 raer=5 raet=11 raf=11 raf$=5 rafa=-1 rafe=-4 raff=-9 rafi=20 rafl=-2 rafn=9
rafo=-2 raft=-3 rag=3 rag$=21 raga=12 rage=-26 ragg=-8 ragh=29 ragl=-9 ragm=-7 ragn=9 rago=9 ragr=-3 ragu=-13
ragw=-3 rah=36 rah$=8 raha=15 rahe=-1 rahi=22 rahm=-13 raho=10 rahu=-13 rahy=1 rai=-25 rai$=-15 raia=12
raib=-3 raic=1 raid=6 raie=-4 raig=26 raik=-1 rail=-35 raim=20 rain=-16 raip=-2 rais=2 rait=-18 raiy=-6 raj=11
raj$=15 raja=1 rajc=5 rajg=-8 raji=16 rajk=-2 rajn=3 rajo=-10 rajp=-6 rajs=-4 rak=-24 rak$=-7 raka=5 rake=-10
rakh=-6 raki=-8 rakk=-1 rakl=-4 rako=-4 raks=10 rakt=-3 raku=11 ral=-11 ral$=-30 rala=3 ralb=2 ralc=-2 rald=6
rale=-2 ralf=17 ralg=-6 rali=-12 ralj=3 rall=-18 ralo=-1 ralp=11 rals=-4 ralt=15 ralu=6 raly=3 ram=-13 ram$=26
ramd=-1 rame=-14 ramg=-2 rami=-7 ramm=-15 ramn=-1 ramo=2 ramp=1 rams=13 ramu=-7 ramz=1 ran=-11 ran$=22 rana=4
ranb=6 ranc=33 rand=39 rane=-23 rang=-6 ranh=-8 rani=-21 ranj=1 rank=5 ranl=3 rann=-24 rano=10 ranp=-3 ranq=-5
rans=-25 rant=-13 ranu=-17 ranv=10 ranx=-2 rany=-15 ranz=22 rao=17 rao$=-4 raoi=16 raon=-4 raor=6 raou=4
rap=-20 rap$=5 rapa=-6 rape=-17 raph=-26 rapi=4 rapl=-2 rapo=3 rapp=2 rapr=26 raps=-1 rapt=-6 rapu=3 rapy=-1
raq=-1 raq$=-1 raqu=4 rar=-10 rar$=12 rara=-16 rarc=-9 rard=34 rare=-6 rarg=7 rari=-13 raro=-8 rart=-5 rary=-6
ras=-12 ras$=9 rasa=-13 rasb=-4 rasc=3 rase=7 rash=10 rasi=-15 rask=2 rasl=-4 rasm=1 rasn=-1 raso=-16 rass=8
rast=5 rasu=-3 rasy=-1 rasz=3 rat=2 rat$=10 rata=10 ratc=6 ratf=7 rath=-10 rati=-20 ratk=-12 ratl=-6 rato=-9
ratr=3 rats=2 ratt=-4 ratu=-10 raty=21 ratz=15 rau=5 rau$=-1 raub=-7 rauc=-4 raud=17 raue=-5 raug=-3 raul=-6
raum=-7 raun=-10 raur=-2 raus=14 raut=27 raux=2 rauz=-1 rav=-28 rav$=10 rava=-2 ravc=3 rave=-11 ravi=-27
ravl=-10 ravn=-2 ravo=8 ravu=-5 ravy=8 raw=-28 raw$=-15 rawa=5 rawb=10 rawc=-1 rawe=-6 rawf=-1 rawi=-5 rawk=5
rawl=-6 rawn=-14 rawo=-1 raws=-1 rax=19 rax$=-11 raxe=-3 raxi=-9 ray$=-38 raya=5 rayb=2 rayd=2 raye=-2 rayf=7
rayh=-1 rayi=-8 rayl=-4 raym=8 rayn=9 rayo=3 rays=3 rayy=-1 raz=-31 raz$=2 raza=5 razd=7 raze=-8 razh=-4
razi=-1 razk=1 razn=-9 razo=-10 razy=3 razz=-17 rb=-12 rb$=-27 rb-=-2 rba=3 rba$=17 rbac=4 rbad=-7 rbag=-4
rbai=-1 rbaj=8 rbal=-14 rbam=-2 rban=-1 rbar=-6 rbas=-6 rbat=2 rbe=6 rbea=-3 rbec=-3 rbed=-2 rbee=7 rbek=5
rbel=-10 rben=5 rber=14 rbes=5 rbet=-18 rbey=5 rbh=10 rbha=7 rbi=-10 rbi$=17 rbia=-5 rbic=-1 rbid=-7 rbie=23
rbif=-2 rbik=1 rbil=-11 rbin=6 rbir=-10 rbis=6 rbit=-15 rbiu=-1 rbj=9 rbja=1 rbjo=8 rbl=-7 rbla=-3 rble=-7
rbli=5 rblo=-1 rbo=-27 rbo$=5 rboa=-10 rbog=-2 rboi=-4 rbol=2 rbon=-3 rboo=6 rbop=-1 rbor=-9 rbot=-4 rbou=-4
rbov=6 rbox=-1 rboy=-4 rbr=17 rbra=-1 rbre=3 rbru=15 rbs=4 rbst=6 rbu=5 rbug=-2 rbul=10 rbun=5 rbus=-5 rbut=4
rby=7 rby$=10 rc=-30 rc$=-15 rca=-10 rca$=-25 rcac=5 rcad=10 rcae=-2 rcak=1 rcal=-2 rcam=11 rcan=7 rcap=-1
rcar=-7 rcas=-7 rcat=-1 rcau=4 rcc=-4 rcco=-3 rce=4 rce$=-6 rcea=-2 rced=-6 rcef=-1 rceg=16 rcei=3 rcel=15
rcem=-1 rcen=-10 rcep=-3 rcer=-5 rces=7 rcet=-5 rcf=-3 rch=-61 rch$=-30 rcha=-1 rchb=-2 rchd=-3 rche=-15
rchg=-3 rchh=-4 rchi=11 rchl=-5 rchm=3 rchn=-3 rcho=-3 rchp=-2 rchr=-3 rchs=6 rcht=3 rchu=4 rchw=-1 rchy=-8
rci=17 rci$=-3 rcia=-5 rcic=2 rcid=-1 rcie=9 rcif=-4 rcik=2 rcil=-3 rcin=4 rcio=2 rcis=5 rcit=-2 rciv=7 rck=30
rck$=7 rcki=-6 rckx=6 rcl=-10 rcla=-1 rcle=-5 rcli=-2 rclo=-2 rcm=-2 rco=1 rco$=18 rcoa=-2 rcoc=-1 rcod=-8
rcog=-7 rcoi=-2 rcok=4 rcol=-3 rcom=-8 rcon=-3 rcop=-1 rcor=1 rcos=1 rcot=4 rcou=1 rcr=5 rcs=-11 rcse=-4
rct=-7 rcta=-1 rcti=-2 rcto=-3 rcu=4 rcui=-2 rcul=-5 rcum=-8 rcup=-2 rcur=-6 rcus=23 rcut=-4 rcy=12 rcy$=5
rcz=16 rcza=6 rczu=4 rczy=5 rd=-25 rd$=36 rda=17 rda$=28 rdab=-4 rdac=1 rdad=4 rdag=6 rdah=-11 rdai=-10 rdal=7
rdam=-18 rdan=-9 rdar=-5 rdas=9 rdat=1 rday=4 rdb=-2 rdba=-5 rdbo=-2 rdc=-3 rdca=-1 rdco=-2 rde=1 rde$=18
rdea=-2 rdec=4 rded=-1 rdee=-7 rdeg=-6 rdel=34 rdem=4 rden=-6 rder=-42 rdes=8 rdet=-1 rdev=8 rdf=-3 rdfi=-1
rdg=3 rdgr=4 rdh=-10 rdha=-8 rdhe=-1 rdho=-3 rdi=-12 rdi$=32 rdia=-19 rdic=-13 rdid=-3 rdie=-4 rdif=5 rdig=-7
rdik=2 rdil=-3 rdim=-5 rdin=-10 rdio=5 rdis=3 rdit=9 rdiu=-5 rdiz=-7 rdj=-6 rdl=-14 rdla=2 rdle=-6 rdli=-5
rdly=-4 rdm=6 rdma=2 rdme=-2 rdn=-11 rdne=-9 rdo=4 rdo$=24 rdoc=2 rdog=2 rdol=-6 rdom=1 rdon=6 rdoo=-8 rdos=3
rdot=-1 rdou=-5 rdp=-3 rdr=-12 rdra=-3 rdre=2 rdri=2 rdro=-6 rdru=-6 rds=-8 rds$=-4 rdse=3 rdsh=-4 rdsm=-3
rdst=2 rdt=13 rdt$=17 rdu=-2 rdu$=3 rdue=-4 rdul=6 rduo=-1 rdur=-11 rdus=8 rdv=-9 rdw=-13 rdwa=-4 rdwo=-9
rdy=7 rdy$=3 rdyl=-4 rdz=-4 rdzh=-5 rdzi=1 re=-21 re$=-10 re-=1 rea=-14 rea$=30 reab=-2 reac=7 read=-11
reae=-5 reaf=-1 reag=-4 reak=-35 real=3 ream=-24 rean=26 reap=-2 rear=-4 reas=-9 reat=-11 reau=18 reav=11
reb=-20 reb$=-2 reba=3 rebb=-4 rebe=-4 rebi=8 rebl=-1 rebo=6 rebr=-7 rebu=-13 rec=-6 rec$=-1 reca=-8 recc=-12
rece=19 rech=21 reci=9 reck=6 recl=-7 reco=-20 recr=-2 rect=-8 recu=-6 recy=-2 red=1 red$=9 reda=17 redb=-5
redd=7 redf=-3 redg=-2 redh=-1 redi=-12 redl=3 redm=6 redn=-8 redo=-7 redr=12 reds=-1 redu=-6 redw=-2 ree=-13
ree$=-9 reea=2 reeb=-4 reec=4 reed=-3 reef=-6 reeg=2 reei=-1 reek=-12 reel=3 reem=1 reen=-15 reep=-4 reer=4
rees=12 reet=25 reev=-4 reew=-5 reex=-1 reez=-13 ref=-34 ref$=13 refa=-11 refe=-6 refi=-5 refl=-2 refo=-8
refr=-9 refy=-2 reg=27 reg$=-6 rega=2 rege=8 regg=22 regi=23 regl=-5 regm=-6 regn=6 rego=2 regr=-13 regu=-5
reh=3 reha=-7 rehi=6 reho=4 rei=31 rei$=-28 reia=4 reib=-3 reic=2 reid=1 reie=-3 reif=-7 reig=-9 reij=3 reil=4
reim=7 rein=37 reir=6 reis=-13 reit=30 reiz=-8 rej=8 rej$=8 reja=1 reji=-7 rejk=2 rejo=2 rejs=10 rejt=-10
reju=-5 rek=23 rek$=38 reka=-17 reke=2 reki=2 rekk=-5 rekn=-2 reko=-4 reku=4 rel=-32 rel$=-26 rela=-8 rele=-1
relf=-2 reli=-22 rell=44 relo=-4 relu=4 rely=-11 rem=6 rem$=9 rema=4 reme=-9 remi=-5 remk=-1 reml=-9 remm=-8
remn=3 remo=-15 remp=13 rems=1 remy=18 ren=25 ren$=10 ren-=-3 rena=-1 renb=-11 renc=9 rend=16 rene=-11
reng=-13 renh=-4 reni=-6 renk=6 renn=11 reno=-10 rens=15 rent=23 renu=-8 reny=7 renz=-4 reo=-14 reo$=-12
reoc=9 reof=2 reol=-5 reon=3 reop=-3 reor=-5 reos=-3 reou=-1 reov=-1 rep=-29 rep$=-7 repa=-1 repe=-8 reph=-2
repi=7 repl=-6 repo=1 repp=4 repr=-6 rept=-5 repu=-9 req=-5 req$=-5 rer=5 rer$=-33 rera=29 rere=-13 reri=16
rero=8 reru=-5 rery=2 res=-4 res$=36 resa=5 resb=-2 resc=-12 rese=-8 resf=1 resh=-20 resi=9 resk=-5 resl=-3
resn=-5 reso=-8 resp=14 resq=-4 ress=-1 rest=4 resu=-7 resy=-2 resz=8 ret=-9 ret$=35 reta=9 retc=7 rete=10
retf=-2 reth=1 reti=-10 retj=-8 retl=3 reto=-7 retr=-16 rets=-11 rett=-23 retu=-3 rety=6 retz=-1 reu=10
reu$=-1 reub=1 reud=5 reug=4 reun=-13 reup=-3 reus=-11 reut=13 reux=12 reuz=-7 rev=-28 rev$=-8 reva=-2
reve=-21 revi=-4 revo=11 revu=-5 rew=-24 rew$=-5 rewa=7 rewe=-6 rewi=-10 rewm=-2 rewn=10 rewo=-7 rewr=-1
rews=-7 rex=10 rex$=-9 rexi=-2 rey=-2 rey$=-11 reya=-1 reyb=-3 reye=-7 reyh=-3 reyj=-3 reyl=-2 reym=2 reyn=14
reyr=10 reys=9 rez=21 rez$=8 reza=-3 reze=1 rezh=-6 rezi=6 rezn=-3 rezz=-1 rf=-47 rf$=-65 rf-=-6 rf-a=-2
rf-m=-2 rfa=-6 rfac=-2 rfal=-5 rfam=-3 rfan=2 rfar=-6 rfb=-2 rfd=-5 rfe=18 rfec=-1 rfei=-5 rfel=7 rfen=-5
rfer=13 rfes=-1 rfet=2 rff=9 rff$=9 rfh=5 rfi=21 rfi$=12 rfic=-1 rfid=-2 rfie=6 rfil=-4 rfin=10 rfis=-4 rfl=-2
rflo=-1 rfo=-3 rfoi=-2 rfol=-3 rfor=-2 rfr=-2 rfra=-6 rfro=-2 rfs=6 rft=-5 rfu=-6 rful=3 rfum=-1 rfur=-5 rg=4
rg$=34 rg-=-33 rg-a=-1 rg-b=-5 rg-f=-1 rg-g=-2 rg-h=-6 rg-k=-3 rg-l=-3 rg-o=-1 rg-p=2 rg-r=-2 rg-s=-3 rg-w=-1
rga=1 rga$=6 rgaa=11 rgac=10 rgai=-5 rgal=1 rgam=-7 rgan=-21 rgar=3 rgas=4 rgat=-2 rgau=2 rgaz=-1 rgb=-4 rgd=3
rgdi=2 rge=10 rge$=-23 rgea=1 rged=-3 rgei=-2 rgel=1 rgem=-5 rgen=2 rgeo=8 rger=38 rges=-4 rget=-5 rgey=3
rgh=-7 rgh$=-13 rgha=8 rghe=8 rghi=-11 rgho=-6 rgi=-3 rgi$=-11 rgia=-7 rgic=-8 rgid=6 rgie=12 rgil=-8 rgin=-13
rgio=10 rgir=3 rgis=-3 rgit=20 rgiu=9 rgiv=-4 rgiz=-12 rgk=3 rgl=-2 rgl$=-1 rgla=-4 rgle=-1 rgli=2 rgma=1
rgmu=1 rgn=8 rgne=-7 rgny=5 rgo=-32 rgo$=-10 rgod=-4 rgoe=-1 rgol=15 rgom=-2 rgon=-14 rgoo=-3 rgor=-3 rgos=-5
rgov=4 rgoy=-4 rgp=-1 rgr=16 rgre=7 rgri=5 rgru=2 rgs=5 rgs$=-7 rgst=23 rgu=10 rgua=-1 rgue=-5 rgui=-2 rgul=2
rgum=-2 rgun=-4 rgur=18 rgus=-2 rgv=-3 rgw=-3 rgwe=-3 rgy=-9 rgy$=6 rgyr=-3 rh=-51 rh$=-29 rha=16 rhab=-3
rhac=-3 rhad=3 rhal=3 rham=-6 rhan=6 rhap=-6 rhar=25 rhas=-6 rhat=4 rhau=-3 rhav=1 rhe=-24 rhea=-15 rhee=-5
rhei=-13 rhel=2 rhen=-8 rheo=-1 rher=-3 rhet=9 rheu=1 rhey=7 rhi=-13 rhi$=7 rhia=15 rhic=-2 rhil=1 rhin=-21
rhiz=-11 rho=15 rhod=6 rhoe=-3 rhof=7 rhol=2 rhom=-8 rhon=4 rhoo=-4 rhor=4 rhou=13 rhu=-8 rhul=4 rhum=-4
rhun=1 rhus=-7 rhut=-3 rhy=-10 rhyd=-1 rhym=-2 rhyn=-7 rhyt=-7 ri=-3 ri$=23 ria=-6 ria$=-28 ria-=3 riaa=5
riab=-2 riac=-10 riad=3 riae=6 riag=2 rial=-7 riam=8 rian=19 riap=-7 riar=-9 rias=5 riat=4 riau=7 riaz=-5
rib=-13 rib$=2 riba=2 ribb=-3 ribe=-10 ribh=5 ribi=12 ribl=-3 ribn=-2 ribo=-4 ribu=-7 ric=19 ric$=-15 rica=-3
ricc=7 rice=13 rich=-4 rici=16 rick=16 ricl=-3 rics=2 rict=-5 ricu=-7 ricy=-4 rid=11 rid$=10 rida=-18 ridd=-1
ride=-6 ridg=23 ridi=-5 ridl=-9 ridn=-1 rido=1 ridr=1 rids=4 ridu=-4 rie=21 rie$=-32 rie-=13 rieb=4 riec=-3
ried=69 rief=-17 rieg=2 rieh=2 riek=-10 riel=12 rien=10 rier=-22 ries=-6 riet=1 rieu=7 riev=-5 rif=-14 rif$=15
rifa=-2 riff=3 rifl=-6 rifo=-4 rift=-10 rifu=-3 rify=-9 rig=-22 rig$=-14 riga=-24 rige=-1 rigg=-17 righ=5
rigi=2 rigl=-1 rign=-1 rigo=18 rigr=-5 rigu=1 rih=5 riha=7 rihe=-8 riho=3 rihy=7 rii=9 rii$=-8 riid=-4 riif=-1
riin=10 riit=12 rij=7 rija=3 rijk=7 rijn=8 rijo=-13 rijs=-6 riju=3 rik=18 rik$=26 rika=-10 rike=12 riki=-14
rikk=6 riko=-11 riks=6 riku=2 ril=-42 ril$=-17 rila=1 rile=-18 rili=-8 rill=2 rilo=3 rilu=-4 rily=8 rim=-17
rim$=27 rima=-10 rimb=-10 rime=-15 rimi=19 rimm=-2 rimn=5 rimo=-24 rimp=-2 rimr=-2 rims=-7 rimu=6 rimy=-4
rin=6 rin$=13 rina=5 rinc=9 rind=-5 rine=17 ring=-33 rini=16 rink=6 rinn=6 rino=-11 rins=12 rint=-27 rinu=13
riny=-13 rinz=5 rio=-2 rio$=6 rioc=-11 riod=-2 riog=1 rioj=-5 riol=-24 riom=3 rion=37 riop=-5 rior=-11 rios=14
riot=-9 riou=5 rip=-20 rip$=-13 ripa=7 ripe=-16 riph=-4 ripi=4 ripl=10 ripo=2 ripp=2 ripr=-5 rips=-4 ript=1
riq=26 riq$=7 riqu=20 rir=-11 rir$=-4 ris=23 ris$=-1 risa=-3 risb=-5 risc=18 rise=-15 rish=12 risi=-12
risk=-18 risl=-3 rism=-6 riso=-17 risp=5 riss=17 rist=56 risy=-3 risz=1 rit=-5 rit$=17 rita=-15 ritc=11
rite=-1 rith=-8 riti=-27 ritn=5 rito=-14 ritr=-4 rits=27 ritt=14 ritu=2 rity=-9 ritz=-6 riu=-21 riu$=3 riul=-3
rium=-17 riun=-2 riuo=-7 riur=-4 rius=8 riut=-1 riv=-23 riva=3 rive=-10 rivi=-10 rivo=2 riw=-3 riwi=-3 rix=-15
rix$=-9 riy=8 riya=-15 riye=12 riyo=3 riz=-6 riz$=23 rize=-26 rizi=11 rizo=-12 rizz=-5 rj=-1 rja=-4 rja$=6
rjac=-6 rjad=-7 rjah=-6 rjam=1 rjan=3 rjav=5 rje=19 rje$=12 rjee=11 rji=-6 rji$=-2 rjo=2 rjo$=6 rjon=3 rjor=-1
rjs=-13 rjs$=-8 rju=3 rjur=-4 rk=-47 rk$=-49 rka=32 rka$=9 rkac=-5 rkah=-1 rkal=5 rkan=20 rkap=6 rkar=6 rkas=5
rkat=-11 rkb=-1 rkbo=-1 rkc=-2 rkd=-2 rkda=-1 rkdo=-1 rke=4 rke$=27 rked=-2 rkee=-2 rkel=4 rken=-15 rker=-3
rkes=-11 rket=9 rkey=11 rkf=-1 rkg=-3 rkgr=-2 rkh=3 rkha=4 rkho=4 rki=18 rki$=2 rkic=1 rkie=-3 rkil=1 rkin=20
rkir=-1 rkis=-3 rkit=12 rkk=10 rkka=-5 rkki=6 rkko=4 rkl=-6 rkle=-5 rkli=-5 rklo=-1 rklu=6 rkly=-2 rkma=5
rkme=-5 rkn=1 rkne=-2 rkni=2 rko=-2 rko$=15 rkol=-16 rkon=6 rkor=-2 rkos=5 rkot=1 rkov=-7 rkow=3 rkp=-3 rkr=-9
rkro=-2 rks=-8 rks$=-4 rksh=-5 rkso=1 rkst=-1 rkt=-10 rkt$=-2 rkto=-1 rku=1 rkup=-6 rkur=7 rkus=1 rkut=9
rkw=-7 rkwa=-4 rkwe=-2 rkx=5 rkx$=5 rky=-15 rky$=-15 rl=1 rl$=-21 rl-=11 rl-h=1 rl-j=1 rla=-1 rla$=22 rlab=-2
rlac=6 rlad=1 rlag=1 rlai=-12 rlak=-1 rlal=-8 rlan=5 rlap=-3 rlas=2 rlat=-5 rlau=6 rlay=-6 rlb=-3 rlbe=1
rld=-2 rldl=-1 rle=32 rle$=33 rlea=-10 rleb=-11 rled=-2 rlee=25 rlei=14 rlen=17 rler=-15 rles=-10 rlet=10
rley=-7 rlf=-5 rlh=-1 rli=20 rli$=9 rlic=-5 rlie=7 rlif=-2 rlig=-1 rlih=-1 rlij=1 rlik=-5 rlin=16 rlip=-1
rlis=9 rlit=-6 rlj=-2 rlo=-15 rlo$=-5 rloa=-3 rlob=-2 rloc=-8 rlog=10 rloh=-4 rloi=-4 rlon=-3 rloo=-5 rlop=-3
rlor=-7 rlot=14 rlov=-7 rlow=14 rlp=-5 rls=-6 rlsb=-4 rlst=-5 rlt=1 rlu=8 rlu$=3 rluk=-4 rlun=6 rlus=1 rlw=-2
rly$=-7 rlyi=-1 rlyn=6 rm=-21 rm$=-34 rma=8 rma$=-7 rmab=-3 rmac=3 rmad=-9 rmae=-3 rmag=-10 rmai=17 rmak=1
rmal=-17 rmam=-1 rman=28 rmap=-2 rmas=-8 rmay=13 rmb=-5 rmc=-3 rme=18 rme$=1 rmea=6 rmec=-6 rmed=-9 rmee=4
rmei=11 rmel=10 rmen=30 rmer=-30 rmet=-5 rmey=3 rmf=-4 rmfu=-2 rmh=-2 rmha=-2 rmho=-3 rmi=-1 rmi$=-4 rmia=-8
rmic=-10 rmid=-2 rmie=8 rmig=3 rmil=-16 rmin=42 rmio=-6 rmis=-11 rmit=9 rml=-10 rmle=-3 rmli=-1 rmly=-1 rmo=-9
rmo$=9 rmoc=-2 rmod=32 rmol=-2 rmom=-1 rmon=-11 rmop=-1 rmor=-19 rmos=-4 rmot=9 rmou=-9 rmp=-2 rms=10 rms$=-3
rmst=8 rmt=5 rmtr=7 rmu=16 rmud=-11 rmuh=7 rmul=-6 rmum=-1 rmun=13 rmur=-2 rmus=9 rmut=2 rmuz=3 rmw=-3 rmy=-4
rmy$=-1 rn=-8 rn$=-44 rn-=-8 rn-a=-1 rna=9 rna$=-24 rnab=3 rnac=3 rnad=8 rnae=-2 rnag=-2 rnah=-10 rnai=2
rnak=1 rnal=-19 rnam=-6 rnan=35 rnar=-1 rnas=-3 rnat=14 rnau=-3 rnav=-5 rnb=-2 rnba=1 rnbe=-7 rnbi=-4 rnbr=-1
rnbu=8 rnc=8 rnco=-3 rnd=1 rndi=-1 rndo=-2 rndt=4 rne=8 rne$=-2 rnea=-2 rneb=-2 rnec=2 rned=-6 rnee=13 rnei=1
rnej=6 rnek=2 rnel=7 rneo=-4 rner=-3 rnes=38 rnet=-10 rneu=-6 rnev=-1 rney=-18 rnf=4 rnfi=1 rnfr=9 rnfu=-2
rng=1 rnha=-1 rnhe=4 rnhi=-1 rnho=-1 rnhu=-2 rni=1 rni$=2 rnia=-13 rnic=2 rnie=15 rnif=-1 rnig=5 rnik=5
rnil=13 rnim=-2 rnin=20 rnio=-9 rnir=7 rnis=-23 rnit=-5 rniv=-8 rnix=1 rniz=-2 rnk=-2 rnl=2 rnla=2 rnle=-2
rnly=-1 rnm=-3 rnme=-2 rnmo=-1 rnn=-7 rnne=-3 rno=5 rno$=-23 rnob=-4 rnoc=5 rnod=9 rnof=5 rnog=2 rnol=-4
rnon=9 rnoo=-2 rnor=2 rnos=-2 rnot=8 rnov=-3 rnp=13 rnpi=13 rnpo=-2 rnr=2 rns=-19 rns$=-3 rnse=-1 rnsh=-1
rnsi=-3 rnst=-6 rnt=9 rnt$=2 rnu=12 rnul=4 rnum=-2 rnus=8 rnut=7 rnw=-1 rnwa=1 rny=-2 rny$=9 rnya=-15 ro=-27
ro$=12 roa=-6 roa$=15 roac=-1 road=-18 roak=-8 roan=-11 roar=15 roas=-4 roat=-7 rob=2 rob$=2 roba=-21 robb=19
robe=-16 robi=-16 robj=2 robl=13 robn=5 robo=-4 robs=14 robu=-5 roc=2 roca=9 rocc=6 roce=3 roch=16 roci=-4
rock=-14 rocl=-4 rocn=-4 roco=-10 rocr=-3 roct=11 rocu=-4 rocy=-6 rocz=1 rod=-7 rod$=-3 roda=4 rodd=7 rode=-1
rodg=1 rodi=-17 rodn=-1 rodo=-11 rodr=11 rodu=-3 rody=-2 roe=17 roe$=6 roeb=-7 roec=-1 roel=11 roem=-2 roen=10
roes=-6 roet=-6 roev=-1 rof=-8 rof$=-4 rofa=-5 rofe=-3 roff=9 rofi=1 rofl=-5 rofo=-3 roft=-1 rofu=-4 rog=-13
rog$=-6 roga=-2 roge=5 rogg=8 rogh=-2 rogi=10 rogl=-18 rogm=-2 rogn=10 rogo=-3 rogr=-4 rogu=-9 rogy=-3 roh=34
roha=5 rohe=-3 rohi=8 rohl=-2 rohm=14 rohn=-4 rohr=3 roht=2 rohy=-2 roi=16 roi$=-9 roic=-12 roid=11 roil=-2
roim=-11 roin=9 rois=3 roit=4 roix=19 roj=12 roj$=3 roja=-7 roje=2 rojk=1 rojn=4 rok=5 rok$=-1 roka=6 roke=-14
rokh=-5 roki=5 roko=9 roku=3 rol=-11 rol$=1 rola=1 rold=23 role=-6 rolf=4 roli=2 roll=-27 rolo=-12 rols=-2
rolu=-3 roly=8 rom=7 rom$=82 roma=-33 romb=-3 rome=-20 romh=-11 romi=-9 romm=11 romn=4 romo=-6 romp=4 roms=-8
romu=3 romw=-6 romy=6 ron=-17 ron$=39 rona=1 ronc=-2 rond=-6 rone=-18 rong=-1 roni=15 ronk=12 ronl=-1 ronm=-5
ronn=-8 rono=6 ronp=-1 ronr=2 rons=10 ront=-43 ronu=-7 ronw=1 rony=-7 ronz=-5 roo=-30 roo$=-9 rood=10 roof=-8
roog=2 rook=-11 room=-44 roon=-19 roop=8 roos=30 root=4 roov=-3 rop=-20 rop$=34 rop-=-1 ropa=-2 rope=4
roph=-13 ropi=-4 ropk=-4 ropl=4 ropo=-14 ropp=-3 ropr=-3 rops=-3 ropt=-2 ropu=-4 ropy=-5 roq=3 roqu=5 ror=-32
ror$=-20 rora=-7 rore=3 rori=-11 roro=-4 rors=-10 rory=16 ros=22 ros$=70 rosa=13 rosb=2 rosc=4 rose=-7 rosh=-9
rosi=-9 rosk=-1 rosl=14 rosm=5 rosn=2 roso=-4 rosp=-9 ross=-10 rost=-10 rosu=-3 rosw=-2 rosy=-8 rosz=-6
rot=-18 rot$=-1 rota=13 rotc=-3 rote=7 roth=-5 roti=-4 rotl=-6 roto=-22 rotr=7 rots=-2 rott=11 rotu=-13
rotz=-3 rou=-15 rou$=-4 roub=-6 rouc=3 roud=-5 roue=-7 roug=-28 rouk=10 roul=3 roun=-23 roup=-9 rour=8 rous=-2
rout=-7 rouw=28 roux=15 rouz=-3 rov=1 rov$=32 rova=7 rove=-1 rovi=-6 rovk=-5 rovn=-10 rovo=-17 rovs=1 rovt=-3
row=-24 row$=-13 rowa=-10 rowb=-3 rowd=-4 rowe=3 rowf=-1 rowi=-7 rowl=14 rown=-8 rows=5 rowt=-2 rowz=-2 rox=12
rox$=-2 roxa=8 roxe=1 roxy=5 roy=4 roy$=19 roya=-9 roye=2 roys=-7 roz=7 roz$=13 roza=2 rozb=-4 rozd=9 roze=-6
rozh=-6 rozi=5 rozn=-4 rozo=-6 rozy=2 rozz=5 rp=-24 rp$=-19 rpa=23 rpa$=3 rpac=2 rpae=-1 rpai=-1 rpak=4 rpal=4
rpan=-1 rpar=-4 rpas=-3 rpat=6 rpay=-2 rpc=-9 rpc$=-5 rpe=21 rpe$=5 rped=-5 rpel=15 rpen=11 rper=-4 rpes=-3
rpet=-3 rpey=6 rph=-20 rph$=-3 rpha=-3 rphe=-4 rphi=-9 rpho=-2 rphy=3 rpi=14 rpi$=9 rpic=5 rpid=-1 rpie=-2
rpil=8 rpin=-4 rpio=2 rpis=2 rpl=-11 rpla=-5 rple=-2 rpli=-1 rplu=-1 rpm=-2 rpo=-14 rpoi=-1 rpon=12 rpoo=-3
rpor=-8 rpos=-4 rpr=7 rpre=10 rpri=-2 rpro=-1 rps=-5 rps$=-3 rpsh=-1 rpt=-1 rpul=-4 rpur=13 rpus=-7 rpy=-6
rpy$=-3 rq=-12 rql=-2 rqua=13 rque=-10 rqui=1 rquo=-1 rr=-22 rr$=-9 rra=6 rra$=16 rrab=10 rrac=-10 rrad=10
rraf=3 rrag=6 rrah=-1 rrai=-2 rrak=-8 rral=-2 rram=-6 rran=10 rrap=-2 rrar=1 rras=-2 rrat=-3 rraw=-4 rray=-28
rraz=1 rre=20 rre$=18 rrea=4 rrec=1 rred=-4 rref=-3 rreg=-5 rrel=-15 rrem=3 rren=-4 rreo=4 rrer=17 rres=6
rret=7 rrev=-2 rrey=-8 rrez=-3 rrh=-40 rrha=-8 rrhe=-14 rrhi=-8 rrho=-6 rrhu=-2 rrhy=-1 rri=16 rri$=28 rria=31
rrib=-2 rric=-16 rrid=-16 rrie=-7 rrif=-5 rrig=16 rrih=8 rril=20 rrim=-11 rrin=-1 rrio=2 rrip=-1 rris=-22
rriv=-10 rrl=-5 rrn=-2 rro=21 rro$=26 rrob=-9 rroc=21 rrod=-2 rrog=-3 rrol=5 rrom=5 rron=27 rroo=-2 rror=-29
rros=13 rrot=-10 rrou=-1 rrow=-17 rru=-11 rruc=-3 rrul=-8 rrup=-5 rrus=3 rrw=-4 rry=-5 rry$=-1 rryc=-2 rryi=-2
rryl=14 rrym=-7 rs=-29 rs$=10 rs-=4 rsa=-12 rsa$=20 rsad=12 rsag=-9 rsai=-8 rsak=-7 rsal=-9 rsan=15 rsar=-5
rsau=-2 rsav=-4 rsaw=-1 rsb=-10 rsba=-5 rsbe=6 rsbr=-4 rsbu=-3 rsc=2 rsca=-1 rsch=6 rsco=-1 rsd=-1 rsdo=-5
rse=-39 rse$=-23 rsea=14 rseb=-2 rsec=3 rsee=-3 rsef=-2 rseh=-6 rsei=-6 rsel=3 rsem=-9 rsen=40 rsep=3 rser=-21
rses=-7 rset=-6 rseu=-1 rsev=2 rsew=-2 rsey=-13 rsf=4 rsfe=-1 rsfi=6 rsh=-23 rsh$=13 rsha=-8 rshi=-11 rsho=-3
rsi=-3 rsi$=-9 rsia=-7 rsib=2 rsic=12 rsid=4 rsie=1 rsif=-2 rsil=2 rsim=-5 rsin=-6 rsio=-10 rsis=-5 rsit=2
rsiv=-2 rsk=2 rsk$=-12 rska=8 rski=11 rsko=-11 rsky=11 rsl=1 rsla=3 rsle=-7 rsli=3 rslo=-4 rslu=9 rsm=9
rsma=12 rsmi=-2 rsn=-3 rsni=-1 rso=6 rso$=-13 rsoa=-2 rsol=16 rsom=-2 rson=8 rsoo=-3 rsor=-4 rsp=-10 rspa=-1
rspe=-6 rspi=-1 rspo=-1 rss=15 rsse=-4 rsso=13 rst=39 rst$=14 rst-=10 rsta=-15 rste=-3 rsti=17 rstl=1 rstm=-2
rsto=-8 rstr=26 rstu=-1 rsty=2 rsu=-12 rsua=-3 rsue=-2 rsui=-5 rsul=7 rsum=-3 rsun=5 rsup=-5 rsus=-4 rsut=-1
rsv=-4 rsvi=-4 rsw=-9 rswe=-3 rswi=-3 rswo=-2 rsy=4 rsy$=-1 rsyn=-1 rsyt=6 rsz=-3 rt=-6 rt$=31 rt-=-6 rt-b=-2
rta=-25 rta$=-13 rtac=8 rtad=3 rtag=3 rtai=-12 rtak=9 rtal=-23 rtam=-6 rtan=11 rtar=-12 rtas=-1 rtat=15
rtax=-1 rtb=-7 rtbr=-2 rtc=-3 rtc$=-1 rtcu=-1 rtd=-2 rte=11 rte$=33 rtea=9 rteb=-5 rted=-2 rtee=-7 rtef=-3
rtei=3 rtek=-2 rtel=9 rtem=2 rten=10 rter=-21 rtet=-2 rtex=-5 rtez=-7 rtf=-16 rtfe=-2 rtfo=-6 rtfu=-4 rtg=-5
rtga=-5 rth=-15 rth$=23 rtha=-10 rthb=-2 rthe=21 rthf=-2 rthi=-19 rthl=-4 rthm=-5 rtho=4 rthr=-14 rths=-1
rthu=-7 rthw=-7 rthy=13 rti=-16 rti$=-20 rtia=-17 rtic=7 rtid=7 rtie=26 rtif=-4 rtik=-8 rtil=8 rtim=-4 rtin=10
rtio=-6 rtip=-2 rtir=2 rtis=-8 rtit=-9 rtiu=-1 rtiv=-1 rtj=10 rtje=10 rtk=2 rtka=5 rtki=-3 rtl$=12 rtla=17
rtle=-22 rtli=-1 rtly=-4 rtm=13 rtma=12 rtme=-1 rtmu=3 rtn=-2 rtne=-1 rto=-7 rto$=16 rtoc=2 rtoi=8 rtol=15
rtom=-3 rton=-31 rtoo=-1 rtop=-3 rtos=3 rtou=-6 rtov=1 rtp=-1 rtpy=-1 rtr=4 rtra=16 rtre=-11 rtri=-7 rtro=-2
rtru=9 rts=4 rts$=17 rtsa=1 rtsb=12 rtsc=-1 rtse=7 rtsh=-5 rtsi=-9 rtso=-9 rtsw=-2 rtt=13 rtti=-8 rttu=13
rtu=-11 rtu$=-8 rtua=-6 rtug=-4 rtul=-1 rtum=-2 rtun=18 rtuo=-4 rtur=2 rtus=4 rtv=-5 rtvi=-1 rtw=4 rtwa=-1
rtwi=6 rtwo=-2 rty=25 rty$=54 rtyn=-4 rtyp=-2 rtyr=-11 rtys=-3 rtz=-6 rtz$=-8 rtzi=-6 ru=-5 ru$=14 rua=7
rua$=-4 rual=-3 ruan=-7 ruar=8 ruat=-1 rub=3 rub$=-1 ruba=-1 rubb=2 rube=4 rubi=4 rubl=-1 ruc=-10 ruc$=15
ruca=-8 rucc=9 ruce=-7 ruch=-5 ruci=-6 ruck=-13 ruco=4 ruct=-5 rucu=-1 rud=14 rud$=25 ruda=-16 rudd=1 rude=-3
rudg=-9 rudh=1 rudi=6 rudo=2 rudy=6 rudz=8 rue=4 rue$=-1 rued=11 ruef=-2 ruel=-7 ruen=4 rues=-3 ruf=6 ruff=-1
rufu=3 rug=-1 rug$=-1 ruga=-5 ruge=-8 rugg=28 rugi=2 rugl=-2 rugu=-3 ruh=-6 ruha=-5 ruhe=-7 ruhs=5 rui=-2
rui$=4 ruid=-3 ruin=-19 ruit=1 ruj=-5 ruk=27 ruk$=17 ruka=4 rukh=3 ruki=4 rul=-13 rul$=16 rula=-10 rule=-16
ruli=-6 rull=14 rulo=-7 ruly=-4 rum=-39 rum$=-25 ruma=1 rumb=-10 rume=-2 rumf=-1 rumi=-8 rumm=16 rumo=-8
rump=-6 rums=-2 run=-18 run$=55 runa=9 runc=-8 rund=-23 rune=-9 rung=-4 runh=1 runi=5 runk=-13 runn=-23 runo=8
runp=5 runs=-6 runt=-6 runu=-4 runz=-2 ruo=-9 ruos=-3 rup=-22 rup$=-6 rupa=-19 rupe=14 rupi=-5 rupl=-1 rupp=14
rupt=-10 rupu=-1 ruq=2 rur=-17 rur$=-9 rura=-8 ruri=-1 ruru=-5 rus=-30 rus$=-13 rusa=-8 rusc=8 ruse=-2
rush=-21 rusi=19 rusk=3 rusn=1 ruso=4 rusp=-1 rusq=-2 russ=-12 rust=-16 rusz=3 rut=24 rut$=-6 ruta=7 rute=3
ruth=-4 ruto=22 rutt=3 rutu=7 ruu=17 ruv=11 ruva=-7 ruw=-1 ruwa=-1 rux=7 rux$=2 ruy=19 ruye=4 ruyn=6 ruz=9
ruz$=8 ruze=4 ruzh=-5 ruzi=1 ruzo=2 rv=17 rva=14 rva$=-8 rvac=1 rvae=2 rvai=10 rval=3 rvan=-9 rvar=4 rvas=-1
rvat=13 rve=-28 rve$=7 rved=-9 rvei=-1 rvel=6 rven=5 rver=-5 rves=-15 rvet=-7 rvey=-11 rvi=3 rvi$=1 rvia=16
rvic=-15 rvid=4 rvie=-10 rvik=-6 rvil=13 rvin=7 rvio=1 rvir=-5 rvit=4 rviv=-5 rvo=37 rvo$=21 rvol=-3 rvom=-2
rvon=-6 rvou=-3 rvu=-5 rvus=-4 rvy=1 rvy$=-1 rw=-7 rw$=-2 rwa=9 rwa$=6 rwad=3 rwal=13 rwan=-3 rwar=-12 rwat=5
rway=-11 rwe=1 rwea=-1 rwee=-2 rweg=9 rwei=16 rwel=-10 rwen=-2 rwh=-4 rwha=-3 rwhe=-1 rwi=1 rwic=-1 rwij=-7
rwil=-6 rwin=10 rwit=-3 rwo=-7 rwol=-3 rwom=-5 rwoo=7 rwor=-8 rwr=-1 rx=-5 rx$=-5 rxi=-2 ry$=-41 rya=1 rya$=-5
ryad=-8 ryae=3 ryah=-1 ryal=-4 ryam=5 ryan=13 ryat=6 ryb=9 rybo=-3 ryc=39 ryce=5 rych=17 ryco=-3 ryct=-1
rycz=4 ryd=-6 ryd$=3 ryda=-8 ryde=7 rye=-11 rye$=-10 ryel=4 ryer=-9 ryes=-2 ryf=1 ryg=11 ryga=6 rygg=9 rygm=-6
rygo=3 ryi=-11 ryin=-7 ryj=4 ryk=10 ryk$=11 ryka=5 ryl=25 ryl$=20 ryla=-10 ryle=10 ryli=-2 ryll=6 rylo=5
ryly=-1 rym=-1 rym$=17 ryma=-31 rymi=3 rymo=-5 ryn=12 ryn$=14 ryna=5 rync=1 rynd=3 ryng=-17 rynj=2 rynn=6
rynx=-3 ryo=-23 ryo$=-4 ryoc=-3 ryog=-2 ryol=-2 ryon=-6 ryop=-3 ryor=6 ryot=-5 ryp=-19 ryph=-4 rypt=-9 rys=28
rys$=14 rysa=-9 ryse=5 rysh=-8 rysi=-3 rysk=2 rysm=-2 ryso=-11 ryst=27 rysz=5 ryt=-14 ryta=-7 ryte=3 ryth=-13
ryu=-5 ryw=-2 rywo=-4 ryx=-1 ryx$=-1 ryz=-7 ryza=-7 rz=51 rz$=33 rza=2 rza$=3 rzak=3 rzan=-11 rzb=-13 rzba=-3
rzbu=-5 rze=1 rze$=-6 rzeb=-2 rzec=-1 rzed=-4 rzeg=1 rzej=4 rzek=3 rzel=-2 rzem=-5 rzen=-8 rzer=6 rzes=4
rzet=-3 rzew=7 rzez=-2 rzh=-3 rzhi=-1 rzi=-11 rzia=-8 rzic=6 rzin=6 rzl=-3 rzn=7 rzo=10 rzo$=-11 rzog=3 rzon=3
rzu=3 rzy=24 rzy$=-4 rzyb=8 rzyk=4 rzyn=2 rzys=5 rzyw=3 s=5 s$=-27 s-=27 s-a=5 s-d=2 s-di=2 s-g=4 s-gu=3 s-h=3
s-he=4 s-j=2 s-jo=2 s-m=-2 s-p=3 s-pe=5 s-r=8 s-s=-7 s-u=1 s-w=4 sa=-19 sa$=-8 sa'=8 sa-=-1 saa=-1 saa$=-2
saad=7 saal=-3 saam=-6 saan=-3 saar=4 saat=-11 sab=18 saba=9 sabb=4 sabe=-7 sabl=-7 sabo=11 sabr=-6 sabu=4
sac=2 sac$=3 saca=3 sacc=-14 sace=-9 sach=2 saci=-3 sack=25 sacr=1 sad=16 sad$=14 sada=11 sadd=-15 sade=-3
sadh=-10 sadi=4 sadl=-1 sado=12 sadv=-1 sae=17 sae$=1 sael=6 saf=13 safa=-10 safe=-10 saff=2 safi=12 safo=8
safr=-7 sag=-1 sag$=-4 saga=-3 sage=1 sagh=15 sagi=-8 sagn=-6 sago=-3 sagr=8 sagt=-6 sah=7 sah$=13 saha=-12
sahe=-3 sahi=-2 sahl=1 sahn=3 sai=-5 sai$=-19 saia=-2 saic=-5 said=6 saig=1 sail=-18 saim=2 sain=9 sair=17
sait=2 saj=-5 saj$=-6 saja=-12 sak=-21 sak$=11 saka=-9 sake=1 sakh=-15 saki=-1 sakk=-1 sako=-3 saks=4 sakt=-5
sal=2 sal$=-14 sala=-8 salc=14 sald=22 sale=21 salg=9 sali=-1 salk=-3 sall=-14 salm=-15 saln=2 salo=9 salp=-13
sals=-3 salt=-26 salu=26 salv=-6 salw=4 saly=-4 salz=-1 sam=19 sam$=4 sama=-1 samb=-23 same=24 sami=-10
samm=-2 samo=-10 samp=18 samr=-7 sams=-6 samt=-3 samu=16 samy=6 san=-3 san$=-20 sana=16 sanc=8 sand=-1 sane=-4
sang=-23 sani=4 sanj=10 sank=-7 sanm=2 sann=-12 sano=7 sans=-10 sant=45 sanu=-2 sany=-6 sao=28 sao$=9 saou=7
sap=-10 sap$=-4 sapa=3 sape=6 saph=1 sapi=-14 sapo=-5 sapp=-9 sapr=-4 saps=-2 saq=-7 sar=10 sar$=14 sara=12
sarc=-26 sard=-21 sare=5 sarg=-4 sari=-4 sark=11 sarl=-2 sarm=13 sarn=-3 saro=2 sarp=4 sarr=-5 sars=3 sart=12
saru=7 sarv=6 sary=-10 sas=-17 sas$=-10 sasa=-2 sase=-7 sash=-8 sasi=5 sask=14 sass=-19 sast=18 sat=6 sat$=9
sata=-1 sate=5 sath=7 sati=-27 sato=14 satr=5 sats=-3 satt=20 satu=-3 saty=-6 satz=-7 sau=-33 sau$=-12 sauc=-3
saud=-2 saul=17 saum=8 saun=7 saur=-42 saus=-3 saut=-4 sav=-40 sava=-14 save=13 savi=-13 savo=-14 savu=-6
savv=-3 saw=-11 saw$=-8 sawa=-9 sawb=-2 sawe=10 sawn=-3 sax=-1 saxe=-1 saxi=3 saxo=2 say=-16 say$=-2 saya=-11
sayi=2 saz=-3 sazi=-2 sb=-43 sb$=-4 sba=-20 sbac=-3 sbad=-4 sbae=-1 sbah=-1 sban=-13 sbar=1 sbau=5 sbe=-3
sbea=-3 sbec=-2 sbeg=-2 sbeh=-2 sbel=-4 sben=4 sber=-3 sbet=19 sbi=-5 sbie=8 sbil=-3 sbin=-5 sbj=3 sbjo=3
sbo=-11 sbok=-2 sbon=-1 sbor=6 sbr=4 sbre=-1 sbro=-8 sbru=13 sbu=-5 sbud=-1 sbur=-6 sbut=-3 sby=4 sby$=9
sbyo=-1 sc=-52 sc$=-24 sca=-1 sca$=5 scab=-10 scac=-3 scad=-7 scaf=-2 scag=2 scal=23 scam=4 scan=-16 scap=-8
scar=5 scas=8 scat=-10 scau=-3 sce=-29 sce$=-16 scei=5 scel=1 scen=-25 scep=-1 scer=-4 sces=-2 scet=11 sch=87
sch$=27 sch-=-5 scha=4 schb=10 sche=-8 schh=8 schi=32 schk=12 schl=2 schm=7 schn=-14 scho=8 schr=16 schs=-4
scht=-19 schu=21 schw=-18 sci=-24 sci$=-9 scia=-7 scib=8 scic=3 scid=-5 scie=-2 scii=-10 scik=6 scil=11
scio=-2 scip=-4 scir=-1 scis=1 scit=-2 sciu=-15 sciv=-3 scl=-18 scla=-2 scle=-12 scli=-2 scm=-2 sco=-1 sco$=5
scob=13 scod=-1 scoe=2 scof=-2 scog=-3 scoi=-1 scol=-1 scom=8 scon=10 scoo=-1 scop=-18 scor=-12 scos=3 scot=11
scou=-8 scov=-2 scow=-2 scp=-2 scr=-26 scra=-8 scre=-13 scri=7 scro=-5 scru=-5 scry=-2 scs=-5 scu=8 scu$=33
scua=15 scud=-5 scue=-4 scuf=-2 scui=-1 scul=-6 scum=-2 scun=-6 scup=-1 scur=-2 scus=-7 scut=-11 scy=-7
scyp=-1 scyt=-2 sd=-42 sd$=-11 sda=-19 sda$=-10 sdai=-1 sdal=4 sdat=-2 sday=-4 sdb=-2 sdb$=-1 sde=-8 sdea=-2
sdem=-3 sden=1 sder=5 sdi=1 sdic=-3 sdis=2 sdk=-16 sdk$=-15 sdo=5 sdoc=12 sdor=-6 sdow=-1 sdr=16 sdr$=13
sdu=-5 sduc=-1 se=-36 se$=-21 se-=3 sea=13 sea$=-14 seab=4 seac=2 sead=11 seaf=-3 seag=-3 seal=11 seam=4
sean=17 seap=-2 sear=6 seas=-10 seat=-5 seau=2 seaw=-4 seb=3 seba=9 sebe=-5 sebi=8 sebo=-4 sebr=2 sebu=-10
sec=-27 sec$=-9 seca=3 sece=-2 sech=-8 seci=-9 seck=-3 secl=-1 seco=-1 secr=-4 sect=-3 secu=-3 sed=3 sed$=-19
sede=8 sedg=-1 sedi=4 sedl=12 sedm=-9 sedn=-3 sedu=-2 see=-42 see$=-14 seec=-2 seed=-12 seei=-1 seek=-6
seel=-2 seem=-1 seen=2 seep=-1 seer=3 sees=-4 seet=-6 sef=33 sef$=21 sefa=3 sefe=1 sefi=13 sefl=-2 sefu=-3
seg=-3 sege=11 segm=-1 sego=-1 segr=5 segu=-15 seh=-3 seh$=-5 seha=5 sehe=4 sehi=-13 seho=-4 sehr=-2 sei=-12
sei$=2 seid=-3 seif=9 seig=-7 seil=3 sein=-10 seis=-4 seit=1 seiz=-4 sej=-15 sej$=-5 sek=4 sek$=26 seka=-13
seke=-6 seki=-3 seko=5 seks=-4 sel=4 sel$=8 sel-=-3 sela=22 selb=-15 selc=10 seld=2 self=-7 selh=-3 seli=29
selj=3 selk=-2 sell=-4 selm=1 selo=14 sels=1 selt=-5 selu=-9 selv=-7 selw=-5 sely=-15 sem=3 sem$=5 sema=-10
semb=-3 seme=15 semi=-16 semm=6 semo=-4 semp=-6 sems=17 semy=-3 sen=11 sen$=53 sen-=-8 sena=5 senb=5 senc=5
send=2 sene=-21 senf=-5 seng=-7 senh=-6 seni=-1 senj=-1 senk=4 senn=-3 seno=10 sens=-2 sent=-3 senu=-3 senv=-8
seo=10 seo$=1 seol=-7 seou=-4 sep=32 sep$=11 sepa=-3 sepe=-6 seph=10 sepi=-9 sepo=-2 sepp=33 seps=-3 sept=1
sepu=4 sepy=-2 seq=-17 seq$=-4 sequ=-8 ser=-16 ser$=33 sera=-4 serd=-2 sere=6 serf=-3 serg=15 seri=-30 serk=2
serl=13 serm=5 sern=9 sero=-5 serp=1 serr=-1 sers=2 sert=-18 seru=-7 serv=-35 serw=9 sery=-5 ses=-14 ses$=-17
sesa=-5 sesc=-2 sese=-4 sesh=-1 sesi=10 seso=-4 sess=7 sest=10 sesu=-5 set=-29 set$=-10 seta=-9 sete=-13
seth=12 seti=-1 setk=-7 seto=-9 sets=-7 sett=-2 setu=-3 sety=12 seu=-20 seu$=-5 seud=-6 seul=-8 seum=-2
seun=12 seur=3 seus=-9 sev=47 sev$=20 seva=-8 sevc=3 seve=-8 sevi=15 sevo=-2 sew=-17 sew$=-1 sewa=-4 sewe=-1
sewh=-1 sewi=-3 sewn=-3 sewo=-3 sex=-15 sex$=-3 sexe=-1 sexi=-1 sext=-6 sexu=-3 sey=14 sey$=1 seyd=1 seyi=-2
seyn=5 sez=15 seze=11 sf=-27 sfa=-2 sfan=7 sfe=-15 sfel=-12 sfer=-7 sfi=2 sfig=-1 sfir=2 sfit=-1 sfix=-1
sfl=-2 sfle=-2 sfo=7 sfol=6 sfoo=-1 sfor=4 sfr=-2 sfs=-4 sft=-1 sftp=-1 sfu=-4 sful=-1 sfur=-3 sg=-8 sg$=-3
sga=4 sgao=-3 sgar=4 sge=8 sgei=4 sgen=-7 sgi=-10 sgi$=-6 sgir=-4 sgiv=-4 sgm=-4 sgo=-5 sgp=-2 sgpa=-2 sgr=16
sgra=4 sgre=4 sgru=-4 sgu=-3 sgui=-2 sgus=-1 sh=-69 sh$=-18 sha=42 sha$=50 shaa=5 shab=-8 shac=1 shad=-10
shaf=1 shag=-14 shah=5 shai=7 shak=-25 shal=-18 sham=-13 shan=17 shap=-12 shaq=14 shar=31 shat=-2 shau=11
shav=-18 shaw=27 shay=-3 shaz=-2 shb=-3 shba=-4 shbo=-5 shbu=-2 shc=-19 shca=-6 shch=-12 shd=-2 she=5 she$=47
shea=12 sheb=-7 shed=-1 shee=6 sheg=-5 shei=-13 shek=-8 shel=-7 shem=2 shen=13 shep=13 sher=-16 shes=-10
shet=3 shev=-13 shew=-5 shey=-4 shf=-5 shfu=-2 shg=-2 shh=-2 shi=7 shi$=38 shia=12 shib=2 shid=22 shie=-20
shif=2 shig=-3 shih=4 shii=6 shil=3 shim=-12 shin=-1 shio=-7 ship=-21 shis=-7 shit=-4 shiv=-10 shiw=-5 shiy=6
shiz=-1 shk=-12 shka=1 shke=-11 shko=-6 shla=-9 shle=10 shli=17 shly=-13 shm=-25 shma=-5 shme=-7 shmi=-12
shmo=-4 shn=-21 shna=-2 shne=-6 shni=-8 shno=-3 shnu=-1 sho=5 sho$=6 shoa=8 shob=3 shoc=-3 shod=-1 shoe=-11
shof=-12 shog=-6 shoh=26 shol=-2 shon=22 shoo=-3 shop=-7 shor=-18 shos=-10 shot=-5 shou=13 shov=-5 show=-10
shp=5 shpa=5 shpo=-3 shpu=-2 shr=-17 shra=11 shri=-28 shro=8 shru=-8 sht=-24 sht$=-8 shta=3 shte=-3 shti=2
shto=-7 shtr=4 shtu=-9 shu=-16 shu$=-2 shu-=23 shua=-1 shud=-6 shuf=-4 shug=-9 shui=-5 shuk=6 shul=-11 shum=-9
shun=-2 shup=8 shus=5 shut=-9 shv=-4 shvi=2 shw=2 shwa=5 shwi=-4 shwo=-4 shy=1 shy$=-24 shya=13 shyl=3 si=-24
si$=-19 sia=-34 sia$=-10 siac=-1 siad=-1 siah=6 siai=-10 siaj=-10 siak=22 siam=-1 sian=-11 siap=-5 siar=5
sias=-18 siau=4 sib=20 sib$=-10 siba=15 sibe=-5 sibh=-4 sibi=10 sibl=-7 sibo=7 sibu=10 siby=4 sic=7 sic$=54
sica=1 sicc=-1 sice=-6 sich=-13 sici=-6 sick=-12 sicl=-3 sico=4 sics=-4 sicu=-3 sid=-18 sid$=1 sida=-7 sidd=4
side=-39 sidi=-4 sidl=2 sido=16 sidu=-3 sidy=10 sie=12 sie$=32 siec=1 sied=-4 sieg=14 siej=5 siek=4 siel=-11
siem=10 sien=-20 sier=5 sies=-10 siet=-14 sieu=-7 siev=-6 siew=6 sif=9 sif$=16 sifi=-4 sifl=-2 sifo=-1 sift=-3
sify=-5 sig=16 sig$=-7 siga=4 sigb=2 sigd=5 sige=6 sigf=14 sigg=10 sigh=-10 sigi=4 sigl=-1 sigm=-2 sign=-57
sigo=-7 sigr=18 sigt=3 sigu=33 sih=17 sih$=-4 siho=18 sii=-11 siin=-9 sij=4 sija=2 sik=29 sik$=19 sika=-4
sikh=1 siki=4 siko=5 siku=4 sil=9 sil$=7 sila=7 sild=-9 sile=6 sili=15 silj=7 silk=-8 sill=-3 silo=-8 silt=-8
silu=-3 silv=13 sily=-5 sim=8 sim$=8 sima=-9 simb=17 simd=-9 sime=1 simi=-4 simk=1 simm=-5 simo=14 simp=-8
sims=10 simu=-5 sin=-19 sin$=-8 sin-=1 sina=10 sinc=-6 sind=-2 sine=-10 sinf=-3 sing=-2 sini=15 sink=26
sinl=-1 sinn=-13 sino=-18 sins=12 sint=-5 sinu=-20 siny=3 sio=-23 sio$=33 siob=14 sioc=-1 siod=-4 siog=4
sioi=-5 sioj=-6 siok=-13 siol=6 siom=-10 sion=-45 siop=-2 sior=19 sios=-9 siot=-1 siou=-5 sip=32 sip$=10
sipa=5 sipe=-3 siph=4 sipi=10 sipo=10 sipp=-3 sipr=-1 sipu=2 siq=-3 siqu=-3 sir=36 sir$=9 sira=11 sire=13
sirn=-3 siro=6 sirr=4 siru=7 sirv=-5 sis=-66 sis$=-75 sisa=1 sise=-2 sish=13 sisi=7 sisk=-20 sism=5 siso=7
siss=-3 sist=-4 sisy=-1 sit=15 sit$=-6 sita=-6 site=-5 sith=23 siti=8 sito=15 sitt=-11 situ=8 sity=2 siu=-4
siu$=-7 siu-=7 siud=-4 siuk=7 sium=-3 siun=5 siuo=-11 sius=-2 siv=-17 siva=-10 sive=-7 sivi=-2 siw=-1 siwa=-5
siwe=7 six=1 six$=-5 sixp=-1 sixt=12 siy=3 siya=-2 siye=3 siz=-22 size=-8 sizi=-7 sizz=-4 sj=3 sja$=-2 sje=8
sjo=16 sjo$=-12 sjob=3 sjoi=-1 sjol=4 sjos=13 sjs=-4 sjs$=-4 sju=-9 sjun=-3 sjut=-7 sk=-38 sk$=-83 ska=34
ska$=30 skag=-10 skai=8 skal=14 skan=-9 skar=4 skas=11 skat=-9 skc=-3 ske=-28 ske$=-14 skea=-2 sked=-1 skee=-2
skeg=5 skei=-3 skej=-3 skel=-13 skem=-6 sken=3 skep=-2 sker=-11 sket=-15 skew=-3 skey=20 skf=-4 skh=-5 ski$=64
skia=-5 skib=2 skid=-4 skie=1 skil=6 skim=-14 skin=-11 skio=-7 skip=-8 skir=-10 skis=-4 skit=4 skiu=-9 skiv=7
skl=7 skla=4 skle=3 skm=-8 sko=15 sko$=1 skoe=-3 skog=6 skol=3 skon=1 skop=-7 skor=-9 skot=17 skov=-1 skow=8
skr=-7 skra=-10 skre=-7 skri=-2 skro=8 skt=-2 sku=20 skug=9 skuj=6 skul=-2 skun=1 skup=13 skus=-1 skut=9
skv=-4 sky=36 sky$=51 skyd=-3 skyi=-3 skyl=2 skyw=-5 sl=-30 sl$=-1 sla=20 sla$=-5 slab=-4 slac=-3 slad=10
slag=6 slah=1 slai=-1 slak=-1 slam=-3 slan=-9 slap=-4 slar=-9 slas=8 slat=-5 slau=4 slav=14 slaw=22 slay=-14
sle=-2 sle$=6 slea=-5 sleb=5 sled=-2 slee=-12 slei=-2 slem=-1 slen=-2 sler=24 sles=-2 slet=-7 sleu=-1 slev=-1
slex=-5 sley=4 sli=-8 sli$=5 slib=-6 slic=-7 slid=-10 slie=-4 slig=-2 slik=-11 slim=5 slin=9 slip=-5 slit=-4
sliv=7 slo=-10 sloa=13 slob=11 sloc=-3 slod=-1 slog=-8 sloh=-4 slon=7 slop=-5 slot=5 slou=-9 slov=-11 slow=-2
sloy=-2 slp=-3 slu=-14 sluc=-1 slug=-7 slum=6 slun=3 slur=-4 slus=-1 slut=-5 sly=-12 sly$=-15 slyn=5 sm=-56
sm$=-84 sma=-5 sma$=9 smac=-4 smai=12 smak=-1 smal=-19 sman=-5 smar=-5 smas=10 smat=-10 smay=-4 smb=-2 sme=18
sme$=9 smea=2 smed=7 smee=12 smel=-10 smen=3 smer=-14 smet=13 smi=-7 smi$=-7 smic=-7 smid=7 smil=-10 smin=16
smir=2 smis=-1 smit=-6 smiu=-6 smo=-1 smo$=-11 smob=-3 smoc=-3 smod=-4 smog=-6 smoi=13 smok=-5 smol=8 smon=22
smoo=-7 smor=6 smos=-4 smot=-5 smou=-2 smp=-1 sms=-4 smt=-2 smtp=-1 smu=6 smud=-1 smug=-7 smun=14 smus=2
smut=-12 smy=33 smyr=4 sn=-18 sn$=-7 sna=-11 sna$=11 snac=-5 snag=-3 snai=-2 snam=-2 snap=1 snar=-7 snat=5
snaz=-2 sne=10 sne$=16 snea=-7 sned=-1 snee=-9 sner=18 snes=-15 sni=-6 snia=-3 snic=-3 snie=-2 snif=-10 snig=5
snik=11 snip=-5 snit=-4 sniv=-2 snj=15 snja=4 snjo=8 snm=-1 snmp=-1 sno=-7 sno$=-11 snob=-2 snog=-2 snoo=-3
snor=2 snot=-3 snov=6 snow=-4 snu=-5 snub=-1 snuf=-4 snug=-5 sny=-3 sny$=10 snya=-14 snyk=-5 so=-24 so$=26
soa=-16 soak=-5 soal=-5 soap=-2 soar=4 sob=1 soba=-7 sobb=-1 sobe=-3 sobi=-5 sobo=7 sobr=-8 soc=-26 soc$=-3
soca=-1 soch=-1 soci=-13 sock=-6 socl=-1 soco=4 sod=8 soda=-6 sodd=-7 sode=22 sodi=8 sodo=-7 sody=-2 soe=-5
soes=-3 soet=-1 sof=3 sofa=-7 soff=11 sofi=4 soft=-13 soga=-4 soge=-3 sogg=-2 sogo=2 sogr=-1 sogy=-1 soh=-19
sohi=-3 soi=-15 soid=-2 soil=-6 sois=-6 soit=8 soj=1 sok=15 sok$=-1 soka=-6 sokh=9 soki=3 soko=-4 sol=-1
sol$=6 sola=-8 solb=12 solc=-13 sold=-7 sole=-20 solf=-13 solh=6 soli=14 soll=-9 solm=5 soln=6 solo=-7 solr=1
solt=13 solu=-5 solv=5 som=-28 som$=-11 soma=-13 somb=-4 some=-35 somi=6 somm=7 somn=-4 somo=4 somy=-2 son=12
son$=70 sona=-17 sonc=-5 sond=9 sone=-9 song=8 soni=-13 sonj=5 sonl=-1 sonm=5 sonn=-13 sono=-7 sonp=-1
sonr=-12 sons=-19 sont=2 sony=5 soo=43 soo$=7 sook=6 soon=2 soos=6 soot=-10 sop=9 sop$=2 soph=24 sopi=-2
sopo=1 sopp=-3 sopr=-16 sops=-1 sopt=-2 sor=-43 sor$=-14 sora=22 sorb=-19 sorc=3 sord=-7 sore=-4 sorg=-3
sorl=1 sorn=10 soro=9 sorp=-1 sorr=-8 sors=-3 sort=-19 soru=-2 sory=-6 sos$=-8 sosi=6 sosn=3 sosp=-1 sost=1
sot=-8 sot$=-4 sota=3 soti=2 soto=11 sotr=-7 sott=-9 sou=-15 sou$=3 soua=3 soub=-5 souc=7 soud=-3 souf=2
soug=-6 souk=4 soul=-6 soum=24 soun=-4 soup=-5 sour=-10 sous=-6 sout=-4 souv=-8 sov=14 sov$=10 sova=15 sove=-3
sovi=-3 sovk=-4 sovo=-4 sovs=6 sow=-7 sowb=-3 sowe=-6 sown=-2 sox=-3 sox$=-1 soy=25 soy$=32 soyk=3 soyl=2
soyt=-5 soz=5 sp=-49 sp$=1 spa=-17 spa$=-2 spac=-10 spad=6 spag=-9 spai=-3 spal=-6 spam=-4 span=-10 spar=22
spat=-4 spaw=-3 spay=-1 spc=-2 spd=-1 spe=1 spe$=8 spea=-8 spec=-21 sped=7 spee=-7 spei=3 spel=-7 spen=10
sper=14 spet=6 spex=-1 spey=-1 sph=-4 spha=3 sphe=-14 sphi=8 spho=-4 sphy=-3 spi=-6 spi$=12 spia=-3 spic=-13
spid=-6 spie=11 spif=-2 spik=-9 spil=4 spin=13 spir=-15 spis=5 spit=4 spl=-10 spla=-6 sple=-5 spli=-4 splu=7
spn=-4 spne=-3 spno=-1 spo=-13 spod=1 spoi=6 spok=-7 spol=4 spon=-21 spoo=5 spor=-3 spos=4 spot=-7 spou=-2
spr=16 spra=-11 spre=3 spri=-17 spro=30 spru=12 spu=-11 spud=-1 spum=-3 spun=-3 spur=1 spus=-2 sput=-7 spy=7
spy$=-5 spyr=7 sq=-41 sq$=-6 sqa=-4 sql=-22 sql$=-13 sqla=-2 sqlf=-1 sqlg=-1 sqlm=-2 squ=-3 squa=15 sque=-13
squi=-6 sr=-5 sr$=-16 sra=-5 sra$=14 srae=-13 sran=-2 srat=-4 sre=-10 srea=4 srec=1 sred=-11 sree=-2 sreg=-2
srep=-1 sres=-2 sreu=-3 sri=38 sri$=17 srie=-3 srin=16 sro=9 srod=-4 sroo=-4 sros=5 srs=-2 ss=-44 ss$=-70
ss-=-5 ssa$=-10 ssab=-3 ssac=1 ssad=-9 ssae=-3 ssag=-6 ssai=17 ssak=1 ssal=-5 ssam=16 ssan=17 ssao=6 ssar=23
ssas=-12 ssat=-4 ssau=-9 ssav=-4 ssay=-4 ssb=-10 ssbe=-5 ssbo=-2 ssbr=-1 ssbu=-1 ssc=4 ssca=-3 ssch=9 sscr=-1
ssd=-1 sse=22 sse$=24 ssea=4 ssec=-1 ssed=-5 ssee=3 ssef=2 ssei=-1 ssel=5 ssem=-7 ssen=-10 sser=-17 sset=22
sseu=8 ssev=-3 ssex=-2 ssey=13 ssf=-6 ssfi=-2 ssfu=-2 ssg=-2 ssh=-7 ssha=1 sshe=-2 ssho=-2 ssi=11 ssi$=40
ssia=12 ssib=-2 ssic=-16 ssid=-2 ssie=17 ssif=-7 ssig=-1 ssil=16 ssim=-12 ssin=2 ssio=-9 ssip=-3 ssis=-5
ssiu=-4 ssiv=-6 ssiz=-3 ssj=-4 ssk=-4 sski=-1 ssl=3 ssl$=3 ssla=-4 ssle=13 ssli=-1 ssly=-7 ssm=-5 ssma=2
ssme=-2 ssn=12 ssna=3 ssne=1 sso=32 sso$=-10 ssoc=-3 ssod=-2 ssoi=-3 ssol=1 ssom=-7 sson=87 ssoo=-6 ssop=-2
ssor=-21 ssos=-5 ssou=2 ssov=8 ssp=-7 sspe=-4 sspi=-1 sspo=-1 ssr=-9 ssro=-2 sss=-5 ssst=-1 sst=-14 sst$=-3
ssta=-1 sste=-5 ssti=-2 ssto=-1 ssu=-1 ssu$=-4 ssua=-5 ssue=-7 ssum=13 ssun=11 ssur=-5 ssus=-11 ssw=2 sswa=-3
sswe=9 sswo=-2 ssy=15 ssy$=17 ssyr=-2 st=-41 st$=-66 st-=21 st-o=6 sta=-9 sta$=-36 sta-=-3 staa=-1 stab=-18
stac=24 stad=-32 stae=-8 staf=5 stag=-7 stah=7 stai=-16 stak=1 stal=11 stam=2 stan=11 stap=34 staq=10 star=-30
stas=29 stat=-14 stau=25 stav=-9 staw=14 stay=-13 staz=-1 stba=-3 stbe=7 stbi=-2 stbj=5 stbo=-2 stc=-12
stca=-5 stch=-3 stcl=-1 stco=-2 stcr=-1 std=-6 std$=-3 stda=7 stdi=-3 stdo=-1 ste=21 ste$=-5 stea=-13 steb=7
stec=8 sted=-20 stee=4 stef=41 steg=-3 stei=23 stej=8 stek=11 stel=10 stem=-27 sten=8 steo=-18 step=25
ster=-18 stes=-34 stet=6 steu=6 stev=9 stew=-8 stex=-2 stey=4 stf=-4 stfa=5 stfe=-4 stfi=-1 stfu=-4 stg=-1
stgr=-2 sth=-40 stha=-11 sthe=-23 sthi=6 sthm=-5 stho=-2 sthu=-1 sti=6 sti$=-21 stia=23 stib=-2 stic=-68
stid=20 stie=-2 stif=12 stig=16 stij=6 stik=3 stil=-13 stim=-8 stin=40 stio=19 stip=6 stiq=-2 stir=-16 stis=-4
stit=-4 stiu=-4 stiv=10 stix=-2 stiz=-6 stj=13 stja=8 stk=-7 stka=5 stki=-6 stko=-3 stl=7 stl$=21 stla=5
stle=-18 stli=-1 stlu=7 stly=-7 stm=-3 stma=8 stme=-4 stmi=-5 stmo=-2 stn=-2 stna=-2 stne=-1 stnu=-2 sto=-4
sto$=13 stoa=-4 stob=-1 stoc=14 stod=15 stoe=-5 stof=27 stog=2 stoi=12 stoj=16 stok=-11 stol=7 stom=-38
ston=-5 stoo=3 stop=18 stor=-30 stos=7 stot=-18 stou=-4 stov=-7 stow=-15 stoy=-7 stp=-7 stpa=-3 stpo=-2
stpr=-1 str=9 str$=-10 stra=-14 strb=10 stri=-19 strn=10 stro=54 stru=-31 stry=7 strz=3 sts=-4 sts$=-3 stsc=-3
stse=3 stsi=-1 stst=-1 stt=-9 stte=-1 stu=26 stu$=13 stua=-5 stub=-9 stuc=14 stud=-14 stuf=-6 stuh=-3 stui=9
stul=-12 stum=-2 stun=-9 stup=2 stur=12 stus=19 stut=26 stv=18 stva=9 stve=6 stvi=3 stw=-8 stwa=-7 stwi=-2
stwo=6 stwr=-2 sty=-18 sty$=-12 stya=3 styl=-23 stym=-5 styn=11 styp=13 styr=9 stz=-5 su=-22 su$=15 su-=9
su-c=7 sua=-3 sua$=2 suad=-2 sual=-14 suan=-2 suar=-2 suas=-4 suat=7 suav=-2 sub=-25 sub$=-3 suba=-2 subb=-1
subc=-1 subd=-8 sube=-2 subf=-1 subg=-1 subi=-2 subj=-3 subl=-3 subm=-8 subo=1 subp=-4 subr=27 subs=-9 subt=-5
subu=3 subv=-3 suc=-6 succ=-17 such=12 suck=-5 sucr=-3 sud=5 sud$=5 suda=-2 sudd=4 sude=8 sudi=2 sudo=-5
suds=-3 sue=-5 sue$=-4 sued=-2 suel=13 suer=-6 suet=-5 suf=2 suf$=16 suff=-11 sug=-13 suga=-13 sugg=-1 sugi=-6
suh=-7 suha=-2 suhi=-4 suhl=-3 sui=-22 suid=-3 suin=-4 suis=-7 suit=-16 suiv=-8 suj=7 suk=18 suka=-6 suke=16
sukh=9 suki=-7 sukk=-6 sukr=1 suku=7 sul=-6 sul$=4 sula=-6 sulc=9 sule=21 sulf=-25 suli=4 sull=-13 sulp=-9
sult=4 sulz=-1 sum=11 suma=3 sumb=-2 sume=8 sumi=8 summ=-10 sumo=4 sump=9 sun=9 sun$=-7 suna=-2 sunb=-9 sunc=5
sund=2 sune=17 sung=14 suni=7 sunk=-3 sunl=-3 sunn=-3 sunr=-6 suns=-5 sunt=2 sunu=-1 suo=4 suom=2 sup=-7
sup$=-2 supa=11 supe=-14 supi=-7 supo=10 supp=-2 supr=-9 sur=-40 sur$=-2 sur-=-2 sura=11 surb=1 surc=-2 surd=4
sure=3 surf=-7 surg=-6 suri=1 surl=-7 surm=-4 surp=-4 surr=-10 surt=-1 suru=-4 surv=-14 sury=3 sus=1 sus$=-25
susa=17 susc=-1 suse=13 sush=3 susi=2 susp=-4 suss=4 sust=1 susu=-2 sut=32 sut$=22 sute=7 suti=-3 suto=6
sutt=16 sutu=-5 suu=-19 suu$=-7 suur=-9 suv=8 suva=10 suvi=-1 suw=-7 suwa=-6 suy=-11 suya=-9 suz=22 suza=7
suze=11 sv=-18 sv$=-7 sva=26 svab=11 svaf=4 sval=-2 svan=20 svar=-4 sve=48 svec=1 svei=22 svel=6 sven=15
sver=2 sves=-1 svet=5 svg=-13 svg$=-3 svi=-34 svi$=-1 svil=-17 svin=-8 svir=4 svis=-4 svo=-16 svoj=-14 svr=-1
svy=-7 sw=-44 sw$=-3 swa=-13 swa$=12 swab=-3 swad=-4 swag=-6 swah=-5 swai=-4 swam=16 swan=-12 swap=-1 swar=-3
swas=2 swat=1 sway=-2 swe=-10 swea=-4 swed=-6 swee=2 sweg=-2 swei=-5 swel=4 swen=6 swep=-1 swer=-8 swi=11
swia=4 swic=3 swie=25 swif=-2 swig=3 swil=-5 swim=-12 swin=-3 swip=-2 swis=-2 swit=7 swiv=-3 swo=-15 swol=-3
swom=-5 swoo=-3 swop=-1 swor=-1 swot=-1 swr=-4 swu=-6 sx=-3 sx$=-3 sy=-16 sy$=-5 sya=5 sya$=5 syah=10 syat=-3
syb=18 sybi=12 syc=-4 sych=-1 syco=-2 syd=5 syde=-2 sydn=6 sye=15 syg=4 syi=14 syk=10 syke=4 syl=8 syll=-18
sylv=8 sym=-3 symb=-5 symm=-3 symo=7 symp=-7 syn=-71 syna=-3 sync=-32 synd=-9 syne=-17 syng=-2 syno=-5 synt=-6
syo=13 syok=8 syp=4 syph=-6 sypi=6 sypr=-1 syr=-5 syri=-12 syru=5 sys=-18 syss=-1 syst=-9 syt=6 syu=-10
syur=-5 syw=-1 sywo=-1 sz=84 sz$=35 sza=-4 sza$=-9 szab=4 szaj=1 szak=4 szal=1 szar=4 szc=2 szcz=2 sze=-20
sze$=-12 szeg=-6 szek=11 szel=3 szem=-5 szen=-3 szer=1 szew=3 szi=-9 szil=3 szip=-5 szk=19 szka=4 szke=3
szki=2 szko=5 szl=3 szm=5 szma=2 szn=6 szni=2 szo=6 szok=4 szow=3 szp=10 szpy=9 szr=3 szra=3 szt=8 szta=8
szte=5 szto=5 sztu=-2 szu=20 szuk=1 szul=6 szum=5 szut=2 szw=4 szwa=4 szy=-1 szyc=-1 szym=9 szyn=-2 szys=-10
t=1 t$=-42 t-=13 t-b=-3 t-d=9 t-e=-2 t-g=8 t-o=6 t-t=-3 ta=-25 ta$=19 ta-=-6 taa=-26 taa$=-15 taah=9 taal=-4
taan=-6 taas=-13 tab=-36 tab$=-9 taba=14 tabb=-4 tabe=12 tabl=-14 tabo=-13 tabr=-10 tabu=-11 taby=-2 tac=3
tac$=7 taca=-13 tacc=7 tace=13 tach=-15 taci=17 tack=-24 tacl=-3 tacn=3 taco=2 tact=-2 tacu=-6 tacy=8 tacz=3
tad=-28 tad$=-12 tada=-2 tade=19 tadi=-15 tadl=15 tado=-9 tadt=-25 tady=2 tadz=-3 tae=-15 tae$=6 taed=-2
tael=-3 taem=-2 taen=-4 taer=-3 taf=9 tafa=4 tafe=-2 taff=-8 tafi=-1 tafl=-1 tafo=4 tag=-16 tag$=-11 taga=6
tage=-17 tagg=8 tagh=-11 tagi=-6 tagl=15 tagm=-3 tagn=3 tago=-7 tagu=8 tah=6 tah$=-7 taha=-9 tahe=-3 tahi=-3
tahl=2 tahm=18 taho=4 tahr=7 tahu=-13 tai=-20 tai$=14 taia=9 taic=-6 taid=-3 taig=1 tail=-17 tain=-21 taip=7
tair=-3 tais=8 tait=7 taj$=10 taja=3 taji=-20 tak=3 tak$=23 taka=-4 take=-4 takh=-6 taki=-9 takk=5 tako=-11
taku=17 taky=-2 tal=-4 tal$=-47 tal-=-6 tala=38 talb=7 talc=-2 tald=5 tale=-12 talg=-5 talh=7 tali=-1 talk=-18
tall=-13 talm=17 talo=5 talp=8 tals=-5 talt=10 talu=-2 talw=2 taly=10 tam=6 tam$=-7 tama=2 tamb=7 tame=2
tami=4 tamm=11 tamo=4 tamp=-15 tams=-3 tamw=-1 tan=-13 tan$=-15 tana=12 tanb=1 tanc=13 tand=-18 tane=-9 tang=7
tanh=1 tani=4 tanj=-1 tank=-6 tann=-37 tano=10 tanp=-3 tans=11 tant=-18 tanu=17 tany=9 tanz=8 tao=-21 tao$=-13
taoi=-2 tap=32 tap$=-3 tapa=2 tape=-4 taph=-1 tapi=20 tapl=1 tapo=15 tapp=9 tapr=-2 taps=-2 tapu=-1 taq=10
tar=-30 tar$=7 tara=15 tarb=2 tarc=5 tard=-22 tare=-15 tarf=14 targ=-9 tarh=2 tari=22 tark=-4 tarl=-6 tarn=-13
taro=14 tarp=-5 tarr=-16 tars=-4 tart=-18 taru=9 tarv=-1 tarw=-1 tary=-12 tas=26 tas$=24 tasa=11 tasc=4
tase=-9 tash=-4 tasi=14 task=-2 tasm=-9 tasn=6 taso=5 tass=-3 tast=-16 tasy=-6 tasz=1 tat=-15 tat$=-2 tata=-6
tate=-19 tath=-3 tati=3 tato=7 tatr=-1 tats=6 tatt=3 tatu=-11 tau=17 tau$=-10 taub=12 taud=17 taue=-3 tauf=7
taug=-2 taun=5 taup=-5 taur=-20 taut=-3 tav=1 tav$=9 tava=-13 tave=-3 tavi=20 tavo=-7 tavr=2 tavu=-8 tavy=-5
taw=10 taw$=4 tawa=-6 tawd=-3 tawe=-3 tawi=7 tawn=6 tax=-22 tax$=-2 taxa=-3 taxe=-2 taxi=-7 taxo=-2 taxu=-1
taxy=-1 tay=25 tay$=27 taya=-2 tayl=4 tayo=-2 tays=-4 taz=6 taz$=-4 tazi=-8 tazo=-2 tb=-33 tba=-14 tbac=-3
tbag=-2 tbal=-5 tban=-2 tbe=-1 tbel=-3 tber=7 tbi=-9 tbin=-2 tbir=-1 tbit=-2 tbj=5 tbjo=5 tbl=-1 tbo=-15
tboa=-2 tboo=-1 tbot=-1 tbou=-1 tbox=-1 tboy=-3 tbr=-4 tbre=-3 tbri=-3 tbro=6 tbu=-2 tbui=-2 tbur=4 tbus=-1
tc=-74 tc$=-16 tca=6 tcak=-2 tcal=7 tcan=9 tcar=-4 tcas=-1 tce=5 tch=-45 tch$=-33 tcha=35 tchb=-3 tchd=-1
tche=-12 tchf=-1 tchi=5 tchk=-4 tchl=-1 tchm=-8 tcho=-6 tchp=-1 tchu=-4 tchw=-2 tchy=-5 tci=-4 tcl=-2 tcla=-1
tco=-6 tcod=-1 tcom=-1 tcon=-1 tcp=-3 tcp$=-1 tcr=-1 tcu=-1 tcy=-1 tcy$=-1 td=-35 td$=-10 tdat=-2 tdb=-2
tdb$=-2 tdd=-6 tde=-3 tdi=2 tdi$=-4 tdin=7 tdis=4 tdl=-2 tdo=-8 tdoo=-2 tdor=-1 tdow=-2 tdr=-1 te=-33 te-=-5
tea=-13 tea$=-3 teac=-6 tead=4 teag=17 teak=-6 teal=1 team=-12 tean=2 tear=1 teas=-6 teat=-3 teau=-5 teb=-16
teba=-9 tebe=7 tebi=-5 tebo=3 tebr=-6 tebu=-3 tec=7 tec$=-15 teca=-6 tece=-2 tech=-10 teci=20 teck=11 teco=12
tect=-3 tecu=-3 ted=-47 ted$=-32 tedd=2 tede=-7 tedi=9 tedl=-1 tedt=-10 tedy=-2 tee=-29 tee$=-20 teed=-2
teek=3 teel=-8 teem=1 teen=-22 teep=-4 teer=-11 teet=-3 tef=23 tefa=19 teff=7 tefi=-3 tefu=-2 teg=-18 tega=5
tege=-2 tegi=2 tego=-10 tegr=-2 tegu=-1 teh=11 teh$=2 teha=2 tehe=-3 teho=14 tehr=-2 tei=5 tei$=2 teia=4
teic=-6 teid=-3 teig=1 teij=4 teil=-12 tein=19 teir=6 teis=-3 teix=-3 tej=27 teja=8 teje=10 tejs=12 tek=33
tek$=26 teke=1 teki=9 tel=-19 tel$=15 tel-=-5 tela=-11 telb=-6 tele=-31 telf=-4 telg=-3 teli=4 tell=15 telm=9
teln=-4 telo=-5 telp=-3 tels=9 telu=11 tely=-13 tem$=-7 tema=1 temb=-3 temi=31 temm=-5 temn=-1 temo=1 temp=-14
tems=-1 temu=2 temw=-2 ten=-31 ten$=-8 ten-=-10 tena=3 tenb=36 tenc=1 tend=-28 tene=-10 tenf=-3 teng=6 tenh=3
teni=-3 tenk=-6 tenl=3 tenm=-2 tenn=-9 teno=-4 tenp=-2 tenr=-3 tens=6 tent=-31 tenu=8 tenv=4 tenw=5 tenz=5
teo=20 teo$=9 teoc=-2 teod=17 teof=8 teol=-2 teom=-6 teop=-3 teor=-5 teot=1 teou=-2 tep=18 tep$=-9 tepa=7
tepe=4 teph=33 tepi=4 tepl=-2 tepp=-7 teps=-5 teq=-3 tequ=-3 ter=-42 ter$=1 ter-=-1 tera=-20 terb=25 terc=-13
terd=-12 tere=21 terf=1 terg=-6 terh=5 teri=2 terj=6 terk=4 terl=-16 term=-8 tern=-48 tero=10 terp=-6 terr=19
ters=21 tert=-8 teru=-5 terw=-5 tery=-2 terz=-9 tes=-4 tes$=-30 tesa=5 tesc=-2 tese=10 tesh=31 tesi=3 tesl=-5
tesm=-1 tesq=-3 tess=9 test=-22 tet=-23 tet$=4 teta=-6 tete=9 teti=1 teto=-5 tetr=-21 tett=-7 tetu=-3 tety=10
teu=19 teu$=-1 teuc=-4 teur=-14 teus=11 tev=-1 teva=-5 teve=4 tevi=-7 tew=-8 tewa=-5 tewi=-1 tex=15 tex$=3
texa=-3 texi=17 text=-1 tey=-2 tey$=6 teya=-7 teye=-6 teym=8 tez=-14 tez$=-3 tezk=-11 tf=-14 tf$=-1 tfa=8
tfe=-9 tfel=-6 tfi=2 tfie=5 tfin=-2 tfis=-5 tfit=-1 tfl=-2 tflo=-1 tfo=-11 tfol=-2 tfoo=-2 tfor=-6 tfr=19
tfra=-1 tfri=15 tfu=-17 tful=-16 tg=-6 tga=-4 tgag=-5 tgar=8 tgas=-2 tgc=-2 tge=16 tgeb=11 tgei=1 tgen=9
tgi=-6 tgo=-5 tgr=-2 tgra=-2 tgu=1 tgun=4 th=-41 th$=1 th-=-3 tha=16 tha$=32 thab=15 thad=17 thag=3 thai=8
thak=23 thal=-19 tham=-1 than=-3 thap=-5 thar=-15 thas=-7 that=-13 thav=2 thaw=-7 thay=-6 thaz=-5 thb=-8
thba=-2 thbo=-1 thc=7 thco=13 thd=-8 thdr=-3 the=17 the$=36 the-=-4 thea=9 theb=-2 thec=-12 thed=4 thee=25
theg=-4 thei=1 thek=4 thel=9 them=13 then=-10 theo=23 ther=-46 thes=-33 thet=-13 theu=12 thew=11 thex=-2
they=2 thf=-4 thfi=3 thfu=-7 thh=-4 thho=-3 thi=19 thi$=18 thia=7 thib=18 thic=-29 thie=11 thij=13 thik=1
thil=24 thim=-3 thin=-15 thio=-14 thip=11 thir=-7 this=-8 thit=-6 thiu=-2 thiz=-3 thj=-1 thl=-24 thla=-7
thle=-3 thli=-7 thlo=-4 thly=-3 thm=-21 thm$=-5 thma=-4 thme=-4 thmi=-5 thmo=-1 thn=23 thna=17 thne=15 thni=-3
thno=-3 tho=21 tho$=-2 thob=3 thoc=-5 thod=-14 thoe=-1 thof=12 thog=10 thoi=-7 thok=-1 thol=4 thom=30 thon=7
thoo=4 thop=-7 thor=11 thos=-23 thot=1 thou=-4 thov=-2 thox=-1 thp=-3 thpa=-1 thr=-50 thra=-25 thre=-9 thri=-2
thro=-7 thru=-9 thry=3 ths=-18 ths$=-5 thsa=-3 thst=-2 tht=-3 thto=-1 thu=-5 thu$=12 thua=-9 thub=-6 thud=-3
thug=-11 thui=3 thuk=7 thul=9 thum=9 thun=-14 thuo=2 thur=20 thus=-21 thv=-3 thw=3 thwa=10 thwe=-2 thwi=-3
thwo=-1 thy=-10 thy$=8 thya=2 thye=-4 thyl=-6 thym=-7 thyn=-6 thyo=-2 thyr=-4 thys=4 thz=1 ti=-38 ti$=50 tia=7
tia$=-13 tiaa=14 tiab=-1 tiac=-3 tiae=10 tiai=4 tial=-22 tiam=-3 tian=6 tiap=-1 tiar=-3 tias=7 tiat=-5 tiaw=7
tib=5 tiba=-6 tibe=14 tibi=-11 tibl=-2 tibo=11 tibr=3 tibu=-3 tic=-51 tic$=-48 tica=-8 tice=8 tich=45 tici=-12
tick=-22 ticl=-3 tico=-9 tics=-8 tict=-1 ticu=5 tid=-31 tid$=-11 tida=2 tidd=-1 tide=-1 tidi=-11 tido=-5
tidy=-3 tie$=16 tieb=5 tied=-5 tief=6 tieg=4 tiej=-4 tiek=-8 tiel=3 tiem=-10 tien=26 tiep=-4 tier=23 ties=-25
tiet=-22 tif=-9 tif$=5 tifa=4 tife=-2 tiff=-1 tifi=-11 tifl=-5 tifo=-6 tifu=3 tify=-5 tig=3 tig$=12 tiga=16
tige=-11 tigh=1 tigi=4 tigl=7 tigm=-8 tign=-1 tigo=-13 tigr=-1 tigu=1 tih$=9 tihe=-6 tii=25 tiid=-1 tij=2
tij$=-9 tija=-1 tijn=5 tik=-28 tik$=-17 tika=6 tike=-7 tiki=-3 tikk=2 tikl=-7 tiko=5 tiks=-5 tikt=-4 til=-20
til$=6 tila=11 tilb=-5 tild=21 tile=-13 tili=-5 till=-7 tilm=6 tilo=4 tils=-19 tilt=-8 tilu=-5 tily=-11 tim=16
tim$=10 tima=-3 timb=-10 time=-41 timi=14 timk=2 timm=30 timo=31 timp=-4 tims=-3 timu=-1 tin=36 tin$=52
tina=-12 tinc=2 tind=4 tine=-14 ting=-34 tini=25 tink=-8 tinn=6 tino=29 tinp=-1 tins=8 tint=-14 tinu=18
tiny=-20 tio=-77 tio$=-5 tioc=-2 tiol=-3 tion=-63 tiou=-1 tip=1 tip$=-3 tipa=17 tipe=5 tiph=-2 tipi=-2 tipl=-1
tipo=-3 tipp=-4 tips=-1 tipu=-4 tipy=-1 tiq=7 tiq$=3 tiqu=-9 tir=8 tir$=4 tira=22 tire=-14 tiri=-2 tiro=1
tirp=1 tirr=-3 tirt=4 tiru=-15 tis=-9 tis$=-5 tisa=8 tisc=2 tise=-16 tisf=-2 tish=1 tisi=-11 tisl=3 tism=-6
tiso=-4 tiss=4 tist=14 tisu=-1 tit=-26 tit$=4 tita=-7 titc=-3 tite=-8 tith=-4 titi=10 titl=-3 tito=3 titr=-4
tits=-3 titt=-5 titu=-9 tity=-1 tiu=10 tiu$=24 tium=-3 tius=-12 tiv=-9 tiva=5 tive=-21 tivo=10 tiw=18 tiwa=12
tix=-2 tix$=-2 tiy=9 tiz=1 tiza=1 tize=-14 tizi=6 tizo=-2 tj=-13 tja=-2 tja$=-4 tjac=-5 tjan=4 tje=9 tje$=16
tjed=-3 tjel=-9 tjo=2 tjor=2 tjs=-6 tjs$=-5 tju=-11 tjug=-8 tk=8 tk$=-11 tka=-1 tka$=-3 tkan=-8 tke=14 tke$=12
tkh=-5 tki=-10 tkie=-1 tkin=8 tkir=-1 tkit=-3 tkn=3 tkni=-1 tko=11 tko$=8 tkov=2 tkow=2 tku=10 tl=-56 tl$=40
tla=-1 tla$=25 tlab=-6 tlac=-3 tlah=-4 tlal=8 tlan=-1 tlar=6 tlas=-11 tlau=-2 tlaw=-1 tlay=-3 tld=-3 tle=-45
tle$=-45 tlea=-2 tleb=-5 tlec=-1 tled=-4 tlef=8 tleg=-1 tlem=-4 tlen=-8 tlep=-1 tler=-8 tles=-8 tlet=-3
tlew=-1 tley=27 tlh=-18 tlha=-11 tlhe=-4 tli=-11 tli$=-4 tlib=-1 tlie=-2 tlif=-1 tlik=-6 tlin=9 tlis=-1 tlo=-7
tloa=-1 tloc=-1 tlog=-1 tloo=-1 tlu=11 tly=-24 tly$=-30 tlyn=6 tm=-32 tm$=-7 tma=4 tma$=15 tmai=-4 tmak=-4
tman=4 tmar=5 tmas=-10 tmat=-3 tmc=-3 tme=7 tmen=5 tmet=3 tmik=-4 tmin=-5 tmir=8 tml=-9 tml$=-4 tmo=-15
tmod=-1 tmol=-1 tmon=-1 tmos=-3 tmot=-4 tmu=-5 tmun=-6 tmut=4 tn=16 tn$=-8 tna=6 tna$=6 tnac=-2 tnag=3 tnam=-3
tnan=1 tnap=-1 tnau=-3 tne=23 tne$=-7 tner=51 tnes=-12 tney=-12 tni=-3 tnik=-7 tnin=-1 tnit=-5 tno=-10 tno$=-8
tnot=-2 tnu=-6 tny=17 tny$=36 tnya=-19 to=-35 to$=23 toa=-11 toa$=-10 toac=-1 toad=-5 toan=5 toas=-2 toat=-2
tob=-6 toba=-9 tobi=5 tobl=9 tobo=-3 tobr=-1 tobu=-1 toc$=-2 toca=-4 toce=-7 toch=10 toci=-2 tock=-8 tocl=12
toco=-7 tocr=-3 tocu=-2 tocy=-1 tocz=6 tod=-3 toda=-15 todd=-1 tode=-3 todg=-3 todi=13 todo=-3 tods=9 todt=-2
todu=-2 tody=-4 toe=-29 toe$=-9 toec=-1 toen=-4 toes=-5 toet=-3 toev=-4 tof=19 tof$=4 tofa=1 tofe=4 toff=3
tofi=4 tofl=-3 tofo=2 toft=11 tog=-1 tog$=7 toga=-5 toge=-5 togg=-1 togl=7 togn=-4 togo=-8 togr=5 toh=-10
tohi=-2 toho=-8 toi=6 toi$=-5 toic=9 toid=-9 toil=-6 toin=7 toir=14 tois=-24 toiv=11 toj=-9 toj$=-1 toja=9
toje=-8 toji=-4 tojo=-10 tojs=-1 tok=-33 tok$=3 toka=11 toke=-14 toki=-23 tokl=-4 toko=-8 toks=-5 toku=5
tol=24 tol$=-15 tola=8 tolb=-3 told=13 tole=-11 toli=4 toll=-11 tolm=-4 tolo=20 tols=3 tolt=11 tolu=2 toly=-3
tolz=9 tom=-10 tom$=-11 toma=-4 tomb=-22 tomc=-2 tomd=-2 tome=3 tomi=8 tomk=2 toml=-3 tomm=19 tomo=5 tomp=14
toms=2 tomt=-6 tomu=-8 tomy=-9 ton=-1 ton$=51 ton-=-1 tona=-19 tonb=-1 tonc=4 tond=1 tone=-18 tong=-21 tonh=-1
toni=14 tonl=-1 tonn=-14 tono=6 tons=-5 tonu=6 tonw=-2 tony=-4 too=30 too$=8 tood=-2 took=5 tool=-12 toom=40
toon=-7 toop=-1 toor=19 toot=-8 top=5 top$=-11 topa=5 tope=11 toph=8 topi=-2 topl=10 topm=-1 topo=-3 topp=-6
topr=-1 tops=-3 topt=-1 topu=5 topy=-1 toq=-6 tor=-22 tor$=-36 tora=2 torb=9 torc=-26 tore=4 torf=11 torg=7
torh=2 tori=9 torl=7 torm=21 torn=1 toro=16 torp=16 torq=1 torr=17 tors=-6 tort=-23 tory=-41 torz=-1 tos=-5
tos$=-7 tosa=2 tosc=-5 tose=-8 tosh=15 tosi=1 tosl=7 toso=4 tosp=-3 toss=-2 tost=-5 tosz=2 tot=-14 tot$=15
tota=-12 tote=-16 toth=8 toti=9 toto=-7 totr=-1 tott=-8 totu=-3 toty=-1 tou=1 tou$=-9 toua=4 touc=-25 toug=-7
toun=13 toup=-2 tour=3 tous=22 tout=-8 tov=11 tov$=-1 tova=-2 tove=8 tovi=15 tovo=-3 tow=-15 tow$=4 towe=-1
towh=-1 town=-12 tox=-7 tox$=-2 toxi=-4 toxo=-1 toy=-8 toy$=-6 toya=9 toyo=-11 toz=5 toze=1 tozo=-5 tozz=5
tp=-50 tp$=-7 tpa=-15 tpan=-4 tpar=-2 tpat=-1 tpe=-2 tph=-2 tphe=-2 tpi=-8 tpic=-1 tpie=-6 tpl=-2 tpli=-1
tpo=-4 tpon=-1 tpr=3 tpre=-2 tpro=-2 tps=-1 tpu=-5 tpur=-3 tput=-1 tpx=-1 tpy=-3 tpy$=-2 tpyt=-1 tq=-8 tqu=-2
tr=-47 tr$=-16 tra=-11 tra$=-9 trab=-6 trac=-4 trad=-17 trae=19 traf=-4 trag=-12 trah=-8 trai=-20 traj=-14
trak=6 tral=-25 tram=-10 tran=-10 trao=8 trap=5 trar=-4 tras=-9 trat=15 trau=54 trav=12 traw=12 tray=-5 traz=4
trb=11 trc=-4 tre=-14 tre$=-19 trea=-9 treb=4 trec=12 tred=-5 tree=-37 tref=-6 treg=4 trei=21 trek=-6 trel=-3
trem=3 tren=-27 treo=9 trep=15 trer=15 tres=1 tret=-22 treu=-1 trev=35 trew=-3 trex=-1 trey=-3 trf=-2 tri=-8
tri$=23 tria=-5 trib=-18 tric=-25 trid=-3 trie=-14 trif=-10 trig=-15 trih=-4 trii=7 trij=9 trik=1 tril=-10
trim=-11 trin=17 trio=13 trip=16 tris=21 trit=-2 triu=-11 triv=3 triz=15 trl=3 trn=8 trna=1 tro=-29 tro$=-40
troa=-1 trob=1 troc=7 trod=-10 troe=3 trog=-15 troh=17 troi=-12 troj=-1 trok=-10 trol=-37 trom=95 tron=-19
troo=6 trop=-13 tror=-2 tros=2 trot=3 trou=-10 trov=5 trow=6 troy=-10 troz=6 trs=-6 trs$=-4 trt=-12 tru=13
tru$=-4 trua=-6 trub=14 truc=-6 trud=34 true=-15 truf=3 trug=6 trui=-8 trul=-7 trum=-3 trun=8 truo=-11 trup=5
trur=-3 trus=-8 trut=4 try=-4 try$=-16 trya=-9 tryc=8 tryg=10 tryi=-5 tryk=1 trym=3 tryo=-4 tryp=-2 trys=3
tryw=-1 trz=19 trze=1 trzo=10 trzy=2 ts=-51 ts$=21 tsa=-52 tsa$=-49 tsai=4 tsam=-8 tsan=-2 tsap=-1 tsar=-4
tsat=1 tsaw=-1 tsb=11 tsbe=4 tsc=16 tsca=-1 tsch=18 tsco=-1 tsd=7 tsd$=-2 tsdk=-1 tsdo=12 tse=28 tse$=7
tsea=-3 tsee=-6 tsel=5 tsen=14 tser=-2 tset=-2 tsev=3 tsfo=5 tsh=38 tsha=9 tshe=18 tshi=10 tsho=-2 tshw=7
tsi=-45 tsi$=-53 tsia=-7 tsic=6 tsid=-1 tsie=-2 tsig=-1 tsin=2 tsk=-19 tsk$=-7 tska=-1 tske=-2 tskh=-2 tski=-3
tsky=-4 tsl=-5 tsle=-3 tsli=-2 tslo=-1 tsm=-12 tsma=-10 tsmo=-1 tso=-4 tsol=4 tson=-10 tsor=-4 tsou=8 tsov=2
tsp=-2 tss=7 tsso=9 tst=-5 tsta=-3 tste=3 tsto=-3 tstr=-2 tsu=-6 tsu$=-28 tsug=-6 tsui=7 tsuk=-1 tsum=8
tsun=10 tsur=-3 tsus=5 tsuw=-4 tsuy=-2 tsv=-1 tsve=3 tsw=-15 tswa=-12 tswe=-2 tswo=-1 tsy=-10 tsy$=-4 tsyn=-2
tt=25 tt$=55 tta=-16 tta$=11 ttab=-10 ttac=-6 ttae=-4 ttag=-8 ttai=-4 ttak=13 ttal=-8 ttam=3 ttan=-11 ttar=5
ttas=-4 ttat=4 ttau=-3 ttav=-7 ttay=3 ttb=6 tte=-22 tte$=58 tted=-10 ttee=-9 ttel=-12 ttem=-3 tten=-33
tter=-13 ttes=-7 ttet=7 ttex=-1 ttf=9 ttfr=9 ttg=-2 ttge=2 tth=14 ttha=4 tthi=5 tthr=-1 tti=17 tti$=29 ttia=5
ttic=-9 ttid=-2 ttie=-1 ttif=-7 ttim=15 ttin=7 ttio=-12 ttip=2 ttis=-9 ttit=-5 ttiv=-1 ttl=-17 ttl$=-1 ttla=-5
ttle=-15 ttli=1 ttma=7 ttmu=-5 ttn=22 ttna=-1 ttne=20 ttni=1 tto=-27 tto$=-3 ttoc=-3 ttoe=-3 ttoi=-4 ttol=-2
ttom=-9 tton=-8 ttoo=-3 ttor=11 ttos=-3 ttp=-9 ttp$=-2 ttpr=-2 ttps=-1 ttpx=-1 ttr=2 ttr$=-8 ttra=8 ttre=-2
ttri=11 ttro=-2 tts=13 tts$=5 ttsi=-2 ttst=7 ttu=-12 ttu$=5 ttuc=-7 ttul=-3 ttun=1 ttup=-2 ttur=-1 ttus=2
ttw=-8 ttwe=-7 tty=12 tty$=11 ttyp=-1 ttys=-5 tu=-26 tu$=5 tua=-26 tua$=-10 tual=-18 tuan=9 tuar=-7 tuat=-2
tub=-25 tub$=6 tuba=-7 tubb=-4 tube=-17 tubi=-2 tubo=-4 tubu=-1 tuc=-1 tuca=-7 tucc=-3 tuch=8 tuck=8 tud=-30
tude=-19 tudi=-5 tudo=2 tudy=-3 tue=-4 tue$=-7 tuen=-3 tues=-2 tuf=-13 tuff=-8 tuft=-1 tug=16 tug$=12 tugg=-3
tugi=3 tugu=-5 tuh=-3 tui=16 tui$=-2 tuit=3 tuj=-7 tuju=-6 tuk=9 tuka=-2 tuku=10 tul=-32 tul$=-4 tula=-25
tule=-9 tuli=9 tull=12 tuln=-3 tulo=-9 tulu=-1 tum=14 tum$=-2 tuma=19 tumb=-7 tume=-2 tumi=-2 tumm=-2 tumn=-2
tumo=6 tump=8 tumu=-2 tun=26 tun$=11 tuna=14 tunc=17 tund=11 tune=-6 tung=-14 tuni=-22 tunj=-1 tunk=9 tunn=-14
tunt=-5 tunu=10 tuny=3 tuo=3 tuoh=10 tuoj=-3 tuol=-6 tuom=20 tuon=2 tuos=-13 tuou=-1 tup=5 tup$=-6 tupa=13
tupe=-8 tupi=-6 tupl=-2 tupo=3 tupp=-3 tupu=3 tur=14 tur$=38 tura=17 turb=-23 turc=24 turd=-13 ture=-35
turf=-6 turi=-3 turk=-4 turl=9 turm=7 turn=-25 turo=12 turp=-6 turr=7 turs=13 turt=-7 turu=5 tus=-1 tus$=17
tusa=1 tusc=-5 tuse=-3 tusi=-4 tusk=1 tuss=-19 tusz=2 tut=-4 tut$=-4 tuta=-4 tute=-9 tuti=31 tutk=7 tuto=-5
tutr=-1 tuts=-2 tutt=-7 tutu=-13 tutz=4 tuu=10 tuul=15 tuv=-7 tuva=-2 tux=-4 tuy=-16 tuya=-10 tuz=7 tuz$=-2
tv=-3 tv$=-4 tva=-8 tva$=-16 tval=9 tvar=-3 tve=15 tvei=12 tvi=-3 tvie=-3 tvin=8 tvo=-3 tvoj=-13 tw=-27 tw$=-2
twa=-6 twad=4 twai=5 twal=2 twan=8 twar=-5 twat=-4 tway=-4 twe=-18 twea=-2 twee=-10 twei=-8 twel=4 twen=4
twer=-2 twh=-4 twi=-7 twic=-2 twid=11 twie=1 twig=-2 twil=4 twin=-5 twir=-1 twis=-5 twit=-8 two=-1 twof=-4
twoj=-7 twoo=-5 twop=-1 twor=-1 twos=-2 twr=-5 twra=-1 twri=-1 twu=13 twum=14 twy=2 tx=-10 tx$=-4 ty=-14
ty$=-12 tya=12 tya$=15 tyal=-2 tyan=12 tyar=-3 tyc=3 tych=3 tye=4 tye$=6 tyh=-1 tyi=-6 tyin=-1 tyja=2 tyjs=-3
tyk=-5 tyka=5 tyl=-14 tyl$=4 tyla=3 tyle=-24 tyli=-12 tylo=7 tylu=8 tym=2 tyma=12 tymi=-5 tymo=6 tymp=-5
tymy=-1 tyn=15 tyn$=15 tyna=8 tyne=-3 tyni=-1 tyo=1 tyon=-1 typ=-19 typa=9 type=-19 typh=-5 typi=-5 typo=-2
tyq=6 tyqu=6 tyr=11 tyr$=18 tyra=-18 tyre=10 tyri=2 tyro=-18 tyrr=4 tys$=10 tyse=-1 tysh=1 tyso=-4 tyt=-4
tyto=-4 tyu=4 tyw=1 tyx=-3 tyx$=-3 tz=-17 tz$=-4 tz-=-5 tza=-13 tza$=1 tzar=-11 tzb=-3 tzd=-3 tze=16 tze$=15
tzel=11 tzen=-14 tzer=8 tzf=-1 tzg=5 tzh=4 tzi=-16 tzi$=2 tzia=-14 tzie=-3 tzin=-1 tzk=-7 tzl=18 tzla=-3
tzle=17 tzm=1 tzma=1 tzo=6 tzp=-2 tzpa=-2 tzs=6 tzst=-4 tzt=-4 tzu=-6 tzu-=9 tzue=-8 tzv=-7 tzw=-3 tzy=2
tzy$=6 u=1 u$=16 u'=-6 u-=46 u-a=-1 u-c=19 u-ch=19 u-f=7 u-fe=6 u-h=7 u-ha=-1 u-hs=4 u-hu=3 u-l=10 u-la=1
u-li=10 u-m=1 u-me=2 u-y=8 u-yu=3 ua=-64 ua$=-15 uab=-2 uabb=-1 uabl=-1 uac=-15 uaca=-1 uach=-7 uack=-1 uad=23
uad$=13 uada=12 uade=2 uadi=7 uado=1 uadr=-8 uae=-4 uae$=-3 uaf=2 uag=-1 uage=-2 uagg=-1 uah=-1 uah$=7 uai=2
uaia=-4 uaid=9 uain=-6 uair=3 uak=-4 uake=-4 uaki=8 ual=-5 ual$=-6 uala=14 ualc=-3 uald=4 uale=5 uali=-8
uall=-16 uals=-2 ualt=16 ualu=-3 uam=-16 uam$=-3 uama=-8 uan=-10 uan$=12 uan-=6 uana=-5 uanc=-5 uand=-23
uane=15 uang=23 uani=2 uann=3 uano=-5 uant=-28 uap=-4 uapa=-2 uar=-2 uar$=-1 uara=2 uarc=8 uard=15 uare=-3
uari=2 uark=-2 uaro=-11 uarr=-4 uart=2 uary=-7 uas=-17 uas$=-11 uasa=-6 uasc=-1 uash=-2 uasi=4 uass=-5 uat=-13
uat$=2 uate=-6 uati=5 uatn=-1 uato=3 uatr=-2 uatt=-5 uatu=-5 uav=-7 uave=-3 uaw=-2 uawk=-1 uay=20 uay$=15
uaya=-9 uaz=1 uazi=3 ub=-5 ub$=-2 uba=16 uba$=-19 ubac=2 ubai=12 ubak=9 ubal=1 uban=-4 ubar=-1 ubas=4 ubat=-5
ubau=-1 ubay=13 ubb=-23 ubba=-2 ubbi=-4 ubbl=-3 ubbo=-3 ubby=-9 ubc=3 ubci=2 ubcl=-1 ubco=2 ubd=-9 ubde=-2
ubdi=-2 ubdo=-2 ubdu=-3 ube=8 ube$=-9 ubec=-3 ubed=-2 ubef=-1 ubek=2 ubel=-6 uben=-1 uber=2 ubes=9 ubet=8
ubey=7 ubf=-2 ubg=-1 ubh=1 ubhe=-1 ubi=6 ubi$=2 ubia=-5 ubie=-1 ubil=3 ubim=-5 ubin=22 ubio=1 ubiq=-3 ubis=4
ubit=-8 ubj=-1 ubja=1 ubk=3 ubka=2 ubko=3 ubl=-28 uble=-9 ubli=-11 ublu=-1 ubm=-8 ubma=-4 ubme=-2 ubmi=-2
ubn=2 ubno=-2 ubo=36 ubo$=-6 uboc=2 uboi=2 ubom=6 ubon=-5 ubor=-7 ubos=5 ubov=9 ubow=8 ubp=-4 ubr=15 ubra=31
ubre=5 ubri=-14 ubro=-8 ubs=-3 ubs$=9 ubsc=-1 ubse=-1 ubsi=-2 ubst=-4 ubsu=-1 ubt=-8 ubte=-2 ubti=-1 ubtl=-1
ubto=-1 ubtr=-1 ubu=-7 ubul=-2 ubun=-3 ubur=-8 ubus=-5 ubut=11 ubv=-3 ubve=-2 uby=1 uc=-24 uc$=23 uca=-13
uca$=-21 ucal=2 ucan=14 ucap=-6 ucar=10 ucas=-6 ucat=-9 ucc=-1 ucca=-13 ucce=-3 ucch=10 ucci=21 ucco=-10
uccu=-6 uce=1 uce$=-28 ucea=-2 uced=9 ucek=5 ucel=6 ucen=-6 ucep=-3 ucer=-6 uces=-3 ucet=19 uch=31 uch$=15
ucha=8 uchd=-1 uche=17 uchh=-3 uchi=-6 uchl=1 uchm=-4 uchn=4 ucho=22 uchs=-8 ucht=-3 uchu=-4 uchy=-6 uci=15
uci$=4 ucia=-4 ucib=-1 ucic=3 ucid=-11 ucie=3 ucif=-10 ucil=4 ucin=14 ucit=1 uciu=5 uck=-60 uck$=-27 ucka=-2
uckb=-2 ucke=-6 uckh=-5 ucki=6 uckl=3 ucko=-3 uckr=9 ucks=-8 uckt=-3 uckw=-2 ucky=-12 ucl=-4 ucle=-14 ucli=-1
uclu=11 uco=-18 uco$=-6 ucoi=-1 ucom=-2 ucon=7 ucop=-1 ucor=-4 ucos=-9 ucot=-1 ucou=-2 ucov=4 ucr=3 ucra=-2
ucre=10 ucro=-4 ucs=6 uct=-16 uct$=-6 ucta=-1 ucti=-3 ucto=-3 uctr=-1 uctu=-1 ucu=-20 ucu$=7 ucub=-2 ucul=-7
ucum=-3 ucur=-5 ucus=-4 ucy=10 ucy$=4 ucz=8 ucze=2 uczk=1 ud=12 ud$=47 uda=-27 uda$=-16 udab=-1 udac=2 udae=-2
udah=-17 udai=1 udal=-5 udan=3 udap=-1 udar=6 udas=-4 udat=-6 udau=-5 udav=10 udb=-5 udbe=-3 udbr=-1 udc=-2
udd=-7 udda=-9 udde=9 uddh=-4 uddi=1 uddl=-3 uddy=-8 ude=-13 ude$=-4 udec=7 udee=-3 udek=5 udel=-2 udem=-6
uden=4 uder=-14 udes=4 udet=7 udev=-6 udf=-1 udg=-23 udge=-25 udgi=-5 udh=18 udha=14 udhi=-8 udho=-3 udhu=4
udi=4 udi$=4 udia=4 udib=-3 udic=12 udid=-7 udie=-5 udig=16 udik=7 udil=-1 udim=-3 udin=2 udio=-20 udis=-6
udit=1 udk=1 udka=-3 udko=1 udl=6 udla=7 udle=4 udli=-6 udm=2 udmi=7 udn=-2 udni=-5 udo=-1 udo$=-27 udob=3
udoi=-1 udok=2 udol=10 udom=3 udon=5 udor=-8 udos=2 udou=-3 udov=10 udr=23 udra=-12 udre=12 udri=5 udro=4
udry=12 uds=-14 uds$=-5 udse=6 udso=-5 udsp=-1 udt=9 udu=-33 udu$=-13 udui=-3 udul=1 udun=-2 udv=-11 udvi=-10
udw=2 udwi=3 udy=19 udy$=6 udz=10 udzi=11 ue=-24 ue$=-30 uea=6 ueak=-1 ueal=11 ueas=-2 ueb=-9 uebe=-1 uebo=-1
uec=1 ued=-6 ued$=-3 ueda=-3 uede=2 ueen=9 ueer=-2 ueez=-1 uef=-6 uefi=-2 uefo=-2 uefu=-2 ueg=-8 uege=-2
ueh=13 ueh$=11 ueh-=6 uei=-7 ueix=-3 uej=2 uek=-19 uek$=-17 uel=15 uel$=1 uela=-11 uelc=-3 uele=-6 ueli=7
uell=7 uelo=11 uels=-1 uely=9 uem=5 uema=2 ueme=7 uen=12 uen$=-17 uena=6 uenb=-3 uenc=-9 uend=12 uene=-6
ueng=4 ueni=-2 uenn=-5 ueno=-11 uens=4 uent=44 uer=11 uer$=23 uera=18 uerb=-5 uerc=-3 uerd=-7 uere=3 ueri=-4
uerl=-3 uern=-12 uero=11 uerp=-3 uerr=-5 uers=-3 uert=14 uery=-14 ues=-7 ues$=13 uesa=2 uesc=-4 ueso=-1 uess=4
uest=-16 uet$=14 ueta=-3 uete=-9 ueti=-1 ueto=5 uetr=-3 uett=-4 uetu=-2 uetz=-4 ueu=-11 ueue=-4 uev=-9 ueva=-2
uevo=-4 uew=-1 uey=-10 uey$=-8 uez=20 uez$=26 uf=18 uf$=7 ufa=-7 ufa$=-11 ufac=-2 ufan=3 ufar=5 ufe=9 ufel=-3
ufen=2 ufer=1 uff=-37 uff$=-15 uffa=-9 uffb=-1 uffe=-16 uffi=-11 uffl=-12 uffo=-1 uffr=-4 uffu=7 uffy=17
ufi=12 ufik=3 ufin=2 ufl=4 ufm=-4 ufn=8 ufna=8 ufo=16 ufr=1 ufra=3 uft=-9 uft$=-2 ufu=16 ug=3 ug$=16 uga=-38
uga$=-11 ugab=-2 ugac=-2 ugai=-10 ugal=2 ugan=-5 ugas=3 ugat=-3 ugb=7 ugba=1 ugbe=6 ugbo=2 ugc=13 uge=19
uge$=-8 ugel=3 ugen=29 uger=-11 ugf=3 ugfu=3 ugg=-19 ugga=1 ugge=-6 uggi=-1 uggl=-9 uggy=-5 ugh=-21 ugh$=-9
ugha=-4 ughb=-2 ughe=3 ughi=-4 ughl=5 ughn=15 ughr=14 ughs=-2 ught=-27 ugi=15 ugi$=4 ugia=3 ugil=-2 ugin=-5
ugit=-2 ugl=-3 ugla=8 ugle=-12 ugli=5 uglo=-2 ugly=-2 ugm=-9 ugma=-7 ugme=-2 ugn=18 ugn$=-4 ugna=-4 ugne=10
ugno=16 ugo=-16 ugo$=3 ugoe=-3 ugol=4 ugon=-4 ugos=-22 ugot=1 ugou=-3 ugr=8 ugra=4 ugri=-3 ugru=7 ugs=5 ugu=6
ugu$=1 ugua=-1 ugub=-1 ugue=3 ugui=-6 ugul=-7 ugun=-1 ugur=10 ugus=5 ugw=-3 uh=30 uh$=6 uha$=-5 uhal=3 uham=25
uhan=-4 uhar=-9 uhas=-2 uhau=2 uhe=-8 uhe$=1 uhey=2 uhi=10 uhin=-8 uhl=-11 uhl$=-8 uhla=-4 uhlb=4 uhli=-2
uhn=-6 uhn$=-5 uho=9 uhon=3 uhov=-1 uhr=-9 uhr$=-11 uhri=4 uhs=5 uht=4 uhu=16 uhy=3 ui$=-24 ui-=5 uia=-6
uia$=-2 uial=-1 uib=5 uibb=-1 uibh=-2 uic=-7 uice=-8 uich=6 uici=-3 uick=7 uicu=-1 uid=-7 uid$=-10 uida=-2
uide=-16 uidi=5 uidn=-1 uido=10 uie$=-1 uiel=18 uien=-8 uier=15 uies=-3 uiet=-17 uif=-4 uiff=-1 uig=6 uige=-7
uigi=9 uign=2 uij=33 uija=-2 uijs=14 uik=-8 uil=-27 uil$=-4 uila=-13 uild=-38 uile=8 uili=-4 uill=20 uilo=-2
uilt=-1 uim=-5 uin=3 uin$=2 uina=-9 uinc=-3 uind=1 uine=-18 uini=-6 uinn=5 uino=2 uinq=-2 uint=31 uio=8 uip=3
uip$=-2 uipa=-2 uipe=9 uir=1 uir$=-10 uira=-8 uire=-8 uiri=-4 uirk=3 uiro=12 uirr=7 uiry=2 uis=16 uisa=-7
uisb=-2 uise=33 uish=-16 uisi=-15 uisl=-2 uism=7 uisq=-4 uist=8 uit=-18 uit$=-8 uita=5 uitc=-2 uite=-8 uitf=-1
uiti=-3 uitl=-1 uito=-17 uitr=6 uitt=7 uity=-5 uiv=9 uiva=-8 uive=20 uix=-1 uiy=10 uiz$=3 uiza=-6 uize=7
uizh=-2 uizz=-2 uj=-43 uj$=-6 uja=-28 uja$=-6 ujah=-23 ujar=-6 ujd=3 uje=-1 uje$=3 ujer=-8 uji=6 uji$=-4
ujia=1 ujin=1 ujit=2 ujj=5 ujja=5 ujo=2 ujr=-7 ujra=-7 ujt=-2 uju=-11 uju$=-8 ujun=1 uk=7 uk$=37 uka=-61
uka$=-17 ukaa=-9 ukac=6 ukah=-14 ukan=-18 ukar=-9 ukas=-3 ukaw=-2 ukc=-12 ukca=-8 uke$=-5 ukel=8 uker=3 ukes=6
ukew=-2 ukh=22 ukh$=5 ukha=5 ukhe=10 ukhi=-7 ukho=5 uki=6 uki$=-13 ukic=12 ukie=-5 ukin=3 ukir=-3 ukk=-11
ukka=-7 ukki=-4 ukko=-9 ukl=2 ukla=-4 ukle=-5 ukm=4 ukma=7 uko=-6 uko$=9 ukon=-1 ukot=-1 ukov=-3 ukr=-2
ukra=-8 ukro=-1 ukru=6 uks=3 uksa=6 uksi=-2 ukst=-2 ukt=-3 ukta=-1 uku=19 uku$=21 ukuf=6 ukul=-9 ukup=2 ukur=6
ukus=1 ukw=14 ukwu=14 ul=-10 ul$=-2 ula=-45 ula$=-32 ulab=4 ulac=-5 ulad=3 ulae=-14 ulag=-2 ulah=9 ulai=1
ulak=9 ulal=2 ulam=5 ulan=-7 ular=-48 ulat=-4 ulaw=-3 ulay=26 ulaz=8 ulb=-10 ulb$=-2 ulba=-3 ulbe=-2 ulbi=-1
ulbo=3 ulbr=-1 ulc=-9 ulca=2 ulce=7 ulch=-15 ulci=-7 ulcz=1 uld=3 uld$=-10 ulde=8 uldi=-6 uldo=6 uldr=5 uldu=3
ule=-28 ule$=-12 ulea=-9 uled=-3 ulei=6 ulek=7 ulel=2 ulem=3 ulen=-5 uler=-20 ules=-1 ulet=5 ulev=-3 ulew=1
ulex=-2 uley=12 ulf=20 ulf$=9 ulfa=2 ulfe=7 ulfi=-9 ulfo=-1 ulfu=-1 ulg=10 ulga=-5 ulge=1 ulgi=-4 ulgu=-4
ulh=13 ulha=10 ulhe=1 uli=34 uli$=-14 ulia=2 ulic=13 ulid=2 ulie=3 ulik=9 ulim=-5 ulin=-15 ulio=24 ulip=-7
ulis=3 ulit=15 uliu=6 uliz=-2 ulj=9 ulja=2 ulk=-4 ulk$=-11 ulke=7 ulki=-5 ulky=-7 ull=-16 ull$=-17 ulla=24
ulld=-3 ulle=-1 ullf=-1 ullh=-2 ulli=-10 ullm=-2 ulln=2 ullo=22 ulls=-3 ullt=-1 ullu=-5 ullw=-1 ully=-16
ulm=-23 ulm$=-6 ulma=-5 ulme=-2 ulmi=2 ulmo=-3 uln=-15 uln$=-8 ulna=-6 ulne=-3 ulo=23 ulo$=1 ulog=1 ulom=-3
ulon=3 ulop=22 ulos=-10 ulot=7 ulou=1 ulov=-2 ulp=-29 ulpa=-2 ulpe=-1 ulph=-9 ulpi=-5 ulpt=-1 ulq=5 ulqu=5
ulr=18 ulri=3 ulro=4 ulry=8 uls=23 ulsa=-2 ulse=1 ulsh=7 ulsi=-4 ulso=-1 ulst=7 ult=-14 ult$=25 ulta=13
ulte=-4 ulti=-41 ulto=11 ultr=-17 ults=-3 ultu=-11 ulty=15 ulu=4 ulu$=7 uluk=-4 ulul=3 ulum=-12 ulun=1 ulus=-9
ulut=7 ulv=-7 ulva=-12 ulve=2 ulvi=-1 ulw=-8 ulwi=-7 uly=17 uly$=13 ulya=2 ulz=3 ulzb=-3 ulze=1 um=-50 um$=-68
um-=-5 um-n=-2 uma=20 uma$=30 umaa=2 umab=-1 umac=-11 umad=-1 umae=5 umag=-5 umai=13 umak=3 umal=6 uman=-15
umar=-9 umas=-2 umat=-7 umay=21 umb=-24 umb$=5 umba=9 umbe=-12 umbi=1 umbl=2 umbn=-1 umbo=-14 umbr=-11 umbs=-1
umbu=4 umc=-3 umd=-3 umda=5 umdi=-3 ume=12 ume$=4 umea=-3 umed=17 umef=-1 umel=2 umen=-26 umer=6 umes=-4
umet=2 umey=7 umf=-7 umfi=-1 umh=-3 umi=36 umi$=19 umia=3 umic=-1 umid=5 umie=8 umif=-1 umig=-1 umik=5 umil=-2
umin=-24 umis=17 umit=12 umk=2 uml=-12 umla=-12 umle=3 umm=2 umm$=13 umma=-11 umme=6 ummh=-3 ummi=4 ummy=-7
umn=-18 umna=-5 umne=-3 umni=-4 umnu=-2 umny=-2 umo=22 umo$=2 umoc=-1 umon=6 umor=16 umos=-4 umot=5 umou=-5
umov=1 ump=-12 ump$=-16 umpa=-7 umpe=-11 umpf=10 umph=18 umpi=-14 umpk=-2 umpl=-1 umps=-6 umpt=8 umpu=5
umpy=-2 umq=-3 umqu=-2 umr=13 umra=6 umru=6 ums=2 ums$=-4 umsi=-1 umst=-1 umt=8 umu=7 umu$=6 umul=-5 umum=-1
umur=1 umus=6 umuz=1 umv=-12 umve=-2 umvi=-6 umw=-5 umy=-6 umy$=-3 umya=3 un=-25 un$=53 un-=28 un-h=4 una=-15
una$=-30 unab=1 unac=-3 unae=-2 unaf=-3 unag=-3 unai=3 unak=-8 unal=20 unam=3 unan=2 unap=12 unar=-8 unas=-3
unat=2 unau=-4 unaw=-1 unay=11 unb=-7 unba=-5 unbe=-1 unbi=2 unbl=-1 unbo=7 unbr=-2 unbu=-7 unc=-31 unc$=16
unce=-8 unch=-34 unci=-9 unck=15 uncl=-5 unco=-12 uncr=-1 unct=-3 uncu=-9 uncy=10 und=-3 und$=35 und-=-4
unda=-32 undb=12 unde=-22 undh=5 undi=4 undl=-4 undm=5 undn=6 undo=5 undq=13 undr=-42 unds=4 undt=-1 undu=15
undy=-6 undz=2 une=3 une$=-12 unea=-4 uneb=3 unec=2 uned=-4 unee=9 unef=-1 unei=-12 unel=-4 unen=6 uner=10
unes=11 unet=-11 unez=3 unf=-15 unfa=-4 unfe=-4 unfi=-4 unfl=-1 unfo=4 unfr=-2 unft=-1 unfu=-2 ung=17 ung$=18
ung-=15 unga=-8 ungb=9 unge=-13 ungf=4 ungh=-7 ungi=1 ungk=-9 ungl=-11 ungo=6 ungr=-2 ungs=-5 ungu=3 ungw=5
ungy=-7 unh=9 unha=11 unhe=-2 unhi=3 unho=-1 unhu=-2 uni=29 uni$=12 unia=26 unic=-10 unid=-2 unie=7 unif=-2
unig=2 unik=-4 unil=7 unim=2 unin=6 unip=-2 uniq=-8 unir=3 unis=-2 unit=-7 univ=-4 uniz=1 unj=-14 unja=-5
unji=15 unju=-19 unk=-51 unk$=-21 unka=-10 unke=-13 unkf=-1 unki=3 unko=1 unks=-2 unku=3 unky=-2 unl=12
unla=-4 unle=25 unli=-6 unlo=-4 unlu=1 unm=1 unma=-12 unme=-2 unmi=13 unmo=2 unn=-8 unn$=2 unna=-11 unnb=5
unnd=12 unne=-21 unnh=1 unni=-10 unnl=2 unno=-3 unnu=4 unnv=3 uno=-2 uno$=-4 unod=-1 unof=-1 unog=-1 unol=7
unor=2 unos=-4 unov=3 unp=5 unpa=-2 unpe=-1 unpi=-2 unpl=-3 unpo=3 unpr=-1 unpu=-1 unq=-9 unqu=-7 unr=-22
unra=4 unre=-8 unri=-4 unro=-1 unru=-10 uns=-25 uns$=-8 unsa=-6 unsc=1 unse=11 unsk=-1 unsl=-4 unsm=-2 unsn=-1
unso=6 unsp=-1 unst=-15 unsu=-2 unsw=-2 unsy=-1 unt=-13 unt$=-7 unta=1 unte=8 unth=9 unti=-2 untl=-3 unto=2
untr=3 unts=-4 untu=-10 untw=-1 unty=-4 unu=-9 unu$=-11 unui=-4 unul=-7 unun=1 unus=11 unv=5 unva=-1 unve=3
unvo=3 unw=8 unwa=2 unwe=-2 unwi=-3 unwo=13 uny=12 uny$=1 unya=-5 unye=-3 unyi=2 unyo=11 unz=14 unz$=2 unze=8
unzi=4 uo=-54 uo$=-1 uo-=5 uoc=2 uoc$=-7 uod=-13 uode=-3 uodu=-11 uoh=8 uoi=-20 uoi$=-14 uoia=-2 uoj=-11
uoju=-10 uok=-1 uoka=-8 uol=-3 uola=4 uole=2 uoli=-3 uoll=-5 uom=18 uoma=14 uomi=5 uomo=4 uon=-10 uon$=-20
uona=-6 uong=16 uor=11 uor$=8 uora=-4 uore=2 uori=7 uoro=-2 uos=-40 uos$=-11 uose=-11 uosi=-16 uot=6 uot$=7
uote=-3 uoti=5 uou=-4 uous=-4 uov=3 uoy=-11 uoya=-6 uoz=8 up=6 up$=-40 upa=12 upa$=-15 upai=-3 upak=4 upal=-1
upan=1 upas=18 upat=-12 upb=-4 upbr=-1 upc=-3 upco=-1 upd=-2 upe=2 upe$=16 upee=-3 upel=-6 upen=-1 uper=-12
upf=-5 upg=-2 upgr=-1 uph=25 upha=13 uphe=6 uphi=2 upho=-8 uphr=-2 uphu=14 upi$=3 upia=1 upic=7 upid=3 upie=-3
upin=-8 upis=-1 upk=2 upka=4 upko=2 upl=-18 upla=-5 uple=-7 upli=-4 uplo=-1 upm=6 upma=7 upn=-1 upni=5 upo=13
upo$=3 upol=-9 upon=13 upov=3 upp=3 upp$=4 uppa=10 uppe=6 uppl=-3 uppo=-6 uppr=-1 uppu=-1 uppy=-3 upr=-6
upra=1 upri=-6 upro=-3 ups=1 ups$=14 upse=-1 upsi=-2 upsp=-1 upst=-2 upsw=-2 upt=10 upt$=3 upta=10 upte=-2
upti=-4 upto=8 uptu=-3 upu=9 upul=7 upun=-15 upur=5 upw=-3 upwa=-3 upy=9 upy$=11 upyt=-1 uq=8 uqi=-1 uqu=7
uque=9 ur=-20 ur$=62 ur-=-3 ura=-11 ura$=-17 urab=-2 urad=5 urae=-5 urag=4 urah=1 urai=-6 urak=1 ural=-30
uran=-1 urap=21 urar=-3 uras=-2 urat=12 urau=-4 uray=11 uraz=-4 urb=-13 urb$=4 urba=-3 urbe=-2 urbi=-5 urbj=1
urbl=4 urbo=-7 urbu=-4 urc=46 urca=9 urce=1 urch=-3 urci=10 urco=10 urcu=7 urcz=2 urd=10 urd$=-11 urda=15
urde=5 urdi=-2 urdl=-7 urdo=1 urdu=-7 urdy=15 ure=-14 ure$=-40 urea=1 urec=-2 ured=2 uree=15 urei=6 urej=1
urek=4 urel=4 uren=-7 ureo=-4 urer=-6 ures=4 uret=-9 ureu=15 urey=2 urf=-19 urf$=-3 urfb=-1 urfe=-2 urft=-4
urfu=-7 urg=-21 urg$=-9 urg-=-5 urga=8 urgh=-8 urgi=-2 urgl=-8 urgo=2 urgs=9 urgu=4 urgw=-2 urgy=-4 urh=-2
urha=-2 uri=-33 uri$=-4 uria=-22 urib=15 uric=14 urid=-2 urie=-17 urif=8 urij=8 urik=2 uril=3 urim=7 urin=6
urio=-27 urip=-2 uris=-12 urit=-1 uriu=-10 uriz=-2 urj=3 urja=-3 urk=5 urk$=13 urka=6 urke=-3 urkh=2 urki=-9
urkm=-5 urkn=7 url=-32 url$=-26 urle=5 urli=-5 urlo=11 urlp=-1 urly=-6 urm=24 urm$=22 urma=7 urme=2 urmi=1
urmo=-4 urmu=-4 urn=-20 urn$=-17 urna=4 urnb=7 urne=-7 urnf=-1 urni=25 urno=-7 urns=-7 urnt=-2 urnu=-4 urny=4
uro=-34 uro$=10 urob=-3 uroc=-10 urod=10 urog=-3 uroh=8 uroi=-8 urok=-5 urol=-1 urom=-7 uron=-8 urop=-3
uror=-3 uros=-6 urot=-5 urou=-1 urov=6 urp=8 urp$=5 urpa=4 urpe=9 urpi=-2 urpl=-2 urpo=-2 urpr=2 urpu=-4 urq=4
urqu=10 urr=-15 urr$=-6 urra=-5 urre=-7 urri=-6 urro=-1 urru=11 urry=3 urs=10 urs$=2 ursa=2 urse=-12 ursi=13
ursk=3 ursl=-6 urso=-4 urst=12 ursu=5 urt=2 urt$=-4 urt-=-2 urta=3 urth=-5 urtl=4 urtn=3 urto=14 urtr=-3
urts=1 urtu=-9 urty=1 uru=-31 uru$=3 uruc=3 urud=2 urug=-2 uruh=-11 urui=6 uruk=-1 urul=12 urum=-5 urun=-4
urup=-1 urur=-2 urus=-23 urut=-7 urv=-10 urva=-2 urve=-19 urvi=3 urw=14 urwa=15 urwo=3 ury=12 ury$=13 urya=-2
uryn=1 urys=1 urz=-4 urza=4 urze=2 us=-12 us$=-35 us-=4 usa=-7 usa$=-23 usab=-1 usac=7 usad=-2 usaf=4 usag=-2
usai=-11 usak=-8 usal=11 usam=17 usan=10 usar=-1 usat=-1 usau=6 usay=-1 usb=-11 usba=-6 usbe=-3 usc=-5
usca=-16 usce=14 usch=17 usci=-3 uscl=-3 usco=-1 uscu=-8 usd=-11 use=-20 use$=-10 usea=-6 useb=10 usec=-1
used=3 usef=6 useh=5 usei=-1 usek=11 usel=-2 usem=10 usen=-49 usep=7 user=9 uses=-2 uset=-4 usew=-4 usey=5
usf=9 usfi=9 usg=-6 ush=-48 ush$=-14 usha=-8 ushb=-2 ushc=-2 ushe=-15 ushi=2 ushk=4 ushl=-5 ushm=1 ushn=-3
usho=1 usht=16 ushu=-10 ushw=-1 ushy=-8 usi=-3 usi$=10 usia=-12 usib=-1 usic=-1 usie=-7 usif=2 usik=10 usil=8
usim=-8 usin=-1 usio=-6 usis=10 usit=-3 usiv=-5 usk=-12 usk$=-3 uska=21 uske=-4 uski=-10 usko=7 usku=-3
usky=-9 usl=-10 usla=-3 usle=4 usli=-7 usly=-16 usm=28 usma=9 usn=-4 usne=-2 usni=2 usny=-8 uso=14 uso$=7
usoi=-1 uson=2 usop=-2 usor=10 usov=6 usp=3 uspa=9 uspe=-4 uspi=1 usq=12 usqu=12 usr=13 usra=11 uss=3 uss$=9
ussa=22 usse=-9 ussi=-13 ussl=7 usso=-4 usst=-5 ussu=-2 ussy=-9 ust=17 ust$=8 ust-=-4 usta=34 ustb=-5 ustc=-3
uste=-5 ustf=-2 usti=12 ustl=-7 ustm=-1 ustn=-1 usto=17 ustp=-1 ustr=-21 ustu=3 ustw=-1 usty=-9 usu=9 usu$=-11
usua=-2 usuf=7 usuk=-2 usum=6 usur=4 usw=3 usy=7 usy$=-2 usz=20 usz$=9 uszc=2 usze=3 uszk=3 uszt=3 ut=-40
ut$=22 uta=10 uta$=13 utab=-5 utac=-5 utag=2 utah=-7 utai=19 utak=3 utal=9 utam=6 utan=-26 utar=-3 utas=8
utat=-6 utay=15 utaz=-1 utb=2 utba=-1 utbo=-5 utbr=-1 utbu=-2 utc=-6 utca=4 utch=-9 utd=-4 utdo=-3 ute=-14
ute$=-30 utea=2 utec=6 uted=-1 utee=-3 utei=-4 utek=7 utel=-7 utem=2 uten=-18 uteo=-4 uter=29 utes=-6 utet=7
uteu=-8 utf=5 utfa=2 utg=15 utga=6 utge=11 utgo=-2 utgr=-1 uth=19 uth$=-21 utha=-8 uthe=13 uthf=1 uthi=22
uthl=-3 utho=9 uthp=-1 uthr=3 uthu=18 uthw=-2 uthy=-5 uti=-2 uti$=20 utic=3 utid=-1 utie=17 utif=-6 utig=-1
util=-38 utin=-19 utio=8 utis=9 utiv=-1 utj=-5 utja=-4 utk=31 utka=8 utko=3 utku=13 utl=-15 utla=-9 utle=-5
utli=-2 utlu=5 utly=-1 utm=-6 utma=-1 utme=-1 utmo=-1 utn=-15 utne=-4 utny=-8 uto=-26 uto$=9 utob=-3 utoc=-3
utoe=-1 utof=-2 utog=-8 utoi=-1 utol=-6 utom=-2 uton=-14 utop=-1 utor=6 utos=5 utot=-2 utou=-2 utov=2 utp=-4
utph=-1 utpu=-1 utr=8 utre=-6 utri=-14 utro=4 utru=1 uts=-12 uts$=7 utsa=2 utsc=-6 utse=6 utsh=-1 utsi=-4
utsk=-3 utso=-1 utst=-2 utsu=-7 utt=-25 utt$=4 utta=-22 utte=8 utth=-3 utti=2 uttl=-3 utto=-13 utts=9 uttu=-4
utu=-3 utu$=5 utua=-1 utug=-1 utum=-2 utun=5 utur=-5 utus=-7 utv=1 utw=13 utwa=6 utwe=-1 utwi=1 utwo=-1
uty=-10 uty$=-8 utyl=-5 utyr=-1 utz=-27 utz$=1 utze=-3 utzi=-6 utzp=-9 uu=7 uu$=19 uua=-9 uual=-6 uud=-8
uude=-12 uui=-3 uuid=-3 uuk=4 uuk$=2 uul=19 uul$=9 uuli=10 uum=-11 uum$=-1 uun=-11 uun$=-8 uur$=8 uuri=-11
uus=23 uus$=12 uuse=7 uusi=-8 uusk=5 uut=-15 uuta=-9 uute=1 uv=-7 uv$=-2 uva=-11 uva$=-17 uval=4 uvan=3
uvar=-1 uvas=-7 uvat=-3 uve=19 uve$=1 uvea=-1 uvel=13 uven=2 uver=-13 uvet=7 uvi=-4 uvi$=3 uvia=-19 uvie=5
uvin=4 uvio=-1 uviu=-3 uvl=-5 uvo=11 uvo$=4 uvr=-2 uvra=-1 uvre=-1 uvu=-7 uvul=-3 uw=61 uw$=12 uwa=13 uwa$=1
uwag=-2 uwai=-2 uwan=-3 uwar=5 uwas=1 uwe=24 uwe$=-2 uwen=-5 uwer=20 uwi=-1 uwo=-3 uws=11 uwsg=-4 ux=33 ux$=60
uxa=7 uxan=6 uxat=-1 uxe=-13 uxem=-3 uxh=-3 uxha=-3 uxi=-5 uxi$=2 uxin=-3 uxl=-4 uxle=-7 uxo=-4 uxom=-1
uxor=-5 uxt=2 uxta=6 uxu=-3 uxur=-6 uy=47 uy$=-10 uya=-13 uya$=-4 uyam=-6 uyan=-1 uyb=-2 uye=5 uyen=3 uyer=-2
uyg=-3 uygu=-1 uyi=8 uyin=7 uyl=7 uyle=12 uyn=10 uyo=-13 uyo$=-4 uys=16 uyt=19 uyt$=9 uyts=7 uyu=2 uz=-16
uz$=8 uza=7 uza$=9 uzan=6 uzay=3 uzb=-12 uzbe=-13 uzc=-2 uzco=-1 uzd=-7 uzda=-3 uze=13 uze$=-6 uzel=-9 uzen=2
uzer=13 uzh=-15 uzha=-4 uzhi=-2 uzho=-6 uzi=18 uzi$=-2 uzia=10 uzic=2 uzie=-4 uzin=3 uzm=11 uzma=6 uzmi=5
uzn=2 uzo=-4 uzo$=-2 uzt=-12 uzta=-8 uzu=-2 uzy=1 uzy$=1 uzz=-21 uzz$=-10 uzzl=-12 uzzy=-5 v=-38 v$=36 v-=-2
va=7 va$=35 va-=2 vaa=-15 vab=-5 vabi=-1 vabl=-5 vabo=-4 vac=-1 vac$=15 vacc=-11 vace=-3 vach=-2 vaci=2
vaco=-1 vacu=-6 vad=-23 vad$=3 vada=-2 vade=-7 vadi=3 vado=-12 vae=18 vae$=-11 vaer=8 vaf=9 vag=-7 vaga=-5
vage=-9 vagg=-2 vagi=-8 vagl=19 vagn=9 vagu=-6 vagy=-5 vah=1 vah$=-7 vaha=-2 vaht=12 vai=16 vai$=-6 vaid=7
vaik=-14 vail=11 vain=3 vais=4 vait=10 vaj=-17 vaja=-1 vak$=4 vaki=5 vako=-1 vaks=-4 vaku=-1 val=28 val$=-15
vala=2 valb=4 valc=8 vald=27 vale=12 valg=11 valh=-1 vali=-17 valj=-1 valk=2 vall=39 valm=-3 valo=-3 valr=-5
vals=-9 valt=11 valu=-14 valv=-18 valy=-1 vam=-21 vam$=-5 vama=9 vame=-2 vami=-10 vamo=-8 vamp=-3 van=27
van$=9 vana=6 vanb=7 vanc=2 vand=42 vane=-9 vang=-8 vanh=22 vani=-23 vank=-1 vann=-5 vano=-7 vanq=-2 vans=9
vant=-10 vanu=-9 vany=9 vap=-13 vapi=-1 vapo=-15 vaq=-3 var=3 var$=27 varb=-6 vard=19 vare=-10 varg=8 vari=-40
vark=1 varm=4 varn=-10 varo=-1 varr=19 vars=9 vart=3 vary=-6 vas=2 vas$=-2 vasa=3 vasc=12 vase=-14 vash=9
vasi=-10 vask=8 vaso=-6 vass=12 vast=-9 vasy=3 vat=-14 vat$=-26 vata=5 vate=-12 vath=4 vati=-4 vato=14 vatt=3
vatu=8 vau=-6 vaud=-2 vaug=5 vaul=-10 vaun=-2 vaux=6 vav=-3 vava=3 vavi=-4 vavr=4 vay=-6 vaz=7 vaz$=-3 vb=2
vca=6 vce=-6 vch=-4 vcha=-4 vci=11 vcik=3 vco=1 vcov=2 vd=-17 vd$=-3 vda=-8 vda$=-4 vdar=-2 vde=-2 vde$=2
vdi=2 ve=-1 ve$=-61 vea=7 vea$=-6 veal=1 veb=-3 vec=47 vec$=32 vech=-6 veck=7 veco=5 vect=-1 ved=15 veda=3
vedi=5 vedl=-1 vedo=3 vedr=-4 vee=23 vee$=-6 veel=-6 veen=10 veer=16 vef=11 vefi=4 veg=-7 veg$=-6 vega=-4
vege=-1 veh=-9 vehe=-1 veho=-1 vei=39 veig=33 veil=-8 vein=9 veit=6 vejo=-10 vek=-1 vel=-33 vel$=-25 vela=8
velb=-8 velc=-4 veld=33 vele=-17 velg=-3 velh=-3 veli=12 velk=-2 vell=-6 velm=2 velo=-13 velt=15 velu=-3
velv=-5 vely=-11 vem=-11 vem$=-7 vema=-3 veme=-1 vemo=-1 ven=3 ven$=8 ven-=1 vena=-17 venb=7 venc=14 vend=10
vene=-11 veng=-15 veni=11 venk=9 venl=-2 venn=7 veno=-4 vens=-14 vent=1 venu=-4 venw=-4 veo=-11 veol=-8 vep=-3
veps=-2 ver=-12 ver$=-35 vera=-4 verb=16 verc=20 verd=-6 vere=27 verg=-9 verh=28 veri=11 verj=-6 verk=-2
verl=9 verm=-9 vern=9 vero=24 verp=-5 verr=-24 vers=-5 vert=-34 veru=-1 verv=-11 verw=2 very=-7 ves=-2 ves$=-5
vesa=-5 vesc=-2 vesd=-1 vesh=3 vesi=-11 vesp=-10 vess=-6 vest=28 vesu=-5 vet=-6 vet$=-2 veta=4 vetc=-2 vete=-9
veti=-10 vetk=4 vetl=-4 veto=6 vetr=3 vets=-13 vett=5 veu=11 veu$=1 vev=-6 veva=-2 vew=-2 vex=-6 vex$=-4
vexi=-2 vey=-10 vey$=5 veya=-8 veyo=-4 vez=9 vez$=2 vezd=1 vf=3 vfi=-3 vfil=-3 vg=-1 vg$=-5 vga=-5 vge=9
vgen=10 vgo=-6 vgor=-3 vgp=-1 vgr=-2 vgra=-5 vh=-5 vh$=-8 vi=17 vi$=14 via=-10 via$=24 viab=-1 vial=-13
vian=-3 viar=-7 viat=-10 vib=-22 vibr=-14 vic=69 vic$=112 vica=-3 vice=-15 vich=-32 vici=-18 vick=19 vico=-3
vict=12 vicu=-5 vid=3 vid$=-4 vida=5 vide=-4 vidi=5 vidl=-2 vido=5 vids=8 vidu=-8 vie=-40 vie$=25 viec=-5
vied=-6 viej=-12 viel=-18 viem=-15 vien=-25 vier=30 vies=2 viet=-10 view=-14 vif=6 vifa=-3 vifi=5 vify=-2
vig=28 vig$=13 viga=2 vigi=-10 vign=8 vigo=-11 vih=2 vii=-25 vii$=-10 viid=-2 viii=-8 viim=-10 viit=4 vij=-8
vija=-2 vik=8 vik$=-17 vika=6 vike=-8 viki=2 viko=3 viks=6 vikt=10 vil=14 vil$=-24 vila=21 vilb=7 vilc=9
vild=4 vile=15 vilg=4 vilh=4 vili=-10 vilj=4 vilk=-10 vill=-4 vilm=7 viln=-7 vilo=5 vils=-8 vilt=2 vily=-2
vim=-17 vim$=-7 vima=5 vime=-5 vimi=-9 vin=39 vin$=39 vina=-2 vinc=37 vine=-5 ving=-28 vini=2 vink=4 vino=-10
vins=4 vint=-10 viny=6 vio=15 vio$=15 viol=-11 vion=32 vior=-3 viou=-9 vip=-5 vipe=-3 vir=-28 vir$=-9 vird=-2
vire=-2 virg=10 viri=-10 virk=5 viro=-7 virs=-6 virt=-9 viru=-21 vis=-8 vis$=-14 visa=5 visc=-11 vise=-6
vish=-13 visi=-4 visk=-22 vism=6 visn=11 viso=-17 vist=66 visu=-6 vit=3 vit$=15 vita=1 vite=-5 vith=-7 viti=-6
vito=20 vitr=-11 vitt=17 vitu=-2 vity=-6 vitz=-5 viu=23 viu$=14 vium=-2 vius=10 viv=5 viva=-13 vive=3 vivi=17
vix=-6 vix$=-3 viy=-8 viya=-3 viye=-4 viz=-13 viz$=-10 vize=8 vj=-5 vje=-9 vk=-30 vka=-46 vka$=-46 vkh=-6
vko=10 vko$=9 vkov=1 vl=14 vl$=-7 vla=23 vla$=4 vlac=5 vlad=5 vlak=-7 vlas=8 vle=3 vli=14 vlic=7 vlik=3 vlin=8
vlj=-9 vlje=-10 vln=2 vlo=-5 vlov=-4 vlu=10 vly=-3 vlya=-3 vm=-7 vm$=-4 vn=-30 vn$=-2 vna=-13 vna$=-11 vne=7
vni=-6 vni$=4 vnik=-6 vno=-14 vno$=-11 vo=-24 vo$=-86 voa=5 vob=-2 voc=-15 voca=-9 voce=-2 vod=-4 vode=-4
vodo=7 vods=-1 voe=19 voet=21 vog=12 vogu=-6 voh=2 vohr=1 voi=-1 voic=7 void=-5 voie=-2 voil=-7 voir=-9
vois=17 voit=-4 voj=-5 voj$=7 voja=-4 voji=-7 vojo=-5 vojt=9 vok=-2 voka=-1 voke=-6 voki=-1 vol=-21 vola=-2
volc=-2 vole=-7 volg=-10 voli=-3 volk=27 voll=5 voln=2 volt=-14 volu=-12 volv=-20 voly=-5 vom=-10 vom$=-4
voma=-2 vome=-2 von=69 von$=19 vona=-6 vone=19 voni=-5 vonn=12 vono=-2 vons=-8 vont=13 voo=12 voor=14 vop=7
vor=19 vor$=28 vord=-2 vore=-9 vorf=-3 vori=-3 vorl=-1 vorn=-4 voro=4 vors=8 vort=-2 vory=-5 vos=5 vos$=-6
vose=5 vosi=-3 voss=-7 vost=12 vot=13 vota=7 vote=-5 voti=9 votr=-2 vou=-24 voua=-3 vouc=-8 vour=-11 vous=-3
vout=3 vov=-1 vova=3 vovi=-3 vow=-11 vow$=-2 vowa=-2 vowe=-4 vox=-1 voy=-7 voy$=7 voya=-5 voye=-3 voyv=-2
voz=2 vp=-9 vp$=-4 vpr=-3 vr=17 vra=16 vra$=-5 vrab=9 vrai=-3 vran=7 vrat=6 vrb=5 vre$=12 vrem=-6 vres=-2
vret=2 vri=14 vric=6 vrie=-4 vril=4 vro=-7 vro$=-5 vs=-11 vs$=19 vsa=-11 vsak=-15 vsc=-3 vsd=-1 vse=-2 vset=-8
vsh=-5 vsi=10 vsk=-2 vsk$=-17 vska=5 vski=-13 vsko=-5 vsky=28 vso=-5 vss=-1 vt=-24 vts=-13 vtsi=-16 vu=-12
vu$=9 vuc=20 vud=2 vue=-11 vue$=-4 vues=-5 vug=5 vuj=-6 vuk=7 vuko=-1 vul=-44 vula=1 vulc=-6 vule=-6 vulg=-6
vuli=-5 vulo=-2 vulp=-1 vuls=-2 vult=-4 vulu=-1 vulv=-9 vum=4 vum$=-2 vun=18 vun$=-3 vuno=7 vuo=-3 vuor=9
vuos=-7 vuot=-6 vur=1 vure=-2 vus=-7 vus$=-19 vut=-14 vut$=-4 vv=-28 vve=-15 vvel=-15 vvi=-4 vvie=-3 vvy=-9
vvy$=-8 vw=-1 vx=-2 vy=8 vy$=3 vya=10 vya$=16 vyan=-4 vyd=11 vyda=11 vyi=-1 vyin=-1 vyj=-6 vyn=3 vyn$=6 vys=-6
vyt=8 vz=3 w=-51 w$=-53 w-=-4 wa=37 wa$=28 waa=16 waa$=21 waak=1 waar=-5 wab=16 wab$=-4 waba=-2 wabe=10
wabl=11 wabs=-3 wabw=1 wac=15 wach=16 wack=-8 wad$=5 wada=-7 wadd=-11 wads=-3 wae=12 wael=8 waf=6 wafe=1
waff=-6 wag=-10 wag$=-9 wage=14 wagg=-12 wagh=4 wago=-5 wagr=-2 wah=-11 wah$=-15 waha=-5 wahh=-4 wahl=3
wahr=-10 wahy=5 wai=-3 wai$=2 waid=1 waig=3 wail=-7 wain=8 wais=4 wait=-3 waj=-7 wak=-20 waka=-15 wake=-8
wakh=9 waki=-1 wako=3 wakt=-6 wal=20 wal$=23 wala=1 walc=6 wald=-22 wale=16 wali=1 walk=-27 wall=-28 walm=-1
waln=-5 walo=8 walp=-6 wals=18 walt=26 walu=13 wam=41 wam$=-9 wama=4 wamb=17 wame=10 wami=4 wamp=3 wamu=-3
wan=16 wan$=18 wana=-14 wanc=-2 wand=11 wane=3 wanf=-3 wang=14 wani=2 wanj=20 wank=-9 wann=-24 wans=-10 want=1
wany=13 wanz=-13 wap=13 wapi=7 war=-53 war$=-3 wara=5 warb=-3 warc=-3 ward=-15 ware=-34 warf=-4 warh=3 wari=9
wark=-2 warl=-6 warm=-12 warn=7 warp=-3 warr=-13 wars=2 wart=13 waru=6 wary=2 warz=-3 was$=5 wasa=-3 wase=11
wash=-31 wasi=23 wasm=-5 wass=10 wast=-14 wasz=-12 wat=15 wat$=10 wata=6 watc=-11 wate=-13 wath=-2 wati=28
wato=2 wats=5 watt=-16 wau=1 wav=-14 wave=-15 wavi=1 waw=6 wawa=3 wawr=2 wax=-11 wax$=-2 waxe=-4 waxi=-1
waxw=-1 way=-52 way$=-54 waya=1 wayb=-3 waye=-1 wayl=-6 waym=5 wayn=4 wayo=20 ways=-20 waz=-3 wazi=-2 wb=-31
wba=-9 wbac=-2 wbal=-1 wbar=-2 wbe=-7 wbea=-1 wbel=-2 wber=-2 wbi=-4 wbir=-1 wbo=-8 wboa=-1 wbon=-3 wboy=-2
wbr=10 wbre=-1 wbri=11 wbu=-2 wc=-18 wca=-1 wcas=-1 wco=-3 wcw=-4 wcz=4 wcza=1 wczy=3 wd=-17 wd$=-1 wda=-4
wde=4 wder=-5 wdi=-6 wdie=-3 wdil=-1 wdin=-1 wdl=-7 wdle=-6 wdr=-5 wdri=-2 wdy=-8 wdy$=-8 we=16 we$=42 wea=-40
weak=-4 weal=-6 wean=-3 weap=-2 wear=-15 weat=-5 weav=-3 web=-22 web$=-7 weba=-5 webb=-4 webc=-3 webd=-4
webp=-2 webs=-1 wec=1 wech=1 wed=-14 wed$=-5 wedd=7 wede=-13 wedg=-3 wee=-38 wee$=1 weeb=-10 weed=-23 week=-20
ween=2 weep=-3 weer=9 weet=-15 weez=-1 weg=8 wegi=6 wegr=1 weh=-2 wehr=1 wei=-22 wei$=5 weic=-3 weie=-2
weig=-11 weih=-4 weij=10 weil=-11 weim=1 wein=11 weir=-20 weis=26 weit=-18 weiz=-11 wek$=4 wel=-22 wel$=-15
wela=5 welc=-7 weld=-4 wele=12 welf=5 weli=8 welk=-9 well=-16 wels=-5 welt=-2 welv=-2 welw=-3 wem=9 wemo=9
wen=60 wen$=14 wen-=12 wenc=5 wend=36 weng=5 wenh=-3 weni=-7 wenk=-2 wenn=-1 wens=-4 went=-6 wenz=1 wep=-2
wept=-2 wer=-17 wer$=-40 wera=-2 werb=-1 werd=-6 werf=-4 weri=1 werl=-4 wern=7 wero=6 werp=-2 wers=-1 wert=2
weru=3 werv=-1 wery=22 wes=32 wes$=5 wese=-13 wesi=5 wesl=-4 weso=2 wess=8 west=22 wet=6 wet$=-6 weta=7 weth=6
wett=4 wew=3 wewe=3 wey=21 wey$=6 wez=-3 wf=-17 wfa=-1 wfi=-5 wfin=-4 wfis=-1 wfl=-1 wfo=-1 wfu=-3 wful=-3
wg=-9 wgi=-3 wh=-54 wha=-22 whac=-4 whal=1 wham=-4 whan=-2 whar=-4 what=-4 whe=-26 whea=-3 whee=-16 whel=5
when=-2 wher=-7 whet=-1 whi=-10 whic=-1 whid=-5 whif=-2 whil=-5 whim=-4 whin=-4 whip=-3 whir=-10 whis=-5
whit=34 whiz=-3 who=-6 whoi=-1 whol=-3 whoo=-1 whop=-1 whor=5 why=7 wi=58 wi$=4 wia=16 wia$=6 wiad=3 wiak=5
wiat=8 wib=9 wic=24 wice=-5 wich=-2 wick=-8 wicz=40 wid=15 wide=-9 widg=-6 wido=-2 widt=-7 wie=-12 wie$=-20
wiec=11 wied=-2 wiej=2 wiek=-13 wiel=-7 wien=-9 wier=17 wies=10 wiet=-5 wif=-21 wife=-14 wift=-3 wig=4 wig$=1
wigg=-1 wigl=-3 wigs=-4 wigw=-6 wij=-4 wija=5 wijk=-8 wijl=-3 wik=18 wik$=1 wiki=4 wil=24 wilb=8 wilc=13
wild=-30 wile=1 wilf=9 wilh=4 wili=-6 wilk=1 will=21 wilm=16 wils=-4 wilt=-1 wim=10 wimm=1 wimp=6 win=-1
win$=27 wina=15 winb=2 winc=-18 wind=-18 wine=-15 winf=24 wing=-24 wini=5 wink=-14 winn=-4 wino=7 winr=-4
wins=4 wint=15 wio=2 wior=4 wip=-2 wipe=-5 wir=9 wira=6 wird=-1 wire=-7 wiri=7 wirl=-7 wirt=19 wis=-14 wisc=-7
wise=-17 wish=11 wisn=7 wiso=8 wisp=-2 wiss=-3 wist=-9 wisz=4 wit=4 wit$=7 wita=20 witc=-12 with=-23 witk=4
witn=-4 wito=17 wits=-6 witt=-3 witz=-12 wiv=-11 wive=-11 wiz=-12 wiz$=-9 wiza=-5 wj=4 wk=-8 wk$=-16 wka=31
wka$=27 wker=-4 wkes=-2 wki=-6 wkie=-2 wkin=-3 wkis=-2 wkn=-3 wkni=-2 wkw=-3 wkwa=-2 wky=-7 wky$=-4 wl=-13
wl$=-42 wla=7 wlan=4 wle=12 wled=-1 wleg=-2 wler=-16 wles=8 wley=25 wli=5 wlie=-1 wlin=8 wlo=15 wloc=-2 wlt=-3
wly=3 wly$=-4 wm=-25 wm$=-5 wma=-10 wman=-7 wmar=3 wme=-1 wmi=-4 wmo=-3 wn=-24 wn$=-39 wna=13 wnb=-1 wnd=1
wne=3 wne$=13 wned=-1 wnee=-6 wner=-15 wnes=-2 wney=15 wnh=-1 wni=16 wnie=-11 wnik=10 wnin=-2 wnl=-1 wnlo=-1
wnn=2 wno=-1 wnp=-1 wnr=-2 wnri=-1 wns=-7 wnsh=-1 wnst=-2 wnt=1 wnu=1 wnw=-5 wnwa=-2 wny=-1 wny$=-10 wo=26
wo$=15 woa=11 woad=7 wob=-3 wobb=-1 woc=13 wod=5 woda=-1 woe=-4 woef=-1 wof=-4 wog=-6 wog$=-6 woh=22 wohl=8
wohr=3 woi=3 woj=25 woja=-3 wojc=3 woje=-1 wojt=16 wok=-3 woke=-2 wol=-6 wola=5 wold=-4 wole=11 wolf=-9
woll=-14 wolo=2 wols=5 wolv=-9 wom=-23 woma=-30 won=3 won$=9 wond=-6 wong=3 wonk=-8 wonn=-4 wont=-5 woo=-1
woo$=12 wood=7 woof=-4 wool=-17 woon=10 wooz=-3 wop=-3 wop$=-2 wor=-76 worc=1 word=-21 wore=-3 work=-40
worl=-3 worm=-9 worn=-1 worr=-5 wors=-2 wort=-19 wos=12 wot=17 wot$=7 wott=4 wou=22 woun=-3 wout=28 wov=-7
wove=-7 wow=2 woy=7 woz=8 wozn=8 wp=-15 wp$=-3 wpa=-4 wpe=-2 wpi=-3 wpo=-1 wr=-20 wr$=-7 wra=7 wran=5 wrap=-6
wrat=6 wre=-13 wrea=-3 wrec=-3 wres=-1 wret=-1 wri=-10 wrie=-7 wrig=-3 wrin=-4 wris=-3 writ=-12 wro=21 wroc=6
wron=2 wroo=-3 wrot=7 wry=-9 wry$=-9 wryn=1 wrz=2 wrzy=1 ws=-30 ws$=-18 wsa=-4 wsb=-1 wsc=-3 wscr=-1 wse=-14
wse$=-6 wser=-6 wsg=-5 wsgi=-5 wsh=-2 wsi=5 wsia=11 wsie=-2 wsin=-1 wsio=-1 wsk=42 wska=-4 wski=45 wsl=-6
wsli=-2 wsm=-3 wso=4 wson=4 wsp=-1 wspr=-1 wsr=-6 wsre=-2 wss=-3 wst=8 wstr=10 wsu=-1 wsw=-2 wsy=-3 wsy$=-3
wsz=-15 wszy=-10 wt=-25 wt$=-7 wta=-1 wth=4 wth$=3 wti=-3 wto=-10 wton=-5 wtow=-2 wu=74 wu$=15 wud=2 wue=2
wuh=-8 wul=9 wula=9 wulf=-4 wum=14 wun=9 wund=6 wuns=3 wuo=10 wuor=10 wup=-2 wup$=-1 wur=-8 wurs=-8 wurz=-1
wus=1 wut=15 wut$=11 wuz=-2 ww=-15 wwa=-7 wwo=-3 wwor=-2 wx=-2 wy=17 wy$=-11 wya=-3 wyan=2 wyc=5 wycl=9 wyd=2
wye=-4 wye$=-7 wyer=6 wyl=-2 wym=3 wyn=2 wyn$=-1 wynn=-5 wyo=-2 wyr=8 wyro=7 wys=13 wyt=-3 wz=-4 wzi=1 wzie=-1
x=-120 x$=-18 x-=-2 xa=37 xa$=-10 xab=9 xac=-6 xaci=-2 xact=-1 xad=-2 xae=-1 xag=-2 xago=-1 xai=-5 xal=14
xal$=3 xala=3 xali=9 xalt=-1 xam=3 xame=-1 xami=2 xan=24 xan$=13 xana=4 xand=9 xane=-3 xann=8 xant=-16 xap=-3
xar=5 xas=1 xat=-7 xate=-1 xati=-2 xav=21 xaz=-2 xazo=-1 xb=-6 xbe=-1 xber=-1 xbu=-2 xc=-31 xc$=-2 xca=-5
xcar=-2 xce=-3 xcel=-3 xch=-2 xcha=-1 xci=-6 xcis=-1 xcl=-3 xcla=-1 xco=-1 xcr=-1 xcre=-1 xcu=-1 xcv=-6
xcvi=-4 xd=-9 xdo=-2 xdu=-3 xe=-17 xe$=-6 xec=-5 xec$=-2 xed=-6 xed$=-1 xeg=-1 xege=-1 xel=15 xel$=-3 xem=-8
xemb=-3 xemi=-1 xemp=-1 xen=8 xen$=-12 xena=7 xeni=11 xeno=-4 xer=-21 xer$=-11 xerc=-1 xeri=-2 xero=-4 xert=-2
xes=-9 xes$=-9 xet=-1 xeti=-1 xf=3 xfi=-2 xfo=8 xfol=-1 xfor=9 xg=-3 xh=1 xha=-2 xhau=-1 xhav=-2 xhe=9 xhei=-2
xhi=-1 xhib=-1 xho=-4 xhor=-1 xhu=-1 xi=-22 xi$=-6 xia=12 xia$=-7 xial=-3 xian=2 xiao=20 xib=-1 xib$=-1
xic=-18 xic$=-8 xica=-3 xico=-5 xid=-5 xida=-1 xide=-2 xidi=-1 xie=15 xie$=10 xiem=-3 xier=10 xies=-1 xif=-7
xifr=-3 xig=-1 xii=-11 xii$=-6 xiii=-5 xil=-20 xil$=-4 xile=-3 xili=-2 xill=-12 xim=22 xima=-7 xime=6 ximi=16
xin=-10 xin$=-16 xine=2 xing=-3 xini=-4 xiny=3 xio=12 xiom=4 xion=5 xios=-5 xip=-2 xiph=-2 xis=-12 xis$=-9
xist=-3 xit=11 xit$=11 xiti=5 xity=-1 xiu=19 xiv=-10 xiv$=-6 xivi=-2 xj=-6 xk=-2 xl=-22 xl$=-7 xle=6 xley=-10
xli=-10 xlib=-2 xlis=3 xls=-1 xlsx=-1 xlv=-8 xlvi=-5 xly=-1 xly$=-1 xm=-15 xma=6 xme=-2 xmi=-5 xmin=-5 xml=-11
xml$=-4 xmld=-1 xmls=-2 xmo=-2 xn=8 xne=8 xo=3 xob=5 xoc=8 xod=-4 xode=-1 xodi=-1 xodo=-1 xoe=-3 xog=-1
xoga=-1 xol=22 xolo=8 xom=-3 xoma=-2 xon=-6 xon$=2 xone=-3 xop=-3 xoph=-2 xopt=-1 xor=-13 xor$=-6 xora=-2
xorc=-1 xori=-1 xos=-4 xose=-1 xost=-1 xot=6 xoti=-1 xov=3 xp=-9 xp$=-2 xpa=-6 xpan=-3 xpar=-1 xpat=-1 xpe=-3
xpel=-1 xpen=-1 xper=-1 xpi=-2 xpir=-1 xpl=-2 xpla=-1 xplo=-1 xpo=10 xpos=12 xpr=-2 xpre=-1 xpro=-1 xpu=-1
xq=-1 xqu=-1 xr=-12 xra=-5 xray=-3 xre=-4 xrem=-1 xs=1 xsa=-2 xse=-2 xso=2 xsp=13 xst=-3 xt=6 xta=6 xtan=-1
xtap=-1 xtar=5 xtc=-2 xte=6 xten=6 xter=7 xtg=-5 xth=-3 xtil=-2 xto=19 xto$=6 xtol=-2 xton=4 xtor=12 xtr=-13
xtra=-7 xtre=-1 xtri=-2 xtro=-1 xtru=-1 xtu=5 xtur=-4 xu=23 xua=5 xual=-3 xuan=9 xub=-1 xube=-1 xud=12 xuda=6
xul=1 xult=-1 xun=7 xund=7 xur=-7 xuri=-4 xus=2 xus$=2 xv=-25 xv$=-8 xvi=-15 xvi$=-9 xvii=-5 xw=-1 xwe=1
xx=-31 xx$=-2 xxh=-1 xxi=-14 xxi$=-6 xxii=-5 xxiv=-2 xxv=-12 xxv$=-5 xxvi=-7 xxx=-15 xxx$=-4 xxxi=-6 xxxv=-5
xy=-23 xy$=-2 xyb=-1 xybe=-1 xyg=-1 xyge=-1 xyl=-13 xyla=-2 xyle=-4 xyli=-1 xylo=-6 xym=-1 xyr=-2 xyri=-2
xys=5 xyt=-2 xyto=-2 xyu=-2 xyur=-2 xz=9 y=-10 y$=-19 ya=-17 ya$=7 ya-=18 yaa=23 yaa$=3 yaak=2 yaan=8 yabl=-2
yabo=11 yabu=2 yabw=-6 yac=-20 yach=-7 yaci=5 yad=-4 yad$=-5 yada=3 yade=-11 yadi=16 yado=-3 yae=-2 yaf=-11
yaff=-7 yag=-3 yaga=-1 yage=-2 yago=2 yagu=4 yah=10 yah$=20 yaho=-5 yahu=-8 yahv=-3 yahy=5 yai=2 yai$=-3
yak=-64 yak$=-23 yaka=-3 yakh=-1 yaki=-18 yako=-8 yaku=-5 yal=-37 yal$=15 yala=-6 yale=-4 yali=-18 yall=-5
yalt=-7 yalu=-5 yam=13 yam$=8 yama=-13 yamb=9 yame=9 yami=25 yaml=-16 yamo=-4 yan$=-32 yana=-3 yanc=12 yand=9
yane=4 yang=-9 yani=-12 yank=-13 yann=25 yano=-9 yans=5 yant=25 yanu=4 yany=-6 yao=1 yap=12 yap$=7 yapa=3
yapo=15 yapp=-4 yaq=13 yaqu=4 yar=-34 yar$=12 yara=5 yard=-41 yare=14 yarg=-5 yari=1 yarm=-11 yarn=-5 yas=36
yas$=-8 yasa=15 yase=11 yash=15 yasi=5 yask=-2 yasm=8 yass=9 yast=-7 yat=23 yat$=1 yata=-8 yath=9 yati=6
yato=3 yats=-2 yatt=4 yau=-12 yaut=-4 yav=-7 yava=-4 yavi=-1 yavo=-3 yawa=4 yawn=-6 yawo=6 yaws=-1 yax=4 yay=5
yay$=6 yaye=1 yaz=9 yaza=-3 yazi=3 yb=2 yba=-1 ybac=-5 ybal=-3 yban=-4 ybar=3 ybas=3 ybb=-6 ybd=-4 ybe=-10
ybe$=-8 ybea=-6 ybel=5 yben=-1 yber=-9 ybet=10 ybi=1 ybig=-1 ybil=7 ybir=-5 ybit=-2 ybj=2 ybjo=2 ybl=8 yble=11
yblo=-3 ybo=-10 yboa=-2 ybod=-5 yboo=-2 ybor=-4 ybox=-1 yboy=3 ybr=-6 ybre=1 ybri=-5 ybu=17 ybui=-2 ybur=4
ybus=11 ybut=-2 yby=2 yc=-21 yc$=24 yca=-18 ycad=-1 ycae=-3 ycai=-3 ycan=3 ycap=-1 ycar=-9 ycas=-2 ycat=-1
yce=20 yce$=39 ycea=-1 ycee=2 ycel=-4 ycen=-2 ycep=-1 ycer=-4 yces=-2 ycet=-5 ych=8 ych$=28 ycha=9 yche=-14
ychi=-9 ycho=-1 ychu=1 yci=-13 ycia=3 ycil=-3 ycin=-17 yck=5 ycl=-11 ycla=-1 ycle=-5 ycli=2 yclo=-7 ycn=-1
ycno=-1 yco=-31 ycob=3 ycoc=-1 ycod=-1 ycol=-5 ycom=-2 ycon=-5 ycop=-1 ycor=-3 ycos=-3 ycot=-8 ycr=-3 yct=-7
ycta=-2 ycte=-2 ycti=-1 ycto=-1 ycu=-1 ycy=2 ycz=6 ycz$=4 yczk=1 yd=20 yd$=11 yda=14 yda$=21 ydac=-1 ydal=-7
ydan=1 ydar=5 ydas=7 ydat=-1 yday=-13 ydb=-6 ydb$=-2 yde=19 yde$=5 ydel=7 yden=14 ydep=-3 yder=11 ydes=-4
ydev=-3 ydi=-1 ydia=5 ydic=-4 ydid=-4 ydif=-2 ydin=2 ydip=-3 ydis=2 ydiv=-2 ydl=4 ydn=2 ydne=4 ydo=2 ydo$=3
ydoc=-2 ydom=-2 ydon=7 ydos=-2 ydr=-33 ydra=-17 ydre=-4 ydri=-8 ydro=-12 ydry=8 ydu=7 ye=9 ye$=41 yea=-19
year=-18 yeas=-3 yeb=1 yeba=-3 yec=10 yed=-1 yed$=12 yedi=-3 yee=-6 yee$=-2 yeg=10 yego=17 yeh=-3 yeh$=-4
yei=8 yei$=3 yej=13 yeji=13 yek=-13 yek$=-11 yeka=4 yel=-23 yel$=11 yela=-3 yele=1 yeli=-16 yell=-12 yelo=-3
yem=17 yema=10 yemb=2 yeme=-2 yemi=3 yen=-18 yen$=-12 yena=-7 yeng=1 yeni=6 yenk=-5 yenn=-18 yens=7 yeo=-4
yeon=4 yep=6 yepi=-4 yer=-17 yer$=-13 yera=-2 yerb=-8 yere=10 yerg=-1 yers=6 yeru=4 yes$=-9 yesh=-10 yesi=10
yesq=-6 yess=16 yest=-5 yet=8 yet$=8 yeth=-5 yeti=-4 yetl=-5 yett=-5 yeu=-3 yeur=-3 yev=8 yev$=-5 yeva=26
yew=1 yewa=4 yex=-2 yey=2 yeye=6 yez=-1 yeza=3 yf=-3 yf$=2 yfa=1 yfar=-2 yfe=5 yfi=-12 yfie=-1 yfil=-1 yfin=-4
yfis=-2 yfl=-4 yflo=-2 yfu=7 yful=9 yg=-13 yg$=-7 yga=18 yga$=14 ygag=-2 ygal=7 ygam=-1 ygan=-1 ygd=-9 ygda=-6
yge=-4 ygen=-8 ygeo=-1 ygg=7 yggv=7 ygi=-7 ygia=-4 ygie=-2 ygl=1 yglo=2 ygm=-6 ygma=-3 ygn=-6 ygne=-4 ygo=-2
ygod=5 ygom=-3 ygos=-3 ygot=-5 ygou=-1 ygr=-6 ygra=-2 ygri=-1 ygro=-5 ygu=8 ygur=-1 ygy=-2 ygyn=-1 yh=-40
yha=-7 yhd=-5 yhde=-5 yhe=-2 yhed=-1 yhi=1 yho=-10 yhol=-2 yhoo=-1 yhou=-1 yht=-15 yhta=-9 yhte=-6 yhu=1
yhw=-2 yi=8 yi$=31 yia=-1 yia$=-4 yib=-2 yic=-3 yice=-5 yich=2 yid=13 yida=5 yie=-5 yiel=-8 yil=6 yil$=-5
yim=4 yim$=1 yin=-25 yin$=-12 yina=-34 yine=-1 ying=19 yini=-11 yink=9 yins=3 yinz=-12 yio=-7 yip=3 yir=-2
yir$=3 yis=-1 yisa=4 yise=14 yish=-11 yism=-4 yist=-1 yit=5 yit$=3 yiv=-8 yiv$=-6 yiy=-4 yj=-9 yja=7 yja$=1
yjan=1 yjas=3 yje=-3 yje$=-6 yjo=1 yjs=-7 yjs$=-3 yjso=-4 yjw=-2 yk=26 yk$=49 yka=7 yka$=3 ykan=7 ykas=2
yke=-11 yke$=-13 yker=2 yki=-6 ykk=-2 yko=-13 ykov=-2 yks=-8 yksi=-7 yku=9 ykut=9 yl=-4 yl$=-1 yla=-2 yla$=8
ylab=-4 ylac=-3 ylae=-1 ylag=-8 ylah=15 ylai=-6 ylak=3 ylam=-1 ylan=10 ylar=-3 ylas=-5 ylat=-1 ylau=-1 ylb=-3
ylbe=-2 ylc=-1 yld=3 yle=12 yle$=23 ylea=-4 ylec=-2 yled=-2 ylee=11 ylei=2 ylel=-4 ylem=-12 ylen=9 yler=5
yles=-2 ylet=-5 yley=-3 ylf=6 yli=-7 yli$=-13 ylia=3 ylib=-6 ylic=-3 ylid=-1 ylie=-2 ylif=-1 ylig=-1 ylik=-4
ylin=11 ylio=-1 ylis=10 yliz=-1 ylk=5 ylki=3 yll=-10 yll$=1 ylla=-15 ylle=5 ylli=2 yllo=-6 yllu=-2 ylm=3
ylo=-21 ylo$=-3 yloc=-4 ylod=-4 ylog=-2 yloi=-1 ylol=-1 ylom=-5 ylop=-2 ylor=9 ylos=-11 ylou=8 ylov=-2 ylp=-5
ylph=-3 yls=1 ylt=5 ylu=16 yluk=5 ylum=-4 ylur=1 ylus=-2 ylv=12 ylva=-2 ylw=8 yly=-13 yly$=-13 ylyn=1 ym=-60
ym$=7 yma=11 yma$=12 ymak=2 yman=6 ymar=2 ymas=-3 ymat=-3 ymb=-7 ymbi=-1 ymbo=-4 ymc=-2 yme=-3 yme$=6 ymed=-2
ymel=-2 ymem=-1 ymen=-8 ymer=1 ymes=3 ymet=-2 ymf=-2 ymi=-22 ymi$=-16 ymia=-2 ymic=-1 ymid=-1 ymie=-4 ymil=3
ymin=-2 ymir=8 ymis=-1 ymit=-1 ymk=-2 yml=-2 yml$=-2 ymm=-6 ymme=-6 ymn=-10 ymna=-2 ymno=-2 ymo=3 ymog=-2
ymol=-2 ymon=19 ymoo=-1 ymor=-6 ymos=-3 ymot=1 ymou=-3 ymp=-15 ympa=-9 ymph=-7 ympi=-3 ympo=-1 ymr=-5 ymu=8
ymun=5 ymur=6 ymus=-1 ymy=-7 ymy$=-6 yn=32 yn$=77 yna=-6 yna$=15 ynac=-1 ynae=-3 ynak=3 ynal=4 ynam=-15 ynan=5
ynap=-2 ynar=-5 ynas=-3 ynau=2 ynb=-2 ync=-28 ync$=-15 ynca=-1 ynce=-1 ynch=-4 ynci=-3 ynck=3 yncl=-1 ynco=-1
yncr=-1 yncu=-1 ynd=7 ynde=-1 yndi=4 yne$=20 ynec=-9 ynek=-1 ynel=3 ynen=-6 yner=-8 ynes=-5 ynet=2 yng=-7
ynge=-8 yngi=-4 yngo=-7 yngv=7 ynh=-2 ynhi=-4 yni=-21 ynia=-5 ynic=-5 ynis=4 yniv=-3 ynj=3 ynja=2 ynk=2 ynl=1
ynle=3 ynm=3 ynn=25 ynn$=22 yno=-9 yno$=-5 ynod=-4 ynoe=-3 ynog=1 ynol=2 ynon=2 ynop=-1 ynor=4 ynov=-3 ynow=1
ynp=-2 yns=-1 ynsk=-4 ynt=-8 ynta=-3 ynth=-2 ynu=12 ynur=-2 ynv=-1 ynw=2 ynx=-6 ynx$=-6 yny=-8 yny$=-4 yo=-17
yo$=14 yoa=6 yoan=6 yob=-14 yobi=-2 yoc=-2 yoca=-3 yocy=-1 yod=2 yode=7 yoe=4 yoev=4 yof=-6 yoff=-4 yofi=-2
yog=-14 yoga=-3 yoge=5 yogi=-8 yogr=-1 yoh=3 yoha=3 yoi=13 yoid=-2 yok=-6 yoka=7 yoke=-7 yoki=6 yoko=-1 yol=-6
yola=-3 yoli=3 yolo=1 yom=2 yoma=-3 yomi=3 yon=-23 yon$=-25 yona=1 yone=-2 yong=15 yoni=2 yonn=-19 yono=12
yons=-8 yony=-1 yoo=17 yop=-10 yopa=-1 yope=-1 yoph=-2 yopi=-3 yops=-1 yor=-2 yor$=2 yora=-2 yorg=11 york=-7
yorn=-4 yoro=-2 yoru=2 yos=9 yos$=-3 yosa=-5 yosc=-2 yose=3 yosh=2 yosi=-3 yoso=7 yost=6 yosu=6 yot=-15
yota=-1 yote=-6 yoti=1 yoto=-4 yott=-3 you=24 you$=-8 youc=5 youn=16 your=-4 yous=19 yout=-11 yov=-2 yova=1
yovo=-3 yox=-6 yoz=-2 yp=-58 yp$=18 ypa=-6 ypac=-2 ypai=-2 ypal=-3 ypan=-4 ypar=1 ypat=-1 ype=-19 ype$=-12
ypec=-1 yped=-2 ypeo=-1 yper=-1 ypes=-5 yph=-23 yph$=-2 ypha=-6 yphe=-3 yphi=-4 yphl=-1 ypho=-5 yphu=-1 ypi=5
ypic=-4 ypie=5 ypis=-2 ypl=-1 ypla=-1 ypn=-4 ypno=-3 ypo=-11 ypoc=-2 ypod=-1 ypog=-1 ypol=-3 ypon=5 ypop=-3
ypor=-1 ypos=-1 ypot=-1 ypp=-2 ypr=4 ypre=-2 ypri=11 ypro=-3 yps=-6 yps$=-1 ypse=-2 ypsi=-2 ypso=-1 ypt=-11
ypt$=-1 ypte=-1 ypti=-1 ypto=-7 yptr=-1 ypu=-2 ypus=-1 ypy=-2 ypy$=-1 yqt=-2 yqu=3 yqua=6 yque=-2 yr=-1 yr$=25
yra=-10 yra$=12 yrac=-4 yrag=-1 yrak=1 yral=-2 yram=-2 yran=-10 yrat=-1 yrb=5 yrc=-2 yrci=-5 yrd=-6 yre=12
yre$=-5 yrea=-4 yree=20 yrek=4 yrel=3 yren=-5 yres=5 yret=2 yrf=4 yrg=-6 yrh=-1 yrhi=-1 yri=-50 yri$=-10
yria=-13 yric=-14 yrid=-4 yrie=-4 yrig=-3 yril=16 yrin=-11 yris=-10 yrj=1 yrk=17 yrl=8 yrle=5 yrm=-10 yrme=-9
yrmi=-1 yrn=6 yrna=-4 yrne=11 yrni=-5 yro=-28 yro$=-7 yrob=2 yroc=-4 yrod=-3 yrog=-1 yroi=-1 yrol=-11 yrom=-2
yron=8 yroo=-3 yrop=-1 yros=4 yrot=-2 yrov=-3 yrox=-1 yrr=4 yrr$=6 yrrh=-6 yrs=-7 yrsi=-4 yrt=12 yrta=1
yrti=13 yru=23 yrum=12 yrun=6 yrus=10 yry=-6 ys=-4 ys$=44 ysa=-5 ysa$=1 ysac=-3 ysal=5 ysan=-7 ysar=-3 ysay=-3
ysc=-3 ysca=-3 ysch=-6 yscr=-1 ysd=5 yse=4 yse$=21 ysel=5 ysem=-1 ysen=-7 yser=-2 yses=-7 yset=-2 ysg=-2
ysge=-2 ysh=-5 ysha=17 yshe=-7 yshi=-2 ysi=-23 ysia=2 ysic=-4 ysid=-1 ysie=2 ysig=-1 ysim=-3 ysin=-10 ysio=6
ysip=-6 ysis=-8 ysit=-1 ysiu=5 ysk=-14 ysk$=-8 yska=-1 yski=1 ysko=-5 ysl=8 ysle=-2 yslo=5 ysm=-5 ysm$=-1
ysma=-2 ysn=-4 yso=-6 ysoc=3 ysog=-2 ysol=-6 ysom=-2 yson=12 ysop=-5 ysos=-2 ysot=3 ysov=1 ysp=-8 yspe=-1
ysph=-2 yspn=-4 ysq=-2 ysql=-2 yss=17 yssa=4 ysse=8 yssi=1 ysso=-1 yst=-20 yst$=-4 ysta=2 yste=-10 ysti=-5
ystk=-9 ysto=-15 ystr=12 ysty=-1 ysu=-3 ysw=-1 yswa=-1 ysy=-3 ysz=24 ysz$=10 ysza=1 yszc=1 yszk=3 yszy=-1
yt=-14 yt$=27 yta=-11 yta$=-11 ytal=5 ytan=-3 yte=-5 yte$=1 ytel=-1 yten=8 yter=-1 ytes=-6 ytet=-1 yth=-18
yth$=28 ytha=-1 ythe=-2 ythi=-9 ythm=-3 ytho=-15 ythr=-10 ythy=-5 yti=-2 ytic=-6 ytid=-1 ytil=-4 ytim=-2
ytis=11 ytk=11 ytko=12 yto=-8 yto$=3 ytoc=-2 ytog=-1 ytok=-1 ytol=-3 ytom=-2 yton=8 ytoo=-1 ytop=-2 ytos=-5
ytoz=1 ytr=-14 ytra=-7 ytre=-2 ytri=-4 ytro=-5 yts=1 yts$=9 ytsi=-5 ytta=-2 ytte=4 ytu=-6 ytum=-1 ytur=-1
ytus=-3 yu=24 yu$=2 yu-=13 yua=-5 yua$=10 yuan=-13 yub=-4 yub$=8 yuba=-6 yubi=-4 yuc=-15 yuca=-8 yud=13 yudi=3
yue=4 yueh=9 yug=-3 yugo=-10 yuk=-14 yuki=-1 yuko=-6 yul=5 yule=-9 yuli=3 yuly=4 yum=-17 yum$=-4 yuma=-10
yumi=3 yumm=-4 yun=31 yun$=10 yung=-1 yuni=1 yup=-2 yup$=3 yura=-3 yure=11 yuri=-2 yurt=2 yuru=-2 yus=19
yush=9 yusu=6 yut=3 yuta=2 yuti=1 yuv=5 yux=-1 yuz=-5 yv=10 yva=4 yval=-1 yve=18 yver=1 yves=7 yvi=-14 yvin=-5
yvis=-6 yvo=11 yvod=-2 yvon=11 yw=-20 ywa=-11 ywa$=4 ywal=-8 ywar=-2 yway=-7 ywe=-2 ywee=-1 ywh=-2 ywhe=-1
ywi=-6 ywid=-2 ywin=-2 ywo=-3 ywom=-4 ywon=4 ywoo=-3 ywor=-4 yx=-21 yx$=-12 yxe=-2 yxi=-6 yxia=-1 yxin=-3
yxis=-1 yxo=-3 yxom=-1 yy=18 yy$=-8 yya=-6 yya$=4 yyad=-7 yye=7 yyi=14 yyu=10 yz=-14 yz$=-4 yza=-4 yza$=-3
yzab=-2 yzan=-3 yze$=-7 yzed=-1 yzer=-5 yzi=5 yzo=-6 yzoa=-1 yzon=-3 yzs=-6 yzst=-6 yzyl=-6 z=28 z$=72 z-=6
z-g=4 z-j=2 z-jo=1 z-p=1 z-w=3 za=26 za$=27 zaa=-9 zab=16 zaba=3 zabe=8 zabi=1 zabl=1 zabo=4 zac=15 zac$=-13
zaca=4 zacc=7 zach=8 zaci=-3 zack=14 zad=-8 zada=4 zade=4 zadi=-4 zadn=-14 zado=-5 zae=-2 zae$=-2 zaf=2 zag=-1
zag$=-8 zaga=2 zago=1 zagr=-2 zah=16 zaha=5 zahi=3 zahr=3 zai=8 zai$=-2 zaid=6 zain=7 zair=-9 zait=4 zaj=-1
zaj$=-4 zajk=1 zak=14 zak$=19 zakh=-7 zaki=3 zako=1 zal=22 zal$=6 zala=4 zale=1 zali=16 zalo=1 zalp=9 zam=-12
zama=-13 zamb=-12 zamf=4 zami=-12 zamo=3 zan=-28 zan$=-7 zana=9 zanc=-1 zand=-3 zane=11 zang=-6 zani=-19
zank=2 zann=-3 zano=-3 zant=-6 zao=1 zap=-8 zapa=-1 zapf=4 zapi=7 zapo=2 zapp=-7 zapr=-8 zar=-30 zar$=21
zara=7 zard=-28 zare=-5 zari=-10 zark=-4 zarn=1 zaro=8 zarr=-7 zart=-8 zas=-2 zas$=1 zat=-10 zat$=6 zate=7
zati=-22 zato=-1 zau=3 zau$=-3 zav=11 zavi=13 zaw=-9 zawa=-8 zay=9 zaya=2 zayi=-3 zayn=2 zayy=2 zaz=-1 zb=-1
zba=5 zbac=-6 zban=6 zbe=-18 zbek=-8 zber=-16 zbet=7 zbi=15 zbo=-6 zbr=8 zbro=8 zbu=-11 zbur=-7 zc=-2 zca=9
zco=-2 zco$=-3 zcon=3 zcz=2 zcz$=-2 zcza=3 zcze=-3 zczy=3 zd=-3 zd$=7 zda=-7 zda$=-5 zdal=6 zdan=-2 zdat=-3
zde=-7 zde$=-7 zdel=-7 zdem=-2 zdi=13 zdin=13 zdo=-1 zdr=1 zdra=-2 zdro=2 zdu=-5 zdy=-11 zdz=12 zdzi=6 ze=-26
ze$=-74 zea=-13 zeal=-9 zeb=3 zebe=2 zebi=4 zebr=-5 zebu=-1 zec=-16 zec$=1 zech=-9 zed=-18 zed$=-11 zede=-5
zee=24 zee$=2 zef=11 zefi=1 zeg=-10 zego=-6 zeh=3 zehn=-3 zei=7 zeit=-9 zej=9 zej$=7 zek=19 zek$=26 zeke=-4
zeki=-10 zel=-11 zel$=13 zela=5 zele=13 zelf=-24 zeli=-1 zelj=-30 zell=-2 zels=-4 zelt=12 zem=-2 zem$=4
zema=-4 zeme=3 zen=-12 zen$=-33 zena=-1 zenb=-10 zend=2 zene=3 zeng=7 zenh=-1 zeni=1 zenk=-1 zenm=-2 zeno=9
zenr=-3 zens=-5 zent=6 zenz=12 zeo=1 zep=5 zepa=3 zer=4 zer$=11 zera=4 zerb=-11 zere=-7 zeri=1 zerk=8 zern=-4
zero=-10 zers=-1 zert=-3 zerz=-1 zes=-12 zes$=-12 zest=-13 zesz=1 zet=18 zet$=2 zete=1 zett=7 zeu=-4 zev=8
zeve=3 zew=18 zewi=2 zewo=7 zews=3 zey=12 zeyn=10 zez=3 zf=-9 zfe=-2 zfel=-2 zfi=-4 zg=18 zga=3 zgan=-1 zge=1
zgi=13 zgin=7 zgr=-3 zgu=4 zh=-89 zh$=-4 zha=-16 zha$=-12 zhal=-4 zhan=11 zhao=1 zhar=-4 zhau=-4 zhda=1
zhe=-16 zhei=-5 zhen=2 zher=-4 zhev=-1 zhi=-8 zhid=-1 zhie=-1 zhik=-10 zhin=-3 zhit=-4 zhn=-8 zhne=-5 zhny=-2
zho=-25 zhon=2 zhou=-18 zhov=-4 zhua=-2 zhur=-2 zhy=-4 zi=35 zi$=25 zia=8 zia$=-13 ziad=6 ziak=4 zian=3 ziar=6
ziat=6 zib=-5 ziba=-7 zibu=8 zic=36 zic$=37 zica=-1 zice=-7 zich=1 zick=2 zid=1 zid$=1 zida=3 zide=-2 zido=-3
zie=-23 zie$=-3 ziec=3 zied=2 zieg=-6 ziej=-2 ziel=10 ziem=7 zien=-2 zier=-30 zies=-10 ziew=5 zif=-2 zify=-2
zig=-10 zig$=-14 ziga=-2 zige=1 zigg=4 zigo=2 zigz=-3 zih=3 zij=-25 zij$=-7 zijn=-13 zik=18 zik$=15 ziko=1
zil=-2 zil$=2 zila=2 zile=11 zill=-12 zily=-5 zim=15 zim$=2 zima=11 zimb=-4 zime=14 zimi=3 zimk=-3 zimo=3
zimu=-11 zin=-25 zin$=-10 zina=10 zinc=-5 zine=-13 zing=1 zini=2 zink=-2 zinn=-3 zino=-9 zins=3 zint=6 zio=19
zio$=8 zion=-12 zior=9 zip=-29 zip$=-15 zipc=-1 zipp=-4 zir=-2 zirc=-5 zis=-5 zis$=-3 zit=8 zite=1 zith=6
ziti=3 ziu=10 zius=5 ziv=3 zivk=-3 ziy=1 ziya=2 ziz=25 ziz$=8 ziza=-8 zize=23 zizi=2 zizo=4 zj=2 zja=7 zjak=4
zk$=3 zka=9 zka$=11 zke=10 zke$=3 zki=1 zki$=2 zkie=2 zkir=-3 zko=-13 zkok=-9 zkov=1 zku=-12 zkur=-16 zky=2
zky$=2 zl=1 zl$=14 zla=-2 zlat=-1 zle=-2 zle$=-17 zled=-1 zlem=2 zler=14 zli=-10 zli$=5 zlib=-4 zlie=-1
zlin=-3 zlo=-6 zlu=9 zlu$=4 zly=-1 zly$=-2 zm=30 zma=1 zma$=1 zman=-3 zmar=1 zmat=-7 zme=12 zmer=3 zmi=12
zmie=1 zmin=4 zmo=-4 zmy=7 zn=3 zna=7 zna$=2 znan=3 znar=6 zne=-1 zne$=-2 zni=4 znia=6 znic=-2 znik=-8 znit=-2
zno=-16 zno$=-12 zny=9 zny$=12 zo=-19 zo$=6 zoa=-30 zoa$=-16 zoal=-1 zoan=-9 zoar=-2 zob=7 zobi=-1 zoc=28
zoca=5 zod=4 zodi=-3 zoe=1 zoea=-6 zof=-1 zofi=5 zog=5 zoge=-3 zoh=2 zoi=-25 zoic=-17 zoid=-1 zoit=-3 zok=12
zok$=6 zol=1 zol$=2 zola=-13 zole=-6 zoli=4 zoll=2 zolo=1 zom=-7 zomb=-9 zon=-25 zon$=18 zona=-16 zone=-3
zoni=-9 zono=-1 zont=-2 zoo=-29 zoo$=-12 zool=-1 zoom=-5 zoon=-5 zoop=-1 zoos=-1 zop=14 zoph=10 zopo=-3 zor=-4
zor$=-18 zora=13 zorb=3 zori=-7 zoro=-1 zos=4 zos$=12 zosi=-4 zost=-6 zot=-3 zote=-4 zoth=-4 zoti=-2 zott=6
zou=14 zouz=7 zov=7 zov$=10 zova=5 zove=-4 zovo=-2 zow=2 zowa=1 zoz=2 zp=5 zpa=-1 zpr=-2 zpy=9 zq=7 zqu=7 zr=4
zra=7 zram=3 zre=-6 zren=-6 zri=9 zs=6 zsa=2 zsc=1 zsch=1 zse=4 zsi=8 zso=17 zst=-24 zsta=-15 zstd=-4 zt=-15
zt$=-12 zta=-3 zta$=3 ztal=-1 zte=-2 zter=4 zth=-3 zti=-4 zto=12 ztu=1 zu=14 zu$=-18 zu-=9 zu-h=2 zua=2 zub=12
zuba=5 zube=6 zubk=2 zuc=5 zuch=3 zue=-22 zuel=-4 zuf=1 zug=-3 zui=7 zuk=11 zuk$=10 zuka=-1 zuki=5 zul=10
zula=10 zuli=-3 zulk=-8 zulu=5 zum=-1 zuma=-2 zumi=-3 zun=-5 zuna=-3 zund=-7 zuni=-2 zuo=3 zup=19 zupa=11
zur=-9 zur$=5 zura=3 zure=-5 zuri=-1 zuru=-4 zus=-7 zut=-5 zuw=1 zuz=-6 zuza=-6 zv=-1 zva=2 zvan=4 zve=-4
zver=4 zvi=8 zvo=-6 zvor=-4 zw=-1 zwa=8 zwar=4 zwe=1 zwe$=14 zwei=-11 zwi=-7 zwia=1 zwie=-3 zx=-3 zy=3 zy$=-20
zyb=10 zyby=8 zyc=-1 zych=-5 zyg=-12 zygn=-3 zygo=-13 zyk=30 zyk$=28 zyl=-9 zyli=-7 zym=1 zyme=-3 zymo=-1
zyn=8 zyn$=3 zyna=6 zyns=-4 zyr=-3 zys=-4 zysk=3 zyst=-7 zysz=1 zyw=4 zyz=2 zz=-27 zz$=-32 zza=-10 zza$=1
zzal=2 zzan=-11 zzar=-3 zze=12 zzer=-3 zzes=-3 zzet=12 zzi=15 zzi$=27 zzic=-3 zzie=-2 zzin=-11 zzl=-34
zzle=-30 zzli=-3 zzly=-2 zzo=33 zzo$=8 zzy=-5 zzy$=-4
"""
