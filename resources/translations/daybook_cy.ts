<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>That passphrase did not open the diary. Please check it and try again.</source>
        <translation>Nid agorodd y cyfrinymadrodd hwnnw&apos;r dyddiadur. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That recovery key did not open the diary. Please check each group of letters and try again.</source>
        <translation>Nid agorodd yr allwedd adfer honno&apos;r dyddiadur. Gwiriwch bob grŵp o lythrennau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The diary&apos;s files are damaged and could not be read. Nothing has been changed; restore from a backup or ask for help.</source>
        <translation>Mae ffeiliau&apos;r dyddiadur wedi&apos;u difrodi ac nid oedd modd eu darllen. Ni newidiwyd dim; adferwch o gopi wrth gefn neu gofynnwch am help.</translation>
    </message>
    <message>
        <source>What you were writing last time was kept, but it is damaged and cannot be read back. Everything you saved in your diary is as it was.</source>
        <translation>Cadwyd yr hyn roeddech chi&apos;n ei ysgrifennu y tro diwethaf, ond mae wedi&apos;i ddifrodi ac nid oes modd ei ddarllen yn ôl. Mae popeth a gadwoch yn eich dyddiadur fel yr oedd.</translation>
    </message>
    <message>
        <source>There is no diary in that folder yet.</source>
        <translation>Nid oes dyddiadur yn y ffolder honno eto.</translation>
    </message>
    <message>
        <source>A diary already exists in that folder, so nothing was created.</source>
        <translation>Mae dyddiadur yn y ffolder honno eisoes, felly ni chrëwyd dim.</translation>
    </message>
    <message>
        <source>The diary is locked. Please unlock it first.</source>
        <translation>Mae&apos;r dyddiadur wedi&apos;i gloi. Datglowch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>Something in that entry could not be understood. Nothing has been changed.</source>
        <translation>Nid oedd modd deall rhywbeth yn y cofnod hwnnw. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>That could not be found in the diary.</source>
        <translation>Nid oedd modd dod o hyd i hynny yn y dyddiadur.</translation>
    </message>
    <message>
        <source>Daybook could not save to disk (it may be full). Your diary is as it was before; free some space and try again.</source>
        <translation>Ni allai Daybook gadw ar y ddisg (efallai ei bod yn llawn). Mae eich dyddiadur fel yr oedd o&apos;r blaen; rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That file could not be added. Nothing has been changed.</source>
        <translation>Nid oedd modd ychwanegu&apos;r ffeil honno. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>This computer ran out of memory. Nothing has been changed.</source>
        <translation>Rhedodd y cyfrifiadur hwn allan o gof. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Daybook could not read or write a file on this computer. Nothing has been changed.</source>
        <translation>Ni allai Daybook ddarllen nac ysgrifennu ffeil ar y cyfrifiadur hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Aeth rhywbeth o&apos;i le. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>when it ended</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>how sure of the time</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>written later</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>where</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>kind of place</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>one of my own places</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>map position</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>contact by</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>their number or account</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what happened</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what they said</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>threats</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what they did</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>who did it</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>witnesses</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>who I told</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>how frightened</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>effect on daily life</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>more about the effect</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>told to stop</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>reported to</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>order broken</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>condition</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>private note</comment>
        <translation>IncidentView</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>tan {end}</translation>
    </message>
    <message>
        <source>written later</source>
        <translation>wedi&apos;i ysgrifennu&apos;n ddiweddarach</translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation>wedi&apos;i ysgrifennu ar y pryd</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Digwyddodd</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ysgrifennwyd</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Newidiwyd ddiwethaf</translation>
    </message>
    <message>
        <source>{when} (version {n})</source>
        <translation>{when} (fersiwn {n})</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>This is one of your own places; it is left out of a court copy.</source>
        <translation>Mae hwn yn un o&apos;ch lleoedd eich hun; caiff ei adael allan o gopi&apos;r llys.</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Cysylltu drwy</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Pwy a&apos;i gwnaeth</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tystion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bygythiadau</translation>
    </message>
    <message>
        <source>Who I told</source>
        <translation>Pwy y dywedais wrthynt</translation>
    </message>
    <message>
        <source>How frightened: {n} out of 10</source>
        <translation>Pa mor ofnus: {n} allan o 10</translation>
    </message>
    <message>
        <source>They had been told to stop.</source>
        <translation>Roedd wedi cael ei ddweud wrthynt am roi&apos;r gorau iddi.</translation>
    </message>
    <message>
        <source>They had not been told to stop.</source>
        <translation>Nid oedd wedi cael ei ddweud wrthynt am roi&apos;r gorau iddi.</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>Sut effeithiodd arna i</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Rhoddwyd gwybod i</translation>
    </message>
    <message>
        <source>Order or condition broken</source>
        <translation>Gorchymyn neu amod a dorrwyd</translation>
    </message>
    <message>
        <source>Private note (only for you)</source>
        <translation>Nodyn preifat (i chi yn unig)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim byd</translation>
    </message>
    <message>
        <source>Version {n}, {when}: changed {what}</source>
        <translation>Fersiwn {n}, {when}: newidiwyd {what}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Iaith y cyfrifiadur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation>Y person sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation>Pwy ydyn nhw i mi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Rhifau ffôn</translation>
    </message>
    <message>
        <source>Emails and accounts</source>
        <translation>E-byst a chyfrifon</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Cerbydau</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Enw&apos;r ffeil</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Yn erbyn</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Amodau</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Achosion o&apos;i dorri</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>Words of the order</source>
        <translation>Geiriau&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Wedi&apos;i dorri</translation>
    </message>
    <message>
        <source>Why it is needed</source>
        <translation>Pam mae ei angen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Eich nodyn</translation>
    </message>
    <message>
        <source>The diary shows</source>
        <translation>Mae&apos;r dyddiadur yn dangos</translation>
    </message>
    <message>
        <source>Paragraph {n}: {text}</source>
        <translation>Paragraff {n}: {text}</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ychwanegwyd</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Digwyddiadau</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Galwad a gollwyd</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Neges destun</translation>
    </message>
    <message>
        <source>Picture message</source>
        <translation>Neges llun</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>amser heb ei wybod</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Anfonwyd neu dderbyniwyd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>File {ref}: {name}</source>
        <translation>Ffeil {ref}: {name}</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Union eiriau</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Arddangosion</translation>
    </message>
    <message>
        <source>Page in the report</source>
        <translation>Tudalen yn yr adroddiad</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Na.</translation>
    </message>
    <message>
        <source>Where or how</source>
        <translation>Ble neu sut</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>{kind} ({format})</source>
        <translation>{kind} ({format})</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>Yn y pecyn hwn</translation>
    </message>
    <message>
        <source>Not in this copy</source>
        <translation>Ddim yn y copi hwn</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Wedi&apos;i adael allan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Not in this pack</source>
        <translation>Nid yw yn y pecyn hwn</translation>
    </message>
    <message>
        <source>In the earlier pack; not in this one, and not deleted.</source>
        <translation>Yn y pecyn cynharach; nid yn hwn, ac ni chafodd ei ddileu.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Entry or exhibit</source>
        <translation>Cofnod neu arddangosyn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Suggested entry</source>
        <translation>Cofnod a awgrymir</translation>
    </message>
    <message>
        <source>A chat with no name</source>
        <translation>Sgwrs heb enw</translation>
    </message>
    <message>
        <source>{name} (1 message)</source>
        <translation>{name} (1 neges)</translation>
    </message>
    <message>
        <source>{name} ({n} messages)</source>
        <translation>{name} ({n} neges)</translation>
    </message>
    <message>
        <source>{day}, about {time}</source>
        <translation>{day}, tua {time}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} beit</translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation>{n:.0f} KB</translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <source>{n:.1f} GB</source>
        <translation>{n:.1f} GB</translation>
    </message>
    <message>
        <source>At this exact time</source>
        <translation>Ar yr union amser hwn</translation>
    </message>
    <message>
        <source>At about this time</source>
        <translation>Tua&apos;r amser hwn</translation>
    </message>
    <message>
        <source>Some time that day</source>
        <translation>Rywbryd y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Some time that month</source>
        <translation>Rywbryd y mis hwnnw</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ei ddweud</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Gwaith</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
    <message>
        <source>A public place</source>
        <translation>Man cyhoeddus</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Ar-lein neu dros y ffôn</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>I saw them</source>
        <translation>Gwelais nhw</translation>
    </message>
    <message>
        <source>I recognised their voice</source>
        <translation>Adnabûm eu llais</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>Eu rhif neu eu cyfrif</translation>
    </message>
    <message>
        <source>I think it was them</source>
        <translation>Rwy&apos;n meddwl mai nhw oedd yno</translation>
    </message>
    <message>
        <source>I changed my route or routine</source>
        <translation>Newidiais fy llwybr neu fy nhrefn</translation>
    </message>
    <message>
        <source>I missed work, school or college</source>
        <translation>Collais waith, ysgol neu goleg</translation>
    </message>
    <message>
        <source>I moved, or stayed somewhere else</source>
        <translation>Symudais, neu arhosais yn rhywle arall</translation>
    </message>
    <message>
        <source>I fitted security (locks, cameras, alarm)</source>
        <translation>Gosodais fesurau diogelwch (cloeon, camerâu, larwm)</translation>
    </message>
    <message>
        <source>I saw a GP or counsellor</source>
        <translation>Gwelais feddyg teulu neu gwnselydd</translation>
    </message>
    <message>
        <source>I stopped going out, or go out less</source>
        <translation>Rhoddais y gorau i fynd allan, neu rwy&apos;n mynd allan yn llai</translation>
    </message>
    <message>
        <source>I changed my number or accounts</source>
        <translation>Newidiais fy rhif neu fy nghyfrifon</translation>
    </message>
    <message>
        <source>I have trouble sleeping</source>
        <translation>Rwy&apos;n cael trafferth cysgu</translation>
    </message>
    <message>
        <source>I am afraid for my family or friends</source>
        <translation>Mae gen i ofn dros fy nheulu neu fy ffrindiau</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Wyneb yn wyneb</translation>
    </message>
    <message>
        <source>Phone call or voicemail</source>
        <translation>Galwad ffôn neu neges llais</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Cyfryngau cymdeithasol</translation>
    </message>
    <message>
        <source>Letter or note</source>
        <translation>Llythyr neu nodyn</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>Drwy rywun arall</translation>
    </message>
    <message>
        <source>A phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Time of the call:
The number it came from (or &quot;withheld&quot;):
What 1471 said afterwards:
How long it lasted, and what was said:
Did they leave a voicemail? Is it kept?
</source>
        <translation>Amser yr alwad:
Y rhif y daeth ohono (neu &quot;wedi&apos;i atal&quot;):
Beth ddywedodd 1471 wedyn:
Pa mor hir y parhaodd, a beth a ddywedwyd:
A wnaethon nhw adael neges llais? A yw wedi&apos;i chadw?
</translation>
    </message>
    <message>
        <source>A message from a new number or account</source>
        <translation>Neges o rif neu gyfrif newydd</translation>
    </message>
    <message>
        <source>The new number or account, exactly as shown:
Where the message came (texts, WhatsApp, Instagram…):
Why you think it is them:
What the message said, word for word (a screenshot helps):
</source>
        <translation>Y rhif neu&apos;r cyfrif newydd, yn union fel y&apos;i dangosir:
O ble y daeth y neges (negeseuon testun, WhatsApp, Instagram…):
Pam rydych chi&apos;n meddwl mai nhw sydd yno:
Beth ddywedodd y neges, air am air (mae sgrinlun yn help):
</translation>
    </message>
    <message>
        <source>Something left or sent</source>
        <translation>Rhywbeth a adawyd neu a anfonwyd</translation>
    </message>
    <message>
        <source>What was left or sent, and where you found it:
When you found it, and when it could have been left:
Keep the envelope or packaging, and photograph it where you found it before you move it.
Who else has touched it:
</source>
        <translation>Beth a adawyd neu a anfonwyd, a ble y daethoch o hyd iddo:
Pryd y daethoch o hyd iddo, a phryd y gallai fod wedi&apos;i adael:
Cadwch yr amlen neu&apos;r pecynnu, a thynnwch lun ohono lle y daethoch o hyd iddo cyn ei symud.
Pwy arall sydd wedi&apos;i gyffwrdd:
</translation>
    </message>
    <message>
        <source>He turned up</source>
        <translation>Daeth ef i&apos;r golwg</translation>
    </message>
    <message>
        <source>Where he was, and for how long:
The vehicle, its colour and registration:
What he was wearing:
What he did or said:
Who else saw him:
CCTV or doorbell cameras nearby:
</source>
        <translation>Ble roedd ef, ac am ba hyd:
Y cerbyd, ei liw a&apos;i rif cofrestru:
Beth roedd yn ei wisgo:
Beth wnaeth neu beth ddywedodd:
Pwy arall a&apos;i gwelodd:
Camerâu CCTV neu gloch drws gerllaw:
</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>Difrod i eiddo</translation>
    </message>
    <message>
        <source>What was damaged, and where:
When you noticed, and when it was last fine:
Photograph the damage before anything is repaired.
Cost of repair, if known:
Crime reference number, if reported:
</source>
        <translation>Beth a ddifrodwyd, a ble:
Pryd y sylwoch chi, a phryd roedd yn iawn ddiwethaf:
Tynnwch lun o&apos;r difrod cyn i ddim gael ei drwsio.
Cost y trwsio, os yw&apos;n hysbys:
Rhif cyfeirnod trosedd, os rhoddwyd gwybod:
</translation>
    </message>
    <message>
        <source>Contact through other people</source>
        <translation>Cysylltu drwy bobl eraill</translation>
    </message>
    <message>
        <source>Who they contacted (a friend, family, your work):
What they asked or passed on, in the words you were told:
When, and how you heard about it:
Would that person write down what happened?
</source>
        <translation>Pwy y cysyllton nhw â nhw (ffrind, teulu, eich gwaith):
Beth ofynnon nhw neu beth basion nhw ymlaen, yn y geiriau a ddywedwyd wrthych:
Pryd, a sut y clywsoch amdano:
A fyddai&apos;r person hwnnw&apos;n ysgrifennu&apos;r hyn a ddigwyddodd?
</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Dilyn</translation>
    </message>
    <message>
        <source>Contacting or trying to contact</source>
        <translation>Cysylltu neu geisio cysylltu</translation>
    </message>
    <message>
        <source>Calls or voicemail</source>
        <translation>Galwadau neu negeseuon llais</translation>
    </message>
    <message>
        <source>Texts or messaging apps</source>
        <translation>Negeseuon testun neu apiau negeseua</translation>
    </message>
    <message>
        <source>Letters or notes</source>
        <translation>Llythyrau neu nodiadau</translation>
    </message>
    <message>
        <source>Gifts or items left</source>
        <translation>Anrhegion neu bethau a adawyd</translation>
    </message>
    <message>
        <source>New or fake numbers or accounts</source>
        <translation>Rhifau neu gyfrifon newydd neu ffug</translation>
    </message>
    <message>
        <source>Publishing material about me or pretending to be me</source>
        <translation>Cyhoeddi deunydd amdana i neu esgus bod yn fi</translation>
    </message>
    <message>
        <source>Monitoring my phone, accounts or internet use</source>
        <translation>Monitro fy ffôn, fy nghyfrifon neu fy nefnydd o&apos;r rhyngrwyd</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Loetran</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>Ymyrryd â&apos;m heiddo</translation>
    </message>
    <message>
        <source>Watching or spying</source>
        <translation>Gwylio neu ysbïo</translation>
    </message>
    <message>
        <source>Turning up or approaching</source>
        <translation>Ymddangos neu nesáu ataf</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>Trais corfforol neu rywiol</translation>
    </message>
    <message>
        <source>Targeting family, friends or colleagues</source>
        <translation>Targedu teulu, ffrindiau neu gydweithwyr</translation>
    </message>
    <message>
        <source>Getting others to help</source>
        <translation>Cael eraill i helpu</translation>
    </message>
    <message>
        <source>Spreading rumours</source>
        <translation>Lledaenu sïon</translation>
    </message>
    <message>
        <source>Malicious reports or ordering things in my name</source>
        <translation>Adroddiadau maleisus neu archebu pethau yn fy enw i</translation>
    </message>
    <message>
        <source>Threats of self-harm</source>
        <translation>Bygythiadau i niweidio eu hunain</translation>
    </message>
    <message>
        <source>Breach of an order or bail condition</source>
        <translation>Torri gorchymyn neu amod mechnïaeth</translation>
    </message>
    <message>
        <source>Changed my route or routine</source>
        <translation>Newidiais fy llwybr neu fy nhrefn</translation>
    </message>
    <message>
        <source>Missed work or school</source>
        <translation>Collais waith neu ysgol</translation>
    </message>
    <message>
        <source>Moved home or stayed elsewhere</source>
        <translation>Symudais gartref neu arhosais yn rhywle arall</translation>
    </message>
    <message>
        <source>Fitted extra security</source>
        <translation>Gosodais ragor o fesurau diogelwch</translation>
    </message>
    <message>
        <source>Saw a GP or counsellor</source>
        <translation>Gwelais feddyg teulu neu gwnselydd</translation>
    </message>
    <message>
        <source>Stopped going out or seeing people</source>
        <translation>Rhoddais y gorau i fynd allan neu weld pobl</translation>
    </message>
    <message>
        <source>Changed my number or accounts</source>
        <translation>Newidiais fy rhif neu fy nghyfrifon</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Trafferth cysgu</translation>
    </message>
    <message>
        <source>Afraid for family or friends</source>
        <translation>Ofn dros deulu neu ffrindiau</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Gorchymyn Amddiffyn rhag Stelcian</translation>
    </message>
    <message>
        <source>Interim Stalking Protection Order</source>
        <translation>Gorchymyn Amddiffyn rhag Stelcian Interim</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Gorchymyn atal</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Gorchymyn rhag molestu</translation>
    </message>
    <message>
        <source>Bail conditions</source>
        <translation>Amodau mechnïaeth</translation>
    </message>
    <message>
        <source>Domestic Violence Protection Notice</source>
        <translation>Hysbysiad Amddiffyn rhag Trais Domestig</translation>
    </message>
    <message>
        <source>Domestic Violence Protection Order</source>
        <translation>Gorchymyn Amddiffyn rhag Trais Domestig</translation>
    </message>
    <message>
        <source>Injunction</source>
        <translation>Gwaharddeb</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Gorchymyn arall</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Gwnaed cais amdano</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mewn grym</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Prohibition</source>
        <translation>Gwaharddiad</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Gofyniad</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <source>Being afraid</source>
        <translation>Bod ag ofn</translation>
    </message>
    <message>
        <source>You feel very afraid of them or of what they may do next.</source>
        <translation>Rydych chi&apos;n eu hofni&apos;n fawr, neu&apos;r hyn y gallen nhw ei wneud nesaf.</translation>
    </message>
    <message>
        <source>Earlier stalking or harassment</source>
        <translation>Stelcian neu aflonyddu cyn hyn</translation>
    </message>
    <message>
        <source>They have stalked or harassed you, or someone else, before this began.</source>
        <translation>Maen nhw wedi&apos;ch stelcian neu aflonyddu arnoch chi, neu ar rywun arall, cyn i hyn ddechrau.</translation>
    </message>
    <message>
        <source>Damage to your things</source>
        <translation>Difrod i&apos;ch pethau</translation>
    </message>
    <message>
        <source>They have damaged or interfered with your home, car or other belongings.</source>
        <translation>Maen nhw wedi difrodi neu ymyrryd â&apos;ch cartref, eich car neu&apos;ch eiddo arall.</translation>
    </message>
    <message>
        <source>Turning up often</source>
        <translation>Troi i fyny&apos;n aml</translation>
    </message>
    <message>
        <source>They have come to your home, work or places you go more than three times in one week.</source>
        <translation>Maen nhw wedi dod i&apos;ch cartref, eich gwaith neu&apos;r lleoedd rydych chi&apos;n mynd iddynt fwy na thair gwaith mewn un wythnos.</translation>
    </message>
    <message>
        <source>Hanging around</source>
        <translation>Loetran gerllaw</translation>
    </message>
    <message>
        <source>They hang around near your home, work, school or the places you go.</source>
        <translation>Maen nhw&apos;n loetran ger eich cartref, eich gwaith, eich ysgol neu&apos;r lleoedd rydych chi&apos;n mynd iddynt.</translation>
    </message>
    <message>
        <source>Threats to hurt you</source>
        <translation>Bygythiadau i&apos;ch brifo</translation>
    </message>
    <message>
        <source>They have threatened to hurt you physically or sexually.</source>
        <translation>Maen nhw wedi bygwth eich brifo&apos;n gorfforol neu&apos;n rhywiol.</translation>
    </message>
    <message>
        <source>Bothering people around you</source>
        <translation>Poeni pobl o&apos;ch cwmpas</translation>
    </message>
    <message>
        <source>They have contacted, followed or upset your family, friends or colleagues.</source>
        <translation>Maen nhw wedi cysylltu â&apos;ch teulu, eich ffrindiau neu&apos;ch cydweithwyr, eu dilyn neu eu cynhyrfu.</translation>
    </message>
    <message>
        <source>Violence during this</source>
        <translation>Trais ers i hyn ddechrau</translation>
    </message>
    <message>
        <source>They have been violent towards you at some point since this began.</source>
        <translation>Maen nhw wedi bod yn dreisgar tuag atoch ar ryw adeg ers i hyn ddechrau.</translation>
    </message>
    <message>
        <source>Others helping them</source>
        <translation>Eraill yn eu helpu</translation>
    </message>
    <message>
        <source>Someone else has helped them find, follow, watch or contact you.</source>
        <translation>Mae rhywun arall wedi&apos;u helpu i ddod o hyd i chi, eich dilyn, eich gwylio neu gysylltu â chi.</translation>
    </message>
    <message>
        <source>Drink or drugs</source>
        <translation>Alcohol neu gyffuriau</translation>
    </message>
    <message>
        <source>They misuse alcohol or drugs, as far as you know.</source>
        <translation>Maen nhw&apos;n camddefnyddio alcohol neu gyffuriau, hyd y gwyddoch chi.</translation>
    </message>
    <message>
        <source>Violence in their past</source>
        <translation>Trais yn eu gorffennol</translation>
    </message>
    <message>
        <source>You know of violence they have used before, towards you or anyone else.</source>
        <translation>Rydych chi&apos;n gwybod am drais y maen nhw wedi&apos;i ddefnyddio o&apos;r blaen, tuag atoch chi neu unrhyw un arall.</translation>
    </message>
    <message>
        <source>The full pack plus folders of files for a police upload link (at most 16 files in each folder, every file named with its reference and date) and how-to-upload.txt.</source>
        <translation>Y pecyn llawn ynghyd â ffolderi o ffeiliau ar gyfer dolen uwchlwytho&apos;r heddlu (16 ffeil ar y mwyaf ym mhob ffolder, pob ffeil wedi&apos;i henwi â&apos;i chyfeirnod a&apos;i dyddiad) a how-to-upload.txt.</translation>
    </message>
    <message>
        <source>A new or empty folder, into which the signed pack and the upload folders are written.</source>
        <translation>Ffolder newydd neu wag, lle caiff y pecyn wedi&apos;i lofnodi a&apos;r ffolderi uwchlwytho eu hysgrifennu.</translation>
    </message>
    <message>
        <source>The upload folders are in {folder}, with how-to-upload.txt. They are not protected by a passphrase: delete them once they are uploaded.</source>
        <translation>Mae&apos;r ffolderi uwchlwytho yn {folder}, gyda how-to-upload.txt. Nid ydynt wedi&apos;u diogelu gan gyfrinymadrodd: dilëwch nhw cyn gynted ag y cânt eu huwchlwytho.</translation>
    </message>
    <message>
        <source>A police upload cannot be locked with a passphrase: the upload link takes the files themselves. Make it without --encrypt, or make a locked full pack instead. Nothing was written.</source>
        <translation>Ni ellir cloi uwchlwythiad i&apos;r heddlu â chyfrinymadrodd: mae&apos;r ddolen uwchlwytho yn cymryd y ffeiliau eu hunain. Gwnewch ef heb --encrypt, neu gwnewch becyn llawn wedi&apos;i gloi yn lle hynny. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Included now, in the diary before</source>
        <translation>Wedi&apos;i gynnwys nawr, yn y dyddiadur o&apos;r blaen</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Atodiad</translation>
    </message>
    <message>
        <source>Shown differently</source>
        <translation>Wedi&apos;i ddangos yn wahanol</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>New exhibit</source>
        <translation>Arddangosyn newydd</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neges newydd</translation>
    </message>
    <message>
        <source>Safe contacts and code words</source>
        <translation>Cysylltiadau diogel a geiriau cod</translation>
    </message>
    <message>
        <source>Who you can call at any hour, and a word or phrase that tells them you need help without saying so.</source>
        <translation>Pwy y gallwch eu ffonio ar unrhyw awr, a gair neu ymadrodd sy&apos;n dweud wrthynt fod angen help arnoch heb ddweud hynny.</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lleoedd diogel</translation>
    </message>
    <message>
        <source>Places you can go if you feel unsafe: a friend&apos;s home, a shop or station with staff, a police station.</source>
        <translation>Lleoedd y gallwch fynd iddynt os ydych yn teimlo&apos;n anniogel: cartref ffrind, siop neu orsaf gyda staff, gorsaf heddlu.</translation>
    </message>
    <message>
        <source>Routes and routines to vary</source>
        <translation>Llwybrau ac arferion i&apos;w hamrywio</translation>
    </message>
    <message>
        <source>Journeys and habits they know about (the school run, the gym, your way to work) and how you could change them.</source>
        <translation>Teithiau ac arferion y maen nhw&apos;n gwybod amdanynt (mynd â&apos;r plant i&apos;r ysgol, y gampfa, eich ffordd i&apos;r gwaith) a sut y gallech eu newid.</translation>
    </message>
    <message>
        <source>What to keep ready</source>
        <translation>Beth i&apos;w gadw&apos;n barod</translation>
    </message>
    <message>
        <source>Phone charged, money, keys, medicines, documents, a bag you could take at once, and where they are.</source>
        <translation>Ffôn wedi&apos;i wefru, arian, allweddi, meddyginiaethau, dogfennau, bag y gallech ei gymryd ar unwaith, a ble maen nhw.</translation>
    </message>
    <message>
        <source>Who at work or school knows</source>
        <translation>Pwy yn y gwaith neu&apos;r ysgol sy&apos;n gwybod</translation>
    </message>
    <message>
        <source>Who there knows what is happening, what they have agreed to do (screen calls, walk you to your car), and who to tell if something changes.</source>
        <translation>Pwy yno sy&apos;n gwybod beth sy&apos;n digwydd, beth maen nhw wedi cytuno i&apos;w wneud (sgrinio galwadau, cerdded gyda chi at eich car), a phwy i ddweud wrthynt os bydd rhywbeth yn newid.</translation>
    </message>
    <message>
        <source>Your advocate&apos;s details</source>
        <translation>Manylion eich eiriolwr</translation>
    </message>
    <message>
        <source>Your advocate or support worker: name, service, number, when to reach them, and any police officer or reference number.</source>
        <translation>Eich eiriolwr neu weithiwr cymorth: enw, gwasanaeth, rhif, pryd i gysylltu â nhw, ac unrhyw swyddog heddlu neu rif cyfeirnod.</translation>
    </message>
    <message>
        <source>If he turns up</source>
        <translation>Os yw ef yn ymddangos</translation>
    </message>
    <message>
        <source>What you will do if he turns up at home, at work or somewhere else: where to go, who to call, what to say.</source>
        <translation>Beth fyddwch chi&apos;n ei wneud os yw ef yn ymddangos gartref, yn y gwaith neu rywle arall: ble i fynd, pwy i&apos;w ffonio, beth i&apos;w ddweud.</translation>
    </message>
    <message>
        <source>email</source>
        <translation type="vanished">e-bost</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archif Zip</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Taenlen (CSV)</translation>
    </message>
    <message>
        <source>Phone backup (XML)</source>
        <translation>Copi wrth gefn ffôn (XML)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Data (JSON)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Fideo</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Recordiad sain</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Y dudalen hon</translation>
    </message>
</context>
<context>
    <name>AboutMeDialog</name>
    <message>
        <source>About me</source>
        <translation type="vanished">Amdana i</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Cau</translation>
    </message>
    <message>
        <source>Close About me</source>
        <translation type="vanished">Cau Amdana i</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
    <message>
        <source>These details stay in your diary, encrypted. A court copy of your evidence pack is given to the person you are afraid of, so Daybook takes out every phone number, email address, address and other detail you list here, wherever it appears, even inside their messages. Your name stays: they know it. Write one on each line.</source>
        <translation>Mae&apos;r manylion hyn yn aros yn eich dyddiadur, wedi&apos;u hamgryptio. Rhoddir copi llys o&apos;ch pecyn tystiolaeth i&apos;r person rydych chi&apos;n ei ofni, felly mae Daybook yn tynnu allan bob rhif ffôn, cyfeiriad e-bost, cyfeiriad a manylyn arall a restrwch yma, ble bynnag y mae&apos;n ymddangos, hyd yn oed y tu mewn i&apos;w negeseuon. Mae eich enw yn aros: maen nhw&apos;n ei wybod. Ysgrifennwch un ar bob llinell.</translation>
    </message>
    <message>
        <source>Your name, as the evidence pack should give it</source>
        <translation>Eich enw, fel y dylai&apos;r pecyn tystiolaeth ei roi</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="vanished">Eich &amp;enw</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>E&amp;ich enw</translation>
    </message>
    <message>
        <source>Your phone numbers, one a line</source>
        <translation>Eich rhifau ffôn, un ar bob llinell</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>&amp;Rhifau ffôn</translation>
    </message>
    <message>
        <source>Your email addresses, one a line</source>
        <translation>Eich cyfeiriadau e-bost, un ar bob llinell</translation>
    </message>
    <message>
        <source>&amp;Email addresses</source>
        <translation>Cyfeiriadau e-&amp;bost</translation>
    </message>
    <message>
        <source>Your addresses: home, work, school, one a line</source>
        <translation>Eich cyfeiriadau: cartref, gwaith, ysgol, un ar bob llinell</translation>
    </message>
    <message>
        <source>14 Acacia Avenue, Leeds LS6 2AB</source>
        <translation>14 Acacia Avenue, Leeds LS6 2AB</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>Cy&amp;feiriadau</translation>
    </message>
    <message>
        <source>Anything else that identifies you, one a line</source>
        <translation>Unrhyw beth arall sy&apos;n eich adnabod, un ar bob llinell</translation>
    </message>
    <message>
        <source>Car registration, a child&apos;s name or school, your workplace</source>
        <translation>Rhif cofrestru car, enw neu ysgol plentyn, eich gweithle</translation>
    </message>
    <message>
        <source>&amp;Other details</source>
        <translation>&amp;Manylion eraill</translation>
    </message>
    <message>
        <source>Your country, as two letters, for phone numbers written without one</source>
        <translation>Eich gwlad, fel dwy lythyren, ar gyfer rhifau ffôn a ysgrifennwyd heb un</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>G&amp;wlad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Cadw fy manylion</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>AboutMeView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Yn ôl i&apos;r Gosodiadau</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdana i</translation>
    </message>
</context>
<context>
    <name>BreachPicker</name>
    <message>
        <source>Conditions of an order this broke: tick any</source>
        <translation>Amodau gorchymyn a dorrodd hyn: ticiwch unrhyw rai</translation>
    </message>
    <message>
        <source>No order was in force on that day.</source>
        <translation>Nid oedd unrhyw orchymyn mewn grym ar y diwrnod hwnnw.</translation>
    </message>
</context>
<context>
    <name>CodeBox</name>
    <message>
        <source>Copy</source>
        <translation>Copïo</translation>
    </message>
    <message>
        <source>Copy the {name}</source>
        <translation>Copïo&apos;r {name}</translation>
    </message>
    <message>
        <source>Copied privately, and cleared after 30 seconds</source>
        <translation>Wedi&apos;i gopïo&apos;n breifat, a&apos;i glirio ar ôl 30 eiliad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Details of the {name}, for an advocate</source>
        <translation>Manylion y {name}, ar gyfer eiriolwr</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare with an earlier pack</source>
        <translation>Cymharu â phecyn cynharach</translation>
    </message>
    <message>
        <source>Compare this pack with an earlier one from the same person: Daybook checks that nothing in the earlier pack has been changed since, and lists what is new, revised or deleted.</source>
        <translation>Cymharwch y pecyn hwn ag un cynharach gan yr un person: mae Daybook yn gwirio na newidiwyd dim yn y pecyn cynharach ers hynny, ac yn rhestru beth sy&apos;n newydd, wedi&apos;i ddiwygio neu wedi&apos;i ddileu.</translation>
    </message>
    <message>
        <source>Choose the &amp;earlier pack…</source>
        <translation>&amp;Dewis y pecyn cynharach…</translation>
    </message>
    <message>
        <source>Choose the earlier pack to compare with</source>
        <translation>Dewis y pecyn cynharach i&apos;w gymharu ag ef</translation>
    </message>
    <message>
        <source>The earlier pack&apos;s passphrase</source>
        <translation>Cyfrinymadrodd y pecyn cynharach</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>Cy&amp;mharu</translation>
    </message>
    <message>
        <source>Compare the two packs</source>
        <translation>Cymharu&apos;r ddau becyn</translation>
    </message>
    <message>
        <source>Comparing the packs</source>
        <translation>Yn cymharu&apos;r pecynnau</translation>
    </message>
    <message>
        <source>Whether the new pack follows on from the earlier one</source>
        <translation>A yw&apos;r pecyn newydd yn dilyn ymlaen o&apos;r un cynharach</translation>
    </message>
    <message>
        <source>What changed since the earlier pack</source>
        <translation>Beth sydd wedi newid ers y pecyn cynharach</translation>
    </message>
    <message>
        <source>Packs you have seen</source>
        <translation>Pecynnau rydych wedi&apos;u gweld</translation>
    </message>
    <message>
        <source>The passphrase of your list</source>
        <translation>Cyfrinymadrodd eich rhestr</translation>
    </message>
    <message>
        <source>Passphrase of the list</source>
        <translation>Cyfrinymadrodd y rhestr</translation>
    </message>
    <message>
        <source>The list&apos;s passphrase again</source>
        <translation>Cyfrinymadrodd y rhestr eto</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Yr un peth eto</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw</source>
        <translation>O&apos;i gymharu â&apos;r pecyn diwethaf a welsoch</translation>
    </message>
    <message>
        <source>Your list is open: each pack you open now is compared with the last one you saw from the same person. It stays locked on this computer.</source>
        <translation>Mae eich rhestr ar agor: caiff pob pecyn a agorwch nawr ei gymharu â&apos;r un diwethaf a welsoch gan yr un person. Mae&apos;n aros dan glo ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>&amp;Remember this pack</source>
        <translation>C&amp;ofio&apos;r pecyn hwn</translation>
    </message>
    <message>
        <source>You keep a list of packs you have seen on this computer. Type its passphrase to compare this pack with the last one from the same person.</source>
        <translation>Rydych chi&apos;n cadw rhestr o&apos;r pecynnau rydych wedi&apos;u gweld ar y cyfrifiadur hwn. Teipiwch ei chyfrinymadrodd i gymharu&apos;r pecyn hwn â&apos;r un diwethaf gan yr un person.</translation>
    </message>
    <message>
        <source>&amp;Open my list</source>
        <translation>&amp;Agor fy rhestr</translation>
    </message>
    <message>
        <source>Daybook keeps nothing about the packs you open. If you wish, it can keep a short list on this computer (the person&apos;s initials, the check code, the history code and the date you received it), locked with a passphrase you choose, so the next pack from the same person is compared with this one.</source>
        <translation>Nid yw Daybook yn cadw dim am y pecynnau a agorwch. Os dymunwch, gall gadw rhestr fer ar y cyfrifiadur hwn (llythrennau blaen y person, y cod gwirio, y cod hanes a&apos;r dyddiad y&apos;i derbynioch), wedi&apos;i chloi â chyfrinymadrodd a ddewiswch, fel bod y pecyn nesaf gan yr un person yn cael ei gymharu â hwn.</translation>
    </message>
    <message>
        <source>Please type the list&apos;s passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y rhestr.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath eto.</translation>
    </message>
    <message>
        <source>A pack that does not check out is not added to your list.</source>
        <translation>Ni chaiff pecyn nad yw&apos;n gwirio&apos;n gywir ei ychwanegu at eich rhestr.</translation>
    </message>
    <message>
        <source>This pack is in your list: the next pack from the same person will be compared with it when you open your list.</source>
        <translation>Mae&apos;r pecyn hwn yn eich rhestr: caiff y pecyn nesaf gan yr un person ei gymharu ag ef pan fyddwch yn agor eich rhestr.</translation>
    </message>
    <message>
        <source>You have not seen a pack signed with this check code before, so there is nothing to compare it with.</source>
        <translation>Nid ydych wedi gweld pecyn wedi&apos;i lofnodi â&apos;r cod gwirio hwn o&apos;r blaen, felly nid oes dim i&apos;w gymharu ag ef.</translation>
    </message>
    <message>
        <source>This pack does not check out, so it cannot show that. {why}</source>
        <translation>Nid yw&apos;r pecyn hwn yn gwirio&apos;n gywir, felly ni all ddangos hynny. {why}</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw from {initials} ({id}, received {day}): {result}</source>
        <translation>O&apos;i gymharu â&apos;r pecyn diwethaf a welsoch gan {initials} ({id}, a dderbyniwyd {day}): {result}</translation>
    </message>
    <message>
        <source>Choose the earlier pack</source>
        <translation>Dewis y pecyn cynharach</translation>
    </message>
    <message>
        <source>Earlier pack: {name}</source>
        <translation>Pecyn cynharach: {name}</translation>
    </message>
    <message>
        <source>The earlier pack is locked with a passphrase. Type it, then Compare.</source>
        <translation>Mae&apos;r pecyn cynharach wedi&apos;i gloi â chyfrinymadrodd. Teipiwch ef, yna dewiswch Cymharu.</translation>
    </message>
    <message>
        <source>Please type the earlier pack&apos;s passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y pecyn cynharach.</translation>
    </message>
    <message>
        <source>Continuity holds: everything in the earlier pack {old} is unchanged in this pack, and its history goes on from there.</source>
        <translation>Mae&apos;r parhad yn dal: mae popeth yn y pecyn cynharach {old} heb ei newid yn y pecyn hwn, ac mae ei hanes yn parhau o&apos;r fan honno.</translation>
    </message>
    <message>
        <source>Continuity does NOT hold: this pack does not show that the earlier one is unchanged. Do not rely on it without asking the person.</source>
        <translation>NID yw&apos;r parhad yn dal: nid yw&apos;r pecyn hwn yn dangos bod yr un cynharach heb ei newid. Peidiwch â dibynnu arno heb ofyn i&apos;r person.</translation>
    </message>
    <message>
        <source>Both packs were signed by the Daybook with the check code {code}.</source>
        <translation>Llofnodwyd y ddau becyn gan y Daybook sydd â&apos;r cod gwirio {code}.</translation>
    </message>
    <message>
        <source>{n} history entries were recorded since the earlier pack ({words}). History code then: {old}; now: {new}.</source>
        <translation>Cofnodwyd {n} digwyddiad yn yr hanes ers y pecyn cynharach ({words}). Cod hanes bryd hynny: {old}; nawr: {new}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>New entries: {new}; revisions: {revised}; addenda: {addenda}; deleted: {deleted}; unchanged: {unchanged}.</source>
        <translation>Cofnodion newydd: {new}; diwygiadau: {revised}; atodiadau: {addenda}; wedi&apos;u dileu: {deleted}; heb eu newid: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>CourtPage</name>
    <message>
        <source>Going to court</source>
        <translation>Mynd i&apos;r llys</translation>
    </message>
    <message>
        <source>Orders and breaches</source>
        <translation>Gorchmynion ac achosion o&apos;u torri</translation>
    </message>
    <message>
        <source>Risk information</source>
        <translation>Gwybodaeth am risg</translation>
    </message>
    <message>
        <source>Your statement</source>
        <translation>Eich datganiad</translation>
    </message>
</context>
<context>
    <name>DiaryExtras</name>
    <message>
        <source>Evidence and imports</source>
        <translation type="vanished">Tystiolaeth a mewnforion</translation>
    </message>
    <message>
        <source>&amp;Make an evidence pack…</source>
        <translation type="vanished">&amp;Gwneud pecyn tystiolaeth…</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation type="vanished">&amp;Ychwanegu negeseuon o ffôn neu e-bost…</translation>
    </message>
    <message>
        <source>&amp;Open an evidence pack…</source>
        <translation type="vanished">&amp;Agor pecyn tystiolaeth…</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="vanished">&amp;Tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence: make or open a pack, add messages</source>
        <translation type="vanished">Tystiolaeth: gwneud neu agor pecyn, ychwanegu negeseuon</translation>
    </message>
    <message>
        <source>Make an evidence pack ({export}), add messages ({add})</source>
        <translation type="vanished">Gwneud pecyn tystiolaeth ({export}), ychwanegu negeseuon ({add})</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;New entry</source>
        <translation>Cofnod &amp;newydd</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Cofnod newydd (Ctrl+N)</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>O dempled</translation>
    </message>
    <message>
        <source>New entry from a template: a call, a message, something left…</source>
        <translation>Cofnod newydd o dempled: galwad, neges, rhywbeth a adawyd…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templedi</translation>
    </message>
    <message>
        <source>It happened &amp;again</source>
        <translation type="vanished">Digwyddodd &amp;eto</translation>
    </message>
    <message>
        <source>It happened again: a quick entry for now</source>
        <translation>Digwyddodd eto: cofnod cyflym am y tro</translation>
    </message>
    <message>
        <source>A quick entry for now (Ctrl+Shift+N)</source>
        <translation>Cofnod cyflym am y tro (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>Lock the diary</source>
        <translation>Cloi&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Cloi (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>&amp;Gadael yn gyflym</translation>
    </message>
    <message>
        <source>Quick exit: close Daybook at once</source>
        <translation>Gadael yn gyflym: cau Daybook ar unwaith</translation>
    </message>
    <message>
        <source>Close at once and keep what you were writing (Ctrl+Q, or Esc twice)</source>
        <translation>Cau ar unwaith a chadw&apos;r hyn roeddech yn ei ysgrifennu (Ctrl+Q, neu Esc ddwywaith)</translation>
    </message>
    <message>
        <source>Help and safety</source>
        <translation>Help a diogelwch</translation>
    </message>
    <message>
        <source>Help and safety: who to call, your safety plan</source>
        <translation>Help a diogelwch: pwy i&apos;w ffonio, eich cynllun diogelwch</translation>
    </message>
    <message>
        <source>&amp;Carry on writing</source>
        <translation>&amp;Parhau i ysgrifennu</translation>
    </message>
    <message>
        <source>Carry on writing</source>
        <translation>Parhau i ysgrifennu</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Ei daflu</translation>
    </message>
    <message>
        <source>Throw away the unfinished entry</source>
        <translation>Taflu&apos;r cofnod anorffenedig</translation>
    </message>
    <message>
        <source>Parts of the diary</source>
        <translation>Rhannau&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Dyddiadur</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Po&amp;bl</translation>
    </message>
    <message>
        <source>Photos and &amp;files</source>
        <translation type="vanished">Lluniau a &amp;ffeiliau</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>Negese&amp;uon</translation>
    </message>
    <message>
        <source>Patte&amp;rns</source>
        <translation>&amp;Patrymau</translation>
    </message>
    <message>
        <source>Safet&amp;y plan</source>
        <translation>Cynllun diogel&amp;wch</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="vanished">&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>It happened a&amp;gain</source>
        <translation>Digwyddodd &amp;eto</translation>
    </message>
    <message>
        <source>Who to call, and your safety plan (F1)</source>
        <translation>Pwy i&apos;w ffonio, a&apos;ch cynllun diogelwch (F1)</translation>
    </message>
    <message>
        <source>P&amp;hotos and files</source>
        <translation>Lluniau a &amp;ffeiliau</translation>
    </message>
    <message>
        <source>Going to c&amp;ourt</source>
        <translation>&amp;Mynd i&apos;r llys</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>G&amp;osodiadau</translation>
    </message>
    <message>
        <source>Evidence and imports</source>
        <translation>Tystiolaeth a mewnforion</translation>
    </message>
    <message>
        <source>&amp;Make an evidence pack…</source>
        <translation>&amp;Gwneud pecyn tystiolaeth…</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation>&amp;Ychwanegu negeseuon o ffôn neu e-bost…</translation>
    </message>
    <message>
        <source>&amp;Open an evidence pack…</source>
        <translation>&amp;Agor pecyn tystiolaeth…</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence: make or open a pack, add messages</source>
        <translation>Tystiolaeth: gwneud neu agor pecyn, ychwanegu negeseuon</translation>
    </message>
    <message>
        <source>Make an evidence pack ({export}), add messages ({add})</source>
        <translation>Gwneud pecyn tystiolaeth ({export}), ychwanegu negeseuon ({add})</translation>
    </message>
    <message>
        <source>Make an evidence pack</source>
        <translation>Gwneud pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Add messages from a phone or email</source>
        <translation>Ychwanegu negeseuon o ffôn neu e-bost</translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried once: {times}. If that was not you, someone may have tried to open it.</source>
        <translation>Ers i chi agor eich dyddiadur ddiwethaf, rhoddwyd cynnig ar gyfrinymadrodd anghywir unwaith: {times}. Os nad chi oedd hynny, efallai fod rhywun wedi ceisio ei agor.</translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried {n} times (the latest: {times}). If that was not you, someone may have tried to open it.</source>
        <translation>Ers i chi agor eich dyddiadur ddiwethaf, rhoddwyd cynnig ar gyfrinymadrodd anghywir {n} gwaith (yr olaf: {times}). Os nad chi oedd hynny, efallai fod rhywun wedi ceisio ei agor.</translation>
    </message>
    <message>
        <source>You have an entry you had not finished. It was kept safe.</source>
        <translation>Mae gennych gofnod nad oeddech wedi&apos;i orffen. Cafodd ei gadw&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Please finish or throw away your unfinished entry first.</source>
        <translation>Gorffennwch neu taflwch eich cofnod anorffenedig yn gyntaf.</translation>
    </message>
    <message>
        <source>Throw away the entry you had not finished? This cannot be undone.</source>
        <translation>Taflu&apos;r cofnod nad oeddech wedi&apos;i orffen? Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Nothing was changed, so {number} stays as it was.</source>
        <translation>Ni newidiwyd dim, felly mae {number} yn aros fel yr oedd.</translation>
    </message>
    <message>
        <source>The files were added to {number}.</source>
        <translation>Ychwanegwyd y ffeiliau at {number}.</translation>
    </message>
    <message>
        <source>Saved as a new version of {number}. The earlier version is kept, with the time it was changed.</source>
        <translation>Wedi&apos;i gadw fel fersiwn newydd o {number}. Cedwir y fersiwn gynharach, gyda&apos;r amser y&apos;i newidiwyd.</translation>
    </message>
    <message>
        <source>Saved as {number}.</source>
        <translation>Wedi&apos;i gadw fel {number}.</translation>
    </message>
    <message>
        <source>These files could not be added: {names}.</source>
        <translation>Nid oedd modd ychwanegu&apos;r ffeiliau hyn: {names}.</translation>
    </message>
    <message>
        <source>Saved as {number}. You can add the details whenever you are ready.</source>
        <translation>Wedi&apos;i gadw fel {number}. Gallwch ychwanegu&apos;r manylion pryd bynnag y byddwch yn barod.</translation>
    </message>
</context>
<context>
    <name>ExhibitsPage</name>
    <message>
        <source>Photos and files</source>
        <translation>Lluniau a ffeiliau</translation>
    </message>
    <message>
        <source>Choose a photo to see it. Files are kept locked inside your diary.</source>
        <translation>Dewiswch lun i&apos;w weld. Cedwir ffeiliau dan glo y tu mewn i&apos;ch dyddiadur.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Make an evidence pack</source>
        <translation>Gwneud pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Yn ôl i&apos;r cam blaenorol</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>Cancel making the pack</source>
        <translation>Canslo gwneud y pecyn</translation>
    </message>
    <message>
        <source>Nex&amp;t</source>
        <translation>Ne&amp;saf</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Y cam nesaf</translation>
    </message>
    <message>
        <source>An evidence pack is one file for your stalking advocate or the police: a readable report, your entries in date order, the original photos and files, and a way for them to check nothing was changed. Your diary stays as it is.</source>
        <translation>Un ffeil ar gyfer eich eiriolwr stelcian neu&apos;r heddlu yw pecyn tystiolaeth: adroddiad y gellir ei ddarllen, eich cofnodion yn nhrefn dyddiad, y lluniau a&apos;r ffeiliau gwreiddiol, a ffordd iddynt wirio na newidiwyd dim. Mae eich dyddiadur yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Pa gofnodion</translation>
    </message>
    <message>
        <source>&amp;Every entry</source>
        <translation>&amp;Pob cofnod</translation>
    </message>
    <message>
        <source>Every entry in the diary</source>
        <translation>Pob cofnod yn y dyddiadur</translation>
    </message>
    <message>
        <source>Entries in a &amp;period</source>
        <translation>Cofnodion &amp;mewn cyfnod</translation>
    </message>
    <message>
        <source>Entries in a period</source>
        <translation>Cofnodion mewn cyfnod</translation>
    </message>
    <message>
        <source>Only &amp;some entries</source>
        <translation>Rhai cofnodion yn &amp;unig</translation>
    </message>
    <message>
        <source>Only the entries I list</source>
        <translation>Dim ond y cofnodion a restraf</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>O&apos;r diwrnod hwn</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>Hyd heddiw</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;I</translation>
    </message>
    <message>
        <source>Entry numbers to include</source>
        <translation>Rhifau&apos;r cofnodion i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>e.g. INC-0003, INC-0007 or 3, 7</source>
        <translation>e.e. INC-0003, INC-0007 neu 3, 7</translation>
    </message>
    <message>
        <source>Which copy</source>
        <translation>Pa gopi</translation>
    </message>
    <message>
        <source>A f&amp;ull copy, for your advocate and the police</source>
        <translation>Copi llawn, i&apos;ch eiriolwr a&apos;&amp;r heddlu</translation>
    </message>
    <message>
        <source>Full copy, for your advocate and the police</source>
        <translation>Copi llawn, i&apos;ch eiriolwr a&apos;r heddlu</translation>
    </message>
    <message>
        <source>A cou&amp;rt copy, which may be shown to the other side</source>
        <translation>Copi ar gyfer y &amp;llys, y gellir ei ddangos i&apos;r ochr arall</translation>
    </message>
    <message>
        <source>Court copy, which may be shown to the other side</source>
        <translation>Copi ar gyfer y llys, y gellir ei ddangos i&apos;r ochr arall</translation>
    </message>
    <message>
        <source>A court &amp;bundle, kept within 350 pages</source>
        <translation>&amp;Bwndel llys, o fewn 350 tudalen</translation>
    </message>
    <message>
        <source>Court bundle, kept within 350 pages</source>
        <translation>Bwndel llys, o fewn 350 tudalen</translation>
    </message>
    <message>
        <source>Files for a police uploa&amp;d link</source>
        <translation>Ffeiliau ar gyfer dolen uwchlwytho&apos;r &amp;heddlu</translation>
    </message>
    <message>
        <source>Files for a police upload link</source>
        <translation>Ffeiliau ar gyfer dolen uwchlwytho&apos;r heddlu</translation>
    </message>
    <message>
        <source>Everything you wrote, with the original photos and files. Only your private notes are left out, unless you choose to include them.</source>
        <translation>Popeth a ysgrifennoch, gyda&apos;r lluniau a&apos;r ffeiliau gwreiddiol. Dim ond eich nodiadau preifat a adewir allan, oni bai eich bod yn dewis eu cynnwys.</translation>
    </message>
    <message>
        <source>Leaves out your own address, phone number and email, places you marked as sensitive, witnesses&apos; contact details and where your photos were taken. Their words and details are never removed.</source>
        <translation>Yn gadael allan eich cyfeiriad, rhif ffôn ac e-bost eich hun, lleoedd a farciwyd gennych yn sensitif, manylion cyswllt tystion a ble y tynnwyd eich lluniau. Ni chaiff eu geiriau a&apos;u manylion nhw byth eu tynnu.</translation>
    </message>
    <message>
        <source>A court copy with your orders and breaches, risk information and draft statement, within the family courts&apos; 350-page limit: the least relevant entries&apos; full pages are left out (never their line in the chronology), and the cover says so.</source>
        <translation>Copi llys gyda&apos;ch gorchmynion a&apos;r achosion o&apos;u torri, gwybodaeth am risg a drafft o&apos;ch datganiad, o fewn terfyn 350 tudalen y llysoedd teulu: gadewir allan dudalennau llawn y cofnodion lleiaf perthnasol (byth eu llinell yn y gronoleg), ac mae&apos;r clawr yn dweud hynny.</translation>
    </message>
    <message>
        <source>Include my pr&amp;ivate notes</source>
        <translation>Cynnwys &amp;fy nodiadau preifat</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Cynnwys fy nodiadau preifat</translation>
    </message>
    <message>
        <source>Add their &amp;messages that are not part of any entry, as an appendix (when there are fewer than 500)</source>
        <translation type="vanished">&amp;Ychwanegu eu negeseuon nad ydynt yn rhan o unrhyw gofnod, fel atodiad (pan fo llai na 500)</translation>
    </message>
    <message>
        <source>Add their messages that are not part of any entry, as an appendix</source>
        <translation type="vanished">Ychwanegu eu negeseuon nad ydynt yn rhan o unrhyw gofnod, fel atodiad</translation>
    </message>
    <message>
        <source>Who the pack is for</source>
        <translation>Ar gyfer pwy mae&apos;r pecyn</translation>
    </message>
    <message>
        <source>e.g. my stalking advocate, PC Smith</source>
        <translation>e.e. fy eiriolwr stelcian, PC Smith</translation>
    </message>
    <message>
        <source>&amp;Who it is for</source>
        <translation>Ar gyfer p&amp;wy</translation>
    </message>
    <message>
        <source>What the pack will hold</source>
        <translation>Beth fydd yn y pecyn</translation>
    </message>
    <message>
        <source>Working out what goes in</source>
        <translation>Yn cyfrifo beth sy&apos;n mynd i mewn</translation>
    </message>
    <message>
        <source>What this copy leaves out, and why</source>
        <translation>Beth mae&apos;r copi hwn yn ei adael allan, a pham</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>Beth mae&apos;r copi hwn yn ei adael allan</translation>
    </message>
    <message>
        <source>Nothing is left out of this copy.</source>
        <translation>Nid oes dim wedi&apos;i adael allan o&apos;r copi hwn.</translation>
    </message>
    <message>
        <source>The same list is printed on the pack&apos;s cover, so nothing is left out without saying so.</source>
        <translation>Caiff yr un rhestr ei hargraffu ar glawr y pecyn, felly nid oes dim yn cael ei adael allan heb ddweud hynny.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Ble i gadw&apos;r pecyn</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Dewis ble i gadw&apos;r pecyn</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Cadw &amp;fel</translation>
    </message>
    <message>
        <source>Save it somewhere the person doing this cannot see, such as a USB stick you keep safe, and delete it from this computer once it has been handed over.</source>
        <translation>Cadwch ef yn rhywle na all y person sy&apos;n gwneud hyn ei weld, fel cof bach USB rydych yn ei gadw&apos;n ddiogel, a&apos;i ddileu o&apos;r cyfrifiadur hwn unwaith y bydd wedi&apos;i drosglwyddo.</translation>
    </message>
    <message>
        <source>Lock the pack with a pass&amp;phrase</source>
        <translation>Cloi&apos;&amp;r pecyn â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Lock the pack with a passphrase</source>
        <translation>Cloi&apos;r pecyn â chyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase for the pack</source>
        <translation>Cyfrinymadrodd ar gyfer y pecyn</translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase again</source>
        <translation>Cyfrinymadrodd y pecyn eto</translation>
    </message>
    <message>
        <source>Use a different passphrase from your diary&apos;s. Tell it to the person you give the pack to separately, for example by phone, never in the same email. They open it with Daybook (“Open an evidence pack”).</source>
        <translation>Defnyddiwch gyfrinymadrodd gwahanol i un eich dyddiadur. Dywedwch ef wrth y person y rhowch y pecyn iddo ar wahân, er enghraifft dros y ffôn, byth yn yr un e-bost. Maen nhw&apos;n ei agor gyda Daybook (“Agor pecyn tystiolaeth”).</translation>
    </message>
    <message>
        <source>Your check code</source>
        <translation>Eich cod gwirio</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Technical details of the pack</source>
        <translation>Manylion technegol y pecyn</translation>
    </message>
    <message>
        <source>Your Daybook signs every pack it makes. Its check code is {code}: give this code to whoever receives a pack, separately from the pack, so they can see it came from you.</source>
        <translation>Mae eich Daybook yn llofnodi pob pecyn y mae&apos;n ei wneud. Ei god gwirio yw {code}: rhowch y cod hwn i bwy bynnag sy&apos;n derbyn pecyn, ar wahân i&apos;r pecyn, fel y gallant weld iddo ddod oddi wrthych chi.</translation>
    </message>
    <message>
        <source>Counting their messages that are not part of any entry…</source>
        <translation>Wrthi&apos;n cyfrif eu negeseuon nad ydynt yn rhan o unrhyw gofnod…</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} a {last}</translation>
    </message>
    <message>
        <source>Add the &amp;message that is not part of any entry, as an appendix</source>
        <translation>&amp;Ychwanegu&apos;r neges nad yw&apos;n rhan o unrhyw gofnod, fel atodiad</translation>
    </message>
    <message>
        <source>Add the {n} &amp;messages that are not part of any entry, as an appendix</source>
        <translation>&amp;Ychwanegu&apos;r {n} neges nad ydynt yn rhan o unrhyw gofnod, fel atodiad</translation>
    </message>
    <message>
        <source>1 message from {people} is not part of any entry.</source>
        <translation>Mae 1 neges gan {people} nad yw&apos;n rhan o unrhyw gofnod.</translation>
    </message>
    <message>
        <source>{n} messages from {people} are not part of any entry.</source>
        <translation>Mae {n} neges gan {people} nad ydynt yn rhan o unrhyw gofnod.</translation>
    </message>
    <message>
        <source>As there are 500 or more, they are left out unless you tick the box: the pack says so on its cover, and they stay in your diary.</source>
        <translation>Gan fod 500 neu fwy, cânt eu gadael allan oni bai eich bod yn ticio&apos;r blwch: mae&apos;r pecyn yn dweud hynny ar ei glawr, ac maen nhw&apos;n aros yn eich dyddiadur.</translation>
    </message>
    <message>
        <source>The appendix goes at the end of the pack, with its own page numbers. Untick the box to leave it out: the pack then says so on its cover.</source>
        <translation>Mae&apos;r atodiad yn mynd ar ddiwedd y pecyn, gyda&apos;i rifau tudalen ei hun. Dad-diciwch y blwch i&apos;w adael allan: bydd y pecyn wedyn yn dweud hynny ar ei glawr.</translation>
    </message>
    <message>
        <source>court bundle</source>
        <translation>bwndel llys</translation>
    </message>
    <message>
        <source>full copy, with folders for a police upload,</source>
        <translation>copi llawn (gyda ffolderi i&apos;w huwchlwytho i&apos;r heddlu)</translation>
    </message>
    <message>
        <source>This {copy}, an update to the pack {id}, will hold:</source>
        <translation>Bydd y {copy} hwn, sy&apos;n diweddaru&apos;r pecyn {id}, yn cynnwys:</translation>
    </message>
    <message>
        <source>New or changed entries, in full: {n}</source>
        <translation>Cofnodion newydd neu wedi&apos;u newid, yn llawn: {n}</translation>
    </message>
    <message>
        <source>Messages not part of any entry, in an appendix: {n}</source>
        <translation>Negeseuon nad ydynt yn rhan o unrhyw gofnod, mewn atodiad: {n}</translation>
    </message>
    <message>
        <source>Unchanged entries, listed with a code that proves it: {n}</source>
        <translation>Cofnodion heb eu newid, wedi&apos;u rhestru gyda chod sy&apos;n profi hynny: {n}</translation>
    </message>
    <message>
        <source>&amp;Save into</source>
        <translation>Cadw yn y &amp;ffolder</translation>
    </message>
    <message>
        <source>The folder to save the upload into</source>
        <translation>Y ffolder i gadw&apos;r uwchlwythiad ynddo</translation>
    </message>
    <message>
        <source>Choose the folder to save the upload into</source>
        <translation>Dewis y ffolder i gadw&apos;r uwchlwythiad ynddo</translation>
    </message>
    <message>
        <source>Give this check code to your advocate or officer separately from the pack: read it out, write it on a card or send it by text. When they open the pack in Daybook, it shows the check code of the Daybook that signed it. If the two codes are the same and the pack checks out, it came from your Daybook and nothing in it has changed.</source>
        <translation>Rhowch y cod gwirio hwn i&apos;ch eiriolwr neu&apos;ch swyddog ar wahân i&apos;r pecyn: ei ddarllen yn uchel, ei ysgrifennu ar gerdyn neu ei anfon mewn neges destun. Pan fyddant yn agor y pecyn yn Daybook, mae&apos;n dangos cod gwirio&apos;r Daybook a&apos;i llofnododd. Os yw&apos;r ddau god yr un fath a&apos;r pecyn yn gwirio&apos;n gywir, daeth o&apos;ch Daybook chi ac nid oes dim ynddo wedi newid.</translation>
    </message>
    <message>
        <source>The pack is locked with the passphrase you chose: tell it to them separately too.</source>
        <translation>Mae&apos;r pecyn wedi&apos;i gloi â&apos;r cyfrinymadrodd a ddewisoch: dywedwch hwnnw wrthynt ar wahân hefyd.</translation>
    </message>
    <message>
        <source>Pack: {id}
Signing key fingerprint, for checking with standard tools (ssh-keygen -l): {fp}</source>
        <translation>Pecyn: {id}
Ôl bys yr allwedd lofnodi, i&apos;w wirio gydag offer safonol (ssh-keygen -l): {fp}</translation>
    </message>
    <message>
        <source>Passphrase for the pac&amp;k</source>
        <translation>Cyfrinymadrodd ar gyfer y pec&amp;yn</translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Use a different passphrase from your diary&apos;s. Tell it to the person you give the pack to separately, for example by phone, never in the same email. They can open it with Daybook or the standard &apos;age&apos; tool.</source>
        <translation type="vanished">Defnyddiwch gyfrinymadrodd gwahanol i un eich dyddiadur. Dywedwch ef wrth y person y rhowch y pecyn iddo ar wahân, er enghraifft dros y ffôn, byth yn yr un e-bost. Gallant ei agor gyda Daybook neu&apos;r offeryn safonol &apos;age&apos;.</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Yn gwneud y pecyn…</translation>
    </message>
    <message>
        <source>Making the pack</source>
        <translation>Yn gwneud y pecyn</translation>
    </message>
    <message>
        <source>The pack is made</source>
        <translation>Mae&apos;r pecyn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="vanished">Ôl bys yr allwedd lofnodi</translation>
    </message>
    <message>
        <source>What to tell your advocate</source>
        <translation>Beth i&apos;w ddweud wrth eich eiriolwr</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="vanished">Ôl bys eich allwedd lofnodi</translation>
    </message>
    <message>
        <source>Your packs are signed with the key {key}. Whoever receives one can check that it shows this same fingerprint.</source>
        <translation type="vanished">Caiff eich pecynnau eu llofnodi â&apos;r allwedd {key}. Gall pwy bynnag sy&apos;n derbyn un wirio ei fod yn dangos yr un ôl bys hwn.</translation>
    </message>
    <message>
        <source>&amp;Make the pack</source>
        <translation>&amp;Gwneud y pecyn</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>G&amp;orffen</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Gwneud y pecyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Make an evidence pack: what to include</source>
        <translation>Gwneud pecyn tystiolaeth: beth i&apos;w gynnwys</translation>
    </message>
    <message>
        <source>Make an evidence pack: what it will hold</source>
        <translation>Gwneud pecyn tystiolaeth: beth fydd ynddo</translation>
    </message>
    <message>
        <source>Make an evidence pack: where to save it</source>
        <translation>Gwneud pecyn tystiolaeth: ble i&apos;w gadw</translation>
    </message>
    <message>
        <source>Making the evidence pack</source>
        <translation>Yn gwneud y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Your evidence pack is ready</source>
        <translation>Mae eich pecyn tystiolaeth yn barod</translation>
    </message>
    <message>
        <source>The first day is after the last day. Please check them.</source>
        <translation>Mae&apos;r diwrnod cyntaf ar ôl y diwrnod olaf. Gwiriwch nhw.</translation>
    </message>
    <message>
        <source>Please write the numbers of the entries to include.</source>
        <translation>Ysgrifennwch rifau&apos;r cofnodion i&apos;w cynnwys.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>o {first} i {last}</translation>
    </message>
    <message>
        <source>This {copy} will hold:</source>
        <translation>Bydd y {copy} hwn yn cynnwys:</translation>
    </message>
    <message>
        <source>court copy</source>
        <translation>copi llys</translation>
    </message>
    <message>
        <source>full copy</source>
        <translation>copi llawn</translation>
    </message>
    <message>
        <source>Entries: {n} {period}</source>
        <translation>Cofnodion: {n} {period}</translation>
    </message>
    <message>
        <source>Photos and files: {n}</source>
        <translation>Lluniau a ffeiliau: {n}</translation>
    </message>
    <message>
        <source>Messages linked to those entries: {n}</source>
        <translation>Negeseuon wedi&apos;u cysylltu â&apos;r cofnodion hynny: {n}</translation>
    </message>
    <message>
        <source>Your private notes, as you chose</source>
        <translation>Eich nodiadau preifat, fel y dewisoch</translation>
    </message>
    <message>
        <source>Any location or other hidden details inside the photo or video</source>
        <translation>Unrhyw leoliad neu fanylion cudd eraill y tu mewn i&apos;r llun neu&apos;r fideo</translation>
    </message>
    <message>
        <source>Any location or other hidden details inside the {n} photos or videos</source>
        <translation>Unrhyw leoliad neu fanylion cudd eraill y tu mewn i&apos;r {n} llun neu fideo</translation>
    </message>
    <message>
        <source>Court copy: a photo that holds them is included as a copy without them; a video, which Daybook cannot clean, stays in the full copy only.</source>
        <translation>Copi&apos;r llys: caiff llun sy&apos;n eu cynnwys ei gynnwys fel copi hebddynt; mae fideo, na all Daybook ei lanhau, yn aros yn y copi llawn yn unig.</translation>
    </message>
    <message>
        <source>Save the evidence pack as</source>
        <translation>Cadw&apos;r pecyn tystiolaeth fel</translation>
    </message>
    <message>
        <source>Please choose where to save the pack.</source>
        <translation>Dewiswch ble i gadw&apos;r pecyn.</translation>
    </message>
    <message>
        <source>That folder does not exist. Please choose another place.</source>
        <translation>Nid yw&apos;r ffolder honno&apos;n bodoli. Dewiswch le arall.</translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name.</source>
        <translation>Mae ffeil o&apos;r enw {name} yno eisoes. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the pack.</source>
        <translation>Dewiswch gyfrinymadrodd ar gyfer y pecyn.</translation>
    </message>
    <message>
        <source>That passphrase could be guessed. The pack may travel by email or on a USB stick, where whoever finds it can keep trying: please make it a little longer or less predictable.</source>
        <translation>Gellid dyfalu&apos;r cyfrinymadrodd hwnnw. Gall y pecyn deithio drwy e-bost neu ar gof bach USB, lle gall pwy bynnag sy&apos;n dod o hyd iddo ddal ati i geisio: gwnewch ef ychydig yn hirach neu&apos;n llai rhagweladwy.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath eto.</translation>
    </message>
    <message>
        <source>Evidence pack {id} is saved as {path}.</source>
        <translation>Mae pecyn tystiolaeth {id} wedi&apos;i gadw fel {path}.</translation>
    </message>
    <message>
        <source>It says on its cover what it leaves out: {items}.</source>
        <translation>Mae&apos;n dweud ar ei glawr beth mae&apos;n ei adael allan: {items}.</translation>
    </message>
    <message>
        <source>When you hand it over, tell your advocate or officer this fingerprint, for example by phone, or let them see it here. It is also printed on the report&apos;s cover. They can check the pack in Daybook with &quot;Open an evidence pack&quot;, or with standard tools as its README.txt explains; the pack is genuine and unchanged only if it checks out and shows this same fingerprint.</source>
        <translation type="vanished">Pan fyddwch yn ei drosglwyddo, dywedwch yr ôl bys hwn wrth eich eiriolwr neu&apos;ch swyddog, er enghraifft dros y ffôn, neu gadewch iddynt ei weld yma. Caiff ei argraffu ar glawr yr adroddiad hefyd. Gallant wirio&apos;r pecyn yn Daybook gydag &quot;Agor pecyn tystiolaeth&quot;, neu gydag offer safonol fel mae ei README.txt yn esbonio; mae&apos;r pecyn yn ddilys ac heb ei newid dim ond os yw&apos;n gwirio&apos;n gywir ac yn dangos yr un ôl bys hwn.</translation>
    </message>
    <message>
        <source>The pack is locked with the passphrase you chose: tell it to them separately.</source>
        <translation type="vanished">Mae&apos;r pecyn wedi&apos;i gloi â&apos;r cyfrinymadrodd a ddewisoch: dywedwch ef wrthynt ar wahân.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Daybook</source>
        <translation>Croeso i Daybook</translation>
    </message>
    <message>
        <source>Daybook is a private diary. Use it to write down what happens to you, when and where, in your own words, as soon as you can after it happens.</source>
        <translation>Dyddiadur preifat yw Daybook. Defnyddiwch ef i ysgrifennu&apos;r hyn sy&apos;n digwydd i chi, pryd a ble, yn eich geiriau eich hun, cyn gynted ag y gallwch ar ôl iddo ddigwydd.</translation>
    </message>
    <message>
        <source>Everything you write, and every photo or file you add, is locked with a passphrase that only you know and kept on this computer only. Nothing is sent anywhere. Without the passphrase, nobody can read it.</source>
        <translation>Mae popeth a ysgrifennwch, a phob llun neu ffeil a ychwanegwch, wedi&apos;u cloi â chyfrinymadrodd sy&apos;n hysbys i chi yn unig, a&apos;u cadw ar y cyfrifiadur hwn yn unig. Nid anfonir dim i unman. Heb y cyfrinymadrodd, ni all neb eu darllen.</translation>
    </message>
    <message>
        <source>When you are ready, Daybook can put your entries together for a support worker or the police. You decide if and when.</source>
        <translation>Pan fyddwch yn barod, gall Daybook roi eich cofnodion at ei gilydd ar gyfer gweithiwr cymorth neu&apos;r heddlu. Chi sy&apos;n penderfynu a phryd.</translation>
    </message>
    <message>
        <source>If you need to leave quickly, press Esc twice or use the Quick exit button: Daybook closes at once and keeps what you were writing.</source>
        <translation type="vanished">Os oes angen i chi adael yn gyflym, pwyswch Esc ddwywaith neu defnyddiwch y botwm Gadael yn gyflym: mae Daybook yn cau ar unwaith ac yn cadw&apos;r hyn roeddech yn ei ysgrifennu.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
    <message>
        <source>Start setting up your diary</source>
        <translation>Dechrau sefydlu eich dyddiadur</translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation>Agor pecyn &amp;tystiolaeth a roddodd rhywun i chi…</translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation>Agor pecyn tystiolaeth a roddodd rhywun i chi</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Dewis eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>This opens your diary. Pick something you will remember but that the person you are writing about could not guess: not a name, birthday or pet.</source>
        <translation>Mae hwn yn agor eich dyddiadur. Dewiswch rywbeth y byddwch yn ei gofio ond na allai&apos;r person rydych chi&apos;n ysgrifennu amdano ei ddyfalu: nid enw, pen-blwydd nac anifail anwes.</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Eich llythrennau blaen</translation>
    </message>
    <message>
        <source>e.g. JS</source>
        <translation>e.e. JS</translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation>Eich &amp;llythrennau blaen</translation>
    </message>
    <message>
        <source>Used to label photos and files you add (JS1, JS2…), as the police do.</source>
        <translation>Fe&apos;u defnyddir i labelu lluniau a ffeiliau a ychwanegwch (JS1, JS2…), fel y mae&apos;r heddlu&apos;n ei wneud.</translation>
    </message>
    <message>
        <source>Setting up your diary</source>
        <translation>Yn sefydlu eich dyddiadur</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="vanished">Yn sefydlu…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Create my diary</source>
        <translation>Creu &amp;fy nyddiadur</translation>
    </message>
    <message>
        <source>Create my diary</source>
        <translation>Creu fy nyddiadur</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your diary. It is shown only this once.</source>
        <translation>Os byddwch byth yn anghofio&apos;ch cyfrinymadrodd, yr allwedd hon yw&apos;r unig ffordd yn ôl i&apos;ch dyddiadur. Fe&apos;i dangosir unwaith yn unig.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Write it on paper, or print it, and keep it somewhere safe away from this computer, where the person you are writing about cannot find it.</source>
        <translation>Ysgrifennwch ef ar bapur, neu ei argraffu, a&apos;i gadw yn rhywle diogel i ffwrdd o&apos;r cyfrifiadur hwn, lle na all y person rydych chi&apos;n ysgrifennu amdano ddod o hyd iddo.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Cadw&apos;r allwedd adfer mewn ffeil</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Rydw i wedi&apos;i &amp;ysgrifennu i lawr</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>Rydw i wedi ysgrifennu&apos;r allwedd adfer i lawr</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Nid oes modd argraffu ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>If you need to leave quickly, press Esc twice, or Ctrl+Q: Daybook closes at once and keeps what you were writing. Once your diary is open there is also a Quick exit button at the top of every page.</source>
        <translation>Os oes angen i chi adael yn gyflym, pwyswch Esc ddwywaith, neu Ctrl+Q: mae Daybook yn cau ar unwaith ac yn cadw&apos;r hyn roeddech yn ei ysgrifennu. Unwaith y bydd eich dyddiadur ar agor mae botwm Gadael yn gyflym ar frig pob tudalen hefyd.</translation>
    </message>
    <message>
        <source>&amp;Help and safety</source>
        <translation>&amp;Help a diogelwch</translation>
    </message>
    <message>
        <source>Help and safety: who to call</source>
        <translation>Help a diogelwch: pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <source>To go on, type your initials (one to four letters).</source>
        <translation>I barhau, teipiwch eich llythrennau blaen (un i bedair llythyren).</translation>
    </message>
    <message>
        <source>Setting up your diary. First Daybook measures how fast this computer is, to choose how strongly to lock it. This takes a few seconds.</source>
        <translation>Yn sefydlu eich dyddiadur. Yn gyntaf mae Daybook yn mesur pa mor gyflym yw&apos;r cyfrifiadur hwn, i ddewis pa mor gryf i&apos;w gloi. Mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Locking your new diary with your passphrase and making a recovery key…</source>
        <translation>Yn cloi eich dyddiadur newydd â&apos;ch cyfrinymadrodd ac yn gwneud allwedd adfer…</translation>
    </message>
    <message>
        <source>Recovery key

{key}
</source>
        <translation>Allwedd adfer

{key}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wedi&apos;i anfon i&apos;r argraffydd.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Cadw&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere safe, such as a USB stick you keep with you.</source>
        <translation>Wedi&apos;i gadw. Cadwch y ffeil honno yn rhywle diogel, fel cof bach USB rydych yn ei gadw gyda chi.</translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation>Gwirio eich allwedd adfer</translation>
    </message>
    <message>
        <source>To make sure it was written down correctly, type the last group of letters and numbers from your recovery key.</source>
        <translation>I wneud yn siŵr ei fod wedi&apos;i ysgrifennu&apos;n gywir, teipiwch y grŵp olaf o lythrennau a rhifau o&apos;ch allwedd adfer.</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Grŵp olaf yr allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Last group</source>
        <translation>Y grŵp &amp;olaf</translation>
    </message>
    <message>
        <source>Show the key &amp;again</source>
        <translation>Dangos yr allwedd &amp;eto</translation>
    </message>
    <message>
        <source>Show the recovery key again</source>
        <translation>Dangos yr allwedd adfer eto</translation>
    </message>
    <message>
        <source>&amp;Open my diary</source>
        <translation>&amp;Agor fy nyddiadur</translation>
    </message>
    <message>
        <source>Open my diary</source>
        <translation>Agor fy nyddiadur</translation>
    </message>
    <message>
        <source>That is not the same as the last group. Please look again.</source>
        <translation>Nid yw hynny yr un fath â&apos;r grŵp olaf. Edrychwch eto.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and safety</source>
        <translation>Help a diogelwch</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. If you cannot speak on a mobile, stay on the line: when a recorded message asks, press 55 and the police will ask questions you can answer by tapping or coughing. Pressing 55 does not tell them where you are.</source>
        <translation>Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch siarad ar ffôn symudol, arhoswch ar y llinell: pan fydd neges wedi&apos;i recordio yn gofyn, pwyswch 55 a bydd yr heddlu&apos;n gofyn cwestiynau y gallwch eu hateb drwy dapio neu besychu. Nid yw pwyso 55 yn dweud wrthynt ble rydych chi.</translation>
    </message>
    <message>
        <source>Your local services</source>
        <translation>Eich gwasanaethau lleol</translation>
    </message>
    <message>
        <source>You or your advocate can add a service near you, such as your area&apos;s stalking advocacy service. It is kept locked inside your diary.</source>
        <translation>Gallwch chi neu&apos;ch eiriolwr ychwanegu gwasanaeth yn agos atoch, fel gwasanaeth eiriolaeth stelcian eich ardal. Caiff ei gadw dan glo y tu mewn i&apos;ch dyddiadur.</translation>
    </message>
    <message>
        <source>The service&apos;s name</source>
        <translation>Enw&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>The service&apos;s phone number</source>
        <translation>Rhif ffôn y gwasanaeth</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation>Pan fydd ar agor</translation>
    </message>
    <message>
        <source>Notes about the service</source>
        <translation>Nodiadau am y gwasanaeth</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>En&amp;w</translation>
    </message>
    <message>
        <source>Phone n&amp;umber</source>
        <translation>Rhif &amp;ffôn</translation>
    </message>
    <message>
        <source>&amp;When it is open</source>
        <translation>&amp;Pan fydd ar agor</translation>
    </message>
    <message>
        <source>&amp;Add this service</source>
        <translation>Ychwanegu&apos;&amp;r gwasanaeth hwn</translation>
    </message>
    <message>
        <source>When it is ope&amp;n</source>
        <translation type="vanished">Pan fydd ar &amp;agor</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;odiadau</translation>
    </message>
    <message>
        <source>Add this ser&amp;vice</source>
        <translation type="vanished">Ychwanegu&apos;r gwasana&amp;eth hwn</translation>
    </message>
    <message>
        <source>Add this local service</source>
        <translation>Ychwanegu&apos;r gwasanaeth lleol hwn</translation>
    </message>
    <message>
        <source>Open your diary to see or add your local services and your safety plan.</source>
        <translation>Agorwch eich dyddiadur i weld neu ychwanegu eich gwasanaethau lleol a&apos;ch cynllun diogelwch.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Yn ôl i ble roeddech chi</translation>
    </message>
    <message>
        <source>Your safety &amp;plan</source>
        <translation>Eich cynllun &amp;diogelwch</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Agor eich cynllun diogelwch</translation>
    </message>
    <message>
        <source>The list of helplines could not be read.</source>
        <translation>Nid oedd modd darllen y rhestr o linellau cymorth.</translation>
    </message>
    <message>
        <source>Opening hours: ask when you call.</source>
        <translation>Oriau agor: gofynnwch pan fyddwch yn ffonio.</translation>
    </message>
    <message>
        <source>Number checked on {date} on the organisation&apos;s own website.</source>
        <translation>Gwiriwyd y rhif ar {date} ar wefan y sefydliad ei hun.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation>Testun y ffeil</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl and -)</source>
        <translation>Chwyddo allan (Ctrl a -)</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl and +)</source>
        <translation>Chwyddo i mewn (Ctrl a +)</translation>
    </message>
    <message>
        <source>&amp;Fit to the window</source>
        <translation>&amp;Ffitio i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Ffitio&apos;r llun i&apos;r ffenestr</translation>
    </message>
    <message>
        <source>Fit to the window (Ctrl and 0)</source>
        <translation>Ffitio i&apos;r ffenestr (Ctrl a 0)</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>&amp;Maint go iawn</translation>
    </message>
    <message>
        <source>Show the picture at its actual size</source>
        <translation>Dangos y llun yn ei faint go iawn</translation>
    </message>
    <message>
        <source>How large the picture is shown</source>
        <translation>Pa mor fawr y dangosir y llun</translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept safe.</source>
        <translation>Nid llun yw&apos;r ffeil hon, felly nid oes modd ei dangos yma. Caiff ei chadw&apos;n ddiogel.</translation>
    </message>
    <message>
        <source>Fitted to the window ({percent}%)</source>
        <translation>Wedi&apos;i ffitio i&apos;r ffenestr ({percent}%)</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>Maint go iawn (100%)</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Add messages from a phone or email</source>
        <translation>Ychwanegu negeseuon o ffôn neu e-bost</translation>
    </message>
    <message>
        <source>Choose the file you exported, or drop it here: a WhatsApp &quot;Export chat&quot; (.txt or .zip), an SMS Backup &amp; Restore file (.xml), emails (.eml or mbox), a Telegram export (result.json) or photos. Daybook shows you what it found before anything is added, and keeps the file itself, unchanged, as evidence.</source>
        <translation type="vanished">Dewiswch y ffeil a allforiwyd gennych, neu ei gollwng yma: &quot;Export chat&quot; WhatsApp (.txt neu .zip), ffeil SMS Backup &amp; Restore (.xml), e-byst (.eml neu mbox), allforiad Telegram (result.json) neu luniau. Mae Daybook yn dangos i chi beth a ddaeth o hyd iddo cyn ychwanegu dim, ac yn cadw&apos;r ffeil ei hun, heb ei newid, fel tystiolaeth.</translation>
    </message>
    <message>
        <source>Choose the file you exported, or drop it here: a WhatsApp &quot;Export chat&quot; (.txt or .zip), an SMS Backup &amp; Restore file (.xml), emails (.eml or mbox), a Telegram export (result.json), Facebook or Instagram messages (the .zip, or message_1.json), iPhone messages (chat.db or sms.db), photos, or a folder of screenshots. Signal cannot export chats: take screenshots instead. Daybook shows you what it found before anything is added, and keeps the file itself, unchanged, as evidence.</source>
        <translation>Dewiswch y ffeil a allforiwyd gennych, neu ei gollwng yma: &quot;Export chat&quot; WhatsApp (.txt neu .zip), ffeil SMS Backup &amp; Restore (.xml), e-byst (.eml neu mbox), allforiad Telegram (result.json), negeseuon Facebook neu Instagram (y .zip, neu message_1.json), negeseuon iPhone (chat.db neu sms.db), lluniau, neu ffolder o sgrinluniau. Ni all Signal allforio sgyrsiau: tynnwch sgrinluniau yn lle hynny. Mae Daybook yn dangos i chi beth a ddaeth o hyd iddo cyn ychwanegu dim, ac yn cadw&apos;r ffeil ei hun, heb ei newid, fel tystiolaeth.</translation>
    </message>
    <message>
        <source>How to get your messages out of an app</source>
        <translation>Sut i gael eich negeseuon allan o ap</translation>
    </message>
    <message>
        <source>Choose an app to see how…</source>
        <translation>Dewiswch ap i weld sut…</translation>
    </message>
    <message>
        <source>How to get your messages out</source>
        <translation>Sut i gael eich negeseuon allan</translation>
    </message>
    <message>
        <source>&amp;How do I get my messages out?</source>
        <translation>&amp;Sut ydw i&apos;n cael fy negeseuon allan?</translation>
    </message>
    <message>
        <source>Add a &amp;folder of screenshots…</source>
        <translation>Ychwanegu &amp;ffolder o sgrinluniau…</translation>
    </message>
    <message>
        <source>Choose a folder of screenshots to keep as evidence, grouped by day</source>
        <translation>Dewiswch ffolder o sgrinluniau i&apos;w cadw fel tystiolaeth, wedi&apos;u grwpio fesul diwrnod</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>&amp;Dewis ffeiliau…</translation>
    </message>
    <message>
        <source>Choose the exported files to add</source>
        <translation>Dewis y ffeiliau a allforiwyd i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation>Yn ôl i&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Yn darllen y ffeil</translation>
    </message>
    <message>
        <source>What Daybook found</source>
        <translation>Beth a ddaeth Daybook o hyd iddo</translation>
    </message>
    <message>
        <source>What Daybook found in the file</source>
        <translation>Beth a ddaeth Daybook o hyd iddo yn y ffeil</translation>
    </message>
    <message>
        <source>What Daybook could not read</source>
        <translation>Beth na allai Daybook ei ddarllen</translation>
    </message>
    <message>
        <source>The order your phone writes dates in</source>
        <translation>Y drefn y mae eich ffôn yn ysgrifennu dyddiadau ynddi</translation>
    </message>
    <message>
        <source>Day first, like 3/4/2024 for 3 April</source>
        <translation>Y diwrnod yn gyntaf, fel 3/4/2024 am 3 Ebrill</translation>
    </message>
    <message>
        <source>Month first, like 4/3/2024 for 3 April</source>
        <translation>Y mis yn gyntaf, fel 4/3/2024 am 3 Ebrill</translation>
    </message>
    <message>
        <source>Year first, like 2024/4/3</source>
        <translation>Y flwyddyn yn gyntaf, fel 2024/4/3</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Ysgrifennir dyddiadau</translation>
    </message>
    <message>
        <source>&amp;Read it again</source>
        <translation>&amp;Darllen eto</translation>
    </message>
    <message>
        <source>Read the file again with this date order</source>
        <translation>Darllen y ffeil eto gyda&apos;r drefn dyddiad hon</translation>
    </message>
    <message>
        <source>Which of them is the person doing this</source>
        <translation>Pa un ohonynt yw&apos;r person sy&apos;n gwneud hyn</translation>
    </message>
    <message>
        <source>Chats to add</source>
        <translation>Sgyrsiau i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>C&amp;hats to add</source>
        <translation>&amp;Sgyrsiau i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>&amp;Who is doing this?</source>
        <translation>&amp;Pwy sy&apos;n gwneud hyn?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <source>Do not add this file</source>
        <translation>Peidio ag ychwanegu&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Add them to my d&amp;iary</source>
        <translation>Eu hychwanegu at fy nydd&amp;iadur</translation>
    </message>
    <message>
        <source>Add these messages to my diary</source>
        <translation>Ychwanegu&apos;r negeseuon hyn at fy nyddiadur</translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation>Yn ychwanegu negeseuon…</translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation>Yn ychwanegu negeseuon</translation>
    </message>
    <message>
        <source>Suggested entries</source>
        <translation>Cofnodion a awgrymir</translation>
    </message>
    <message>
        <source>What was added</source>
        <translation>Beth a ychwanegwyd</translation>
    </message>
    <message>
        <source>Daybook grouped their messages and calls into one suggested entry a day. Add the ones that belong in your diary as they are, change them first, or leave them out. Messages you leave out stay in your messages either way.</source>
        <translation>Rhoddodd Daybook eu negeseuon a&apos;u galwadau mewn grwpiau, un cofnod a awgrymir y dydd. Ychwanegwch y rhai sy&apos;n perthyn i&apos;ch dyddiadur fel y maen nhw, eu newid yn gyntaf, neu eu gadael allan. Mae negeseuon a adewir allan yn aros yn eich negeseuon y naill ffordd neu&apos;r llall.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <source>Find in the suggested entries</source>
        <translation>Chwilio yn y cofnodion a awgrymwyd</translation>
    </message>
    <message>
        <source>Also show messages from files added &amp;before</source>
        <translation>&amp;Dangos hefyd negeseuon o ffeiliau a ychwanegwyd o&apos;r blaen</translation>
    </message>
    <message>
        <source>Also suggest entries from messages added before, not yet in an entry</source>
        <translation>Awgrymu hefyd gofnodion o negeseuon a ychwanegwyd o&apos;r blaen, nad ydynt mewn cofnod eto</translation>
    </message>
    <message>
        <source>Add as an &amp;entry</source>
        <translation>Ychwanegu &amp;fel cofnod</translation>
    </message>
    <message>
        <source>Add the chosen suggestion as an entry</source>
        <translation>Ychwanegu&apos;r awgrym a ddewiswyd fel cofnod</translation>
    </message>
    <message>
        <source>C&amp;hange it first…</source>
        <translation>Ei newid &amp;yn gyntaf…</translation>
    </message>
    <message>
        <source>Change the chosen suggestion, then add it</source>
        <translation>Newid yr awgrym a ddewiswyd, yna ei ychwanegu</translation>
    </message>
    <message>
        <source>Leave it &amp;out</source>
        <translation>Ei &amp;adael allan</translation>
    </message>
    <message>
        <source>Leave the chosen suggestion out</source>
        <translation>Gadael yr awgrym a ddewiswyd allan</translation>
    </message>
    <message>
        <source>Add an entry for each &amp;day of screenshots</source>
        <translation>Ychwanegu cofnod ar gyfer pob &amp;diwrnod o sgrinluniau</translation>
    </message>
    <message>
        <source>Add one entry for each day of the screenshots just added, with them linked</source>
        <translation>Ychwanegu un cofnod ar gyfer pob diwrnod o&apos;r sgrinluniau newydd eu hychwanegu, gyda nhw wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>G&amp;orffen</translation>
    </message>
    <message>
        <source>Finish and go back to the diary</source>
        <translation>Gorffen a mynd yn ôl i&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Choose the folder of screenshots</source>
        <translation>Dewis y ffolder o sgrinluniau</translation>
    </message>
    <message>
        <source>Keeping the pictures in {name}…</source>
        <translation>Yn cadw&apos;r lluniau yn {name}…</translation>
    </message>
    <message>
        <source>{name}: {kept} pictures kept, {already} were already in your diary.</source>
        <translation>{name}: cadwyd {kept} llun, roedd {already} yn eich dyddiadur eisoes.</translation>
    </message>
    <message>
        <source>Suggested entry: {what}.</source>
        <translation>Cofnod a awgrymir: {what}.</translation>
    </message>
    <message>
        <source>{n} files could not be read and were left out.</source>
        <translation>Nid oedd modd darllen {n} ffeil ac fe&apos;u gadawyd allan.</translation>
    </message>
    <message>
        <source>Added {numbers}, each with its screenshots linked.</source>
        <translation>Ychwanegwyd {numbers}, pob un gyda&apos;i sgrinluniau wedi&apos;u cysylltu.</translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation>Dewis y sgyrsiau, y copïau wrth gefn neu&apos;r e-byst a allforiwyd</translation>
    </message>
    <message>
        <source>The dates in this chat could be read day first or month first, and the file does not show which. Please choose the order your phone uses.</source>
        <translation>Gellid darllen y dyddiadau yn y sgwrs hon gyda&apos;r diwrnod yn gyntaf neu&apos;r mis yn gyntaf, ac nid yw&apos;r ffeil yn dangos pa un. Dewiswch y drefn y mae eich ffôn yn ei defnyddio.</translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation>Ni ychwanegwyd dim ohono.</translation>
    </message>
    <message>
        <source>a WhatsApp chat</source>
        <translation>sgwrs WhatsApp</translation>
    </message>
    <message>
        <source>a text message backup</source>
        <translation>copi wrth gefn o negeseuon testun</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>log galwadau</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>a Telegram export</source>
        <translation>allforiad Telegram</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>llun</translation>
    </message>
    <message>
        <source>Facebook or Instagram messages</source>
        <translation>Negeseuon Facebook neu Instagram</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>blwch post</translation>
    </message>
    <message>
        <source>messages from an iPhone or Mac</source>
        <translation>negeseuon o iPhone neu Mac</translation>
    </message>
    <message>
        <source>This is {kind}.</source>
        <translation>{kind} yw hwn.</translation>
    </message>
    <message>
        <source>{messages} messages and {calls} calls</source>
        <translation>{messages} neges a {calls} galwad</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 neges</translation>
    </message>
    <message>
        <source>{messages} messages</source>
        <translation>{messages} neges</translation>
    </message>
    <message>
        <source>, from {first} to {last}.</source>
        <translation>, o {first} i {last}.</translation>
    </message>
    <message>
        <source>In it: {names}.</source>
        <translation>Ynddo: {names}.</translation>
    </message>
    <message>
        <source>The file is damaged: {what}. Everything before that can be added.</source>
        <translation>Mae&apos;r ffeil wedi&apos;i difrodi: {what}. Gellir ychwanegu popeth cyn hynny.</translation>
    </message>
    <message>
        <source>{n} parts could not be understood and will be left out ({shown}{more}).</source>
        <translation>Nid oedd modd deall {n} rhan a chânt eu gadael allan ({shown}{more}).</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> a {n} yn rhagor</translation>
    </message>
    <message>
        <source>None of them, or I&apos;m not sure</source>
        <translation>Dim un ohonynt, neu dydw i ddim yn siŵr</translation>
    </message>
    <message>
        <source>There are no messages in this file to add.</source>
        <translation>Nid oes negeseuon yn y ffeil hon i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Taken {when} (from {source}).</source>
        <translation>Wedi&apos;i dynnu {when} (o {source}).</translation>
    </message>
    <message>
        <source>Taken {when}.</source>
        <translation>Wedi&apos;i dynnu {when}.</translation>
    </message>
    <message>
        <source>It does not say when it was taken.</source>
        <translation>Nid yw&apos;n dweud pryd y&apos;i tynnwyd.</translation>
    </message>
    <message>
        <source>A program last saved the file {when}; that is not when it was taken.</source>
        <translation>Cadwodd rhaglen y ffeil ddiwethaf {when}; nid dyna pryd y&apos;i tynnwyd.</translation>
    </message>
    <message>
        <source>Taken with {device}.</source>
        <translation>Wedi&apos;i dynnu gyda {device}.</translation>
    </message>
    <message>
        <source>It records where it was taken.</source>
        <translation>Mae&apos;n cofnodi ble y&apos;i tynnwyd.</translation>
    </message>
    <message>
        <source>Adding it keeps it, unchanged, as evidence; entries from the same day are suggested for it.</source>
        <translation>Mae ei ychwanegu yn ei gadw, heb ei newid, fel tystiolaeth; awgrymir cofnodion o&apos;r un diwrnod ar ei gyfer.</translation>
    </message>
    <message>
        <source>Not needed for a photo</source>
        <translation>Dim angen ar gyfer llun</translation>
    </message>
    <message>
        <source>Please tick at least one chat to add.</source>
        <translation>Ticiwch o leiaf un sgwrs i&apos;w hychwanegu.</translation>
    </message>
    <message>
        <source>Adding messages from {name}…</source>
        <translation>Yn ychwanegu negeseuon o {name}…</translation>
    </message>
    <message>
        <source>{name}: {added} messages and calls added, {already} were already in your diary; the file is kept as {ref}.</source>
        <translation>{name}: ychwanegwyd {added} o negeseuon a galwadau, roedd {already} yn eich dyddiadur eisoes; cedwir y ffeil fel {ref}.</translation>
    </message>
    <message>
        <source>{name}: kept as {ref}.</source>
        <translation>{name}: wedi&apos;i gadw fel {ref}.</translation>
    </message>
    <message>
        <source>{name} was already in your diary, as {ref}.</source>
        <translation>Roedd {name} yn eich dyddiadur eisoes, fel {ref}.</translation>
    </message>
    <message>
        <source>Entries from the same day: {numbers}. You can link it to one of them.</source>
        <translation>Cofnodion o&apos;r un diwrnod: {numbers}. Gallwch ei gysylltu ag un ohonynt.</translation>
    </message>
    <message>
        <source>{n} parts could not be read and were left out.</source>
        <translation>Nid oedd modd darllen {n} rhan ac fe&apos;u gadawyd allan.</translation>
    </message>
    <message>
        <source>There are no suggested entries to look at.</source>
        <translation>Nid oes cofnodion a awgrymir i edrych arnynt.</translation>
    </message>
    <message>
        <source>Choose who is doing this when you add their messages, and Daybook will suggest entries from them.</source>
        <translation>Dewiswch pwy sy&apos;n gwneud hyn pan fyddwch yn ychwanegu eu negeseuon, a bydd Daybook yn awgrymu cofnodion ohonynt.</translation>
    </message>
    <message>
        <source>Choose a suggested entry first.</source>
        <translation>Dewiswch gofnod a awgrymwyd yn gyntaf.</translation>
    </message>
    <message>
        <source>Added as {number}, with its {n} messages linked.</source>
        <translation>Ychwanegwyd fel {number}, gyda&apos;i {n} neges wedi&apos;u cysylltu.</translation>
    </message>
    <message>
        <source>Left out. Those messages are still in your messages.</source>
        <translation>Wedi&apos;i adael allan. Mae&apos;r negeseuon hynny yn eich negeseuon o hyd.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <source>Write what you can; you can come back and add more later. Everything is kept safe as you type.</source>
        <translation>Ysgrifennwch yr hyn a allwch; gallwch ddod yn ôl ac ychwanegu rhagor yn nes ymlaen. Caiff popeth ei gadw&apos;n ddiogel wrth i chi deipio.</translation>
    </message>
    <message>
        <source>The entry&apos;s details</source>
        <translation>Manylion y cofnod</translation>
    </message>
    <message>
        <source>&amp;Discard this entry</source>
        <translation>&amp;Taflu&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation>Taflu&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>C&amp;lose (keep as draft)</source>
        <translation type="vanished">&amp;Cau (cadw fel drafft)</translation>
    </message>
    <message>
        <source>Close and keep what I wrote as a draft</source>
        <translation>Cau a chadw&apos;r hyn a ysgrifennais fel drafft</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>C&amp;adw</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Cadw&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Cadw (Ctrl+S)</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Pryd ddigwyddodd?</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd ddigwyddodd</translation>
    </message>
    <message>
        <source>How sure you are of the time</source>
        <translation>Pa mor siŵr ydych chi o&apos;r amser</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>Parhaodd tan</translation>
    </message>
    <message>
        <source>It went on for a while</source>
        <translation>Parhaodd am sbel</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>Pryd y daeth i ben</translation>
    </message>
    <message>
        <source>It happened earlier: I am writing this later</source>
        <translation>Digwyddodd yn gynharach: rwy&apos;n ysgrifennu hwn yn ddiweddarach</translation>
    </message>
    <message>
        <source>I am writing this later</source>
        <translation>Rwy&apos;n ysgrifennu hwn yn ddiweddarach</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="vanished">&amp;Dechreuodd</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>What happened? Write it as you remember it, in your own words: what they did, what you did, and how it ended.</source>
        <translation>Beth ddigwyddodd? Ysgrifennwch ef fel rydych chi&apos;n ei gofio, yn eich geiriau eich hun: beth wnaethon nhw, beth wnaethoch chi, a sut y daeth i ben.</translation>
    </message>
    <message>
        <source>Their exact words</source>
        <translation>Eu hunion eiriau</translation>
    </message>
    <message>
        <source>What did they do or say? Use their exact words if you can.</source>
        <translation>Beth wnaethon nhw neu beth ddywedon nhw? Defnyddiwch eu hunion eiriau os gallwch.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bygythiadau</translation>
    </message>
    <message>
        <source>Did they threaten you, or anyone else? Write down exactly what was said.</source>
        <translation>A wnaethon nhw eich bygwth chi, neu unrhyw un arall? Ysgrifennwch yn union beth a ddywedwyd.</translation>
    </message>
    <message>
        <source>In your &amp;words</source>
        <translation type="vanished">Yn eich &amp;geiriau chi</translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation type="vanished">Beth &amp;ddywedon nhw</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>Bygyt&amp;hiadau</translation>
    </message>
    <message>
        <source>What did they do?</source>
        <translation>Beth wnaethon nhw?</translation>
    </message>
    <message>
        <source>What they did: tick all that apply</source>
        <translation>Beth wnaethon nhw: ticiwch bob un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Tick all that &amp;apply</source>
        <translation type="vanished">Ticiwch bob un sy&apos;n &amp;berthnasol</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Pwy oedd yn gysylltiedig?</translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation>Enw&apos;r person a&apos;i gwnaeth</translation>
    </message>
    <message>
        <source>Their name, or how you know them</source>
        <translation>Eu henw, neu sut rydych chi&apos;n eu hadnabod</translation>
    </message>
    <message>
        <source>How you know it was them</source>
        <translation>Sut ydych chi&apos;n gwybod mai nhw oedd yno</translation>
    </message>
    <message>
        <source>People who did it</source>
        <translation>Pobl a&apos;i gwnaeth</translation>
    </message>
    <message>
        <source>Who &amp;did it?</source>
        <translation type="vanished">Pwy a&apos;i &amp;gwnaeth?</translation>
    </message>
    <message>
        <source>Witness name</source>
        <translation>Enw&apos;r tyst</translation>
    </message>
    <message>
        <source>Anyone who saw or heard it</source>
        <translation>Unrhyw un a&apos;i gwelodd neu a&apos;i clywodd</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Tystion</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation type="vanished">&amp;Tystion</translation>
    </message>
    <message>
        <source>Who you told</source>
        <translation>Pwy y dywedoch wrthynt</translation>
    </message>
    <message>
        <source>Did you tell anyone about it (a friend, family, work, a helpline)?</source>
        <translation>A ddywedoch chi wrth unrhyw un amdano (ffrind, teulu, gwaith, llinell gymorth)?</translation>
    </message>
    <message>
        <source>Who you &amp;told</source>
        <translation type="vanished">Pwy y &amp;dywedoch wrthynt</translation>
    </message>
    <message>
        <source>Where, or how did they get in touch?</source>
        <translation>Ble, neu sut y cysylltwyd â chi?</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Ble digwyddodd</translation>
    </message>
    <message>
        <source>e.g. outside work, Bus stop on King St</source>
        <translation>e.e. y tu allan i&apos;r gwaith, Safle bws ar King St</translation>
    </message>
    <message>
        <source>What kind of place</source>
        <translation>Pa fath o le</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="vanished">&amp;Ble</translation>
    </message>
    <message>
        <source>This is one of my own places (my home, work or children&apos;s school)</source>
        <translation>Mae hwn yn un o fy lleoedd fy hun (fy nghartref, fy ngwaith neu ysgol fy mhlant)</translation>
    </message>
    <message>
        <source>This place is private to me</source>
        <translation>Mae&apos;r lle hwn yn breifat i mi</translation>
    </message>
    <message>
        <source>Map position, if you know it</source>
        <translation>Safle ar y map, os ydych yn ei wybod</translation>
    </message>
    <message>
        <source>optional, e.g. 51.5074, -0.1278</source>
        <translation>dewisol, e.e. 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>&amp;Map position</source>
        <translation>Safle ar y &amp;map</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Sut y cysylltwyd â chi</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>Eu rhif neu eu cyfrif</translation>
    </message>
    <message>
        <source>The number, email or account they used</source>
        <translation>Y rhif, yr e-bost neu&apos;r cyfrif a ddefnyddiwyd ganddynt</translation>
    </message>
    <message>
        <source>&amp;Contact by</source>
        <translation>Cysy&amp;lltu drwy</translation>
    </message>
    <message>
        <source>How did it affect you?</source>
        <translation>Sut effeithiodd arnoch chi?</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Gwell gen i beidio â dweud</translation>
    </message>
    <message>
        <source>How frightened you were, from 0 to 10</source>
        <translation>Pa mor ofnus oeddech chi, o 0 i 10</translation>
    </message>
    <message>
        <source>How &amp;frightened were you? (0 to 10)</source>
        <translation>Pa mor ofnus oeddech chi? (&amp;0 i 10)</translation>
    </message>
    <message>
        <source>Effects on your daily life</source>
        <translation>Effeithiau ar eich bywyd bob dydd</translation>
    </message>
    <message>
        <source>Has it changed your &amp;daily life?</source>
        <translation type="vanished">A yw wedi newid eich bywyd &amp;bob dydd?</translation>
    </message>
    <message>
        <source>More about how it affected you</source>
        <translation>Rhagor am sut effeithiodd arnoch chi</translation>
    </message>
    <message>
        <source>Anything else about how this has affected you or the people close to you.</source>
        <translation>Unrhyw beth arall am sut mae hyn wedi effeithio arnoch chi neu&apos;r bobl agos atoch.</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="vanished">&amp;Rhagor</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ei ddweud</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oedd</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac oedd</translation>
    </message>
    <message>
        <source>Had they been told to stop, by you or someone else?</source>
        <translation>A oedd wedi cael ei ddweud wrthynt am roi&apos;r gorau iddi, gennych chi neu rywun arall?</translation>
    </message>
    <message>
        <source>&amp;Told to stop before?</source>
        <translation type="vanished">Dweud wrthynt am roi&apos;r gorau iddi o&apos;r &amp;blaen?</translation>
    </message>
    <message>
        <source>They had been told to stop (by me or someone else)</source>
        <translation type="vanished">Roedd wedi cael ei ddweud wrthynt am roi&apos;r gorau iddi (gennyf i neu rywun arall)</translation>
    </message>
    <message>
        <source>They had been told to stop</source>
        <translation type="vanished">Roedd wedi cael ei ddweud wrthynt am roi&apos;r gorau iddi</translation>
    </message>
    <message>
        <source>Reports and orders</source>
        <translation>Adroddiadau a gorchmynion</translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation>Pwy y rhoesoch wybod iddynt</translation>
    </message>
    <message>
        <source>e.g. Police, 101</source>
        <translation>e.e. yr Heddlu, 101</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Dyddiad rhoi gwybod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Rhif cyfeirnod</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Enw&apos;r swyddog</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Swyddog</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Adroddiadau a wnaed</translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation>Rhoi gwybod &amp;i&apos;r awdurdod</translation>
    </message>
    <message>
        <source>Order or bail condition broken</source>
        <translation>Gorchymyn neu amod mechnïaeth a dorrwyd</translation>
    </message>
    <message>
        <source>If this broke a court order or bail condition, which one?</source>
        <translation>Os torrodd hyn orchymyn llys neu amod mechnïaeth, pa un?</translation>
    </message>
    <message>
        <source>Which condition</source>
        <translation>Pa amod</translation>
    </message>
    <message>
        <source>Which condition, in its own words if you have them</source>
        <translation>Pa amod, yn ei eiriau ei hun os oes gennych nhw</translation>
    </message>
    <message>
        <source>&amp;Order broken</source>
        <translation type="vanished">Gorchymyn a &amp;dorrwyd</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation type="vanished">A&amp;mod</translation>
    </message>
    <message>
        <source>Photos, screenshots and files</source>
        <translation>Lluniau, sgrinluniau a ffeiliau</translation>
    </message>
    <message>
        <source>Files to add to this entry</source>
        <translation>Ffeiliau i&apos;w hychwanegu at y cofnod hwn</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="vanished">Ychwanegu &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>&amp;Close (keep as draft)</source>
        <translation type="vanished">&amp;Cau (cadw fel drafft)</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation type="vanished">&amp;Dechreuodd</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation type="vanished">Yn eich &amp;geiriau chi</translation>
    </message>
    <message>
        <source>What the&amp;y said</source>
        <translation>Beth &amp;ddywedon nhw</translation>
    </message>
    <message>
        <source>Tic&amp;k all that apply</source>
        <translation>Ticiwch bob &amp;un sy&apos;n berthnasol</translation>
    </message>
    <message>
        <source>Wh&amp;o did it?</source>
        <translation>&amp;Pwy a&apos;i gwnaeth?</translation>
    </message>
    <message>
        <source>Witn&amp;esses</source>
        <translation type="vanished">&amp;Tystion</translation>
    </message>
    <message>
        <source>Who yo&amp;u told</source>
        <translation type="vanished">Pwy y &amp;dywedoch wrthynt</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation type="vanished">&amp;Cysylltu drwy</translation>
    </message>
    <message>
        <source>&amp;Has it changed your daily life?</source>
        <translation>A yw &amp;wedi newid eich bywyd bob dydd?</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Rhagor</translation>
    </message>
    <message>
        <source>Told to stop before?</source>
        <translation>Dweud wrthynt am roi&apos;r gorau iddi o&apos;r blaen?</translation>
    </message>
    <message>
        <source>Re&amp;ported to</source>
        <translation type="vanished">Rhoi gwybod i&apos;r &amp;awdurdod</translation>
    </message>
    <message>
        <source>Close (kee&amp;p as draft)</source>
        <translation>&amp;Cau (cadw fel drafft)</translation>
    </message>
    <message>
        <source>Start&amp;ed</source>
        <translation>Dechreu&amp;odd</translation>
    </message>
    <message>
        <source>In yo&amp;ur words</source>
        <translation>&amp;Yn eich geiriau chi</translation>
    </message>
    <message>
        <source>W&amp;itnesses</source>
        <translation>Ty&amp;stion</translation>
    </message>
    <message>
        <source>&amp;Broke a condition</source>
        <translation>Tor&amp;rodd amod</translation>
    </message>
    <message>
        <source>Order broken</source>
        <translation>Gorchymyn a dorrwyd</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Amod</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ychwanegu &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>Choose photos or files to add</source>
        <translation>Dewiswch luniau neu ffeiliau i&apos;w hychwanegu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen file from this entry</source>
        <translation>Tynnu&apos;r ffeil a ddewiswyd o&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Drag photos or files here, or choose them. A copy is locked inside your diary; the original stays where it is.</source>
        <translation>Llusgwch luniau neu ffeiliau yma, neu eu dewis. Caiff copi ei gloi y tu mewn i&apos;ch dyddiadur; mae&apos;r gwreiddiol yn aros lle y mae.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nodyn preifat</translation>
    </message>
    <message>
        <source>Just for you: never put in anything you share unless you choose to include it.</source>
        <translation>I chi yn unig: ni chaiff byth ei roi mewn dim a rannwch oni bai eich bod yn dewis ei gynnwys.</translation>
    </message>
    <message>
        <source>New entry: {what}</source>
        <translation>Cofnod newydd: {what}</translation>
    </message>
    <message>
        <source>&amp;Discard these changes</source>
        <translation>&amp;Taflu&apos;r newidiadau hyn</translation>
    </message>
    <message>
        <source>Discard these changes</source>
        <translation>Taflu&apos;r newidiadau hyn</translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation>Newid {number}</translation>
    </message>
    <message>
        <source>Saving makes a new version. The earlier one is kept, with its time.</source>
        <translation>Mae cadw yn gwneud fersiwn newydd. Cedwir yr un gynharach, gyda&apos;i hamser.</translation>
    </message>
    <message>
        <source>Carrying on from where you left off.</source>
        <translation>Yn parhau o ble y gadawoch chi.</translation>
    </message>
    <message>
        <source>Kept safe at {time}.</source>
        <translation>Wedi&apos;i gadw&apos;n ddiogel am {time}.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Throw away the changes you made here? The entry stays as it was saved.</source>
        <translation>Taflu&apos;r newidiadau a wnaethoch yma? Mae&apos;r cofnod yn aros fel y&apos;i cadwyd.</translation>
    </message>
    <message>
        <source>Throw away what you have written here? This cannot be undone.</source>
        <translation>Taflu&apos;r hyn rydych wedi&apos;i ysgrifennu yma? Nid oes modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Ychwanegu lluniau neu ffeiliau</translation>
    </message>
    <message>
        <source>The map position should be two numbers, like 51.5074, -0.1278.</source>
        <translation>Dylai safle&apos;r map fod yn ddau rif, fel 51.5074, -0.1278.</translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation>Ysgrifennwch ychydig eiriau am yr hyn a ddigwyddodd, neu ticiwch beth wnaethon nhw.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Pa amser?</translation>
    </message>
    <message>
        <source>The first, {time}</source>
        <translation>Y cyntaf, {time}</translation>
    </message>
    <message>
        <source>The second, {time}</source>
        <translation>Yr ail, {time}</translation>
    </message>
    <message>
        <source>Adding files… {percent}%</source>
        <translation>Yn ychwanegu ffeiliau… {percent}%</translation>
    </message>
    <message>
        <source>Not saved yet. What you wrote is kept as a draft.</source>
        <translation>Heb ei gadw eto. Cedwir yr hyn a ysgrifennoch fel drafft.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>&amp;Back to the diary</source>
        <translation>Yn ôl &amp;i&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation>Yn ôl i&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Change this entry</source>
        <translation>Newid y cofnod &amp;hwn</translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation>Newid y cofnod hwn</translation>
    </message>
    <message>
        <source>Change this entry (Ctrl+E)</source>
        <translation>Newid y cofnod hwn (Ctrl+E)</translation>
    </message>
    <message>
        <source>The full entry</source>
        <translation>Y cofnod llawn</translation>
    </message>
    <message>
        <source>Photos and files in this entry</source>
        <translation>Lluniau a ffeiliau yn y cofnod hwn</translation>
    </message>
    <message>
        <source>A note to add to this entry</source>
        <translation>Nodyn i&apos;w ychwanegu at y cofnod hwn</translation>
    </message>
    <message>
        <source>Remembered something else, or something happened because of this? Add a note: it is kept with today&apos;s date, and the entry stays as it was.</source>
        <translation>Wedi cofio rhywbeth arall, neu digwyddodd rhywbeth o ganlyniad i hyn? Ychwanegwch nodyn: caiff ei gadw gyda dyddiad heddiw, ac mae&apos;r cofnod yn aros fel yr oedd.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ychwanegu nodyn</translation>
    </message>
    <message>
        <source>Add the note to this entry</source>
        <translation>Ychwanegu&apos;r nodyn at y cofnod hwn</translation>
    </message>
    <message>
        <source>The note you had started is still here, below.</source>
        <translation>Mae&apos;r nodyn roeddech wedi&apos;i ddechrau yma o hyd, isod.</translation>
    </message>
    <message>
        <source>Your note was added, with today&apos;s date.</source>
        <translation>Ychwanegwyd eich nodyn, gyda dyddiad heddiw.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
</context>
<context>
    <name>ListPicker</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Ychwanegu at {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Tynnu o {name}</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Search messages</source>
        <translation>Chwilio negeseuon</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Chwilio negeseuon…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Negeseuon</translation>
    </message>
    <message>
        <source>Entry number to link the chosen messages to</source>
        <translation>Rhif y cofnod i gysylltu&apos;r negeseuon a ddewiswyd ag ef</translation>
    </message>
    <message>
        <source>Entry number, e.g. INC-0012</source>
        <translation>Rhif y cofnod, e.e. INC-0012</translation>
    </message>
    <message>
        <source>&amp;Link the chosen messages to this entry</source>
        <translation type="vanished">&amp;Cysylltu&apos;r negeseuon a ddewiswyd â&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Link &amp;the chosen messages to this entry</source>
        <translation>Cysylltu&apos;&amp;r negeseuon a ddewiswyd â&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Link the chosen messages to the entry</source>
        <translation>Cysylltu&apos;r negeseuon a ddewiswyd â&apos;r cofnod</translation>
    </message>
    <message>
        <source>No messages yet. Messages you import from your phone or email appear here.</source>
        <translation>Dim negeseuon eto. Mae negeseuon a fewnforiwch o&apos;ch ffôn neu e-bost yn ymddangos yma.</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation>&amp;Ychwanegu negeseuon o ffôn neu e-bost…</translation>
    </message>
    <message>
        <source>Add messages from a chat export, phone backup or email</source>
        <translation>Ychwanegu negeseuon o allforiad sgwrs, copi wrth gefn ffôn neu e-bost</translation>
    </message>
    <message>
        <source>Whose messages these are</source>
        <translation>Negeseuon pwy yw&apos;r rhain</translation>
    </message>
    <message>
        <source>Whose messages? (optional)</source>
        <translation>Negeseuon pwy? (dewisol)</translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation>Yn ychwanegu negeseuon</translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation>Dewis y sgyrsiau, y copïau wrth gefn neu&apos;r e-byst a allforiwyd</translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation>Yn ychwanegu negeseuon…</translation>
    </message>
    <message>
        <source>{name}: not added. {why}</source>
        <translation>{name}: heb ei ychwanegu. {why}</translation>
    </message>
    <message>
        <source>{name}: {added} added, {already} already in your diary; kept as {ref}.</source>
        <translation>{name}: {added} wedi&apos;u hychwanegu, {already} yn eich dyddiadur eisoes; wedi&apos;i gadw fel {ref}.</translation>
    </message>
    <message>
        <source>Choose one or more messages first.</source>
        <translation>Dewiswch un neges neu fwy yn gyntaf.</translation>
    </message>
    <message>
        <source>{n} messages linked to {number}; they show in that entry.</source>
        <translation>{n} neges wedi&apos;u cysylltu â {number}; maen nhw&apos;n dangos yn y cofnod hwnnw.</translation>
    </message>
    <message>
        <source>1 message linked to {number}; it shows in that entry.</source>
        <translation>1 neges wedi&apos;i chysylltu â {number}; mae&apos;n dangos yn y cofnod hwnnw.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diystyru&apos;r neges hon</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Diystyru</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Find…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <source>Find in orders</source>
        <translation>Chwilio yn y gorchmynion</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Gorchmynion</translation>
    </message>
    <message>
        <source>The chosen order&apos;s conditions</source>
        <translation>Amodau&apos;r gorchymyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Reading your orders</source>
        <translation>Yn darllen eich gorchmynion</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>Yn cadw&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Math o orchymyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Court or police station</source>
        <translation>Llys neu orsaf heddlu</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>Dyddiad ei wneud</translation>
    </message>
    <message>
        <source>Date served</source>
        <translation>Dyddiad ei gyflwyno</translation>
    </message>
    <message>
        <source>Date it ends</source>
        <translation>Dyddiad y daw i ben</translation>
    </message>
    <message>
        <source>Date it ended</source>
        <translation>Dyddiad y daeth i ben</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Against whom</source>
        <translation>Yn erbyn pwy</translation>
    </message>
    <message>
        <source>A copy of the order, kept as an exhibit</source>
        <translation>Copi o&apos;r gorchymyn, wedi&apos;i gadw fel arddangosyn</translation>
    </message>
    <message>
        <source>Conditions, one on each line, in the order&apos;s own words</source>
        <translation>Amodau, un ar bob llinell, yng ngeiriau&apos;r gorchymyn ei hun</translation>
    </message>
    <message>
        <source>One condition on each line, numbered as in the order, e.g.
Not to contact the applicant by any means</source>
        <translation>Un amod ar bob llinell, wedi&apos;i rifo fel yn y gorchymyn, e.e.
Not to contact the applicant by any means</translation>
    </message>
    <message>
        <source>Add an order, or change the chosen one</source>
        <translation>Ychwanegu gorchymyn, neu newid yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Mat&amp;h</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Statws</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;Llys</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>&amp;Yn erbyn</translation>
    </message>
    <message>
        <source>Copy of &amp;the order</source>
        <translation>Cop&amp;i o&apos;r gorchymyn</translation>
    </message>
    <message>
        <source>Cond&amp;itions</source>
        <translation>&amp;Amodau</translation>
    </message>
    <message>
        <source>Ne&amp;w order</source>
        <translation>Gorchymyn &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new order</source>
        <translation>Dechrau gorchymyn newydd</translation>
    </message>
    <message>
        <source>Sav&amp;e order</source>
        <translation>Cadw&apos;&amp;r gorchymyn</translation>
    </message>
    <message>
        <source>Save this order</source>
        <translation>Cadw&apos;r gorchymyn hwn</translation>
    </message>
    <message>
        <source>Conditions and the entries that broke them</source>
        <translation>Amodau a&apos;r cofnodion a&apos;u torrodd</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Dim wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Sav&amp;e changes to {ref}</source>
        <translation>&amp;Cadw&apos;r newidiadau i {ref}</translation>
    </message>
    <message>
        <source>“{field}” is not a date Daybook can read; write it like 2024-03-01.</source>
        <translation>Nid yw “{field}” yn ddyddiad y gall Daybook ei ddarllen; ysgrifennwch ef fel 2024-03-01.</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="vanished">&amp;Cyfeirnod</translation>
    </message>
</context>
<context>
    <name>PackViewer</name>
    <message>
        <source>Open an evidence pack</source>
        <translation>Agor pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Choose an evidence pack made with Daybook (a .zip file, or .zip.age when it is locked with a passphrase). Daybook checks that nothing in it was changed after it was made, then lets you read it. Nothing is added to any diary.</source>
        <translation>Dewiswch becyn tystiolaeth a wnaed gyda Daybook (ffeil .zip, neu .zip.age pan fydd wedi&apos;i gloi â chyfrinymadrodd). Mae Daybook yn gwirio na newidiwyd dim ynddo ar ôl ei wneud, yna&apos;n gadael i chi ei ddarllen. Nid ychwanegir dim at unrhyw ddyddiadur.</translation>
    </message>
    <message>
        <source>&amp;Choose the pack…</source>
        <translation>&amp;Dewis y pecyn…</translation>
    </message>
    <message>
        <source>Choose the evidence pack to open</source>
        <translation>Dewis y pecyn tystiolaeth i&apos;w agor</translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase</source>
        <translation>Cyfrinymadrodd y pecyn</translation>
    </message>
    <message>
        <source>The pack&apos;s &amp;passphrase</source>
        <translation>&amp;Cyfrinymadrodd y pecyn</translation>
    </message>
    <message>
        <source>Check and &amp;open</source>
        <translation>Gwirio ac &amp;agor</translation>
    </message>
    <message>
        <source>Check the pack and open it</source>
        <translation>Gwirio&apos;r pecyn a&apos;i agor</translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation>Yn gwirio&apos;r pecyn</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Whether the pack is intact</source>
        <translation>A yw&apos;r pecyn yn gyfan</translation>
    </message>
    <message>
        <source>&amp;Close the pack</source>
        <translation>Cau&apos;r pec&amp;yn</translation>
    </message>
    <message>
        <source>Close the pack</source>
        <translation>Cau&apos;r pecyn</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Agor &amp;un arall…</translation>
    </message>
    <message>
        <source>Open another evidence pack</source>
        <translation>Agor pecyn tystiolaeth arall</translation>
    </message>
    <message>
        <source>Compare &amp;with an earlier pack…</source>
        <translation>Cymharu â &amp;phecyn cynharach…</translation>
    </message>
    <message>
        <source>Compare this pack with an earlier one from the same person</source>
        <translation>Cymharu&apos;r pecyn hwn ag un cynharach gan yr un person</translation>
    </message>
    <message>
        <source>Find in the chronology…</source>
        <translation>Chwilio yn y gronoleg…</translation>
    </message>
    <message>
        <source>Find in the chronology</source>
        <translation>Chwilio yn y gronoleg</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronoleg</translation>
    </message>
    <message>
        <source>What happened, in full</source>
        <translation>Beth ddigwyddodd, yn llawn</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full here.</source>
        <translation>Dewiswch gofnod i&apos;w ddarllen yn llawn yma.</translation>
    </message>
    <message>
        <source>Find an exhibit…</source>
        <translation>Dod o hyd i arddangosyn…</translation>
    </message>
    <message>
        <source>Find an exhibit</source>
        <translation>Dod o hyd i arddangosyn</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Arddangosion</translation>
    </message>
    <message>
        <source>The chosen exhibit</source>
        <translation>Yr arddangosyn a ddewiswyd</translation>
    </message>
    <message>
        <source>About the chosen exhibit</source>
        <translation>Am yr arddangosyn a ddewiswyd</translation>
    </message>
    <message>
        <source>Parts of the pack</source>
        <translation>Rhannau&apos;r pecyn</translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation>C&amp;ronoleg</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>&amp;Arddangosion</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Cym&amp;haru</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw</source>
        <translation>O&apos;i gymharu â&apos;r pecyn diwethaf a welsoch</translation>
    </message>
    <message>
        <source>Signed by the Daybook with the check code</source>
        <translation>Wedi&apos;i lofnodi gan y Daybook sydd â&apos;r cod gwirio</translation>
    </message>
    <message>
        <source>The check code of the key that signed the pack</source>
        <translation>Cod gwirio&apos;r allwedd a lofnododd y pecyn</translation>
    </message>
    <message>
        <source>A signature shows only which Daybook signed this pack, not who made it: anyone can make a pack with their own Daybook. Compare this code with the one the person gave you separately (read out, on a card or by text). If the two differ, this pack was not made with their Daybook.</source>
        <translation>Mae llofnod yn dangos dim ond pa Daybook a lofnododd y pecyn hwn, nid pwy a&apos;i gwnaeth: gall unrhyw un wneud pecyn gyda&apos;u Daybook eu hunain. Cymharwch y cod hwn â&apos;r un a roddodd y person i chi ar wahân (wedi&apos;i ddarllen yn uchel, ar gerdyn neu mewn neges destun). Os yw&apos;r ddau&apos;n wahanol, ni wnaed y pecyn hwn gyda&apos;u Daybook nhw.</translation>
    </message>
    <message>
        <source>The check code the person gave you</source>
        <translation>Y cod gwirio a roddodd y person i chi</translation>
    </message>
    <message>
        <source>Whether the codes match</source>
        <translation>A yw&apos;r codau&apos;n cyfateb</translation>
    </message>
    <message>
        <source>The code they &amp;gave you:</source>
        <translation>Y cod a roddon nhw &amp;i chi:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>Technical details of the pack</source>
        <translation>Manylion technegol y pecyn</translation>
    </message>
    <message>
        <source>Type all five groups of four letters and digits.</source>
        <translation>Teipiwch bob un o&apos;r pum grŵp o bedair llythyren a digid.</translation>
    </message>
    <message>
        <source>The codes match: this pack was signed by their Daybook.</source>
        <translation>Mae&apos;r codau&apos;n cyfateb: eu Daybook nhw a lofnododd y pecyn hwn.</translation>
    </message>
    <message>
        <source>The codes match, but the pack does not check out (see above), so this does not show that it comes from their Daybook unchanged.</source>
        <translation>Mae&apos;r codau&apos;n cyfateb, ond nid yw&apos;r pecyn yn gwirio&apos;n gywir (gweler uchod), felly nid yw hyn yn dangos ei fod yn dod o&apos;u Daybook nhw heb ei newid.</translation>
    </message>
    <message>
        <source>The codes differ: this pack was NOT signed by the Daybook whose code you were given. Do not rely on it; ask the person.</source>
        <translation>Mae&apos;r codau&apos;n wahanol: NID y Daybook y rhoddwyd ei god i chi a lofnododd y pecyn hwn. Peidiwch â dibynnu arno; gofynnwch i&apos;r person.</translation>
    </message>
    <message>
        <source>Choose the evidence pack</source>
        <translation>Dewis y pecyn tystiolaeth</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Wedi dewis: {name}</translation>
    </message>
    <message>
        <source>This pack is locked with a passphrase. The person who made it will have given it to you separately. Type it here.</source>
        <translation>Mae&apos;r pecyn hwn wedi&apos;i gloi â chyfrinymadrodd. Bydd y person a&apos;i gwnaeth wedi&apos;i roi i chi ar wahân. Teipiwch ef yma.</translation>
    </message>
    <message>
        <source>Please type the pack&apos;s passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y pecyn.</translation>
    </message>
    <message>
        <source>Choose an exhibit to see it here.</source>
        <translation>Dewiswch arddangosyn i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Nothing in this pack has changed since it was signed: all {n} files are exactly as they were when it was made.</source>
        <translation>Nid oes dim yn y pecyn hwn wedi newid ers iddo gael ei lofnodi: mae pob un o&apos;r {n} ffeil yn union fel yr oeddent pan wnaed ef.</translation>
    </message>
    <message>
        <source>This pack does not check out: the diary&apos;s history inside it does not match its own hashes, so the diary was changed outside Daybook before the pack was made. Do not rely on what it shows without asking the person. (Its files have not changed since it was signed.)</source>
        <translation>Nid yw&apos;r pecyn hwn yn gwirio&apos;n gywir: nid yw hanes y dyddiadur y tu mewn iddo yn cyfateb i&apos;w stwnsh ei hun, felly newidiwyd y dyddiadur y tu allan i Daybook cyn gwneud y pecyn. Peidiwch â dibynnu ar yr hyn y mae&apos;n ei ddangos heb ofyn i&apos;r person. (Nid yw ei ffeiliau wedi newid ers iddo gael ei lofnodi.)</translation>
    </message>
    <message>
        <source>This file cannot be trusted, so nothing from inside it is shown: another program could show different contents from the same file. Ask the person for a new copy.</source>
        <translation>Ni ellir ymddiried yn y ffeil hon, felly ni ddangosir dim o&apos;r tu mewn iddi: gallai rhaglen arall ddangos cynnwys gwahanol o&apos;r un ffeil. Gofynnwch i&apos;r person am gopi newydd.</translation>
    </message>
    <message>
        <source>Pack {id}</source>
        <translation type="vanished">Pecyn {id}</translation>
    </message>
    <message>
        <source>made {when}</source>
        <translation type="vanished">gwnaed {when}</translation>
    </message>
    <message>
        <source>signing key {fp}</source>
        <translation type="vanished">allwedd lofnodi {fp}</translation>
    </message>
    <message>
        <source>This pack is intact: all {n} files are exactly as they were when it was made, and its signatures check out.</source>
        <translation type="vanished">Mae&apos;r pecyn hwn yn gyfan: mae pob un o&apos;r {n} ffeil yn union fel yr oeddent pan wnaed ef, ac mae ei lofnodion yn gwirio&apos;n gywir.</translation>
    </message>
    <message>
        <source>Check that the signing key below is the one on the report&apos;s cover and the one the person&apos;s Daybook showed them when they made the pack.</source>
        <translation type="vanished">Gwiriwch mai&apos;r allwedd lofnodi isod yw&apos;r un ar glawr yr adroddiad a&apos;r un a ddangosodd Daybook y person iddynt pan wnaethant y pecyn.</translation>
    </message>
    <message>
        <source>This pack does not check out. It may have been changed or damaged after it was made, so do not rely on what it shows without asking the person for a new copy.</source>
        <translation>Nid yw&apos;r pecyn hwn yn gwirio&apos;n gywir. Efallai ei fod wedi&apos;i newid neu ei ddifrodi ar ôl ei wneud, felly peidiwch â dibynnu ar yr hyn y mae&apos;n ei ddangos heb ofyn i&apos;r person am gopi newydd.</translation>
    </message>
    <message>
        <source>This pack was made before packs carried what each history entry covers, so its history cannot be recomputed.</source>
        <translation>Gwnaed y pecyn hwn cyn i becynnau gynnwys yr hyn y mae pob cofnod hanes yn ymwneud ag ef, felly ni ellir ailgyfrifo ei hanes.</translation>
    </message>
    <message>
        <source>Its history of 1 entry checks out, and gives the diary&apos;s history code {code} when this pack was made.</source>
        <translation>Mae ei hanes o 1 cofnod yn gwirio&apos;n gywir, ac yn rhoi cod hanes y dyddiadur, {code}, pan wnaed y pecyn hwn.</translation>
    </message>
    <message>
        <source>Its history of {n} entries checks out, and gives the diary&apos;s history code {code} when this pack was made.</source>
        <translation>Mae ei hanes o {n} cofnod yn gwirio&apos;n gywir, ac yn rhoi cod hanes y dyddiadur, {code}, pan wnaed y pecyn hwn.</translation>
    </message>
    <message>
        <source>This copy withholds what 1 of those entries records, as it holds the person&apos;s own details; it is taken by its hash.</source>
        <translation>Mae&apos;r copi hwn yn cuddio&apos;r hyn y mae 1 o&apos;r cofnodion hynny yn ei gofnodi, gan ei fod yn cynnwys manylion y person ei hun; caiff ei gyfrif drwy ei stwnsh.</translation>
    </message>
    <message>
        <source>This copy withholds what {n} of those entries record, as they hold the person&apos;s own details; they are taken by their hashes.</source>
        <translation>Mae&apos;r copi hwn yn cuddio&apos;r hyn y mae {n} o&apos;r cofnodion hynny yn ei gofnodi, gan eu bod yn cynnwys manylion y person ei hun; cânt eu cyfrif drwy eu stwnsh.</translation>
    </message>
    <message>
        <source>Pack: {id}</source>
        <translation>Pecyn: {id}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Gwnaed: {when}</translation>
    </message>
    <message>
        <source>Files checked: {n}</source>
        <translation>Ffeiliau a wiriwyd: {n}</translation>
    </message>
    <message>
        <source>Signing key fingerprint, for checking with standard tools (ssh-keygen -l): {fp}</source>
        <translation>Ôl bys yr allwedd lofnodi, i&apos;w wirio gydag offer safonol (ssh-keygen -l): {fp}</translation>
    </message>
    <message>
        <source>{ref}: {name}
SHA-256 {sha}</source>
        <translation>{ref}: {name}
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>This file is not in this copy.</source>
        <translation>Nid yw&apos;r ffeil hon yn y copi hwn.</translation>
    </message>
    <message>
        <source>This file is in the pack as {path}; it is not a picture.</source>
        <translation>Mae&apos;r ffeil hon yn y pecyn fel {path}; nid llun ydyw.</translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation>Nid oedd modd dangos y llun hwn.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos yr hyn rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Dangos y cyfrinymadrodd wrth i mi deipio</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Pa mor gryf yw&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Whether the two passphrases match</source>
        <translation>A yw&apos;r ddau gyfrinymadrodd yn cyfateb</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>Choose a few unusual words that only you would put together, like a short odd sentence. Longer is stronger.</source>
        <translation>Dewiswch ychydig eiriau anarferol na fyddai neb ond chi yn eu rhoi at ei gilydd, fel brawddeg fer od. Gorau po hiraf.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Gwan iawn</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Gwan</translation>
    </message>
    <message>
        <source>Could be guessed</source>
        <translation>Gellid ei ddyfalu</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Cryf</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Cryf iawn</translation>
    </message>
    <message>
        <source>Please make it a little longer or less predictable.</source>
        <translation>Gwnewch ef ychydig yn hirach neu&apos;n llai rhagweladwy.</translation>
    </message>
    <message>
        <source>They match.</source>
        <translation>Maen nhw&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>They don&apos;t match yet.</source>
        <translation>Nid ydynt yn cyfateb eto.</translation>
    </message>
    <message>
        <source>To go on, choose a passphrase and type it twice.</source>
        <translation>I barhau, dewiswch gyfrinymadrodd a&apos;i deipio ddwywaith.</translation>
    </message>
    <message>
        <source>To go on, the passphrase needs to be stronger: see the tips above.</source>
        <translation>I barhau, mae angen i&apos;r cyfrinymadrodd fod yn gryfach: gweler yr awgrymiadau uchod.</translation>
    </message>
    <message>
        <source>To go on, type the same passphrase again in the second box.</source>
        <translation>I barhau, teipiwch yr un cyfrinymadrodd eto yn yr ail flwch.</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>{name}, as a table</source>
        <translation>{name}, fel tabl</translation>
    </message>
    <message>
        <source>no behaviour recorded</source>
        <translation>dim ymddygiad wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrymau</translation>
    </message>
    <message>
        <source>Reading your diary</source>
        <translation>Yn darllen eich dyddiadur</translation>
    </message>
    <message>
        <source>Entries each week, by what they did first</source>
        <translation>Cofnodion bob wythnos, yn ôl beth wnaethon nhw gyntaf</translation>
    </message>
    <message>
        <source>When it happened: time of day against day of the week</source>
        <translation>Pryd ddigwyddodd: adeg o&apos;r dydd yn erbyn diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Entries on each day of the week</source>
        <translation>Cofnodion ar bob diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>What they did, month by month</source>
        <translation>Beth wnaethon nhw, fis wrth fis</translation>
    </message>
    <message>
        <source>Each week, by what they did first</source>
        <translation>Bob wythnos, yn ôl beth wnaethon nhw gyntaf</translation>
    </message>
    <message>
        <source>Time of day against day of the week</source>
        <translation>Adeg o&apos;r dydd yn erbyn diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Each day of the week</source>
        <translation>Pob diwrnod o&apos;r wythnos</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Dangos y rhifau fel tabl</translation>
    </message>
    <message>
        <source>Show the numbers of {chart} as a table</source>
        <translation>Dangos rhifau {chart} fel tabl</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Yn darllen eich dyddiadur…</translation>
    </message>
    <message>
        <source>For the {n} entries the diary&apos;s filter shows now.</source>
        <translation>Ar gyfer y {n} cofnod y mae hidlydd y dyddiadur yn eu dangos nawr.</translation>
    </message>
    <message>
        <source>For all {n} entries.</source>
        <translation>Ar gyfer pob un o&apos;r {n} cofnod.</translation>
    </message>
    <message>
        <source>For the 1 entry the diary&apos;s filter shows now.</source>
        <translation>Ar gyfer yr 1 cofnod y mae hidlydd y dyddiadur yn ei ddangos nawr.</translation>
    </message>
    <message>
        <source>For your 1 entry.</source>
        <translation>Ar gyfer eich 1 cofnod.</translation>
    </message>
    <message>
        <source>The diary&apos;s filter shows no entries now.</source>
        <translation>Nid yw hidlydd y dyddiadur yn dangos unrhyw gofnodion nawr.</translation>
    </message>
    <message>
        <source>There are no entries yet.</source>
        <translation>Nid oes cofnodion eto.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Enw&apos;r person newydd</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Pwy ydyn nhw i chi</translation>
    </message>
    <message>
        <source>e.g. ex-partner, neighbour, colleague</source>
        <translation>e.e. cyn-bartner, cymydog, cydweithiwr</translation>
    </message>
    <message>
        <source>Their part in it</source>
        <translation>Eu rhan ynddo</translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation>Y person sy&apos;n ei wneud</translation>
    </message>
    <message>
        <source>A witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Their phone numbers</source>
        <translation>Eu rhifau ffôn</translation>
    </message>
    <message>
        <source>Separate several with commas</source>
        <translation>Gwahanwch sawl un â chomâu</translation>
    </message>
    <message>
        <source>Their emails or accounts</source>
        <translation>Eu he-byst neu eu cyfrifon</translation>
    </message>
    <message>
        <source>Other names they use</source>
        <translation>Enwau eraill y maen nhw&apos;n eu defnyddio</translation>
    </message>
    <message>
        <source>Nicknames or other names, separated by commas</source>
        <translation>Llysenwau neu enwau eraill, wedi&apos;u gwahanu gan gomâu</translation>
    </message>
    <message>
        <source>Their vehicles and number plates</source>
        <translation>Eu cerbydau a&apos;u rhifau cofrestru</translation>
    </message>
    <message>
        <source>e.g. silver Ford Focus AB12 CDE</source>
        <translation>e.e. Ford Focus arian AB12 CDE</translation>
    </message>
    <message>
        <source>What they look like</source>
        <translation>Sut maen nhw&apos;n edrych</translation>
    </message>
    <message>
        <source>Height, hair, clothes they often wear</source>
        <translation>Taldra, gwallt, dillad y maen nhw&apos;n eu gwisgo&apos;n aml</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ychwanegu person</translation>
    </message>
    <message>
        <source>Nam&amp;e</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Who they are to you</source>
        <translation>Pwy ydyn nhw &amp;i chi</translation>
    </message>
    <message>
        <source>The&amp;ir part</source>
        <translation>Eu r&amp;han</translation>
    </message>
    <message>
        <source>Phone num&amp;bers</source>
        <translation>&amp;Rhifau ffôn</translation>
    </message>
    <message>
        <source>Emails or acco&amp;unts</source>
        <translation>E-byst neu gyfrif&amp;on</translation>
    </message>
    <message>
        <source>O&amp;ther names</source>
        <translation>Enwau erai&amp;ll</translation>
    </message>
    <message>
        <source>Vehi&amp;cles</source>
        <translation>Cerbyd&amp;au</translation>
    </message>
    <message>
        <source>&amp;Their part</source>
        <translation type="vanished">Eu &amp;rhan</translation>
    </message>
    <message>
        <source>Phone n&amp;umbers</source>
        <translation type="vanished">&amp;Rhifau ffôn</translation>
    </message>
    <message>
        <source>Emails or a&amp;ccounts</source>
        <translation type="vanished">&amp;E-byst neu gyfrifon</translation>
    </message>
    <message>
        <source>Veh&amp;icles</source>
        <translation type="vanished">&amp;Cerbydau</translation>
    </message>
    <message>
        <source>What they loo&amp;k like</source>
        <translation>&amp;Sut maen nhw&apos;n edrych</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="vanished">Ychwanegu &amp;person</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Ychwanegu&apos;r person hwn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="vanished">&amp;Enw</translation>
    </message>
    <message>
        <source>Who they &amp;are to you</source>
        <translation type="vanished">Pwy &amp;ydyn nhw i chi</translation>
    </message>
    <message>
        <source>Their &amp;part</source>
        <translation type="vanished">Eu &amp;rhan</translation>
    </message>
    <message>
        <source>P&amp;hone numbers</source>
        <translation type="vanished">&amp;Rhifau ffôn</translation>
    </message>
    <message>
        <source>&amp;Emails or accounts</source>
        <translation type="vanished">&amp;E-byst neu gyfrifon</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation type="vanished">Enwau &amp;eraill</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="vanished">&amp;Cerbydau</translation>
    </message>
    <message>
        <source>&amp;What they look like</source>
        <translation type="vanished">Sut &amp;maen nhw&apos;n edrych</translation>
    </message>
    <message>
        <source>Please write a name, or how you know them.</source>
        <translation>Ysgrifennwch enw, neu sut rydych chi&apos;n eu hadnabod.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>IncidentView</source>
        <comment>when it happened</comment>
        <translation>IncidentView</translation>
    </message>
</context>
<context>
    <name>QuickAddPage</name>
    <message>
        <source>It happened again</source>
        <translation>Digwyddodd eto</translation>
    </message>
    <message>
        <source>Saved as happening now. You can add the details later.</source>
        <translation type="vanished">Wedi&apos;i gadw fel rhywbeth sy&apos;n digwydd nawr. Gallwch ychwanegu&apos;r manylion yn ddiweddarach.</translation>
    </message>
    <message>
        <source>Save it as happening now, with what they did and where you are. You can add the details later.</source>
        <translation>Ei gadw fel rhywbeth sy&apos;n digwydd nawr, gyda&apos;r hyn a wnaethant a ble rydych chi. Gallwch ychwanegu&apos;r manylion yn nes ymlaen.</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Who it was</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Ble rydych chi</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Ble rydych chi nawr</translation>
    </message>
    <message>
        <source>A few words</source>
        <translation>Ychydig eiriau</translation>
    </message>
    <message>
        <source>A few words, if you can (optional)</source>
        <translation>Ychydig eiriau, os gallwch (dewisol)</translation>
    </message>
    <message>
        <source>&amp;What they did</source>
        <translation>Beth &amp;wnaethon nhw</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Pwy</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Nod&amp;yn</translation>
    </message>
    <message>
        <source>&amp;Broke a condition</source>
        <translation>&amp;Torrodd amod</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="vanished">&amp;Nodyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Cancel, save nothing</source>
        <translation>Canslo, heb gadw dim</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>C&amp;adw nawr</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Cadw nawr</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <source>&amp;Note</source>
        <translation type="vanished">&amp;Nodyn</translation>
    </message>
    <message>
        <source>Risk topics</source>
        <translation>Pynciau risg</translation>
    </message>
    <message>
        <source>Reading your answers</source>
        <translation>Yn darllen eich atebion</translation>
    </message>
    <message>
        <source>Saving your answer</source>
        <translation>Yn cadw eich ateb</translation>
    </message>
    <message>
        <source>Answer: {words}</source>
        <translation>Ateb: {words}</translation>
    </message>
    <message>
        <source>Your note on this topic</source>
        <translation>Eich nodyn ar y pwnc hwn</translation>
    </message>
    <message>
        <source>Anything you want to say about it (optional)</source>
        <translation>Unrhyw beth yr hoffech ei ddweud amdano (dewisol)</translation>
    </message>
    <message>
        <source>Link these &amp;entries</source>
        <translation>Cysylltu&apos;&amp;r cofnodion hyn</translation>
    </message>
    <message>
        <source>Link the entries the diary shows</source>
        <translation>Cysylltu&apos;r cofnodion y mae&apos;r dyddiadur yn eu dangos</translation>
    </message>
    <message>
        <source>Save &amp;answer</source>
        <translation>Cadw&apos;r &amp;ateb</translation>
    </message>
    <message>
        <source>Save this answer</source>
        <translation>Cadw&apos;r ateb hwn</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Nod&amp;yn</translation>
    </message>
    <message>
        <source>Information for your risk assessment; this is not a completed S-DASH or DASH form, and there is no score. Your advocate or the police use it with their own form.</source>
        <translation>Gwybodaeth ar gyfer eich asesiad risg yw hon; nid ffurflen S-DASH na DASH wedi&apos;i llenwi, ac nid oes sgôr. Mae eich eiriolwr neu&apos;r heddlu yn ei defnyddio gyda&apos;u ffurflen eu hunain.</translation>
    </message>
    <message>
        <source>The diary shows: {reason}</source>
        <translation>Mae&apos;r dyddiadur yn dangos: {reason}</translation>
    </message>
    <message>
        <source>The diary cannot tell this one; only you can answer it.</source>
        <translation>Ni all y dyddiadur ddweud hyn; dim ond chi all ei ateb.</translation>
    </message>
    <message>
        <source>Linked entries: {entries}</source>
        <translation>Cofnodion cysylltiedig: {entries}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> a {n} yn rhagor</translation>
    </message>
    <message>
        <source>No entries linked.</source>
        <translation>Dim cofnodion wedi&apos;u cysylltu.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>Your safety plan</source>
        <translation>Eich cynllun diogelwch</translation>
    </message>
    <message>
        <source>Work through this with your advocate if you can, a bit at a time. It is kept locked inside your diary. It goes only into a full pack for your advocate, and never into a court copy.</source>
        <translation>Gweithiwch drwy hyn gyda&apos;ch eiriolwr os gallwch, ychydig ar y tro. Caiff ei gadw dan glo y tu mewn i&apos;ch dyddiadur. Dim ond mewn pecyn llawn i&apos;ch eiriolwr y mae&apos;n mynd, a byth mewn copi llys.</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation type="vanished">&amp;Cadw&apos;r cynllun</translation>
    </message>
    <message>
        <source>S&amp;ave the plan</source>
        <translation>Cadw&apos;&amp;r cynllun</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Cadw&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Heb ei gadw eto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Wedi cloi ar ôl 1 munud heb ddefnydd.</translation>
    </message>
    <message>
        <source>Locked after {n} minutes without use.</source>
        <translation>Wedi cloi ar ôl {n} munud heb ddefnydd.</translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Wedi cloi ar ôl sbel heb ddefnydd.</translation>
    </message>
    <message>
        <source>Locked when the window was minimised.</source>
        <translation>Wedi cloi pan leihawyd y ffenestr.</translation>
    </message>
    <message>
        <source>Locked when the computer went to sleep.</source>
        <translation>Wedi cloi pan aeth y cyfrifiadur i gysgu.</translation>
    </message>
    <message>
        <source>Locked when the screen was locked.</source>
        <translation>Wedi cloi pan gloiwyd y sgrin.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Ei gadw&apos;n breifat</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source> minute</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl y nifer hwn o funudau heb ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for</source>
        <translation type="vanished">&amp;Cloi pan na ddefnyddir am</translation>
    </message>
    <message>
        <source>Lock when I minimise the window</source>
        <translation>Cloi pan fyddaf yn lleihau&apos;r ffenestr</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Cloi pan leihawyd y ffenestr</translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page in the web browser</source>
        <translation>Mae gadael yn gyflym hefyd yn agor tudalen tywydd yn y porwr gwe</translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page</source>
        <translation>Mae gadael yn gyflym hefyd yn agor tudalen tywydd</translation>
    </message>
    <message>
        <source>Your initials, for labelling files</source>
        <translation>Eich llythrennau blaen, i labelu ffeiliau</translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation>Eich &amp;llythrennau blaen</translation>
    </message>
    <message>
        <source>The language Daybook uses</source>
        <translation>Yr iaith y mae Daybook yn ei defnyddio</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="vanished">&amp;Iaith</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">&amp;Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>About &amp;me: your details, kept out of a court copy…</source>
        <translation type="vanished">Amdana &amp;i: eich manylion, wedi&apos;u cadw allan o gopi llys…</translation>
    </message>
    <message>
        <source>Open About me</source>
        <translation>Agor Amdana i</translation>
    </message>
    <message>
        <source>Your diary&apos;s check code</source>
        <translation type="vanished">Cod gwirio eich dyddiadur</translation>
    </message>
    <message>
        <source>Send this code to your support worker now and then. Later it proves which entries were already in your diary when you sent it.</source>
        <translation type="vanished">Anfonwch y cod hwn at eich gweithiwr cymorth bob hyn a hyn. Yn ddiweddarach mae&apos;n profi pa gofnodion oedd yn eich dyddiadur eisoes pan anfonoch ef.</translation>
    </message>
    <message>
        <source>Codes to give your support worker</source>
        <translation>Codau i&apos;w rhoi i&apos;ch gweithiwr cymorth</translation>
    </message>
    <message>
        <source>Shows which Daybook signed a pack: yours. Give it to your support worker separately from any pack (read it out, write it on a card, or text it). A pack that shows the same check code was signed by this diary.</source>
        <translation>Yn dangos pa Daybook a lofnododd becyn: eich un chi. Rhowch ef i&apos;ch gweithiwr cymorth ar wahân i unrhyw becyn (ei ddarllen yn uchel, ei ysgrifennu ar gerdyn, neu ei anfon mewn neges destun). Cafodd pecyn sy&apos;n dangos yr un cod gwirio ei lofnodi gan y dyddiadur hwn.</translation>
    </message>
    <message>
        <source>History code</source>
        <translation>Cod hanes</translation>
    </message>
    <message>
        <source>The code for your diary&apos;s history as it is now. Send it to your support worker now and then: a later pack proves that every entry that existed when you sent it is unchanged.</source>
        <translation>Y cod ar gyfer hanes eich dyddiadur fel y mae nawr. Anfonwch ef at eich gweithiwr cymorth bob hyn a hyn: mae pecyn diweddarach yn profi bod pob cofnod a oedd yn bodoli pan anfonoch ef heb ei newid.</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Cod gwirio</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the check code</source>
        <translation type="vanished">Copïo&apos;r cod gwirio</translation>
    </message>
    <message>
        <source>Copied privately, and cleared after 30 seconds</source>
        <translation type="vanished">Wedi&apos;i gopïo&apos;n breifat, a&apos;i glirio ar ôl 30 eiliad</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>Cyfrinymadrodd pre&amp;sennol</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Yn newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="vanished">&amp;Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Lock when not used &amp;for</source>
        <translation>Cloi pan na ddefnyddir &amp;am</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Iait&amp;h</translation>
    </message>
    <message>
        <source>Sav&amp;e settings</source>
        <translation>Cadw&apos;&amp;r gosodiadau</translation>
    </message>
    <message>
        <source>A&amp;bout me: your details, kept out of a court copy…</source>
        <translation>Amdana &amp;i: eich manylion, wedi&apos;u cadw allan o gopi llys…</translation>
    </message>
    <message>
        <source>Reading your diary</source>
        <translation>Yn darllen eich dyddiadur</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Yn darllen eich dyddiadur…</translation>
    </message>
    <message>
        <source>Ne&amp;w passphrase</source>
        <translation>Cyfrinymadrodd ne&amp;wydd</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Newid &amp;y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>For an advocate: the same key&apos;s SSH fingerprint is {fingerprint} (what ssh-keygen -l shows for the pack&apos;s signing-key.pub).</source>
        <translation>I eiriolwr: ôl bys SSH yr un allwedd yw {fingerprint} (yr hyn y mae ssh-keygen -l yn ei ddangos ar gyfer signing-key.pub y pecyn).</translation>
    </message>
    <message>
        <source>For an advocate: the diary&apos;s history so far has {n} events; the newest one&apos;s SHA-256 is {head}.</source>
        <translation>I eiriolwr: mae gan hanes y dyddiadur hyd yma {n} digwyddiad; SHA-256 yr un mwyaf diweddar yw {head}.</translation>
    </message>
    <message>
        <source>Please keep at least one initial.</source>
        <translation>Cadwch o leiaf un llythyren flaen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Wedi&apos;i gopïo. Caiff ei glirio o&apos;r clipfwrdd ymhen 30 eiliad.</translation>
    </message>
    <message>
        <source>To change it, first type your current passphrase.</source>
        <translation>I&apos;w newid, teipiwch eich cyfrinymadrodd presennol yn gyntaf.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Mae eich cyfrinymadrodd wedi&apos;i newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>For an advocate: the diary&apos;s history so far has 1 event; its SHA-256 is {head}.</source>
        <translation>I eiriolwr: mae gan hanes y dyddiadur hyd yma 1 digwyddiad; ei SHA-256 yw {head}.</translation>
    </message>
</context>
<context>
    <name>SincePackChoice</name>
    <message>
        <source>Only w&amp;hat is new since a pack I sent before</source>
        <translation>&amp;Dim ond beth sy&apos;n newydd ers pecyn a anfonais o&apos;r blaen</translation>
    </message>
    <message>
        <source>Only what is new or changed since a pack I sent before</source>
        <translation>Dim ond beth sy&apos;n newydd neu wedi newid ers pecyn a anfonais o&apos;r blaen</translation>
    </message>
    <message>
        <source>Choose that pac&amp;k…</source>
        <translation>Dewis y pecyn &amp;hwnnw…</translation>
    </message>
    <message>
        <source>Choose the pack you sent before</source>
        <translation>Dewis y pecyn a anfonoch o&apos;r blaen</translation>
    </message>
    <message>
        <source>That pack&apos;s passphrase</source>
        <translation>Cyfrinymadrodd y pecyn hwnnw</translation>
    </message>
    <message>
        <source>New and changed entries go in full; the others are listed with a code that shows they are unchanged, so the update is small. Your advocate needs the earlier pack too, to check the two together.</source>
        <translation>Mae cofnodion newydd a rhai wedi&apos;u newid yn mynd i mewn yn llawn; rhestrir y lleill gyda chod sy&apos;n dangos nad ydynt wedi newid, felly mae&apos;r diweddariad yn fach. Mae angen y pecyn cynharach ar eich eiriolwr hefyd, i wirio&apos;r ddau gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Please choose the pack you sent before.</source>
        <translation>Dewiswch y pecyn a anfonoch o&apos;r blaen.</translation>
    </message>
    <message>
        <source>Please type that pack&apos;s passphrase.</source>
        <translation>Teipiwch gyfrinymadrodd y pecyn hwnnw.</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Dim i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>most: {n}</source>
        <translation>y mwyaf: {n}</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="vanished">&amp;Tynnu</translation>
    </message>
    <message>
        <source>The court</source>
        <translation>Y llys</translation>
    </message>
    <message>
        <source>e.g. In the Family Court sitting at Leeds</source>
        <translation>e.e. In the Family Court sitting at Leeds</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Rhif yr achos</translation>
    </message>
    <message>
        <source>You are the</source>
        <translation>Eich rôl yn yr achos</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Eich enw llawn</translation>
    </message>
    <message>
        <source>The other party</source>
        <translation>Y parti arall</translation>
    </message>
    <message>
        <source>Which statement this is (1 for your first)</source>
        <translation>Pa ddatganiad yw hwn (1 ar gyfer eich un cyntaf)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Pennawd</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;Llys</translation>
    </message>
    <message>
        <source>Case num&amp;ber</source>
        <translation>Rhif yr &amp;achos</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Eich &amp;enw llawn</translation>
    </message>
    <message>
        <source>Statement number</source>
        <translation>Rhif y datganiad</translation>
    </message>
    <message>
        <source>Numbered paragraphs</source>
        <translation>Paragraffau wedi&apos;u rhifo</translation>
    </message>
    <message>
        <source>The chosen paragraph, in your own words</source>
        <translation>Y paragraff a ddewiswyd, yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>&amp;Ychwanegu paragraff</translation>
    </message>
    <message>
        <source>Add a paragraph after the chosen one</source>
        <translation>Ychwanegu paragraff ar ôl yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen paragraph</source>
        <translation>Tynnu&apos;r paragraff a ddewiswyd</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud &amp;i fyny</translation>
    </message>
    <message>
        <source>Move the chosen paragraph up</source>
        <translation>Symud y paragraff a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Mov&amp;e down</source>
        <translation>&amp;Symud i lawr</translation>
    </message>
    <message>
        <source>Move the chosen paragraph down</source>
        <translation>Symud y paragraff a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <source>Start aga&amp;in from the diary</source>
        <translation>Dec&amp;hrau eto o&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>Build a new first draft from the diary (your saved versions are kept)</source>
        <translation>Llunio drafft cyntaf newydd o&apos;r dyddiadur (cedwir y fersiynau rydych wedi&apos;u cadw)</translation>
    </message>
    <message>
        <source>Save &amp;this version</source>
        <translation>Cadw&apos;r fe&amp;rsiwn hon</translation>
    </message>
    <message>
        <source>Save this version of the statement</source>
        <translation>Cadw&apos;r fersiwn hon o&apos;r datganiad</translation>
    </message>
    <message>
        <source>Make a &amp;Word file…</source>
        <translation>Gwneud ffeil &amp;Word…</translation>
    </message>
    <message>
        <source>Make a Word file of the statement</source>
        <translation>Gwneud ffeil Word o&apos;r datganiad</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fersiynau</translation>
    </message>
    <message>
        <source>Reading your statement</source>
        <translation>Yn darllen eich datganiad</translation>
    </message>
    <message>
        <source>Saving your statement</source>
        <translation>Yn cadw eich datganiad</translation>
    </message>
    <message>
        <source>This is a draft of your own witness statement for a family or civil court. It is not a police statement (MG11); the police take those themselves. DRAFT – to review with your advocate or solicitor.</source>
        <translation>Drafft o&apos;ch datganiad tyst eich hun ar gyfer llys teulu neu lys sifil yw hwn. Nid datganiad i&apos;r heddlu (MG11) yw hwn; mae&apos;r heddlu&apos;n cymryd y rheini eu hunain. DRAFFT – i&apos;w adolygu gyda&apos;ch eiriolwr neu&apos;ch cyfreithiwr.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Version {n}, saved {when}</source>
        <translation>Fersiwn {n}, wedi&apos;i chadw {when}</translation>
    </message>
    <message>
        <source>Building a first draft from your diary…</source>
        <translation>Yn llunio drafft cyntaf o&apos;ch dyddiadur…</translation>
    </message>
    <message>
        <source>This is a first draft from your diary. Change it into your own words, then save it.</source>
        <translation>Dyma ddrafft cyntaf o&apos;ch dyddiadur. Newidiwch ef i&apos;ch geiriau eich hun, yna cadwch ef.</translation>
    </message>
    <message>
        <source>Saved as version {n}. Earlier versions are kept.</source>
        <translation>Wedi&apos;i gadw fel fersiwn {n}. Cedwir y fersiynau cynharach.</translation>
    </message>
    <message>
        <source>Showing version {n}. Saving makes it the newest version; nothing is lost.</source>
        <translation>Yn dangos fersiwn {n}. Bydd ei chadw yn ei gwneud y fersiwn ddiweddaraf; ni chollir dim.</translation>
    </message>
    <message>
        <source>Save the draft statement</source>
        <translation>Cadw&apos;r datganiad drafft</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Ffeiliau Word (*.docx)</translation>
    </message>
    <message>
        <source>The draft is in {path}. That file is not protected by your passphrase: keep it somewhere safe, and delete it when you have given it to your advocate.</source>
        <translation>Mae&apos;r drafft yn {path}. Nid yw&apos;r ffeil honno wedi&apos;i diogelu gan eich cyfrinymadrodd: cadwch hi&apos;n rhywle diogel, a&apos;i dileu pan fyddwch wedi&apos;i rhoi i&apos;ch eiriolwr.</translation>
    </message>
</context>
<context>
    <name>SuggestionEditor</name>
    <message>
        <source>&amp;Back to the suggestions</source>
        <translation>Yn ôl i&apos;r &amp;awgrymiadau</translation>
    </message>
    <message>
        <source>Back to the suggestions, saving nothing</source>
        <translation>Yn ôl i&apos;r awgrymiadau, heb gadw dim</translation>
    </message>
    <message>
        <source>&amp;Save as an entry</source>
        <translation>&amp;Cadw fel cofnod</translation>
    </message>
    <message>
        <source>Save as an entry, with its messages linked</source>
        <translation>Cadw fel cofnod, gyda&apos;i negeseuon wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>Change whatever you need, then save. Until you save, nothing is added; the suggestion stays on the list.</source>
        <translation>Newidiwch beth bynnag sydd ei angen, yna cadwch. Hyd nes y byddwch yn cadw, ni ychwanegir dim; mae&apos;r awgrym yn aros ar y rhestr.</translation>
    </message>
    <message>
        <source>Change the suggested entry, then save it</source>
        <translation>Newid y cofnod a awgrymwyd, yna ei gadw</translation>
    </message>
    <message>
        <source>The messages are linked to the entry when you save it.</source>
        <translation>Caiff y negeseuon eu cysylltu â&apos;r cofnod pan fyddwch yn ei gadw.</translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation>Ysgrifennwch ychydig eiriau am yr hyn a ddigwyddodd, neu ticiwch beth wnaethon nhw.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Search your diary…</source>
        <translation>Chwilio eich dyddiadur…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Chwilio&apos;r dyddiadur</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>I&apos;r dyddiad</translation>
    </message>
    <message>
        <source>Only what they did</source>
        <translation>Dim ond beth wnaethon nhw</translation>
    </message>
    <message>
        <source>Anything they did</source>
        <translation>Unrhyw beth a wnaethon nhw</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Y person hwn yn unig</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Dangos &amp;y cyfan</translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation>Clirio&apos;r hidlwyr a dangos pob cofnod</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Faint o gofnodion a ddangosir</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;I</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Cofnodion y dyddiadur</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Nothing written yet. When something happens, choose New entry, or It happened again for something quick.</source>
        <translation>Dim wedi&apos;i ysgrifennu eto. Pan fydd rhywbeth yn digwydd, dewiswch Cofnod newydd, neu Digwyddodd eto ar gyfer rhywbeth cyflym.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 cofnod</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} cofnod</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>Yn dangos {shown} o {total} cofnod</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Daybook</source>
        <translation>Daybook</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Yn agor</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation>Agor y dyddiadur</translation>
    </message>
    <message>
        <source>&amp;Forgotten your passphrase? Use your recovery key</source>
        <translation>&amp;Wedi anghofio&apos;ch cyfrinymadrodd? Defnyddiwch eich allwedd adfer</translation>
    </message>
    <message>
        <source>Forgotten your passphrase? Use your recovery key</source>
        <translation>Wedi anghofio&apos;ch cyfrinymadrodd? Defnyddiwch eich allwedd adfer</translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation>Agor pecyn &amp;tystiolaeth a roddodd rhywun i chi…</translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation>Agor pecyn tystiolaeth a roddodd rhywun i chi</translation>
    </message>
    <message>
        <source>&amp;Help and safety</source>
        <translation>&amp;Help a diogelwch</translation>
    </message>
    <message>
        <source>Help and safety: who to call</source>
        <translation>Help a diogelwch: pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Defnyddio eich allwedd adfer</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you set up Daybook, then choose a new passphrase. Everything in your diary stays as it is.</source>
        <translation>Teipiwch yr allwedd adfer a ysgrifennoch pan wnaethoch sefydlu Daybook, yna dewiswch gyfrinymadrodd newydd. Mae popeth yn eich dyddiadur yn aros fel y mae.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>Allwedd &amp;adfer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Yn ôl i&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;open</source>
        <translation>&amp;Gosod cyfrinymadrodd ac agor</translation>
    </message>
    <message>
        <source>Set the new passphrase and open the diary</source>
        <translation>Gosod y cyfrinymadrodd newydd ac agor y dyddiadur</translation>
    </message>
    <message>
        <source>To go on, type your recovery key.</source>
        <translation>I barhau, teipiwch eich allwedd adfer.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Yn gwirio eich cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Checking your recovery key and setting the new passphrase…</source>
        <translation>Yn gwirio eich allwedd adfer ac yn gosod y cyfrinymadrodd newydd…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
</context>
<context>
    <name>_FilteredTable</name>
    <message>
        <source>Find in {name}</source>
        <translation>Chwilio yn {name}</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Chwilio…</translation>
    </message>
</context>
</TS>
