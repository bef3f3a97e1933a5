<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>That passphrase did not open the diary. Please check it and try again.</source>
        <translation>To hasło nie otworzyło dziennika. Sprawdź je i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That recovery key did not open the diary. Please check each group of letters and try again.</source>
        <translation>Ten klucz odzyskiwania nie otworzył dziennika. Sprawdź każdą grupę znaków i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The diary&apos;s files are damaged and could not be read. Nothing has been changed; restore from a backup or ask for help.</source>
        <translation>Pliki dziennika są uszkodzone i nie dało się ich odczytać. Niczego nie zmieniono; przywróć kopię zapasową lub poproś o pomoc.</translation>
    </message>
    <message>
        <source>What you were writing last time was kept, but it is damaged and cannot be read back. Everything you saved in your diary is as it was.</source>
        <translation>Szkic z ostatniego razu został zachowany, ale jest uszkodzony i nie da się go odczytać. Wszystko, co zapisano w dzienniku, pozostało bez zmian.</translation>
    </message>
    <message>
        <source>There is no diary in that folder yet.</source>
        <translation>W tym folderze nie ma jeszcze dziennika.</translation>
    </message>
    <message>
        <source>A diary already exists in that folder, so nothing was created.</source>
        <translation>W tym folderze jest już dziennik, więc niczego nie utworzono.</translation>
    </message>
    <message>
        <source>The diary is locked. Please unlock it first.</source>
        <translation>Dziennik jest zablokowany. Najpierw go odblokuj.</translation>
    </message>
    <message>
        <source>Something in that entry could not be understood. Nothing has been changed.</source>
        <translation>Czegoś w tym wpisie nie udało się zrozumieć. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>That could not be found in the diary.</source>
        <translation>Nie znaleziono tego w dzienniku.</translation>
    </message>
    <message>
        <source>Daybook could not save to disk (it may be full). Your diary is as it was before; free some space and try again.</source>
        <translation>Daybook nie mógł zapisać na dysku (może jest pełny). Twój dziennik jest taki jak wcześniej; zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>That file could not be added. Nothing has been changed.</source>
        <translation>Nie udało się dodać tego pliku. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>This computer ran out of memory. Nothing has been changed.</source>
        <translation>Temu komputerowi zabrakło pamięci. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Daybook could not read or write a file on this computer. Nothing has been changed.</source>
        <translation>Daybook nie mógł odczytać ani zapisać pliku na tym komputerze. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation>Coś poszło nie tak. Niczego nie zmieniono.</translation>
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
        <translation>do {end}</translation>
    </message>
    <message>
        <source>written later</source>
        <translation>zapisane później</translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation>zapisane na bieżąco</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>{when} (version {n})</source>
        <translation>{when} (wersja {n})</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Co zrobili</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>This is one of your own places; it is left out of a court copy.</source>
        <translation>To jedno z Twoich miejsc; w kopii dla sądu jest pominięte.</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Kontakt przez</translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation>Kto to zrobił</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Co powiedzieli</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Groźby</translation>
    </message>
    <message>
        <source>Who I told</source>
        <translation>Komu powiedziałem</translation>
    </message>
    <message>
        <source>How frightened: {n} out of 10</source>
        <translation>Strach: {n} na 10</translation>
    </message>
    <message>
        <source>They had been told to stop.</source>
        <translation>Powiedziano im, żeby przestali.</translation>
    </message>
    <message>
        <source>They had not been told to stop.</source>
        <translation>Nie powiedziano im, żeby przestali.</translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation>Jak to na mnie wpłynęło</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Zgłoszono do</translation>
    </message>
    <message>
        <source>Order or condition broken</source>
        <translation>Naruszony nakaz lub warunek</translation>
    </message>
    <message>
        <source>Private note (only for you)</source>
        <translation>Prywatna notatka (tylko dla Ciebie)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>Version {n}, {when}: changed {what}</source>
        <translation>Wersja {n}, {when}: zmieniono {what}</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Język komputera</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation>Osoba, która to robi</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation>Kim są dla mnie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numery telefonów</translation>
    </message>
    <message>
        <source>Emails and accounts</source>
        <translation>E-maile i konta</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Pojazdy</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Nakaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Wobec kogo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Wydany</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Naruszenia</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>Words of the order</source>
        <translation>Treść nakazu</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Naruszony</translation>
    </message>
    <message>
        <source>Why it is needed</source>
        <translation>Dlaczego jest potrzebny</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Twoja notatka</translation>
    </message>
    <message>
        <source>The diary shows</source>
        <translation>Z dziennika wynika</translation>
    </message>
    <message>
        <source>Paragraph {n}: {text}</source>
        <translation>Akapit {n}: {text}</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Zdarzenia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Nieodebrane połączenie</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Picture message</source>
        <translation>Wiadomość z obrazem</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Połączenie telefoniczne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>time not known</source>
        <translation>czas nieznany</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Jak</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Wysłano lub odebrano</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>File {ref}: {name}</source>
        <translation>Plik {ref}: {name}</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>Dokładne słowa</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Dowody rzeczowe</translation>
    </message>
    <message>
        <source>Page in the report</source>
        <translation>Strona w raporcie</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nie.</translation>
    </message>
    <message>
        <source>Where or how</source>
        <translation>Gdzie lub jak</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>{kind} ({format})</source>
        <translation>{kind} ({format})</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation>W tym pakiecie</translation>
    </message>
    <message>
        <source>Not in this copy</source>
        <translation>Nie ma w tej kopii</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Bez zmian</translation>
    </message>
    <message>
        <source>Not in this pack</source>
        <translation>Nie ma w tym pakiecie</translation>
    </message>
    <message>
        <source>In the earlier pack; not in this one, and not deleted.</source>
        <translation>Był we wcześniejszym pakiecie; nie ma go w tym i nie został usunięty.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Entry or exhibit</source>
        <translation>Wpis lub dowód</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Suggested entry</source>
        <translation>Proponowany wpis</translation>
    </message>
    <message>
        <source>A chat with no name</source>
        <translation>Czat bez nazwy</translation>
    </message>
    <message>
        <source>{name} (1 message)</source>
        <translation>{name} (1 wiadomość)</translation>
    </message>
    <message>
        <source>{name} ({n} messages)</source>
        <translation>{name} (wiadomości: {n})</translation>
    </message>
    <message>
        <source>{day}, about {time}</source>
        <translation>{day}, około {time}</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} B</translation>
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
        <translation>Dokładnie o tej porze</translation>
    </message>
    <message>
        <source>At about this time</source>
        <translation>Mniej więcej o tej porze</translation>
    </message>
    <message>
        <source>Some time that day</source>
        <translation>Kiedyś tego dnia</translation>
    </message>
    <message>
        <source>Some time that month</source>
        <translation>Kiedyś w tym miesiącu</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>School or college</source>
        <translation>Szkoła lub uczelnia</translation>
    </message>
    <message>
        <source>A public place</source>
        <translation>Miejsce publiczne</translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation>Online lub telefonicznie</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Gdzie indziej</translation>
    </message>
    <message>
        <source>I saw them</source>
        <translation>Widziałem ich</translation>
    </message>
    <message>
        <source>I recognised their voice</source>
        <translation>Rozpoznałem ich głos</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>Ich numer lub konto</translation>
    </message>
    <message>
        <source>I think it was them</source>
        <translation>Myślę, że to byli oni</translation>
    </message>
    <message>
        <source>I changed my route or routine</source>
        <translation>Zmieniłem trasę lub codzienny plan</translation>
    </message>
    <message>
        <source>I missed work, school or college</source>
        <translation>Opuściłem pracę, szkołę lub zajęcia</translation>
    </message>
    <message>
        <source>I moved, or stayed somewhere else</source>
        <translation>Przeprowadziłem się lub zatrzymałem gdzie indziej</translation>
    </message>
    <message>
        <source>I fitted security (locks, cameras, alarm)</source>
        <translation>Zamontowałem zabezpieczenia (zamki, kamery, alarm)</translation>
    </message>
    <message>
        <source>I saw a GP or counsellor</source>
        <translation>Byłem u lekarza rodzinnego lub terapeuty</translation>
    </message>
    <message>
        <source>I stopped going out, or go out less</source>
        <translation>Przestałem wychodzić albo wychodzę rzadziej</translation>
    </message>
    <message>
        <source>I changed my number or accounts</source>
        <translation>Zmieniłem numer lub konta</translation>
    </message>
    <message>
        <source>I have trouble sleeping</source>
        <translation>Mam problemy ze snem</translation>
    </message>
    <message>
        <source>I am afraid for my family or friends</source>
        <translation>Boję się o rodzinę lub przyjaciół</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>Phone call or voicemail</source>
        <translation>Połączenie lub poczta głosowa</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Letter or note</source>
        <translation>List lub liścik</translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation>Przez kogoś innego</translation>
    </message>
    <message>
        <source>A phone call</source>
        <translation>Połączenie telefoniczne</translation>
    </message>
    <message>
        <source>Time of the call:
The number it came from (or &quot;withheld&quot;):
What 1471 said afterwards:
How long it lasted, and what was said:
Did they leave a voicemail? Is it kept?
</source>
        <translation>Godzina połączenia:
Numer, z którego przyszło (lub „zastrzeżony”):
Co potem powiedział 1471:
Ile trwało i co zostało powiedziane:
Czy zostawili wiadomość głosową? Czy jest zachowana?
</translation>
    </message>
    <message>
        <source>A message from a new number or account</source>
        <translation>Wiadomość z nowego numeru lub konta</translation>
    </message>
    <message>
        <source>The new number or account, exactly as shown:
Where the message came (texts, WhatsApp, Instagram…):
Why you think it is them:
What the message said, word for word (a screenshot helps):
</source>
        <translation>Nowy numer lub konto, dokładnie tak, jak je wyświetlono:
Skąd przyszła wiadomość (SMS, WhatsApp, Instagram…):
Dlaczego myślisz, że to oni:
Co było w wiadomości, słowo w słowo (zrzut ekranu pomoże):
</translation>
    </message>
    <message>
        <source>Something left or sent</source>
        <translation>Coś zostawionego lub przysłanego</translation>
    </message>
    <message>
        <source>What was left or sent, and where you found it:
When you found it, and when it could have been left:
Keep the envelope or packaging, and photograph it where you found it before you move it.
Who else has touched it:
</source>
        <translation>Co zostawiono lub przysłano i gdzie to znalazłeś:
Kiedy to znalazłeś i kiedy mogło zostać zostawione:
Zachowaj kopertę lub opakowanie i sfotografuj je tam, gdzie je znalazłeś, zanim je ruszysz.
Kto jeszcze tego dotykał:
</translation>
    </message>
    <message>
        <source>He turned up</source>
        <translation>Pojawił się</translation>
    </message>
    <message>
        <source>Where he was, and for how long:
The vehicle, its colour and registration:
What he was wearing:
What he did or said:
Who else saw him:
CCTV or doorbell cameras nearby:
</source>
        <translation>Gdzie był i jak długo:
Pojazd, jego kolor i numer rejestracyjny:
Co miał na sobie:
Co zrobił lub powiedział:
Kto jeszcze go widział:
Kamery CCTV lub wideodomofony w pobliżu:
</translation>
    </message>
    <message>
        <source>Damage to property</source>
        <translation>Zniszczenie mienia</translation>
    </message>
    <message>
        <source>What was damaged, and where:
When you noticed, and when it was last fine:
Photograph the damage before anything is repaired.
Cost of repair, if known:
Crime reference number, if reported:
</source>
        <translation>Co zostało zniszczone i gdzie:
Kiedy to zauważyłeś i kiedy ostatnio było w porządku:
Sfotografuj szkody, zanim cokolwiek zostanie naprawione.
Koszt naprawy, jeśli znany:
Numer sprawy karnej, jeśli zgłoszono:
</translation>
    </message>
    <message>
        <source>Contact through other people</source>
        <translation>Kontakt przez inne osoby</translation>
    </message>
    <message>
        <source>Who they contacted (a friend, family, your work):
What they asked or passed on, in the words you were told:
When, and how you heard about it:
Would that person write down what happened?
</source>
        <translation>Z kim się skontaktowali (przyjaciel, rodzina, Twoja praca):
O co pytali lub co przekazali, słowami, które Ci powtórzono:
Kiedy i jak się o tym dowiedziałeś:
Czy ta osoba opisałaby na piśmie, co się stało?
</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>Contacting or trying to contact</source>
        <translation>Kontaktowanie się lub próby kontaktu</translation>
    </message>
    <message>
        <source>Calls or voicemail</source>
        <translation>Połączenia lub poczta głosowa</translation>
    </message>
    <message>
        <source>Texts or messaging apps</source>
        <translation>SMS-y lub komunikatory</translation>
    </message>
    <message>
        <source>Letters or notes</source>
        <translation>Listy lub liściki</translation>
    </message>
    <message>
        <source>Gifts or items left</source>
        <translation>Prezenty lub zostawione rzeczy</translation>
    </message>
    <message>
        <source>New or fake numbers or accounts</source>
        <translation>Nowe lub fałszywe numery lub konta</translation>
    </message>
    <message>
        <source>Publishing material about me or pretending to be me</source>
        <translation>Publikowanie materiałów o mnie lub podszywanie się pode mnie</translation>
    </message>
    <message>
        <source>Monitoring my phone, accounts or internet use</source>
        <translation>Monitorowanie mojego telefonu, kont lub korzystania z internetu</translation>
    </message>
    <message>
        <source>Loitering</source>
        <translation>Wystawanie w pobliżu</translation>
    </message>
    <message>
        <source>Interfering with my property</source>
        <translation>Ingerowanie w moje mienie</translation>
    </message>
    <message>
        <source>Watching or spying</source>
        <translation>Obserwowanie lub szpiegowanie</translation>
    </message>
    <message>
        <source>Turning up or approaching</source>
        <translation>Pojawianie się lub podchodzenie</translation>
    </message>
    <message>
        <source>Physical or sexual violence</source>
        <translation>Przemoc fizyczna lub seksualna</translation>
    </message>
    <message>
        <source>Targeting family, friends or colleagues</source>
        <translation>Wymierzanie działań w rodzinę, przyjaciół lub współpracowników</translation>
    </message>
    <message>
        <source>Getting others to help</source>
        <translation>Nakłanianie innych do pomocy</translation>
    </message>
    <message>
        <source>Spreading rumours</source>
        <translation>Rozpowszechnianie plotek</translation>
    </message>
    <message>
        <source>Malicious reports or ordering things in my name</source>
        <translation>Złośliwe zgłoszenia lub zamawianie rzeczy na moje nazwisko</translation>
    </message>
    <message>
        <source>Threats of self-harm</source>
        <translation>Groźby samookaleczenia</translation>
    </message>
    <message>
        <source>Breach of an order or bail condition</source>
        <translation>Naruszenie nakazu lub warunku zwolnienia za kaucją</translation>
    </message>
    <message>
        <source>Changed my route or routine</source>
        <translation>Zmieniłem trasę lub codzienny plan</translation>
    </message>
    <message>
        <source>Missed work or school</source>
        <translation>Opuściłem pracę lub szkołę</translation>
    </message>
    <message>
        <source>Moved home or stayed elsewhere</source>
        <translation>Przeprowadziłem się lub zatrzymałem gdzie indziej</translation>
    </message>
    <message>
        <source>Fitted extra security</source>
        <translation>Zamontowałem dodatkowe zabezpieczenia</translation>
    </message>
    <message>
        <source>Saw a GP or counsellor</source>
        <translation>Byłem u lekarza rodzinnego lub terapeuty</translation>
    </message>
    <message>
        <source>Stopped going out or seeing people</source>
        <translation>Przestałem wychodzić lub spotykać się z ludźmi</translation>
    </message>
    <message>
        <source>Changed my number or accounts</source>
        <translation>Zmieniłem numer lub konta</translation>
    </message>
    <message>
        <source>Trouble sleeping</source>
        <translation>Problemy ze snem</translation>
    </message>
    <message>
        <source>Afraid for family or friends</source>
        <translation>Strach o rodzinę lub przyjaciół</translation>
    </message>
    <message>
        <source>Stalking Protection Order</source>
        <translation>Nakaz ochrony przed nękaniem</translation>
    </message>
    <message>
        <source>Interim Stalking Protection Order</source>
        <translation>Tymczasowy nakaz ochrony przed nękaniem</translation>
    </message>
    <message>
        <source>Restraining order</source>
        <translation>Zakaz zbliżania się</translation>
    </message>
    <message>
        <source>Non-molestation order</source>
        <translation>Zakaz napastowania</translation>
    </message>
    <message>
        <source>Bail conditions</source>
        <translation>Warunki zwolnienia za kaucją</translation>
    </message>
    <message>
        <source>Domestic Violence Protection Notice</source>
        <translation>Zawiadomienie o ochronie przed przemocą (DVPN)</translation>
    </message>
    <message>
        <source>Domestic Violence Protection Order</source>
        <translation>Nakaz ochrony przed przemocą domową (DVPO)</translation>
    </message>
    <message>
        <source>Injunction</source>
        <translation>Nakaz sądowy</translation>
    </message>
    <message>
        <source>Other order</source>
        <translation>Inny nakaz</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Złożono wniosek</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>Prohibition</source>
        <translation>Zakaz</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Obowiązek</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <source>Being afraid</source>
        <translation>Strach</translation>
    </message>
    <message>
        <source>You feel very afraid of them or of what they may do next.</source>
        <translation>Bardzo się ich boisz albo tego, co mogą zrobić dalej.</translation>
    </message>
    <message>
        <source>Earlier stalking or harassment</source>
        <translation>Wcześniejsze nękanie</translation>
    </message>
    <message>
        <source>They have stalked or harassed you, or someone else, before this began.</source>
        <translation>Nękali Ciebie lub kogoś innego już wcześniej, zanim to się zaczęło.</translation>
    </message>
    <message>
        <source>Damage to your things</source>
        <translation>Niszczenie Twoich rzeczy</translation>
    </message>
    <message>
        <source>They have damaged or interfered with your home, car or other belongings.</source>
        <translation>Uszkodzili Twój dom, samochód lub inne rzeczy albo przy nich majstrowali.</translation>
    </message>
    <message>
        <source>Turning up often</source>
        <translation>Częste pojawianie się</translation>
    </message>
    <message>
        <source>They have come to your home, work or places you go more than three times in one week.</source>
        <translation>Przychodzili do Twojego domu, pracy lub miejsc, w których bywasz, częściej niż trzy razy w ciągu jednego tygodnia.</translation>
    </message>
    <message>
        <source>Hanging around</source>
        <translation>Kręcenie się w pobliżu</translation>
    </message>
    <message>
        <source>They hang around near your home, work, school or the places you go.</source>
        <translation>Kręcą się w pobliżu Twojego domu, pracy, szkoły lub miejsc, w których bywasz.</translation>
    </message>
    <message>
        <source>Threats to hurt you</source>
        <translation>Groźby zrobienia Ci krzywdy</translation>
    </message>
    <message>
        <source>They have threatened to hurt you physically or sexually.</source>
        <translation>Grozili, że zrobią Ci krzywdę fizycznie lub seksualnie.</translation>
    </message>
    <message>
        <source>Bothering people around you</source>
        <translation>Nękanie bliskich Ci osób</translation>
    </message>
    <message>
        <source>They have contacted, followed or upset your family, friends or colleagues.</source>
        <translation>Kontaktowali się z Twoją rodziną, przyjaciółmi lub współpracownikami, śledzili ich albo ich niepokoili.</translation>
    </message>
    <message>
        <source>Violence during this</source>
        <translation>Przemoc w tym czasie</translation>
    </message>
    <message>
        <source>They have been violent towards you at some point since this began.</source>
        <translation>Od kiedy to się zaczęło, choć raz użyli wobec Ciebie przemocy.</translation>
    </message>
    <message>
        <source>Others helping them</source>
        <translation>Pomoc innych osób</translation>
    </message>
    <message>
        <source>Someone else has helped them find, follow, watch or contact you.</source>
        <translation>Ktoś inny pomagał im Cię odnaleźć, śledzić, obserwować lub się z Tobą kontaktować.</translation>
    </message>
    <message>
        <source>Drink or drugs</source>
        <translation>Alkohol lub narkotyki</translation>
    </message>
    <message>
        <source>They misuse alcohol or drugs, as far as you know.</source>
        <translation>O ile wiesz, nadużywają alkoholu lub narkotyków.</translation>
    </message>
    <message>
        <source>Violence in their past</source>
        <translation>Przemoc w przeszłości</translation>
    </message>
    <message>
        <source>You know of violence they have used before, towards you or anyone else.</source>
        <translation>Wiesz o przemocy, której używali wcześniej wobec Ciebie lub kogokolwiek innego.</translation>
    </message>
    <message>
        <source>The full pack plus folders of files for a police upload link (at most 16 files in each folder, every file named with its reference and date) and how-to-upload.txt.</source>
        <translation>Pełny pakiet oraz foldery z plikami do przesłania policji przez link (najwyżej 16 plików w każdym folderze, każdy plik nazwany swoim oznaczeniem i datą) i how-to-upload.txt.</translation>
    </message>
    <message>
        <source>A new or empty folder, into which the signed pack and the upload folders are written.</source>
        <translation>Nowy lub pusty folder, do którego zostaną zapisane podpisany pakiet i foldery do przesłania.</translation>
    </message>
    <message>
        <source>The upload folders are in {folder}, with how-to-upload.txt. They are not protected by a passphrase: delete them once they are uploaded.</source>
        <translation>Foldery do przesłania są w {folder}, razem z how-to-upload.txt. Nie są chronione hasłem: usuń je, gdy tylko zostaną przesłane.</translation>
    </message>
    <message>
        <source>A police upload cannot be locked with a passphrase: the upload link takes the files themselves. Make it without --encrypt, or make a locked full pack instead. Nothing was written.</source>
        <translation>Plików do przesłania policji nie można zabezpieczyć hasłem: link do przesyłania przyjmuje same pliki. Utwórz je bez --encrypt albo zamiast tego utwórz zabezpieczony pełny pakiet. Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy wpis</translation>
    </message>
    <message>
        <source>Included now, in the diary before</source>
        <translation>Dołączony teraz, wcześniej był w dzienniku</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Poprawiony</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Uzupełnienie</translation>
    </message>
    <message>
        <source>Shown differently</source>
        <translation>Pokazany inaczej</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>New exhibit</source>
        <translation>Nowy dowód</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nowa wiadomość</translation>
    </message>
    <message>
        <source>Safe contacts and code words</source>
        <translation>Bezpieczne kontakty i hasła umowne</translation>
    </message>
    <message>
        <source>Who you can call at any hour, and a word or phrase that tells them you need help without saying so.</source>
        <translation>Do kogo możesz zadzwonić o każdej porze i słowo lub zwrot, który da im znać, że potrzebujesz pomocy, bez mówienia tego wprost.</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Bezpieczne miejsca</translation>
    </message>
    <message>
        <source>Places you can go if you feel unsafe: a friend&apos;s home, a shop or station with staff, a police station.</source>
        <translation>Miejsca, do których możesz pójść, gdy nie czujesz się bezpiecznie: dom przyjaciela, sklep lub dworzec z obsługą, komisariat policji.</translation>
    </message>
    <message>
        <source>Routes and routines to vary</source>
        <translation>Trasy i zwyczaje do zmieniania</translation>
    </message>
    <message>
        <source>Journeys and habits they know about (the school run, the gym, your way to work) and how you could change them.</source>
        <translation>Trasy i nawyki, o których wiedzą (odprowadzanie dzieci do szkoły, siłownia, droga do pracy), i jak możesz je zmienić.</translation>
    </message>
    <message>
        <source>What to keep ready</source>
        <translation>Co mieć w gotowości</translation>
    </message>
    <message>
        <source>Phone charged, money, keys, medicines, documents, a bag you could take at once, and where they are.</source>
        <translation>Naładowany telefon, pieniądze, klucze, leki, dokumenty, torba, którą możesz od razu zabrać, i gdzie to wszystko jest.</translation>
    </message>
    <message>
        <source>Who at work or school knows</source>
        <translation>Kto w pracy lub szkole wie</translation>
    </message>
    <message>
        <source>Who there knows what is happening, what they have agreed to do (screen calls, walk you to your car), and who to tell if something changes.</source>
        <translation>Kto tam wie, co się dzieje, co zgodził się robić (odbierać za Ciebie telefony, odprowadzać Cię do samochodu) i komu powiedzieć, jeśli coś się zmieni.</translation>
    </message>
    <message>
        <source>Your advocate&apos;s details</source>
        <translation>Dane Twojego doradcy</translation>
    </message>
    <message>
        <source>Your advocate or support worker: name, service, number, when to reach them, and any police officer or reference number.</source>
        <translation>Twój doradca lub osoba wspierająca: imię i nazwisko, organizacja, numer, kiedy można się kontaktować, oraz funkcjonariusz policji lub numer sprawy.</translation>
    </message>
    <message>
        <source>If he turns up</source>
        <translation>Jeśli się pojawi</translation>
    </message>
    <message>
        <source>What you will do if he turns up at home, at work or somewhere else: where to go, who to call, what to say.</source>
        <translation>Co zrobisz, jeśli pojawi się w domu, w pracy lub gdzie indziej: dokąd pójść, do kogo zadzwonić, co powiedzieć.</translation>
    </message>
    <message>
        <source>email</source>
        <translation type="vanished">e-mail</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>Zip archive</source>
        <translation>Archiwum ZIP</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Arkusz kalkulacyjny (CSV)</translation>
    </message>
    <message>
        <source>Phone backup (XML)</source>
        <translation>Kopia zapasowa telefonu (XML)</translation>
    </message>
    <message>
        <source>Data (JSON)</source>
        <translation>Dane (JSON)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>Nagranie dźwiękowe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>Ta strona</translation>
    </message>
</context>
<context>
    <name>AboutMeDialog</name>
    <message>
        <source>About me</source>
        <translation type="vanished">O mnie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="vanished">&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close About me</source>
        <translation type="vanished">Zamknij O mnie</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
    <message>
        <source>These details stay in your diary, encrypted. A court copy of your evidence pack is given to the person you are afraid of, so Daybook takes out every phone number, email address, address and other detail you list here, wherever it appears, even inside their messages. Your name stays: they know it. Write one on each line.</source>
        <translation>Te dane zostają w Twoim dzienniku, zaszyfrowane. Kopia dla sądu z Twojego pakietu dowodów trafia do osoby, której się boisz, więc Daybook usuwa każdy wymieniony tu numer telefonu, adres e-mail, adres i inny szczegół, gdziekolwiek się pojawi, nawet w jej wiadomościach. Twoje imię i nazwisko zostaje: ta osoba je zna. Wpisz po jednym w każdym wierszu.</translation>
    </message>
    <message>
        <source>Your name, as the evidence pack should give it</source>
        <translation>Twoje imię i nazwisko w takiej formie, jak ma je podać pakiet dowodów</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="vanished">Twoje &amp;imię i nazwisko</translation>
    </message>
    <message>
        <source>Your na&amp;me</source>
        <translation>Twoje &amp;imię i nazwisko</translation>
    </message>
    <message>
        <source>Your phone numbers, one a line</source>
        <translation>Twoje numery telefonów, po jednym w wierszu</translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation>Numery &amp;telefonów</translation>
    </message>
    <message>
        <source>Your email addresses, one a line</source>
        <translation>Twoje adresy e-mail, po jednym w wierszu</translation>
    </message>
    <message>
        <source>&amp;Email addresses</source>
        <translation>Adresy &amp;e-mail</translation>
    </message>
    <message>
        <source>Your addresses: home, work, school, one a line</source>
        <translation>Twoje adresy: dom, praca, szkoła, po jednym w wierszu</translation>
    </message>
    <message>
        <source>14 Acacia Avenue, Leeds LS6 2AB</source>
        <translation>14 Acacia Avenue, Leeds LS6 2AB</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>A&amp;dresy</translation>
    </message>
    <message>
        <source>Anything else that identifies you, one a line</source>
        <translation>Cokolwiek innego, co Cię identyfikuje, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Car registration, a child&apos;s name or school, your workplace</source>
        <translation>Numer rejestracyjny samochodu, imię lub szkoła dziecka, Twoje miejsce pracy</translation>
    </message>
    <message>
        <source>&amp;Other details</source>
        <translation>Inne &amp;szczegóły</translation>
    </message>
    <message>
        <source>Your country, as two letters, for phone numbers written without one</source>
        <translation>Twój kraj, dwiema literami, dla numerów telefonów zapisanych bez kierunkowego</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Z&amp;apisz</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>Zapisz moje dane</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>AboutMeView</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Wróć do ustawień</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>O mnie</translation>
    </message>
</context>
<context>
    <name>BreachPicker</name>
    <message>
        <source>Conditions of an order this broke: tick any</source>
        <translation>Warunki nakazu, które to naruszyło: zaznacz wszystkie pasujące</translation>
    </message>
    <message>
        <source>No order was in force on that day.</source>
        <translation>Tego dnia nie obowiązywał żaden nakaz.</translation>
    </message>
</context>
<context>
    <name>CodeBox</name>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the {name}</source>
        <translation>Kopiuj: {name}</translation>
    </message>
    <message>
        <source>Copied privately, and cleared after 30 seconds</source>
        <translation>Skopiowano prywatnie; zostanie wyczyszczone po 30 sekundach</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Details of the {name}, for an advocate</source>
        <translation>Szczegóły: {name}, dla doradcy</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Compare with an earlier pack</source>
        <translation>Porównaj z wcześniejszym pakietem</translation>
    </message>
    <message>
        <source>Compare this pack with an earlier one from the same person: Daybook checks that nothing in the earlier pack has been changed since, and lists what is new, revised or deleted.</source>
        <translation>Porównaj ten pakiet z wcześniejszym od tej samej osoby: Daybook sprawdzi, czy od tamtej pory nic we wcześniejszym pakiecie nie zostało zmienione, i wypisze, co jest nowe, poprawione lub usunięte.</translation>
    </message>
    <message>
        <source>Choose the &amp;earlier pack…</source>
        <translation>Wybierz &amp;wcześniejszy pakiet…</translation>
    </message>
    <message>
        <source>Choose the earlier pack to compare with</source>
        <translation>Wybierz wcześniejszy pakiet do porównania</translation>
    </message>
    <message>
        <source>The earlier pack&apos;s passphrase</source>
        <translation>Hasło do wcześniejszego pakietu</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <source>Compare the two packs</source>
        <translation>Porównaj oba pakiety</translation>
    </message>
    <message>
        <source>Comparing the packs</source>
        <translation>Porównywanie pakietów</translation>
    </message>
    <message>
        <source>Whether the new pack follows on from the earlier one</source>
        <translation>Czy nowy pakiet jest dalszym ciągiem wcześniejszego</translation>
    </message>
    <message>
        <source>What changed since the earlier pack</source>
        <translation>Co się zmieniło od wcześniejszego pakietu</translation>
    </message>
    <message>
        <source>Packs you have seen</source>
        <translation>Wcześniej otwarte pakiety</translation>
    </message>
    <message>
        <source>The passphrase of your list</source>
        <translation>Hasło do Twojej listy</translation>
    </message>
    <message>
        <source>Passphrase of the list</source>
        <translation>Hasło do listy</translation>
    </message>
    <message>
        <source>The list&apos;s passphrase again</source>
        <translation>Hasło do listy ponownie</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>To samo ponownie</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw</source>
        <translation>Porównanie z ostatnio otwartym pakietem</translation>
    </message>
    <message>
        <source>Your list is open: each pack you open now is compared with the last one you saw from the same person. It stays locked on this computer.</source>
        <translation>Twoja lista jest otwarta: każdy pakiet, który teraz otworzysz, zostanie porównany z ostatnim otwartym pakietem od tej samej osoby. Lista pozostaje zabezpieczona na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Remember this pack</source>
        <translation>Zapamiętaj &amp;ten pakiet</translation>
    </message>
    <message>
        <source>You keep a list of packs you have seen on this computer. Type its passphrase to compare this pack with the last one from the same person.</source>
        <translation>Na tym komputerze prowadzisz listę otwartych pakietów. Wpisz jej hasło, aby porównać ten pakiet z ostatnim od tej samej osoby.</translation>
    </message>
    <message>
        <source>&amp;Open my list</source>
        <translation>&amp;Otwórz moją listę</translation>
    </message>
    <message>
        <source>Daybook keeps nothing about the packs you open. If you wish, it can keep a short list on this computer (the person&apos;s initials, the check code, the history code and the date you received it), locked with a passphrase you choose, so the next pack from the same person is compared with this one.</source>
        <translation>Daybook nie przechowuje niczego o otwieranych pakietach. Jeśli chcesz, może prowadzić na tym komputerze krótką listę (inicjały osoby, kod kontrolny, kod historii i datę otrzymania), zabezpieczoną wybranym przez Ciebie hasłem, żeby następny pakiet od tej samej osoby został porównany z tym.</translation>
    </message>
    <message>
        <source>Please type the list&apos;s passphrase.</source>
        <translation>Wpisz hasło do listy.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Oba hasła nie są jeszcze takie same.</translation>
    </message>
    <message>
        <source>A pack that does not check out is not added to your list.</source>
        <translation>Pakiet, który nie przeszedł weryfikacji, nie zostanie dodany do listy.</translation>
    </message>
    <message>
        <source>This pack is in your list: the next pack from the same person will be compared with it when you open your list.</source>
        <translation>Ten pakiet jest na Twojej liście: następny pakiet od tej samej osoby zostanie z nim porównany, gdy otworzysz listę.</translation>
    </message>
    <message>
        <source>You have not seen a pack signed with this check code before, so there is nothing to compare it with.</source>
        <translation>Nie było jeszcze pakietu podpisanego tym kodem kontrolnym, więc nie ma go z czym porównać.</translation>
    </message>
    <message>
        <source>This pack does not check out, so it cannot show that. {why}</source>
        <translation>Ten pakiet nie przeszedł weryfikacji, więc nie może tego wykazać. {why}</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw from {initials} ({id}, received {day}): {result}</source>
        <translation>Porównanie z ostatnim otwartym pakietem od {initials} ({id}, otrzymany {day}): {result}</translation>
    </message>
    <message>
        <source>Choose the earlier pack</source>
        <translation>Wybierz wcześniejszy pakiet</translation>
    </message>
    <message>
        <source>Earlier pack: {name}</source>
        <translation>Wcześniejszy pakiet: {name}</translation>
    </message>
    <message>
        <source>The earlier pack is locked with a passphrase. Type it, then Compare.</source>
        <translation>Wcześniejszy pakiet jest zabezpieczony hasłem. Wpisz je, a potem wybierz Porównaj.</translation>
    </message>
    <message>
        <source>Please type the earlier pack&apos;s passphrase.</source>
        <translation>Wpisz hasło do wcześniejszego pakietu.</translation>
    </message>
    <message>
        <source>Continuity holds: everything in the earlier pack {old} is unchanged in this pack, and its history goes on from there.</source>
        <translation>Ciągłość zachowana: wszystko z wcześniejszego pakietu {old} jest w tym pakiecie bez zmian, a jego historia jest dalszym ciągiem tamtej.</translation>
    </message>
    <message>
        <source>Continuity does NOT hold: this pack does not show that the earlier one is unchanged. Do not rely on it without asking the person.</source>
        <translation>Ciągłość NIE jest zachowana: ten pakiet nie wykazuje, że wcześniejszy pozostał bez zmian. Nie polegaj na nim, zanim nie zapytasz tej osoby.</translation>
    </message>
    <message>
        <source>Both packs were signed by the Daybook with the check code {code}.</source>
        <translation>Oba pakiety podpisał Daybook z kodem kontrolnym {code}.</translation>
    </message>
    <message>
        <source>{n} history entries were recorded since the earlier pack ({words}). History code then: {old}; now: {new}.</source>
        <translation>Od wcześniejszego pakietu w historii zapisano nowe zdarzenia (liczba: {n}; {words}). Kod historii wtedy: {old}; teraz: {new}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>New entries: {new}; revisions: {revised}; addenda: {addenda}; deleted: {deleted}; unchanged: {unchanged}.</source>
        <translation>Nowe wpisy: {new}; poprawki: {revised}; uzupełnienia: {addenda}; usunięte: {deleted}; bez zmian: {unchanged}.</translation>
    </message>
</context>
<context>
    <name>CourtPage</name>
    <message>
        <source>Going to court</source>
        <translation>Sprawa w sądzie</translation>
    </message>
    <message>
        <source>Orders and breaches</source>
        <translation>Nakazy i ich naruszenia</translation>
    </message>
    <message>
        <source>Risk information</source>
        <translation>Informacje o zagrożeniu</translation>
    </message>
    <message>
        <source>Your statement</source>
        <translation>Twoje oświadczenie</translation>
    </message>
</context>
<context>
    <name>DiaryExtras</name>
    <message>
        <source>Evidence and imports</source>
        <translation type="vanished">Dowody i importy</translation>
    </message>
    <message>
        <source>&amp;Make an evidence pack…</source>
        <translation type="vanished">&amp;Utwórz pakiet dowodów…</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation type="vanished">&amp;Dodaj wiadomości z telefonu lub poczty…</translation>
    </message>
    <message>
        <source>&amp;Open an evidence pack…</source>
        <translation type="vanished">&amp;Otwórz pakiet dowodów…</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="vanished">&amp;Dowody</translation>
    </message>
    <message>
        <source>Evidence: make or open a pack, add messages</source>
        <translation type="vanished">Dowody: utwórz lub otwórz pakiet, dodaj wiadomości</translation>
    </message>
    <message>
        <source>Make an evidence pack ({export}), add messages ({add})</source>
        <translation type="vanished">Utwórz pakiet dowodów ({export}), dodaj wiadomości ({add})</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nowy wpis</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nowy wpis</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Nowy wpis (Ctrl+N)</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Z szablonu</translation>
    </message>
    <message>
        <source>New entry from a template: a call, a message, something left…</source>
        <translation>Nowy wpis z szablonu: połączenie, wiadomość, coś zostawionego…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>It happened &amp;again</source>
        <translation type="vanished">Stało się &amp;znowu</translation>
    </message>
    <message>
        <source>It happened again: a quick entry for now</source>
        <translation>Stało się znowu: szybki wpis na teraz</translation>
    </message>
    <message>
        <source>A quick entry for now (Ctrl+Shift+N)</source>
        <translation>Szybki wpis na teraz (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Zab&amp;lokuj</translation>
    </message>
    <message>
        <source>Lock the diary</source>
        <translation>Zablokuj dziennik</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Zablokuj (Ctrl+L)</translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation>Szybkie wy&amp;jście</translation>
    </message>
    <message>
        <source>Quick exit: close Daybook at once</source>
        <translation>Szybkie wyjście: natychmiast zamknij Daybook</translation>
    </message>
    <message>
        <source>Close at once and keep what you were writing (Ctrl+Q, or Esc twice)</source>
        <translation>Zamknij od razu i zachowaj to, co piszesz (Ctrl+Q lub dwa razy Esc)</translation>
    </message>
    <message>
        <source>Help and safety</source>
        <translation>Pomoc i bezpieczeństwo</translation>
    </message>
    <message>
        <source>Help and safety: who to call, your safety plan</source>
        <translation>Pomoc i bezpieczeństwo: do kogo dzwonić, Twój plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>&amp;Carry on writing</source>
        <translation>&amp;Pisz dalej</translation>
    </message>
    <message>
        <source>Carry on writing</source>
        <translation>Pisz dalej</translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Throw away the unfinished entry</source>
        <translation>Odrzuć niedokończony wpis</translation>
    </message>
    <message>
        <source>Parts of the diary</source>
        <translation>Części dziennika</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>Dzi&amp;ennik</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Oso&amp;by</translation>
    </message>
    <message>
        <source>Photos and &amp;files</source>
        <translation type="vanished">Zdjęcia i &amp;pliki</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Wiadomości</translation>
    </message>
    <message>
        <source>Patte&amp;rns</source>
        <translation>Wzo&amp;rce</translation>
    </message>
    <message>
        <source>Safet&amp;y plan</source>
        <translation>&amp;Plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="vanished">&amp;Ustawienia</translation>
    </message>
    <message>
        <source>It happened a&amp;gain</source>
        <translation>Stało się &amp;znowu</translation>
    </message>
    <message>
        <source>Who to call, and your safety plan (F1)</source>
        <translation>Do kogo dzwonić i Twój plan bezpieczeństwa (F1)</translation>
    </message>
    <message>
        <source>P&amp;hotos and files</source>
        <translation>Zdję&amp;cia i pliki</translation>
    </message>
    <message>
        <source>Going to c&amp;ourt</source>
        <translation>Sprawa w &amp;sądzie</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Evidence and imports</source>
        <translation>Dowody i importy</translation>
    </message>
    <message>
        <source>&amp;Make an evidence pack…</source>
        <translation>&amp;Utwórz pakiet dowodów…</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation>&amp;Dodaj wiadomości z telefonu lub poczty…</translation>
    </message>
    <message>
        <source>&amp;Open an evidence pack…</source>
        <translation>&amp;Otwórz pakiet dowodów…</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Dowod&amp;y</translation>
    </message>
    <message>
        <source>Evidence: make or open a pack, add messages</source>
        <translation>Dowody: utwórz lub otwórz pakiet, dodaj wiadomości</translation>
    </message>
    <message>
        <source>Make an evidence pack ({export}), add messages ({add})</source>
        <translation>Utwórz pakiet dowodów ({export}), dodaj wiadomości ({add})</translation>
    </message>
    <message>
        <source>Make an evidence pack</source>
        <translation>Utwórz pakiet dowodów</translation>
    </message>
    <message>
        <source>Add messages from a phone or email</source>
        <translation>Dodaj wiadomości z telefonu lub poczty</translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried once: {times}. If that was not you, someone may have tried to open it.</source>
        <translation>Od ostatniego otwarcia dziennika raz wpisano błędne hasło: {times}. Jeśli to nie Ty, ktoś mógł próbować go otworzyć.</translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried {n} times (the latest: {times}). If that was not you, someone may have tried to open it.</source>
        <translation>Od ostatniego otwarcia dziennika błędne hasło wpisano {n} razy (ostatnio: {times}). Jeśli to nie Ty, ktoś mógł próbować go otworzyć.</translation>
    </message>
    <message>
        <source>You have an entry you had not finished. It was kept safe.</source>
        <translation>Masz niedokończony wpis. Został bezpiecznie zachowany.</translation>
    </message>
    <message>
        <source>Please finish or throw away your unfinished entry first.</source>
        <translation>Najpierw dokończ lub odrzuć niedokończony wpis.</translation>
    </message>
    <message>
        <source>Throw away the entry you had not finished? This cannot be undone.</source>
        <translation>Odrzucić niedokończony wpis? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Nothing was changed, so {number} stays as it was.</source>
        <translation>Niczego nie zmieniono, więc {number} pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>The files were added to {number}.</source>
        <translation>Pliki dodano do {number}.</translation>
    </message>
    <message>
        <source>Saved as a new version of {number}. The earlier version is kept, with the time it was changed.</source>
        <translation>Zapisano jako nową wersję {number}. Wcześniejsza wersja zostaje zachowana wraz z czasem zmiany.</translation>
    </message>
    <message>
        <source>Saved as {number}.</source>
        <translation>Zapisano jako {number}.</translation>
    </message>
    <message>
        <source>These files could not be added: {names}.</source>
        <translation>Nie udało się dodać tych plików: {names}.</translation>
    </message>
    <message>
        <source>Saved as {number}. You can add the details whenever you are ready.</source>
        <translation>Zapisano jako {number}. Szczegóły możesz dodać, kiedy tylko będziesz gotowy.</translation>
    </message>
</context>
<context>
    <name>ExhibitsPage</name>
    <message>
        <source>Photos and files</source>
        <translation>Zdjęcia i pliki</translation>
    </message>
    <message>
        <source>Choose a photo to see it. Files are kept locked inside your diary.</source>
        <translation>Wybierz zdjęcie, aby je zobaczyć. Pliki są przechowywane zablokowane w Twoim dzienniku.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Make an evidence pack</source>
        <translation>Utwórz pakiet dowodów</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Wróć do poprzedniego kroku</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Cancel making the pack</source>
        <translation>Anuluj tworzenie pakietu</translation>
    </message>
    <message>
        <source>Nex&amp;t</source>
        <translation>Dal&amp;ej</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>An evidence pack is one file for your stalking advocate or the police: a readable report, your entries in date order, the original photos and files, and a way for them to check nothing was changed. Your diary stays as it is.</source>
        <translation>Pakiet dowodów to jeden plik dla Twojego doradcy ds. nękania lub policji: czytelny raport, Twoje wpisy w kolejności dat, oryginalne zdjęcia i pliki oraz sposób, by sprawdzić, że nic nie zostało zmienione. Twój dziennik pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation>Które wpisy</translation>
    </message>
    <message>
        <source>&amp;Every entry</source>
        <translation>&amp;Każdy wpis</translation>
    </message>
    <message>
        <source>Every entry in the diary</source>
        <translation>Wszystkie wpisy w dzienniku</translation>
    </message>
    <message>
        <source>Entries in a &amp;period</source>
        <translation>Wpisy z ok&amp;resu</translation>
    </message>
    <message>
        <source>Entries in a period</source>
        <translation>Wpisy z okresu</translation>
    </message>
    <message>
        <source>Only &amp;some entries</source>
        <translation>&amp;Tylko niektóre wpisy</translation>
    </message>
    <message>
        <source>Only the entries I list</source>
        <translation>Tylko wpisy, które wymienię</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Od tego dnia</translation>
    </message>
    <message>
        <source>To this day</source>
        <translation>Do dziś</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Entry numbers to include</source>
        <translation>Numery wpisów do dołączenia</translation>
    </message>
    <message>
        <source>e.g. INC-0003, INC-0007 or 3, 7</source>
        <translation>np. INC-0003, INC-0007 lub 3, 7</translation>
    </message>
    <message>
        <source>Which copy</source>
        <translation>Która kopia</translation>
    </message>
    <message>
        <source>A f&amp;ull copy, for your advocate and the police</source>
        <translation>&amp;Pełna kopia dla doradcy i policji</translation>
    </message>
    <message>
        <source>Full copy, for your advocate and the police</source>
        <translation>Pełna kopia dla doradcy i policji</translation>
    </message>
    <message>
        <source>A cou&amp;rt copy, which may be shown to the other side</source>
        <translation>Kopia dla &amp;sądu, którą może zobaczyć druga strona</translation>
    </message>
    <message>
        <source>Court copy, which may be shown to the other side</source>
        <translation>Kopia dla sądu, którą może zobaczyć druga strona</translation>
    </message>
    <message>
        <source>A court &amp;bundle, kept within 350 pages</source>
        <translation>Zestaw dok&amp;umentów dla sądu, do 350 stron</translation>
    </message>
    <message>
        <source>Court bundle, kept within 350 pages</source>
        <translation>Zestaw dokumentów dla sądu, do 350 stron</translation>
    </message>
    <message>
        <source>Files for a police uploa&amp;d link</source>
        <translation>Pl&amp;iki do przesłania policji przez link</translation>
    </message>
    <message>
        <source>Files for a police upload link</source>
        <translation>Pliki do przesłania policji przez link</translation>
    </message>
    <message>
        <source>Everything you wrote, with the original photos and files. Only your private notes are left out, unless you choose to include them.</source>
        <translation>Wszystko, co napisałeś, z oryginalnymi zdjęciami i plikami. Pominięte są tylko Twoje prywatne notatki, chyba że zdecydujesz się je dołączyć.</translation>
    </message>
    <message>
        <source>Leaves out your own address, phone number and email, places you marked as sensitive, witnesses&apos; contact details and where your photos were taken. Their words and details are never removed.</source>
        <translation>Pomija Twój adres, numer telefonu i e-mail, miejsca oznaczone przez Ciebie jako wrażliwe, dane kontaktowe świadków i miejsca wykonania Twoich zdjęć. Ich słowa i dane nigdy nie są usuwane.</translation>
    </message>
    <message>
        <source>A court copy with your orders and breaches, risk information and draft statement, within the family courts&apos; 350-page limit: the least relevant entries&apos; full pages are left out (never their line in the chronology), and the cover says so.</source>
        <translation>Kopia dla sądu z Twoimi nakazami i ich naruszeniami, informacjami o zagrożeniu i projektem oświadczenia, w limicie 350 stron obowiązującym w sądach rodzinnych: pełne strony najmniej istotnych wpisów są pomijane (nigdy ich wiersz w chronologii), a okładka o tym informuje.</translation>
    </message>
    <message>
        <source>Include my pr&amp;ivate notes</source>
        <translation>Dołącz &amp;moje prywatne notatki</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Dołącz moje prywatne notatki</translation>
    </message>
    <message>
        <source>Add their &amp;messages that are not part of any entry, as an appendix (when there are fewer than 500)</source>
        <translation type="vanished">Dodaj ich &amp;wiadomości, które nie należą do żadnego wpisu, jako załącznik (gdy jest ich mniej niż 500)</translation>
    </message>
    <message>
        <source>Add their messages that are not part of any entry, as an appendix</source>
        <translation type="vanished">Dodaj ich wiadomości, które nie należą do żadnego wpisu, jako załącznik</translation>
    </message>
    <message>
        <source>Who the pack is for</source>
        <translation>Dla kogo jest pakiet</translation>
    </message>
    <message>
        <source>e.g. my stalking advocate, PC Smith</source>
        <translation>np. mój doradca ds. nękania, PC Smith</translation>
    </message>
    <message>
        <source>&amp;Who it is for</source>
        <translation>Dla ko&amp;go</translation>
    </message>
    <message>
        <source>What the pack will hold</source>
        <translation>Co będzie w pakiecie</translation>
    </message>
    <message>
        <source>Working out what goes in</source>
        <translation>Ustalanie, co trafi do pakietu</translation>
    </message>
    <message>
        <source>What this copy leaves out, and why</source>
        <translation>Co pomija ta kopia i dlaczego</translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation>Co pomija ta kopia</translation>
    </message>
    <message>
        <source>Nothing is left out of this copy.</source>
        <translation>W tej kopii niczego nie pominięto.</translation>
    </message>
    <message>
        <source>The same list is printed on the pack&apos;s cover, so nothing is left out without saying so.</source>
        <translation>Ta sama lista jest wydrukowana na okładce pakietu, więc nic nie zostaje pominięte bez informacji o tym.</translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation>Gdzie zapisać pakiet</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation>Wybierz, gdzie zapisać pakiet</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>Za&amp;pisz jako</translation>
    </message>
    <message>
        <source>Save it somewhere the person doing this cannot see, such as a USB stick you keep safe, and delete it from this computer once it has been handed over.</source>
        <translation>Zapisz go tam, gdzie osoba, która to robi, go nie zobaczy, np. na pendrive, który trzymasz w bezpiecznym miejscu, i usuń go z tego komputera po przekazaniu.</translation>
    </message>
    <message>
        <source>Lock the pack with a pass&amp;phrase</source>
        <translation>Zabezpiecz pakiet &amp;hasłem</translation>
    </message>
    <message>
        <source>Lock the pack with a passphrase</source>
        <translation>Zabezpiecz pakiet hasłem</translation>
    </message>
    <message>
        <source>Passphrase for the pack</source>
        <translation>Hasło do pakietu</translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase again</source>
        <translation>Hasło do pakietu ponownie</translation>
    </message>
    <message>
        <source>Use a different passphrase from your diary&apos;s. Tell it to the person you give the pack to separately, for example by phone, never in the same email. They open it with Daybook (“Open an evidence pack”).</source>
        <translation>Użyj innego hasła niż do dziennika. Przekaż je osobie, której dajesz pakiet, osobno, np. telefonicznie, nigdy w tym samym e-mailu. Otworzy go w Daybook („Otwórz pakiet dowodów”).</translation>
    </message>
    <message>
        <source>Your check code</source>
        <translation>Twój kod kontrolny</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Technical details of the pack</source>
        <translation>Szczegóły techniczne pakietu</translation>
    </message>
    <message>
        <source>Your Daybook signs every pack it makes. Its check code is {code}: give this code to whoever receives a pack, separately from the pack, so they can see it came from you.</source>
        <translation>Twój Daybook podpisuje każdy tworzony pakiet. Jego kod kontrolny to {code}: przekaż go odbiorcy pakietu osobno od pakietu, żeby mógł sprawdzić, że pochodzi od Ciebie.</translation>
    </message>
    <message>
        <source>Counting their messages that are not part of any entry…</source>
        <translation>Liczę ich wiadomości, które nie należą do żadnego wpisu…</translation>
    </message>
    <message>
        <source>{some} and {last}</source>
        <translation>{some} i {last}</translation>
    </message>
    <message>
        <source>Add the &amp;message that is not part of any entry, as an appendix</source>
        <translation>Dodaj &amp;wiadomość, która nie należy do żadnego wpisu, jako załącznik</translation>
    </message>
    <message>
        <source>Add the {n} &amp;messages that are not part of any entry, as an appendix</source>
        <translation>Dodaj {n} &amp;wiadomości, które nie należą do żadnego wpisu, jako załącznik</translation>
    </message>
    <message>
        <source>1 message from {people} is not part of any entry.</source>
        <translation>1 wiadomość od {people} nie należy do żadnego wpisu.</translation>
    </message>
    <message>
        <source>{n} messages from {people} are not part of any entry.</source>
        <translation>Wiadomości od {people}, które nie należą do żadnego wpisu: {n}.</translation>
    </message>
    <message>
        <source>As there are 500 or more, they are left out unless you tick the box: the pack says so on its cover, and they stay in your diary.</source>
        <translation>Ponieważ jest ich 500 lub więcej, zostaną pominięte, chyba że zaznaczysz to pole: pakiet mówi o tym na okładce, a wiadomości zostają w Twoim dzienniku.</translation>
    </message>
    <message>
        <source>The appendix goes at the end of the pack, with its own page numbers. Untick the box to leave it out: the pack then says so on its cover.</source>
        <translation>Załącznik trafia na koniec pakietu, z własną numeracją stron. Odznacz pole, aby go pominąć: pakiet powie o tym na okładce.</translation>
    </message>
    <message>
        <source>court bundle</source>
        <translation>kopia w formie zestawu dokumentów dla sądu</translation>
    </message>
    <message>
        <source>full copy, with folders for a police upload,</source>
        <translation>pełna kopia, z folderami do przesłania policji,</translation>
    </message>
    <message>
        <source>This {copy}, an update to the pack {id}, will hold:</source>
        <translation>Ta {copy}, aktualizacja pakietu {id}, będzie zawierać:</translation>
    </message>
    <message>
        <source>New or changed entries, in full: {n}</source>
        <translation>Nowe lub zmienione wpisy, w całości: {n}</translation>
    </message>
    <message>
        <source>Messages not part of any entry, in an appendix: {n}</source>
        <translation>Wiadomości spoza wpisów, w załączniku: {n}</translation>
    </message>
    <message>
        <source>Unchanged entries, listed with a code that proves it: {n}</source>
        <translation>Wpisy bez zmian, wymienione z kodem, który to potwierdza: {n}</translation>
    </message>
    <message>
        <source>&amp;Save into</source>
        <translation>Zapisz w folde&amp;rze</translation>
    </message>
    <message>
        <source>The folder to save the upload into</source>
        <translation>Folder, w którym zapisać pliki do przesłania</translation>
    </message>
    <message>
        <source>Choose the folder to save the upload into</source>
        <translation>Wybierz folder, w którym zapisać pliki do przesłania</translation>
    </message>
    <message>
        <source>Give this check code to your advocate or officer separately from the pack: read it out, write it on a card or send it by text. When they open the pack in Daybook, it shows the check code of the Daybook that signed it. If the two codes are the same and the pack checks out, it came from your Daybook and nothing in it has changed.</source>
        <translation>Przekaż ten kod kontrolny doradcy lub funkcjonariuszowi osobno od pakietu: przeczytaj go na głos, zapisz na kartce albo wyślij SMS-em. Gdy otworzą pakiet w Daybook, zobaczą kod kontrolny Daybook, który go podpisał. Jeśli oba kody są takie same i pakiet przejdzie weryfikację, pochodzi z Twojego Daybook i nic w nim się nie zmieniło.</translation>
    </message>
    <message>
        <source>The pack is locked with the passphrase you chose: tell it to them separately too.</source>
        <translation>Pakiet jest zabezpieczony wybranym hasłem: je również przekaż im osobno.</translation>
    </message>
    <message>
        <source>Pack: {id}
Signing key fingerprint, for checking with standard tools (ssh-keygen -l): {fp}</source>
        <translation>Pakiet: {id}
Odcisk klucza podpisu, do sprawdzenia standardowymi narzędziami (ssh-keygen -l): {fp}</translation>
    </message>
    <message>
        <source>Passphrase for the pac&amp;k</source>
        <translation>Hasło do &amp;pakietu</translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation>Wpisz je dru&amp;gi raz</translation>
    </message>
    <message>
        <source>Use a different passphrase from your diary&apos;s. Tell it to the person you give the pack to separately, for example by phone, never in the same email. They can open it with Daybook or the standard &apos;age&apos; tool.</source>
        <translation type="vanished">Użyj innego hasła niż do dziennika. Przekaż je osobie, której dajesz pakiet, osobno, np. telefonicznie, nigdy w tym samym e-mailu. Może go otworzyć w Daybook lub standardowym narzędziem &apos;age&apos;.</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Tworzenie pakietu…</translation>
    </message>
    <message>
        <source>Making the pack</source>
        <translation>Tworzenie pakietu</translation>
    </message>
    <message>
        <source>The pack is made</source>
        <translation>Pakiet jest gotowy</translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="vanished">Odcisk klucza podpisu</translation>
    </message>
    <message>
        <source>What to tell your advocate</source>
        <translation>Co powiedzieć doradcy</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="vanished">Odcisk Twojego klucza podpisu</translation>
    </message>
    <message>
        <source>Your packs are signed with the key {key}. Whoever receives one can check that it shows this same fingerprint.</source>
        <translation type="vanished">Twoje pakiety są podpisywane kluczem {key}. Każdy, kto je otrzyma, może sprawdzić, czy pokazują ten sam odcisk.</translation>
    </message>
    <message>
        <source>&amp;Make the pack</source>
        <translation>&amp;Utwórz pakiet</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gotowe</translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation>Utwórz pakiet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Make an evidence pack: what to include</source>
        <translation>Utwórz pakiet dowodów: co dołączyć</translation>
    </message>
    <message>
        <source>Make an evidence pack: what it will hold</source>
        <translation>Utwórz pakiet dowodów: co będzie zawierał</translation>
    </message>
    <message>
        <source>Make an evidence pack: where to save it</source>
        <translation>Utwórz pakiet dowodów: gdzie go zapisać</translation>
    </message>
    <message>
        <source>Making the evidence pack</source>
        <translation>Tworzenie pakietu dowodów</translation>
    </message>
    <message>
        <source>Your evidence pack is ready</source>
        <translation>Twój pakiet dowodów jest gotowy</translation>
    </message>
    <message>
        <source>The first day is after the last day. Please check them.</source>
        <translation>Pierwszy dzień jest po ostatnim. Sprawdź je.</translation>
    </message>
    <message>
        <source>Please write the numbers of the entries to include.</source>
        <translation>Wpisz numery wpisów do dołączenia.</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>od {first} do {last}</translation>
    </message>
    <message>
        <source>This {copy} will hold:</source>
        <translation>Ta {copy} będzie zawierać:</translation>
    </message>
    <message>
        <source>court copy</source>
        <translation>kopia dla sądu</translation>
    </message>
    <message>
        <source>full copy</source>
        <translation>pełna kopia</translation>
    </message>
    <message>
        <source>Entries: {n} {period}</source>
        <translation>Wpisy: {n} {period}</translation>
    </message>
    <message>
        <source>Photos and files: {n}</source>
        <translation>Zdjęcia i pliki: {n}</translation>
    </message>
    <message>
        <source>Messages linked to those entries: {n}</source>
        <translation>Wiadomości połączone z tymi wpisami: {n}</translation>
    </message>
    <message>
        <source>Your private notes, as you chose</source>
        <translation>Twoje prywatne notatki, zgodnie z wyborem</translation>
    </message>
    <message>
        <source>Any location or other hidden details inside the photo or video</source>
        <translation>Wszelkie dane o miejscu lub inne ukryte szczegóły w zdjęciu lub filmie</translation>
    </message>
    <message>
        <source>Any location or other hidden details inside the {n} photos or videos</source>
        <translation>Wszelkie dane o miejscu lub inne ukryte szczegóły w zdjęciach lub filmach ({n})</translation>
    </message>
    <message>
        <source>Court copy: a photo that holds them is included as a copy without them; a video, which Daybook cannot clean, stays in the full copy only.</source>
        <translation>Kopia dla sądu: zdjęcie, które je zawiera, zostanie dołączone jako kopia bez nich; film, którego Daybook nie potrafi oczyścić, zostaje tylko w pełnej kopii.</translation>
    </message>
    <message>
        <source>Save the evidence pack as</source>
        <translation>Zapisz pakiet dowodów jako</translation>
    </message>
    <message>
        <source>Please choose where to save the pack.</source>
        <translation>Wybierz, gdzie zapisać pakiet.</translation>
    </message>
    <message>
        <source>That folder does not exist. Please choose another place.</source>
        <translation>Ten folder nie istnieje. Wybierz inne miejsce.</translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name.</source>
        <translation>Jest tam już plik o nazwie {name}. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Please choose a passphrase for the pack.</source>
        <translation>Wybierz hasło do pakietu.</translation>
    </message>
    <message>
        <source>That passphrase could be guessed. The pack may travel by email or on a USB stick, where whoever finds it can keep trying: please make it a little longer or less predictable.</source>
        <translation>To hasło łatwo odgadnąć. Pakiet może trafić do e-maila lub na pendrive, gdzie znalazca może próbować bez końca: niech będzie trochę dłuższe albo mniej przewidywalne.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Oba hasła nie są jeszcze takie same.</translation>
    </message>
    <message>
        <source>Evidence pack {id} is saved as {path}.</source>
        <translation>Pakiet dowodów {id} zapisano jako {path}.</translation>
    </message>
    <message>
        <source>It says on its cover what it leaves out: {items}.</source>
        <translation>Na okładce podaje, co pomija: {items}.</translation>
    </message>
    <message>
        <source>When you hand it over, tell your advocate or officer this fingerprint, for example by phone, or let them see it here. It is also printed on the report&apos;s cover. They can check the pack in Daybook with &quot;Open an evidence pack&quot;, or with standard tools as its README.txt explains; the pack is genuine and unchanged only if it checks out and shows this same fingerprint.</source>
        <translation type="vanished">Przekazując go, podaj ten odcisk doradcy lub funkcjonariuszowi, np. telefonicznie, albo pozwól mu zobaczyć go tutaj. Jest też wydrukowany na okładce raportu. Mogą sprawdzić pakiet w Daybook za pomocą „Otwórz pakiet dowodów” lub standardowymi narzędziami, jak opisuje jego README.txt; pakiet jest autentyczny i niezmieniony tylko wtedy, gdy przejdzie weryfikację i pokaże ten sam odcisk.</translation>
    </message>
    <message>
        <source>The pack is locked with the passphrase you chose: tell it to them separately.</source>
        <translation type="vanished">Pakiet jest zabezpieczony wybranym hasłem: przekaż im je osobno.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Daybook</source>
        <translation>Witamy w Daybook</translation>
    </message>
    <message>
        <source>Daybook is a private diary. Use it to write down what happens to you, when and where, in your own words, as soon as you can after it happens.</source>
        <translation>Daybook to prywatny dziennik. Zapisuj w nim, co Ci się przydarza, kiedy i gdzie, własnymi słowami, jak najszybciej po zdarzeniu.</translation>
    </message>
    <message>
        <source>Everything you write, and every photo or file you add, is locked with a passphrase that only you know and kept on this computer only. Nothing is sent anywhere. Without the passphrase, nobody can read it.</source>
        <translation>Wszystko, co piszesz, i każde dodane zdjęcie lub plik są zabezpieczone hasłem, które znasz tylko Ty, i przechowywane wyłącznie na tym komputerze. Nic nie jest nigdzie wysyłane. Bez hasła nikt tego nie przeczyta.</translation>
    </message>
    <message>
        <source>When you are ready, Daybook can put your entries together for a support worker or the police. You decide if and when.</source>
        <translation>Gdy będziesz gotowy, Daybook może zebrać Twoje wpisy dla osoby wspierającej lub policji. To Ty decydujesz, czy i kiedy.</translation>
    </message>
    <message>
        <source>If you need to leave quickly, press Esc twice or use the Quick exit button: Daybook closes at once and keeps what you were writing.</source>
        <translation type="vanished">Jeśli musisz szybko wyjść, naciśnij dwa razy Esc lub przycisk Szybkie wyjście: Daybook od razu się zamknie i zachowa to, co piszesz.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Start setting up your diary</source>
        <translation>Zacznij przygotowywać dziennik</translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation>Otwórz pakiet &amp;dowodów, który ktoś Ci dał…</translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation>Otwórz pakiet dowodów, który ktoś Ci dał</translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <source>This opens your diary. Pick something you will remember but that the person you are writing about could not guess: not a name, birthday or pet.</source>
        <translation>To otwiera Twój dziennik. Wybierz coś, co zapamiętasz, ale czego osoba, o której piszesz, nie zgadnie: nie imię, datę urodzin ani zwierzaka.</translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation>Twoje inicjały</translation>
    </message>
    <message>
        <source>e.g. JS</source>
        <translation>np. JS</translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation>Twoje &amp;inicjały</translation>
    </message>
    <message>
        <source>Used to label photos and files you add (JS1, JS2…), as the police do.</source>
        <translation>Służą do oznaczania dodawanych zdjęć i plików (JS1, JS2…), tak jak robi to policja.</translation>
    </message>
    <message>
        <source>Setting up your diary</source>
        <translation>Przygotowywanie dziennika</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="vanished">Przygotowywanie…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>&amp;Create my diary</source>
        <translation>&amp;Utwórz mój dziennik</translation>
    </message>
    <message>
        <source>Create my diary</source>
        <translation>Utwórz mój dziennik</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your diary. It is shown only this once.</source>
        <translation>Jeśli kiedykolwiek zapomnisz hasła, ten klucz jest jedyną drogą powrotu do dziennika. Jest pokazywany tylko ten jeden raz.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Write it on paper, or print it, and keep it somewhere safe away from this computer, where the person you are writing about cannot find it.</source>
        <translation>Zapisz go na papierze lub wydrukuj i trzymaj w bezpiecznym miejscu z dala od tego komputera, gdzie osoba, o której piszesz, go nie znajdzie.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Wydrukuj klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Zapisz do pliku…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Zapisz klucz odzyskiwania do pliku</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Zapisałem &amp;go</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>Zapisałem klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation>Drukowanie nie jest dostępne na tym komputerze.</translation>
    </message>
    <message>
        <source>If you need to leave quickly, press Esc twice, or Ctrl+Q: Daybook closes at once and keeps what you were writing. Once your diary is open there is also a Quick exit button at the top of every page.</source>
        <translation>Jeśli musisz szybko wyjść, naciśnij dwa razy Esc albo Ctrl+Q: Daybook od razu się zamknie i zachowa to, co piszesz. Gdy dziennik jest otwarty, na górze każdej strony jest też przycisk Szybkie wyjście.</translation>
    </message>
    <message>
        <source>&amp;Help and safety</source>
        <translation>&amp;Pomoc i bezpieczeństwo</translation>
    </message>
    <message>
        <source>Help and safety: who to call</source>
        <translation>Pomoc i bezpieczeństwo: do kogo dzwonić</translation>
    </message>
    <message>
        <source>To go on, type your initials (one to four letters).</source>
        <translation>Aby kontynuować, wpisz swoje inicjały (od jednej do czterech liter).</translation>
    </message>
    <message>
        <source>Setting up your diary. First Daybook measures how fast this computer is, to choose how strongly to lock it. This takes a few seconds.</source>
        <translation>Przygotowywanie dziennika. Najpierw Daybook mierzy szybkość tego komputera, by dobrać siłę zabezpieczenia. To potrwa kilka sekund.</translation>
    </message>
    <message>
        <source>Locking your new diary with your passphrase and making a recovery key…</source>
        <translation>Zabezpieczanie nowego dziennika hasłem i tworzenie klucza odzyskiwania…</translation>
    </message>
    <message>
        <source>Recovery key

{key}
</source>
        <translation>Klucz odzyskiwania

{key}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Zapisz klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere safe, such as a USB stick you keep with you.</source>
        <translation>Zapisano. Trzymaj ten plik w bezpiecznym miejscu, np. na pendrive, który masz przy sobie.</translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation>Sprawdź klucz odzyskiwania</translation>
    </message>
    <message>
        <source>To make sure it was written down correctly, type the last group of letters and numbers from your recovery key.</source>
        <translation>Aby upewnić się, że został zapisany poprawnie, wpisz ostatnią grupę liter i cyfr klucza odzyskiwania.</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Ostatnia grupa klucza odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Last group</source>
        <translation>&amp;Ostatnia grupa</translation>
    </message>
    <message>
        <source>Show the key &amp;again</source>
        <translation>Pokaż klucz &amp;ponownie</translation>
    </message>
    <message>
        <source>Show the recovery key again</source>
        <translation>Pokaż ponownie klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Open my diary</source>
        <translation>Otwórz &amp;mój dziennik</translation>
    </message>
    <message>
        <source>Open my diary</source>
        <translation>Otwórz mój dziennik</translation>
    </message>
    <message>
        <source>That is not the same as the last group. Please look again.</source>
        <translation>To nie jest to samo co ostatnia grupa. Sprawdź jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Help and safety</source>
        <translation>Pomoc i bezpieczeństwo</translation>
    </message>
    <message>
        <source>If you are in danger now, call 999. If you cannot speak on a mobile, stay on the line: when a recorded message asks, press 55 and the police will ask questions you can answer by tapping or coughing. Pressing 55 does not tell them where you are.</source>
        <translation>Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 999. Jeśli nie możesz mówić przez telefon komórkowy, nie rozłączaj się: gdy nagrany komunikat o to poprosi, naciśnij 55, a policja zada pytania, na które odpowiesz stukaniem lub kaszlem. Naciśnięcie 55 nie zdradza, gdzie jesteś.</translation>
    </message>
    <message>
        <source>Your local services</source>
        <translation>Twoje lokalne usługi</translation>
    </message>
    <message>
        <source>You or your advocate can add a service near you, such as your area&apos;s stalking advocacy service. It is kept locked inside your diary.</source>
        <translation>Ty lub Twój doradca możecie dodać usługę w pobliżu, np. lokalną pomoc dla osób nękanych. Jest przechowywana zablokowana w Twoim dzienniku.</translation>
    </message>
    <message>
        <source>The service&apos;s name</source>
        <translation>Nazwa usługi</translation>
    </message>
    <message>
        <source>The service&apos;s phone number</source>
        <translation>Numer telefonu usługi</translation>
    </message>
    <message>
        <source>When it is open</source>
        <translation>Gdy jest otwarte</translation>
    </message>
    <message>
        <source>Notes about the service</source>
        <translation>Uwagi o usłudze</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;azwa</translation>
    </message>
    <message>
        <source>Phone n&amp;umber</source>
        <translation>Numer &amp;telefonu</translation>
    </message>
    <message>
        <source>&amp;When it is open</source>
        <translation>&amp;Gdy jest otwarte</translation>
    </message>
    <message>
        <source>&amp;Add this service</source>
        <translation>Dodaj tę &amp;usługę</translation>
    </message>
    <message>
        <source>When it is ope&amp;n</source>
        <translation type="vanished">Gdy jest &amp;otwarte</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otatki</translation>
    </message>
    <message>
        <source>Add this ser&amp;vice</source>
        <translation type="vanished">Dodaj tę &amp;usługę</translation>
    </message>
    <message>
        <source>Add this local service</source>
        <translation>Dodaj tę lokalną usługę</translation>
    </message>
    <message>
        <source>Open your diary to see or add your local services and your safety plan.</source>
        <translation>Otwórz dziennik, aby zobaczyć lub dodać lokalne usługi i swój plan bezpieczeństwa.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Wróć tam, gdzie byłeś</translation>
    </message>
    <message>
        <source>Your safety &amp;plan</source>
        <translation>Twój &amp;plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Otwórz swój plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>The list of helplines could not be read.</source>
        <translation>Nie udało się odczytać listy infolinii.</translation>
    </message>
    <message>
        <source>Opening hours: ask when you call.</source>
        <translation>Godziny otwarcia: zapytaj, gdy zadzwonisz.</translation>
    </message>
    <message>
        <source>Number checked on {date} on the organisation&apos;s own website.</source>
        <translation>Numer sprawdzono {date} na stronie internetowej tej organizacji.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation>Obraz</translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation>Tekst pliku</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>P&amp;omniejsz</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl and -)</source>
        <translation>Pomniejsz (Ctrl i -)</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>&amp;Powiększ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl and +)</source>
        <translation>Powiększ (Ctrl i +)</translation>
    </message>
    <message>
        <source>&amp;Fit to the window</source>
        <translation>&amp;Dopasuj do okna</translation>
    </message>
    <message>
        <source>Fit the picture to the window</source>
        <translation>Dopasuj zdjęcie do okna</translation>
    </message>
    <message>
        <source>Fit to the window (Ctrl and 0)</source>
        <translation>Dopasuj do okna (Ctrl i 0)</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>&amp;Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <source>Show the picture at its actual size</source>
        <translation>Pokaż zdjęcie w rzeczywistym rozmiarze</translation>
    </message>
    <message>
        <source>How large the picture is shown</source>
        <translation>Jak duże jest wyświetlane zdjęcie</translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept safe.</source>
        <translation>Ten plik nie jest obrazem, więc nie można go tu pokazać. Jest bezpiecznie przechowywany.</translation>
    </message>
    <message>
        <source>Fitted to the window ({percent}%)</source>
        <translation>Dopasowane do okna ({percent}%)</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>Rzeczywisty rozmiar (100%)</translation>
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
        <translation>Dodaj wiadomości z telefonu lub poczty</translation>
    </message>
    <message>
        <source>Choose the file you exported, or drop it here: a WhatsApp &quot;Export chat&quot; (.txt or .zip), an SMS Backup &amp; Restore file (.xml), emails (.eml or mbox), a Telegram export (result.json) or photos. Daybook shows you what it found before anything is added, and keeps the file itself, unchanged, as evidence.</source>
        <translation type="vanished">Wybierz wyeksportowany plik lub upuść go tutaj: „Eksportuj czat” z WhatsApp (.txt lub .zip), plik SMS Backup &amp; Restore (.xml), e-maile (.eml lub mbox), eksport z Telegrama (result.json) lub zdjęcia. Daybook pokaże, co znalazł, zanim cokolwiek doda, i zachowa sam plik bez zmian jako dowód.</translation>
    </message>
    <message>
        <source>Choose the file you exported, or drop it here: a WhatsApp &quot;Export chat&quot; (.txt or .zip), an SMS Backup &amp; Restore file (.xml), emails (.eml or mbox), a Telegram export (result.json), Facebook or Instagram messages (the .zip, or message_1.json), iPhone messages (chat.db or sms.db), photos, or a folder of screenshots. Signal cannot export chats: take screenshots instead. Daybook shows you what it found before anything is added, and keeps the file itself, unchanged, as evidence.</source>
        <translation>Wybierz wyeksportowany plik lub upuść go tutaj: „Eksportuj czat” z WhatsApp (.txt lub .zip), plik SMS Backup &amp; Restore (.xml), e-maile (.eml lub mbox), eksport z Telegrama (result.json), wiadomości z Facebooka lub Instagrama (plik .zip lub message_1.json), wiadomości z iPhone&apos;a (chat.db lub sms.db), zdjęcia albo folder zrzutów ekranu. Signal nie eksportuje czatów: zrób zamiast tego zrzuty ekranu. Daybook pokaże, co znalazł, zanim cokolwiek doda, i zachowa sam plik bez zmian jako dowód.</translation>
    </message>
    <message>
        <source>How to get your messages out of an app</source>
        <translation>Jak wydostać wiadomości z aplikacji</translation>
    </message>
    <message>
        <source>Choose an app to see how…</source>
        <translation>Wybierz aplikację, aby zobaczyć jak…</translation>
    </message>
    <message>
        <source>How to get your messages out</source>
        <translation>Jak wydostać wiadomości</translation>
    </message>
    <message>
        <source>&amp;How do I get my messages out?</source>
        <translation>Jak wydostać &amp;moje wiadomości?</translation>
    </message>
    <message>
        <source>Add a &amp;folder of screenshots…</source>
        <translation>Dodaj &amp;folder zrzutów ekranu…</translation>
    </message>
    <message>
        <source>Choose a folder of screenshots to keep as evidence, grouped by day</source>
        <translation>Wybierz folder zrzutów ekranu do zachowania jako dowód, pogrupowanych według dni</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>Wybierz &amp;pliki…</translation>
    </message>
    <message>
        <source>Choose the exported files to add</source>
        <translation>Wybierz wyeksportowane pliki do dodania</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation>Wróć do dziennika</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Czytanie pliku</translation>
    </message>
    <message>
        <source>What Daybook found</source>
        <translation>Co znalazł Daybook</translation>
    </message>
    <message>
        <source>What Daybook found in the file</source>
        <translation>Co Daybook znalazł w pliku</translation>
    </message>
    <message>
        <source>What Daybook could not read</source>
        <translation>Czego Daybook nie mógł odczytać</translation>
    </message>
    <message>
        <source>The order your phone writes dates in</source>
        <translation>Kolejność, w jakiej Twój telefon zapisuje daty</translation>
    </message>
    <message>
        <source>Day first, like 3/4/2024 for 3 April</source>
        <translation>Najpierw dzień, np. 3/4/2024 to 3 kwietnia</translation>
    </message>
    <message>
        <source>Month first, like 4/3/2024 for 3 April</source>
        <translation>Najpierw miesiąc, np. 4/3/2024 to 3 kwietnia</translation>
    </message>
    <message>
        <source>Year first, like 2024/4/3</source>
        <translation>Najpierw rok, np. 2024/4/3</translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation>&amp;Daty są zapisywane</translation>
    </message>
    <message>
        <source>&amp;Read it again</source>
        <translation>&amp;Przeczytaj ponownie</translation>
    </message>
    <message>
        <source>Read the file again with this date order</source>
        <translation>Wczytaj plik ponownie z tą kolejnością daty</translation>
    </message>
    <message>
        <source>Which of them is the person doing this</source>
        <translation>Która z tych osób to robi</translation>
    </message>
    <message>
        <source>Chats to add</source>
        <translation>Czaty do dodania</translation>
    </message>
    <message>
        <source>C&amp;hats to add</source>
        <translation>&amp;Czaty do dodania</translation>
    </message>
    <message>
        <source>&amp;Who is doing this?</source>
        <translation>&amp;Kto to robi?</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
    <message>
        <source>Do not add this file</source>
        <translation>Nie dodawaj tego pliku</translation>
    </message>
    <message>
        <source>Add them to my d&amp;iary</source>
        <translation>Dodaj je do mojego dz&amp;iennika</translation>
    </message>
    <message>
        <source>Add these messages to my diary</source>
        <translation>Dodaj te wiadomości do mojego dziennika</translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation>Dodawanie wiadomości…</translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation>Dodawanie wiadomości</translation>
    </message>
    <message>
        <source>Suggested entries</source>
        <translation>Proponowane wpisy</translation>
    </message>
    <message>
        <source>What was added</source>
        <translation>Co dodano</translation>
    </message>
    <message>
        <source>Daybook grouped their messages and calls into one suggested entry a day. Add the ones that belong in your diary as they are, change them first, or leave them out. Messages you leave out stay in your messages either way.</source>
        <translation>Daybook pogrupował ich wiadomości i połączenia w jeden proponowany wpis na dzień. Dodaj te, które pasują do Twojego dziennika, tak jak są, najpierw je zmień albo je pomiń. Pominięte wiadomości i tak zostają w Twoich wiadomościach.</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>Find in the suggested entries</source>
        <translation>Szukaj w proponowanych wpisach</translation>
    </message>
    <message>
        <source>Also show messages from files added &amp;before</source>
        <translation>Pokaż też wiadomości z plików dodanych &amp;wcześniej</translation>
    </message>
    <message>
        <source>Also suggest entries from messages added before, not yet in an entry</source>
        <translation>Proponuj też wpisy z wcześniej dodanych wiadomości, których nie ma jeszcze w żadnym wpisie</translation>
    </message>
    <message>
        <source>Add as an &amp;entry</source>
        <translation>&amp;Dodaj jako wpis</translation>
    </message>
    <message>
        <source>Add the chosen suggestion as an entry</source>
        <translation>Dodaj wybraną propozycję jako wpis</translation>
    </message>
    <message>
        <source>C&amp;hange it first…</source>
        <translation>N&amp;ajpierw zmień…</translation>
    </message>
    <message>
        <source>Change the chosen suggestion, then add it</source>
        <translation>Zmień wybraną propozycję, a potem ją dodaj</translation>
    </message>
    <message>
        <source>Leave it &amp;out</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <source>Leave the chosen suggestion out</source>
        <translation>Pomiń wybraną propozycję</translation>
    </message>
    <message>
        <source>Add an entry for each &amp;day of screenshots</source>
        <translation>Dodaj wpis dla każdego &amp;dnia zrzutów ekranu</translation>
    </message>
    <message>
        <source>Add one entry for each day of the screenshots just added, with them linked</source>
        <translation>Dodaj jeden wpis dla każdego dnia właśnie dodanych zrzutów ekranu, z nimi połączonymi</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Finish and go back to the diary</source>
        <translation>Zakończ i wróć do dziennika</translation>
    </message>
    <message>
        <source>Choose the folder of screenshots</source>
        <translation>Wybierz folder zrzutów ekranu</translation>
    </message>
    <message>
        <source>Keeping the pictures in {name}…</source>
        <translation>Zachowywanie obrazów z: {name}…</translation>
    </message>
    <message>
        <source>{name}: {kept} pictures kept, {already} were already in your diary.</source>
        <translation>{name}: zachowano obrazy ({kept}), {already} było już w dzienniku.</translation>
    </message>
    <message>
        <source>Suggested entry: {what}.</source>
        <translation>Proponowany wpis: {what}.</translation>
    </message>
    <message>
        <source>{n} files could not be read and were left out.</source>
        <translation>Nie udało się odczytać plików ({n}); zostały pominięte.</translation>
    </message>
    <message>
        <source>Added {numbers}, each with its screenshots linked.</source>
        <translation>Dodano {numbers}, każdy z połączonymi zrzutami ekranu.</translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation>Wybierz wyeksportowane czaty, kopie zapasowe lub e-maile</translation>
    </message>
    <message>
        <source>The dates in this chat could be read day first or month first, and the file does not show which. Please choose the order your phone uses.</source>
        <translation>Daty w tym czacie można odczytać z dniem albo miesiącem na początku, a plik nie pokazuje, która kolejność jest właściwa. Wybierz kolejność, której używa Twój telefon.</translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation>Nic z niego nie dodano.</translation>
    </message>
    <message>
        <source>a WhatsApp chat</source>
        <translation>czat WhatsApp</translation>
    </message>
    <message>
        <source>a text message backup</source>
        <translation>kopia zapasowa SMS-ów</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>rejestr połączeń</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>a Telegram export</source>
        <translation>eksport z Telegrama</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>zdjęcie</translation>
    </message>
    <message>
        <source>Facebook or Instagram messages</source>
        <translation>Wiadomości z Facebooka lub Instagrama</translation>
    </message>
    <message>
        <source>a mailbox</source>
        <translation>skrzynka pocztowa</translation>
    </message>
    <message>
        <source>messages from an iPhone or Mac</source>
        <translation>wiadomości z iPhone&apos;a lub Maca</translation>
    </message>
    <message>
        <source>This is {kind}.</source>
        <translation>To jest: {kind}.</translation>
    </message>
    <message>
        <source>{messages} messages and {calls} calls</source>
        <translation>wiadomości: {messages}, połączenia: {calls}</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 wiadomość</translation>
    </message>
    <message>
        <source>{messages} messages</source>
        <translation>wiadomości: {messages}</translation>
    </message>
    <message>
        <source>, from {first} to {last}.</source>
        <translation>, od {first} do {last}.</translation>
    </message>
    <message>
        <source>In it: {names}.</source>
        <translation>W nim: {names}.</translation>
    </message>
    <message>
        <source>The file is damaged: {what}. Everything before that can be added.</source>
        <translation>Plik jest uszkodzony: {what}. Wszystko przed tym miejscem można dodać.</translation>
    </message>
    <message>
        <source>{n} parts could not be understood and will be left out ({shown}{more}).</source>
        <translation>Nie udało się zrozumieć części ({n}); zostaną pominięte ({shown}{more}).</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> i jeszcze {n}</translation>
    </message>
    <message>
        <source>None of them, or I&apos;m not sure</source>
        <translation>Żadna z nich albo nie jestem pewien</translation>
    </message>
    <message>
        <source>There are no messages in this file to add.</source>
        <translation>W tym pliku nie ma wiadomości do dodania.</translation>
    </message>
    <message>
        <source>Taken {when} (from {source}).</source>
        <translation>Zrobione {when} (według: {source}).</translation>
    </message>
    <message>
        <source>Taken {when}.</source>
        <translation>Zrobione {when}.</translation>
    </message>
    <message>
        <source>It does not say when it was taken.</source>
        <translation>Nie podaje, kiedy zostało zrobione.</translation>
    </message>
    <message>
        <source>A program last saved the file {when}; that is not when it was taken.</source>
        <translation>Program ostatnio zapisał plik {when}; to nie jest czas wykonania zdjęcia.</translation>
    </message>
    <message>
        <source>Taken with {device}.</source>
        <translation>Zrobione urządzeniem {device}.</translation>
    </message>
    <message>
        <source>It records where it was taken.</source>
        <translation>Zapisuje, gdzie zostało zrobione.</translation>
    </message>
    <message>
        <source>Adding it keeps it, unchanged, as evidence; entries from the same day are suggested for it.</source>
        <translation>Dodanie go zachowuje go bez zmian jako dowód; zaproponujemy do niego wpisy z tego samego dnia.</translation>
    </message>
    <message>
        <source>Not needed for a photo</source>
        <translation>Niepotrzebne dla zdjęcia</translation>
    </message>
    <message>
        <source>Please tick at least one chat to add.</source>
        <translation>Zaznacz co najmniej jeden czat do dodania.</translation>
    </message>
    <message>
        <source>Adding messages from {name}…</source>
        <translation>Dodawanie wiadomości z: {name}…</translation>
    </message>
    <message>
        <source>{name}: {added} messages and calls added, {already} were already in your diary; the file is kept as {ref}.</source>
        <translation>{name}: dodano wiadomości i połączenia ({added}), {already} było już w dzienniku; plik zachowano jako {ref}.</translation>
    </message>
    <message>
        <source>{name}: kept as {ref}.</source>
        <translation>{name}: zachowano jako {ref}.</translation>
    </message>
    <message>
        <source>{name} was already in your diary, as {ref}.</source>
        <translation>{name} był już w Twoim dzienniku jako {ref}.</translation>
    </message>
    <message>
        <source>Entries from the same day: {numbers}. You can link it to one of them.</source>
        <translation>Wpisy z tego samego dnia: {numbers}. Możesz go połączyć z jednym z nich.</translation>
    </message>
    <message>
        <source>{n} parts could not be read and were left out.</source>
        <translation>Nie udało się odczytać części ({n}); zostały pominięte.</translation>
    </message>
    <message>
        <source>There are no suggested entries to look at.</source>
        <translation>Nie ma proponowanych wpisów do przejrzenia.</translation>
    </message>
    <message>
        <source>Choose who is doing this when you add their messages, and Daybook will suggest entries from them.</source>
        <translation>Wybierz, kto to robi, gdy dodajesz jego wiadomości, a Daybook zaproponuje na ich podstawie wpisy.</translation>
    </message>
    <message>
        <source>Choose a suggested entry first.</source>
        <translation>Najpierw wybierz proponowany wpis.</translation>
    </message>
    <message>
        <source>Added as {number}, with its {n} messages linked.</source>
        <translation>Dodano jako {number}, z połączonymi wiadomościami ({n}).</translation>
    </message>
    <message>
        <source>Left out. Those messages are still in your messages.</source>
        <translation>Pominięto. Te wiadomości nadal są w Twoich wiadomościach.</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New entry</source>
        <translation>Nowy wpis</translation>
    </message>
    <message>
        <source>Write what you can; you can come back and add more later. Everything is kept safe as you type.</source>
        <translation>Napisz, ile możesz; później możesz wrócić i dopisać więcej. Wszystko jest bezpiecznie zapisywane w trakcie pisania.</translation>
    </message>
    <message>
        <source>The entry&apos;s details</source>
        <translation>Szczegóły wpisu</translation>
    </message>
    <message>
        <source>&amp;Discard this entry</source>
        <translation>&amp;Odrzuć ten wpis</translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation>Odrzuć ten wpis</translation>
    </message>
    <message>
        <source>C&amp;lose (keep as draft)</source>
        <translation type="vanished">&amp;Zamknij (zachowaj jako szkic)</translation>
    </message>
    <message>
        <source>Close and keep what I wrote as a draft</source>
        <translation>Zamknij i zachowaj to, co napisałem, jako szkic</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Z&amp;apisz</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Zapisz ten wpis</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Kiedy to się stało?</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kiedy się stało</translation>
    </message>
    <message>
        <source>How sure you are of the time</source>
        <translation>Jak pewny jesteś czasu</translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation>Trwało do</translation>
    </message>
    <message>
        <source>It went on for a while</source>
        <translation>Trwało to przez jakiś czas</translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation>Kiedy się skończyło</translation>
    </message>
    <message>
        <source>It happened earlier: I am writing this later</source>
        <translation>Stało się wcześniej: piszę to później</translation>
    </message>
    <message>
        <source>I am writing this later</source>
        <translation>Piszę to później</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="vanished">&amp;Początek</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Co się stało?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>What happened? Write it as you remember it, in your own words: what they did, what you did, and how it ended.</source>
        <translation>Co się stało? Opisz to tak, jak pamiętasz, własnymi słowami: co zrobili, co Ty zrobiłeś i jak to się skończyło.</translation>
    </message>
    <message>
        <source>Their exact words</source>
        <translation>Ich dokładne słowa</translation>
    </message>
    <message>
        <source>What did they do or say? Use their exact words if you can.</source>
        <translation>Co zrobili lub powiedzieli? Jeśli możesz, użyj ich dokładnych słów.</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Groźby</translation>
    </message>
    <message>
        <source>Did they threaten you, or anyone else? Write down exactly what was said.</source>
        <translation>Czy grozili Tobie lub komuś innemu? Zapisz dokładnie, co powiedzieli.</translation>
    </message>
    <message>
        <source>In your &amp;words</source>
        <translation type="vanished">Twoimi &amp;słowami</translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation type="vanished">Co &amp;powiedzieli</translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation>G&amp;roźby</translation>
    </message>
    <message>
        <source>What did they do?</source>
        <translation>Co zrobili?</translation>
    </message>
    <message>
        <source>What they did: tick all that apply</source>
        <translation>Co zrobili: zaznacz wszystkie pasujące</translation>
    </message>
    <message>
        <source>Tick all that &amp;apply</source>
        <translation type="vanished">Zaznacz wszystkie &amp;pasujące</translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation>Kto był w to zamieszany?</translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation>Imię i nazwisko osoby, która to zrobiła</translation>
    </message>
    <message>
        <source>Their name, or how you know them</source>
        <translation>Ich imię lub to, skąd ich znasz</translation>
    </message>
    <message>
        <source>How you know it was them</source>
        <translation>Skąd wiesz, że to byli oni</translation>
    </message>
    <message>
        <source>People who did it</source>
        <translation>Osoby, które to zrobiły</translation>
    </message>
    <message>
        <source>Who &amp;did it?</source>
        <translation type="vanished">Kto to &amp;zrobił?</translation>
    </message>
    <message>
        <source>Witness name</source>
        <translation>Imię i nazwisko świadka</translation>
    </message>
    <message>
        <source>Anyone who saw or heard it</source>
        <translation>Każdy, kto to widział lub słyszał</translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation>Świadkowie</translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation type="vanished">&amp;Świadkowie</translation>
    </message>
    <message>
        <source>Who you told</source>
        <translation>Komu powiedziałeś</translation>
    </message>
    <message>
        <source>Did you tell anyone about it (a friend, family, work, a helpline)?</source>
        <translation>Czy komuś o tym powiedziałeś (przyjacielowi, rodzinie, w pracy, na infolinii)?</translation>
    </message>
    <message>
        <source>Who you &amp;told</source>
        <translation type="vanished">Komu &amp;powiedziałeś</translation>
    </message>
    <message>
        <source>Where, or how did they get in touch?</source>
        <translation>Gdzie, lub jak się skontaktowali?</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Gdzie to się stało</translation>
    </message>
    <message>
        <source>e.g. outside work, Bus stop on King St</source>
        <translation>np. przed pracą, przystanek na King St</translation>
    </message>
    <message>
        <source>What kind of place</source>
        <translation>Rodzaj miejsca</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="vanished">&amp;Gdzie</translation>
    </message>
    <message>
        <source>This is one of my own places (my home, work or children&apos;s school)</source>
        <translation>To jedno z moich miejsc (mój dom, praca lub szkoła moich dzieci)</translation>
    </message>
    <message>
        <source>This place is private to me</source>
        <translation>To miejsce jest prywatne</translation>
    </message>
    <message>
        <source>Map position, if you know it</source>
        <translation>Pozycja na mapie, jeśli ją znasz</translation>
    </message>
    <message>
        <source>optional, e.g. 51.5074, -0.1278</source>
        <translation>nieobowiązkowe, np. 51.5074, -0.1278</translation>
    </message>
    <message>
        <source>&amp;Map position</source>
        <translation>Pozycja na &amp;mapie</translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation>Jak się skontaktowali</translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation>Ich numer lub konto</translation>
    </message>
    <message>
        <source>The number, email or account they used</source>
        <translation>Numer, e-mail lub konto, którego użyli</translation>
    </message>
    <message>
        <source>&amp;Contact by</source>
        <translation>&amp;Kontakt przez</translation>
    </message>
    <message>
        <source>How did it affect you?</source>
        <translation>Jak to na Ciebie wpłynęło?</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Wolę nie mówić</translation>
    </message>
    <message>
        <source>How frightened you were, from 0 to 10</source>
        <translation>Jak bardzo się bałeś, od 0 do 10</translation>
    </message>
    <message>
        <source>How &amp;frightened were you? (0 to 10)</source>
        <translation>Jak bardzo się bałeś? (od &amp;0 do 10)</translation>
    </message>
    <message>
        <source>Effects on your daily life</source>
        <translation>Wpływ na Twoje codzienne życie</translation>
    </message>
    <message>
        <source>Has it changed your &amp;daily life?</source>
        <translation type="vanished">Czy zmieniło to Twoje &amp;codzienne życie?</translation>
    </message>
    <message>
        <source>More about how it affected you</source>
        <translation>Więcej o tym, jak to na Ciebie wpłynęło</translation>
    </message>
    <message>
        <source>Anything else about how this has affected you or the people close to you.</source>
        <translation>Cokolwiek jeszcze o tym, jak to wpłynęło na Ciebie lub bliskie Ci osoby.</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="vanished">&amp;Więcej</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Had they been told to stop, by you or someone else?</source>
        <translation>Czy mówiono im, żeby przestali — Ty lub ktoś inny?</translation>
    </message>
    <message>
        <source>&amp;Told to stop before?</source>
        <translation type="vanished">&amp;Mówiono im wcześniej, żeby przestali?</translation>
    </message>
    <message>
        <source>They had been told to stop (by me or someone else)</source>
        <translation type="vanished">Powiedziano im, żeby przestali (ja lub ktoś inny)</translation>
    </message>
    <message>
        <source>They had been told to stop</source>
        <translation type="vanished">Powiedziano im, żeby przestali</translation>
    </message>
    <message>
        <source>Reports and orders</source>
        <translation>Zgłoszenia i nakazy</translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation>Komu to zgłosiłeś</translation>
    </message>
    <message>
        <source>e.g. Police, 101</source>
        <translation>np. Policja, 101</translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation>Imię i nazwisko funkcjonariusza</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Funkcjonariusz</translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation>Złożone zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation>Zgłoszono &amp;do</translation>
    </message>
    <message>
        <source>Order or bail condition broken</source>
        <translation>Naruszony nakaz lub warunek zwolnienia za kaucją</translation>
    </message>
    <message>
        <source>If this broke a court order or bail condition, which one?</source>
        <translation>Jeśli naruszyło to nakaz sądu lub warunek zwolnienia za kaucją, to który?</translation>
    </message>
    <message>
        <source>Which condition</source>
        <translation>Który warunek</translation>
    </message>
    <message>
        <source>Which condition, in its own words if you have them</source>
        <translation>Który warunek, jego własnymi słowami, jeśli je masz</translation>
    </message>
    <message>
        <source>&amp;Order broken</source>
        <translation type="vanished">Naruszony &amp;nakaz</translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation type="vanished">&amp;Warunek</translation>
    </message>
    <message>
        <source>Photos, screenshots and files</source>
        <translation>Zdjęcia, zrzuty ekranu i pliki</translation>
    </message>
    <message>
        <source>Files to add to this entry</source>
        <translation>Pliki do dodania do tego wpisu</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="vanished">Dodaj &amp;pliki…</translation>
    </message>
    <message>
        <source>&amp;Close (keep as draft)</source>
        <translation type="vanished">&amp;Zamknij (zachowaj jako szkic)</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation type="vanished">&amp;Początek</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation type="vanished">Twoimi &amp;słowami</translation>
    </message>
    <message>
        <source>What the&amp;y said</source>
        <translation>&amp;Co powiedzieli</translation>
    </message>
    <message>
        <source>Tic&amp;k all that apply</source>
        <translation>Zaznacz &amp;wszystkie pasujące</translation>
    </message>
    <message>
        <source>Wh&amp;o did it?</source>
        <translation>Kto to zro&amp;bił?</translation>
    </message>
    <message>
        <source>Witn&amp;esses</source>
        <translation type="vanished">&amp;Świadkowie</translation>
    </message>
    <message>
        <source>Who yo&amp;u told</source>
        <translation type="vanished">Komu &amp;powiedziałeś</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <source>Contact &amp;by</source>
        <translation type="vanished">&amp;Kontakt przez</translation>
    </message>
    <message>
        <source>&amp;Has it changed your daily life?</source>
        <translation>Czy zmieniło &amp;to Twoje codzienne życie?</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>Told to stop before?</source>
        <translation>Mówiono im wcześniej, żeby przestali?</translation>
    </message>
    <message>
        <source>Re&amp;ported to</source>
        <translation type="vanished">&amp;Zgłoszono do</translation>
    </message>
    <message>
        <source>Close (kee&amp;p as draft)</source>
        <translation>Zamknij (zac&amp;howaj jako szkic)</translation>
    </message>
    <message>
        <source>Start&amp;ed</source>
        <translation>Począt&amp;ek</translation>
    </message>
    <message>
        <source>In yo&amp;ur words</source>
        <translation>Twoimi &amp;słowami</translation>
    </message>
    <message>
        <source>W&amp;itnesses</source>
        <translation>Św&amp;iadkowie</translation>
    </message>
    <message>
        <source>&amp;Broke a condition</source>
        <translation>Nar&amp;uszono warunek</translation>
    </message>
    <message>
        <source>Order broken</source>
        <translation>Naruszony nakaz</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Dodaj &amp;pliki…</translation>
    </message>
    <message>
        <source>Choose photos or files to add</source>
        <translation>Wybierz zdjęcia lub pliki do dodania</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen file from this entry</source>
        <translation>Usuń wybrany plik z tego wpisu</translation>
    </message>
    <message>
        <source>Drag photos or files here, or choose them. A copy is locked inside your diary; the original stays where it is.</source>
        <translation>Przeciągnij tu zdjęcia lub pliki albo je wybierz. Kopia zostanie zablokowana w Twoim dzienniku; oryginał zostaje tam, gdzie jest.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Prywatna notatka</translation>
    </message>
    <message>
        <source>Just for you: never put in anything you share unless you choose to include it.</source>
        <translation>Tylko dla Ciebie: nigdy nie trafia do niczego, co udostępniasz, chyba że zdecydujesz się to dołączyć.</translation>
    </message>
    <message>
        <source>New entry: {what}</source>
        <translation>Nowy wpis: {what}</translation>
    </message>
    <message>
        <source>&amp;Discard these changes</source>
        <translation>&amp;Odrzuć te zmiany</translation>
    </message>
    <message>
        <source>Discard these changes</source>
        <translation>Odrzuć te zmiany</translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation>Zmień {number}</translation>
    </message>
    <message>
        <source>Saving makes a new version. The earlier one is kept, with its time.</source>
        <translation>Zapisanie tworzy nową wersję. Wcześniejsza zostaje zachowana wraz z czasem.</translation>
    </message>
    <message>
        <source>Carrying on from where you left off.</source>
        <translation>Kontynuujesz od miejsca, w którym skończyłeś.</translation>
    </message>
    <message>
        <source>Kept safe at {time}.</source>
        <translation>Bezpiecznie zapisano o {time}.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Throw away the changes you made here? The entry stays as it was saved.</source>
        <translation>Odrzucić zmiany wprowadzone tutaj? Wpis pozostanie taki, jak został zapisany.</translation>
    </message>
    <message>
        <source>Throw away what you have written here? This cannot be undone.</source>
        <translation>Odrzucić to, co tu napisałeś? Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Dodaj zdjęcia lub pliki</translation>
    </message>
    <message>
        <source>The map position should be two numbers, like 51.5074, -0.1278.</source>
        <translation>Pozycja na mapie to dwie liczby, np. 51.5074, -0.1278.</translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation>Napisz kilka słów o tym, co się stało, albo zaznacz, co zrobili.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Która godzina?</translation>
    </message>
    <message>
        <source>The first, {time}</source>
        <translation>Pierwsza, {time}</translation>
    </message>
    <message>
        <source>The second, {time}</source>
        <translation>Druga, {time}</translation>
    </message>
    <message>
        <source>Adding files… {percent}%</source>
        <translation>Dodawanie plików… {percent}%</translation>
    </message>
    <message>
        <source>Not saved yet. What you wrote is kept as a draft.</source>
        <translation>Jeszcze nie zapisano. To, co napisałeś, jest zachowane jako szkic.</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>&amp;Back to the diary</source>
        <translation>&amp;Wróć do dziennika</translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation>Wróć do dziennika</translation>
    </message>
    <message>
        <source>&amp;Change this entry</source>
        <translation>Zmień &amp;ten wpis</translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation>Zmień ten wpis</translation>
    </message>
    <message>
        <source>Change this entry (Ctrl+E)</source>
        <translation>Zmień ten wpis (Ctrl+E)</translation>
    </message>
    <message>
        <source>The full entry</source>
        <translation>Cały wpis</translation>
    </message>
    <message>
        <source>Photos and files in this entry</source>
        <translation>Zdjęcia i pliki w tym wpisie</translation>
    </message>
    <message>
        <source>A note to add to this entry</source>
        <translation>Notatka do dodania do tego wpisu</translation>
    </message>
    <message>
        <source>Remembered something else, or something happened because of this? Add a note: it is kept with today&apos;s date, and the entry stays as it was.</source>
        <translation>Przypomniałeś sobie coś jeszcze albo coś wydarzyło się w związku z tym? Dodaj notatkę: zostanie zapisana z dzisiejszą datą, a wpis pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Dodaj notatkę</translation>
    </message>
    <message>
        <source>Add the note to this entry</source>
        <translation>Dodaj notatkę do tego wpisu</translation>
    </message>
    <message>
        <source>The note you had started is still here, below.</source>
        <translation>Rozpoczęta notatka wciąż jest tutaj, poniżej.</translation>
    </message>
    <message>
        <source>Your note was added, with today&apos;s date.</source>
        <translation>Notatkę dodano z dzisiejszą datą.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
</context>
<context>
    <name>ListPicker</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Dodaj do: {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Usuń z: {name}</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Search messages</source>
        <translation>Szukaj wiadomości</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Szukaj wiadomości…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Entry number to link the chosen messages to</source>
        <translation>Numer wpisu, z którym połączyć wybrane wiadomości</translation>
    </message>
    <message>
        <source>Entry number, e.g. INC-0012</source>
        <translation>Numer wpisu, np. INC-0012</translation>
    </message>
    <message>
        <source>&amp;Link the chosen messages to this entry</source>
        <translation type="vanished">&amp;Połącz wybrane wiadomości z tym wpisem</translation>
    </message>
    <message>
        <source>Link &amp;the chosen messages to this entry</source>
        <translation>Połącz wybrane wiadomości z &amp;tym wpisem</translation>
    </message>
    <message>
        <source>Link the chosen messages to the entry</source>
        <translation>Połącz wybrane wiadomości z wpisem</translation>
    </message>
    <message>
        <source>No messages yet. Messages you import from your phone or email appear here.</source>
        <translation>Nie ma jeszcze wiadomości. Wiadomości zaimportowane z telefonu lub poczty pojawią się tutaj.</translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation>&amp;Dodaj wiadomości z telefonu lub poczty…</translation>
    </message>
    <message>
        <source>Add messages from a chat export, phone backup or email</source>
        <translation>Dodaj wiadomości z eksportu czatu, kopii zapasowej telefonu lub poczty</translation>
    </message>
    <message>
        <source>Whose messages these are</source>
        <translation>Czyje to wiadomości</translation>
    </message>
    <message>
        <source>Whose messages? (optional)</source>
        <translation>Czyje wiadomości? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation>Dodawanie wiadomości</translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation>Wybierz wyeksportowane czaty, kopie zapasowe lub e-maile</translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation>Dodawanie wiadomości…</translation>
    </message>
    <message>
        <source>{name}: not added. {why}</source>
        <translation>{name}: nie dodano. {why}</translation>
    </message>
    <message>
        <source>{name}: {added} added, {already} already in your diary; kept as {ref}.</source>
        <translation>{name}: dodano {added}, {already} było już w dzienniku; zachowano jako {ref}.</translation>
    </message>
    <message>
        <source>Choose one or more messages first.</source>
        <translation>Najpierw wybierz jedną lub więcej wiadomości.</translation>
    </message>
    <message>
        <source>{n} messages linked to {number}; they show in that entry.</source>
        <translation>Połączono wiadomości ({n}) z {number}; są widoczne w tym wpisie.</translation>
    </message>
    <message>
        <source>1 message linked to {number}; it shows in that entry.</source>
        <translation>Połączono 1 wiadomość z {number}; jest widoczna w tym wpisie.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Message</source>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Zamknij tę wiadomość</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Find…</source>
        <translation>Szukaj…</translation>
    </message>
    <message>
        <source>Find in orders</source>
        <translation>Szukaj w nakazach</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Nakazy</translation>
    </message>
    <message>
        <source>The chosen order&apos;s conditions</source>
        <translation>Warunki wybranego nakazu</translation>
    </message>
    <message>
        <source>Reading your orders</source>
        <translation>Czytanie Twoich nakazów</translation>
    </message>
    <message>
        <source>Saving the order</source>
        <translation>Zapisywanie nakazu</translation>
    </message>
    <message>
        <source>Kind of order</source>
        <translation>Rodzaj nakazu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Court or police station</source>
        <translation>Sąd lub komisariat policji</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Date served</source>
        <translation>Data doręczenia</translation>
    </message>
    <message>
        <source>Date it ends</source>
        <translation>Data wygaśnięcia</translation>
    </message>
    <message>
        <source>Date it ended</source>
        <translation>Data, w której wygasł</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Against whom</source>
        <translation>Wobec kogo</translation>
    </message>
    <message>
        <source>A copy of the order, kept as an exhibit</source>
        <translation>Kopia nakazu, przechowywana jako dowód</translation>
    </message>
    <message>
        <source>Conditions, one on each line, in the order&apos;s own words</source>
        <translation>Warunki, po jednym w każdym wierszu, słowami samego nakazu</translation>
    </message>
    <message>
        <source>One condition on each line, numbered as in the order, e.g.
Not to contact the applicant by any means</source>
        <translation>Jeden warunek w każdym wierszu, ponumerowany jak w nakazie, np.
Not to contact the applicant by any means</translation>
    </message>
    <message>
        <source>Add an order, or change the chosen one</source>
        <translation>Dodaj nakaz albo zmień wybrany</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ro&amp;dzaj</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>S&amp;tan</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>Sąd lub ko&amp;misariat</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Wydany</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Doręczony</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wygasł</translation>
    </message>
    <message>
        <source>&amp;Against</source>
        <translation>Wobec ko&amp;go</translation>
    </message>
    <message>
        <source>Copy of &amp;the order</source>
        <translation>&amp;Kopia nakazu</translation>
    </message>
    <message>
        <source>Cond&amp;itions</source>
        <translation>Warunk&amp;i</translation>
    </message>
    <message>
        <source>Ne&amp;w order</source>
        <translation>N&amp;owy nakaz</translation>
    </message>
    <message>
        <source>Start a new order</source>
        <translation>Zacznij nowy nakaz</translation>
    </message>
    <message>
        <source>Sav&amp;e order</source>
        <translation>Z&amp;apisz nakaz</translation>
    </message>
    <message>
        <source>Save this order</source>
        <translation>Zapisz ten nakaz</translation>
    </message>
    <message>
        <source>Conditions and the entries that broke them</source>
        <translation>Warunki i wpisy, które je naruszyły</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>Nie zachowano</translation>
    </message>
    <message>
        <source>Sav&amp;e changes to {ref}</source>
        <translation>&amp;Zapisz zmiany w {ref}</translation>
    </message>
    <message>
        <source>“{field}” is not a date Daybook can read; write it like 2024-03-01.</source>
        <translation>„{field}” to nie jest data, którą Daybook potrafi odczytać; wpisz ją tak: 2024-03-01.</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="vanished">&amp;Sygnatura</translation>
    </message>
</context>
<context>
    <name>PackViewer</name>
    <message>
        <source>Open an evidence pack</source>
        <translation>Otwórz pakiet dowodów</translation>
    </message>
    <message>
        <source>Choose an evidence pack made with Daybook (a .zip file, or .zip.age when it is locked with a passphrase). Daybook checks that nothing in it was changed after it was made, then lets you read it. Nothing is added to any diary.</source>
        <translation>Wybierz pakiet dowodów utworzony w Daybook (plik .zip lub .zip.age, gdy jest zabezpieczony hasłem). Daybook sprawdza, czy nic w nim nie zmieniono po utworzeniu, a potem pozwala go przeczytać. Do żadnego dziennika nic nie zostanie dodane.</translation>
    </message>
    <message>
        <source>&amp;Choose the pack…</source>
        <translation>Wybierz &amp;pakiet…</translation>
    </message>
    <message>
        <source>Choose the evidence pack to open</source>
        <translation>Wybierz pakiet dowodów do otwarcia</translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase</source>
        <translation>Hasło do pakietu</translation>
    </message>
    <message>
        <source>The pack&apos;s &amp;passphrase</source>
        <translation>&amp;Hasło do pakietu</translation>
    </message>
    <message>
        <source>Check and &amp;open</source>
        <translation>Sprawdź i &amp;otwórz</translation>
    </message>
    <message>
        <source>Check the pack and open it</source>
        <translation>Sprawdź pakiet i go otwórz</translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation>Sprawdzanie pakietu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Whether the pack is intact</source>
        <translation>Czy pakiet jest nienaruszony</translation>
    </message>
    <message>
        <source>&amp;Close the pack</source>
        <translation>Z&amp;amknij pakiet</translation>
    </message>
    <message>
        <source>Close the pack</source>
        <translation>Zamknij pakiet</translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation>Otwórz &amp;inny…</translation>
    </message>
    <message>
        <source>Open another evidence pack</source>
        <translation>Otwórz inny pakiet dowodów</translation>
    </message>
    <message>
        <source>Compare &amp;with an earlier pack…</source>
        <translation>Porównaj z wcześniejszym pa&amp;kietem…</translation>
    </message>
    <message>
        <source>Compare this pack with an earlier one from the same person</source>
        <translation>Porównaj ten pakiet z wcześniejszym od tej samej osoby</translation>
    </message>
    <message>
        <source>Find in the chronology…</source>
        <translation>Szukaj w chronologii…</translation>
    </message>
    <message>
        <source>Find in the chronology</source>
        <translation>Szukaj w chronologii</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologia</translation>
    </message>
    <message>
        <source>What happened, in full</source>
        <translation>Co się stało, w całości</translation>
    </message>
    <message>
        <source>Choose an entry to read it in full here.</source>
        <translation>Wybierz wpis, aby przeczytać go tutaj w całości.</translation>
    </message>
    <message>
        <source>Find an exhibit…</source>
        <translation>Znajdź dowód…</translation>
    </message>
    <message>
        <source>Find an exhibit</source>
        <translation>Znajdź dowód</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Dowody rzeczowe</translation>
    </message>
    <message>
        <source>The chosen exhibit</source>
        <translation>Wybrany dowód</translation>
    </message>
    <message>
        <source>About the chosen exhibit</source>
        <translation>O wybranym dowodzie</translation>
    </message>
    <message>
        <source>Parts of the pack</source>
        <translation>Części pakietu</translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation>&amp;Chronologia</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>Dowody &amp;rzeczowe</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>P&amp;orównaj</translation>
    </message>
    <message>
        <source>Compared with the last pack you saw</source>
        <translation>Porównanie z ostatnio otwartym pakietem</translation>
    </message>
    <message>
        <source>Signed by the Daybook with the check code</source>
        <translation>Podpisany przez Daybook z kodem kontrolnym</translation>
    </message>
    <message>
        <source>The check code of the key that signed the pack</source>
        <translation>Kod kontrolny klucza, który podpisał pakiet</translation>
    </message>
    <message>
        <source>A signature shows only which Daybook signed this pack, not who made it: anyone can make a pack with their own Daybook. Compare this code with the one the person gave you separately (read out, on a card or by text). If the two differ, this pack was not made with their Daybook.</source>
        <translation>Podpis pokazuje tylko, który Daybook podpisał ten pakiet, a nie kto go utworzył: każdy może utworzyć pakiet własnym Daybook. Porównaj ten kod z tym, który ta osoba przekazała Ci osobno (na głos, na kartce lub SMS-em). Jeśli się różnią, pakiet nie został utworzony jej Daybook.</translation>
    </message>
    <message>
        <source>The check code the person gave you</source>
        <translation>Kod kontrolny przekazany przez tę osobę</translation>
    </message>
    <message>
        <source>Whether the codes match</source>
        <translation>Czy kody się zgadzają</translation>
    </message>
    <message>
        <source>The code they &amp;gave you:</source>
        <translation>Kod, który Ci &amp;przekazali:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Technical details of the pack</source>
        <translation>Szczegóły techniczne pakietu</translation>
    </message>
    <message>
        <source>Type all five groups of four letters and digits.</source>
        <translation>Wpisz wszystkie pięć grup po cztery litery i cyfry.</translation>
    </message>
    <message>
        <source>The codes match: this pack was signed by their Daybook.</source>
        <translation>Kody się zgadzają: ten pakiet podpisał ich Daybook.</translation>
    </message>
    <message>
        <source>The codes match, but the pack does not check out (see above), so this does not show that it comes from their Daybook unchanged.</source>
        <translation>Kody się zgadzają, ale pakiet nie przeszedł weryfikacji (zob. wyżej), więc nie dowodzi to, że pochodzi z ich Daybook w niezmienionej postaci.</translation>
    </message>
    <message>
        <source>The codes differ: this pack was NOT signed by the Daybook whose code you were given. Do not rely on it; ask the person.</source>
        <translation>Kody się różnią: ten pakiet NIE został podpisany przez Daybook, którego kod otrzymałeś. Nie polegaj na nim; zapytaj tę osobę.</translation>
    </message>
    <message>
        <source>Choose the evidence pack</source>
        <translation>Wybierz pakiet dowodów</translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation>Wybrano: {name}</translation>
    </message>
    <message>
        <source>This pack is locked with a passphrase. The person who made it will have given it to you separately. Type it here.</source>
        <translation>Ten pakiet jest zabezpieczony hasłem. Osoba, która go utworzyła, przekazała Ci je osobno. Wpisz je tutaj.</translation>
    </message>
    <message>
        <source>Please type the pack&apos;s passphrase.</source>
        <translation>Wpisz hasło do pakietu.</translation>
    </message>
    <message>
        <source>Choose an exhibit to see it here.</source>
        <translation>Wybierz dowód, aby go tu zobaczyć.</translation>
    </message>
    <message>
        <source>Nothing in this pack has changed since it was signed: all {n} files are exactly as they were when it was made.</source>
        <translation>Nic w tym pakiecie nie zmieniło się od podpisania: wszystkie pliki ({n}) są dokładnie takie jak przy jego tworzeniu.</translation>
    </message>
    <message>
        <source>This pack does not check out: the diary&apos;s history inside it does not match its own hashes, so the diary was changed outside Daybook before the pack was made. Do not rely on what it shows without asking the person. (Its files have not changed since it was signed.)</source>
        <translation>Ten pakiet nie przeszedł weryfikacji: historia dziennika w jego wnętrzu nie zgadza się z jej własnymi skrótami (hash), więc dziennik został zmieniony poza Daybook przed utworzeniem pakietu. Nie polegaj na tym, co pokazuje, zanim nie zapytasz tej osoby. (Jego pliki nie zmieniły się od podpisania.)</translation>
    </message>
    <message>
        <source>This file cannot be trusted, so nothing from inside it is shown: another program could show different contents from the same file. Ask the person for a new copy.</source>
        <translation>Temu plikowi nie można ufać, więc nic z jego wnętrza nie jest pokazywane: inny program mógłby pokazać inną zawartość tego samego pliku. Poproś tę osobę o nową kopię.</translation>
    </message>
    <message>
        <source>Pack {id}</source>
        <translation type="vanished">Pakiet {id}</translation>
    </message>
    <message>
        <source>made {when}</source>
        <translation type="vanished">utworzono {when}</translation>
    </message>
    <message>
        <source>signing key {fp}</source>
        <translation type="vanished">klucz podpisu {fp}</translation>
    </message>
    <message>
        <source>This pack is intact: all {n} files are exactly as they were when it was made, and its signatures check out.</source>
        <translation type="vanished">Ten pakiet jest nienaruszony: wszystkie pliki ({n}) są dokładnie takie jak przy jego tworzeniu, a podpisy są prawidłowe.</translation>
    </message>
    <message>
        <source>Check that the signing key below is the one on the report&apos;s cover and the one the person&apos;s Daybook showed them when they made the pack.</source>
        <translation type="vanished">Sprawdź, czy poniższy klucz podpisu jest tym samym, który widnieje na okładce raportu i który Daybook tej osoby pokazał jej przy tworzeniu pakietu.</translation>
    </message>
    <message>
        <source>This pack does not check out. It may have been changed or damaged after it was made, so do not rely on what it shows without asking the person for a new copy.</source>
        <translation>Ten pakiet nie przeszedł weryfikacji. Mógł zostać zmieniony lub uszkodzony po utworzeniu, więc nie polegaj na tym, co pokazuje, zanim nie poprosisz tej osoby o nową kopię.</translation>
    </message>
    <message>
        <source>This pack was made before packs carried what each history entry covers, so its history cannot be recomputed.</source>
        <translation>Ten pakiet utworzono, zanim pakiety zawierały informację, czego dotyczy każdy wpis historii, więc jego historii nie da się przeliczyć ponownie.</translation>
    </message>
    <message>
        <source>Its history of 1 entry checks out, and gives the diary&apos;s history code {code} when this pack was made.</source>
        <translation>Jego historia (1 wpis) przeszła weryfikację i daje kod historii dziennika {code} z chwili utworzenia tego pakietu.</translation>
    </message>
    <message>
        <source>Its history of {n} entries checks out, and gives the diary&apos;s history code {code} when this pack was made.</source>
        <translation>Jego historia (liczba wpisów: {n}) przeszła weryfikację i daje kod historii dziennika {code} z chwili utworzenia tego pakietu.</translation>
    </message>
    <message>
        <source>This copy withholds what 1 of those entries records, as it holds the person&apos;s own details; it is taken by its hash.</source>
        <translation>Ta kopia nie pokazuje treści 1 z tych wpisów, ponieważ zawiera on dane osobowe tej osoby; jest on uwzględniony za pomocą swojego skrótu (hash).</translation>
    </message>
    <message>
        <source>This copy withholds what {n} of those entries record, as they hold the person&apos;s own details; they are taken by their hashes.</source>
        <translation>Ta kopia nie pokazuje treści części tych wpisów (liczba: {n}), ponieważ zawierają dane osobowe tej osoby; są one uwzględnione za pomocą swoich skrótów (hash).</translation>
    </message>
    <message>
        <source>Pack: {id}</source>
        <translation>Pakiet: {id}</translation>
    </message>
    <message>
        <source>Made: {when}</source>
        <translation>Utworzono: {when}</translation>
    </message>
    <message>
        <source>Files checked: {n}</source>
        <translation>Sprawdzone pliki: {n}</translation>
    </message>
    <message>
        <source>Signing key fingerprint, for checking with standard tools (ssh-keygen -l): {fp}</source>
        <translation>Odcisk klucza podpisu, do sprawdzenia standardowymi narzędziami (ssh-keygen -l): {fp}</translation>
    </message>
    <message>
        <source>{ref}: {name}
SHA-256 {sha}</source>
        <translation>{ref}: {name}
SHA-256 {sha}</translation>
    </message>
    <message>
        <source>This file is not in this copy.</source>
        <translation>Tego pliku nie ma w tej kopii.</translation>
    </message>
    <message>
        <source>This file is in the pack as {path}; it is not a picture.</source>
        <translation>Ten plik jest w pakiecie jako {path}; to nie jest obraz.</translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation>Nie udało się pokazać tego obrazu.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>To samo hasło ponownie</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Pokaż, co wpisuję</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Pokazuj hasło podczas pisania</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Jak silne jest hasło</translation>
    </message>
    <message>
        <source>Whether the two passphrases match</source>
        <translation>Czy oba hasła się zgadzają</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>Wpisz je dru&amp;gi raz</translation>
    </message>
    <message>
        <source>Choose a few unusual words that only you would put together, like a short odd sentence. Longer is stronger.</source>
        <translation>Wybierz kilka nietypowych słów, które tylko Ty byś połączył, jak krótkie dziwne zdanie. Im dłuższe, tym silniejsze.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Bardzo słabe</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <source>Could be guessed</source>
        <translation>Łatwe do odgadnięcia</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Bardzo silne</translation>
    </message>
    <message>
        <source>Please make it a little longer or less predictable.</source>
        <translation>Niech będzie trochę dłuższe albo mniej przewidywalne.</translation>
    </message>
    <message>
        <source>They match.</source>
        <translation>Zgadzają się.</translation>
    </message>
    <message>
        <source>They don&apos;t match yet.</source>
        <translation>Jeszcze się nie zgadzają.</translation>
    </message>
    <message>
        <source>To go on, choose a passphrase and type it twice.</source>
        <translation>Aby kontynuować, wybierz hasło i wpisz je dwa razy.</translation>
    </message>
    <message>
        <source>To go on, the passphrase needs to be stronger: see the tips above.</source>
        <translation>Aby kontynuować, hasło musi być silniejsze: zobacz wskazówki powyżej.</translation>
    </message>
    <message>
        <source>To go on, type the same passphrase again in the second box.</source>
        <translation>Aby kontynuować, wpisz to samo hasło ponownie w drugim polu.</translation>
    </message>
</context>
<context>
    <name>PatternsPage</name>
    <message>
        <source>{name}, as a table</source>
        <translation>{name} w formie tabeli</translation>
    </message>
    <message>
        <source>no behaviour recorded</source>
        <translation>nie zapisano zachowania</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Wzorce</translation>
    </message>
    <message>
        <source>Reading your diary</source>
        <translation>Czytanie Twojego dziennika</translation>
    </message>
    <message>
        <source>Entries each week, by what they did first</source>
        <translation>Wpisy w każdym tygodniu, według tego, co zrobili najpierw</translation>
    </message>
    <message>
        <source>When it happened: time of day against day of the week</source>
        <translation>Kiedy się stało: pora dnia a dzień tygodnia</translation>
    </message>
    <message>
        <source>Entries on each day of the week</source>
        <translation>Wpisy w poszczególne dni tygodnia</translation>
    </message>
    <message>
        <source>What they did, month by month</source>
        <translation>Co zrobili, miesiąc po miesiącu</translation>
    </message>
    <message>
        <source>Each week, by what they did first</source>
        <translation>Co tydzień, według tego, co zrobili najpierw</translation>
    </message>
    <message>
        <source>Time of day against day of the week</source>
        <translation>Pora dnia a dzień tygodnia</translation>
    </message>
    <message>
        <source>Each day of the week</source>
        <translation>Każdy dzień tygodnia</translation>
    </message>
    <message>
        <source>Show the numbers as a table</source>
        <translation>Pokaż liczby w tabeli</translation>
    </message>
    <message>
        <source>Show the numbers of {chart} as a table</source>
        <translation>Pokaż liczby wykresu „{chart}” w tabeli</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Czytanie Twojego dziennika…</translation>
    </message>
    <message>
        <source>For the {n} entries the diary&apos;s filter shows now.</source>
        <translation>Dla wpisów, które teraz pokazuje filtr dziennika ({n}).</translation>
    </message>
    <message>
        <source>For all {n} entries.</source>
        <translation>Dla wszystkich wpisów ({n}).</translation>
    </message>
    <message>
        <source>For the 1 entry the diary&apos;s filter shows now.</source>
        <translation>Dla 1 wpisu, który teraz pokazuje filtr dziennika.</translation>
    </message>
    <message>
        <source>For your 1 entry.</source>
        <translation>Dla Twojego 1 wpisu.</translation>
    </message>
    <message>
        <source>The diary&apos;s filter shows no entries now.</source>
        <translation>Filtr dziennika nie pokazuje teraz żadnych wpisów.</translation>
    </message>
    <message>
        <source>There are no entries yet.</source>
        <translation>Nie ma jeszcze żadnych wpisów.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Imię i nazwisko nowej osoby</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Kim są dla Ciebie</translation>
    </message>
    <message>
        <source>e.g. ex-partner, neighbour, colleague</source>
        <translation>np. były partner, sąsiad, kolega z pracy</translation>
    </message>
    <message>
        <source>Their part in it</source>
        <translation>Ich udział w tym</translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation>Osoba, która to robi</translation>
    </message>
    <message>
        <source>A witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>Their phone numbers</source>
        <translation>Ich numery telefonów</translation>
    </message>
    <message>
        <source>Separate several with commas</source>
        <translation>Kilka rozdziel przecinkami</translation>
    </message>
    <message>
        <source>Their emails or accounts</source>
        <translation>Ich e-maile lub konta</translation>
    </message>
    <message>
        <source>Other names they use</source>
        <translation>Inne imiona, których używają</translation>
    </message>
    <message>
        <source>Nicknames or other names, separated by commas</source>
        <translation>Pseudonimy lub inne imiona, rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Their vehicles and number plates</source>
        <translation>Ich pojazdy i numery rejestracyjne</translation>
    </message>
    <message>
        <source>e.g. silver Ford Focus AB12 CDE</source>
        <translation>np. srebrny Ford Focus AB12 CDE</translation>
    </message>
    <message>
        <source>What they look like</source>
        <translation>Jak wyglądają</translation>
    </message>
    <message>
        <source>Height, hair, clothes they often wear</source>
        <translation>Wzrost, włosy, ubrania, które często noszą</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Dodaj &amp;osobę</translation>
    </message>
    <message>
        <source>Nam&amp;e</source>
        <translation>Imię i n&amp;azwisko</translation>
    </message>
    <message>
        <source>&amp;Who they are to you</source>
        <translation>&amp;Kim są dla Ciebie</translation>
    </message>
    <message>
        <source>The&amp;ir part</source>
        <translation>Ic&amp;h udział</translation>
    </message>
    <message>
        <source>Phone num&amp;bers</source>
        <translation>Numery &amp;telefonów</translation>
    </message>
    <message>
        <source>Emails or acco&amp;unts</source>
        <translation>E-&amp;maile lub konta</translation>
    </message>
    <message>
        <source>O&amp;ther names</source>
        <translation>&amp;Inne imiona</translation>
    </message>
    <message>
        <source>Vehi&amp;cles</source>
        <translation>Pojaz&amp;dy</translation>
    </message>
    <message>
        <source>&amp;Their part</source>
        <translation type="vanished">Ich &amp;udział</translation>
    </message>
    <message>
        <source>Phone n&amp;umbers</source>
        <translation type="vanished">Numery &amp;telefonów</translation>
    </message>
    <message>
        <source>Emails or a&amp;ccounts</source>
        <translation type="vanished">&amp;E-maile lub konta</translation>
    </message>
    <message>
        <source>Veh&amp;icles</source>
        <translation type="vanished">&amp;Pojazdy</translation>
    </message>
    <message>
        <source>What they loo&amp;k like</source>
        <translation>Jak wy&amp;glądają</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="vanished">Dodaj &amp;osobę</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Dodaj tę osobę</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="vanished">&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>Who they &amp;are to you</source>
        <translation type="vanished">Kim &amp;są dla Ciebie</translation>
    </message>
    <message>
        <source>Their &amp;part</source>
        <translation type="vanished">Ich &amp;udział</translation>
    </message>
    <message>
        <source>P&amp;hone numbers</source>
        <translation type="vanished">Numery &amp;telefonów</translation>
    </message>
    <message>
        <source>&amp;Emails or accounts</source>
        <translation type="vanished">&amp;E-maile lub konta</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation type="vanished">&amp;Inne imiona</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="vanished">&amp;Pojazdy</translation>
    </message>
    <message>
        <source>&amp;What they look like</source>
        <translation type="vanished">&amp;Jak wyglądają</translation>
    </message>
    <message>
        <source>Please write a name, or how you know them.</source>
        <translation>Wpisz imię lub to, skąd ich znasz.</translation>
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
        <translation>Stało się znowu</translation>
    </message>
    <message>
        <source>Saved as happening now. You can add the details later.</source>
        <translation type="vanished">Zapisano jako dziejące się teraz. Szczegóły możesz dodać później.</translation>
    </message>
    <message>
        <source>Save it as happening now, with what they did and where you are. You can add the details later.</source>
        <translation>Zapisz to jako dziejące się teraz, z tym, co zrobili, i miejscem, w którym jesteś. Szczegóły możesz dodać później.</translation>
    </message>
    <message>
        <source>What they did</source>
        <translation>Co zrobili</translation>
    </message>
    <message>
        <source>Who it was</source>
        <translation>Kto to był</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Gdzie jesteś</translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation>Gdzie jesteś teraz</translation>
    </message>
    <message>
        <source>A few words</source>
        <translation>Kilka słów</translation>
    </message>
    <message>
        <source>A few words, if you can (optional)</source>
        <translation>Kilka słów, jeśli możesz (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>&amp;What they did</source>
        <translation>&amp;Co zrobili</translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation>&amp;Kto</translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Not&amp;atka</translation>
    </message>
    <message>
        <source>&amp;Broke a condition</source>
        <translation>Naruszono &amp;warunek</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="vanished">&amp;Notatka</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel, save nothing</source>
        <translation>Anuluj, niczego nie zapisując</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Zapisz &amp;teraz</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Zapisz teraz</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <source>&amp;Note</source>
        <translation type="vanished">&amp;Notatka</translation>
    </message>
    <message>
        <source>Risk topics</source>
        <translation>Tematy oceny zagrożenia</translation>
    </message>
    <message>
        <source>Reading your answers</source>
        <translation>Czytanie Twoich odpowiedzi</translation>
    </message>
    <message>
        <source>Saving your answer</source>
        <translation>Zapisywanie Twojej odpowiedzi</translation>
    </message>
    <message>
        <source>Answer: {words}</source>
        <translation>Odpowiedź: {words}</translation>
    </message>
    <message>
        <source>Your note on this topic</source>
        <translation>Twoja notatka do tego tematu</translation>
    </message>
    <message>
        <source>Anything you want to say about it (optional)</source>
        <translation>Cokolwiek chcesz o tym powiedzieć (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Link these &amp;entries</source>
        <translation>Połącz &amp;te wpisy</translation>
    </message>
    <message>
        <source>Link the entries the diary shows</source>
        <translation>Połącz wpisy wskazane przez dziennik</translation>
    </message>
    <message>
        <source>Save &amp;answer</source>
        <translation>Zapisz &amp;odpowiedź</translation>
    </message>
    <message>
        <source>Save this answer</source>
        <translation>Zapisz tę odpowiedź</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>Not&amp;atka</translation>
    </message>
    <message>
        <source>Information for your risk assessment; this is not a completed S-DASH or DASH form, and there is no score. Your advocate or the police use it with their own form.</source>
        <translation>Informacje do oceny zagrożenia; to nie jest wypełniony formularz S-DASH ani DASH i nie ma tu punktacji. Twój doradca lub policja korzystają z nich przy własnym formularzu.</translation>
    </message>
    <message>
        <source>The diary shows: {reason}</source>
        <translation>Z dziennika wynika: {reason}</translation>
    </message>
    <message>
        <source>The diary cannot tell this one; only you can answer it.</source>
        <translation>Dziennik nie może tego ocenić; tylko Ty możesz na to odpowiedzieć.</translation>
    </message>
    <message>
        <source>Linked entries: {entries}</source>
        <translation>Połączone wpisy: {entries}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> i jeszcze {n}</translation>
    </message>
    <message>
        <source>No entries linked.</source>
        <translation>Brak połączonych wpisów.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPage</name>
    <message>
        <source>Your safety plan</source>
        <translation>Twój plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Work through this with your advocate if you can, a bit at a time. It is kept locked inside your diary. It goes only into a full pack for your advocate, and never into a court copy.</source>
        <translation>Jeśli możesz, przejdź przez to z doradcą, krok po kroku. Jest przechowywane zablokowane w Twoim dzienniku. Trafia tylko do pełnego pakietu dla doradcy, nigdy do kopii dla sądu.</translation>
    </message>
    <message>
        <source>&amp;Save the plan</source>
        <translation type="vanished">&amp;Zapisz plan</translation>
    </message>
    <message>
        <source>S&amp;ave the plan</source>
        <translation>Z&amp;apisz plan</translation>
    </message>
    <message>
        <source>Save the safety plan</source>
        <translation>Zapisz plan bezpieczeństwa</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Locked after 1 minute without use.</source>
        <translation>Zablokowano po 1 minucie bez używania.</translation>
    </message>
    <message>
        <source>Locked after {n} minutes without use.</source>
        <translation>Zablokowano po {n} min bez używania.</translation>
    </message>
    <message>
        <source>Locked after a while without use.</source>
        <translation>Zablokowano po pewnym czasie bez używania.</translation>
    </message>
    <message>
        <source>Locked when the window was minimised.</source>
        <translation>Zablokowano, gdy okno zostało zminimalizowane.</translation>
    </message>
    <message>
        <source>Locked when the computer went to sleep.</source>
        <translation>Zablokowano, gdy komputer przeszedł w stan uśpienia.</translation>
    </message>
    <message>
        <source>Locked when the screen was locked.</source>
        <translation>Zablokowano, gdy ekran został zablokowany.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minut</translation>
    </message>
    <message>
        <source> minute</source>
        <translation> minuta</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Zablokuj po tylu minutach bez używania</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for</source>
        <translation type="vanished">&amp;Zablokuj po bezczynności przez</translation>
    </message>
    <message>
        <source>Lock when I minimise the window</source>
        <translation>Zablokuj, gdy zminimalizuję okno</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Zablokuj po zminimalizowaniu okna</translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page in the web browser</source>
        <translation>Szybkie wyjście otwiera też stronę z pogodą w przeglądarce</translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page</source>
        <translation>Szybkie wyjście otwiera też stronę z pogodą</translation>
    </message>
    <message>
        <source>Your initials, for labelling files</source>
        <translation>Twoje inicjały, do oznaczania plików</translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation>Twoje &amp;inicjały</translation>
    </message>
    <message>
        <source>The language Daybook uses</source>
        <translation>Język, którego używa Daybook</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="vanished">&amp;Język</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="vanished">&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>About &amp;me: your details, kept out of a court copy…</source>
        <translation type="vanished">O &amp;mnie: Twoje dane, pominięte w kopii dla sądu…</translation>
    </message>
    <message>
        <source>Open About me</source>
        <translation>Otwórz O mnie</translation>
    </message>
    <message>
        <source>Your diary&apos;s check code</source>
        <translation type="vanished">Kod kontrolny Twojego dziennika</translation>
    </message>
    <message>
        <source>Send this code to your support worker now and then. Later it proves which entries were already in your diary when you sent it.</source>
        <translation type="vanished">Wysyłaj ten kod od czasu do czasu osobie wspierającej. Później dowodzi on, które wpisy były już w Twoim dzienniku, gdy go wysłałeś.</translation>
    </message>
    <message>
        <source>Codes to give your support worker</source>
        <translation>Kody do przekazania osobie wspierającej</translation>
    </message>
    <message>
        <source>Shows which Daybook signed a pack: yours. Give it to your support worker separately from any pack (read it out, write it on a card, or text it). A pack that shows the same check code was signed by this diary.</source>
        <translation>Pokazuje, który Daybook podpisał pakiet: Twój. Przekaż go osobie wspierającej oddzielnie od pakietu (przeczytaj na głos, zapisz na kartce albo wyślij SMS-em). Pakiet z tym samym kodem kontrolnym został podpisany przez ten dziennik.</translation>
    </message>
    <message>
        <source>History code</source>
        <translation>Kod historii</translation>
    </message>
    <message>
        <source>The code for your diary&apos;s history as it is now. Send it to your support worker now and then: a later pack proves that every entry that existed when you sent it is unchanged.</source>
        <translation>Kod historii Twojego dziennika w obecnym stanie. Wysyłaj go od czasu do czasu osobie wspierającej: późniejszy pakiet dowodzi, że każdy wpis istniejący w chwili wysłania pozostał niezmieniony.</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kod kontrolny</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy the check code</source>
        <translation type="vanished">Kopiuj kod kontrolny</translation>
    </message>
    <message>
        <source>Copied privately, and cleared after 30 seconds</source>
        <translation type="vanished">Skopiowano prywatnie; zostanie wyczyszczone po 30 sekundach</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="vanished">&amp;Zmień hasło</translation>
    </message>
    <message>
        <source>Lock when not used &amp;for</source>
        <translation>Z&amp;ablokuj po bezczynności przez</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Języ&amp;k</translation>
    </message>
    <message>
        <source>Sav&amp;e settings</source>
        <translation>Zapisz us&amp;tawienia</translation>
    </message>
    <message>
        <source>A&amp;bout me: your details, kept out of a court copy…</source>
        <translation>O mnie: Twoje &amp;dane, pominięte w kopii dla sądu…</translation>
    </message>
    <message>
        <source>Reading your diary</source>
        <translation>Czytanie Twojego dziennika</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Czytanie Twojego dziennika…</translation>
    </message>
    <message>
        <source>Ne&amp;w passphrase</source>
        <translation>Nowe &amp;hasło</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>Wpisz je dru&amp;gi raz</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Z&amp;mień hasło</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>For an advocate: the same key&apos;s SSH fingerprint is {fingerprint} (what ssh-keygen -l shows for the pack&apos;s signing-key.pub).</source>
        <translation>Dla doradcy: odcisk SSH tego samego klucza to {fingerprint} (to, co pokazuje ssh-keygen -l dla pliku signing-key.pub z pakietu).</translation>
    </message>
    <message>
        <source>For an advocate: the diary&apos;s history so far has {n} events; the newest one&apos;s SHA-256 is {head}.</source>
        <translation>Dla doradcy: historia dziennika ma dotąd {n} zdarzeń; SHA-256 najnowszego to {head}.</translation>
    </message>
    <message>
        <source>Please keep at least one initial.</source>
        <translation>Zostaw co najmniej jeden inicjał.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Skopiowano. Zostanie usunięte ze schowka za 30 sekund.</translation>
    </message>
    <message>
        <source>To change it, first type your current passphrase.</source>
        <translation>Aby je zmienić, najpierw wpisz obecne hasło.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation>Hasło zostało zmienione. Od teraz używaj nowego.</translation>
    </message>
    <message>
        <source>For an advocate: the diary&apos;s history so far has 1 event; its SHA-256 is {head}.</source>
        <translation>Dla doradcy: historia dziennika ma dotąd 1 zdarzenie; jego SHA-256 to {head}.</translation>
    </message>
</context>
<context>
    <name>SincePackChoice</name>
    <message>
        <source>Only w&amp;hat is new since a pack I sent before</source>
        <translation>Tylko to, &amp;co nowe od wcześniej wysłanego pakietu</translation>
    </message>
    <message>
        <source>Only what is new or changed since a pack I sent before</source>
        <translation>Tylko to, co nowe lub zmienione od wcześniej wysłanego pakietu</translation>
    </message>
    <message>
        <source>Choose that pac&amp;k…</source>
        <translation>Wy&amp;bierz ten pakiet…</translation>
    </message>
    <message>
        <source>Choose the pack you sent before</source>
        <translation>Wybierz wcześniej wysłany pakiet</translation>
    </message>
    <message>
        <source>That pack&apos;s passphrase</source>
        <translation>Hasło do tamtego pakietu</translation>
    </message>
    <message>
        <source>New and changed entries go in full; the others are listed with a code that shows they are unchanged, so the update is small. Your advocate needs the earlier pack too, to check the two together.</source>
        <translation>Nowe i zmienione wpisy trafią do pakietu w całości; pozostałe zostaną wymienione z kodem, który pokazuje, że są bez zmian, więc aktualizacja jest mała. Twój doradca potrzebuje też wcześniejszego pakietu, żeby sprawdzić oba razem.</translation>
    </message>
    <message>
        <source>Please choose the pack you sent before.</source>
        <translation>Wybierz wcześniej wysłany pakiet.</translation>
    </message>
    <message>
        <source>Please type that pack&apos;s passphrase.</source>
        <translation>Wpisz hasło do tamtego pakietu.</translation>
    </message>
</context>
<context>
    <name>StackedBars</name>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nic do pokazania.</translation>
    </message>
    <message>
        <source>most: {n}</source>
        <translation>najwięcej: {n}</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation type="vanished">&amp;Usuń</translation>
    </message>
    <message>
        <source>The court</source>
        <translation>Sąd</translation>
    </message>
    <message>
        <source>e.g. In the Family Court sitting at Leeds</source>
        <translation>np. In the Family Court sitting at Leeds</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>You are the</source>
        <translation>Twoja rola w sprawie</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
    <message>
        <source>The other party</source>
        <translation>Druga strona</translation>
    </message>
    <message>
        <source>Which statement this is (1 for your first)</source>
        <translation>Które to oświadczenie (1, jeśli pierwsze)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>N&amp;azwa sądu</translation>
    </message>
    <message>
        <source>Case num&amp;ber</source>
        <translation>Nu&amp;mer sprawy</translation>
    </message>
    <message>
        <source>Your &amp;full name</source>
        <translation>Twoje &amp;imię i nazwisko</translation>
    </message>
    <message>
        <source>Statement number</source>
        <translation>Numer oświadczenia</translation>
    </message>
    <message>
        <source>Numbered paragraphs</source>
        <translation>Ponumerowane akapity</translation>
    </message>
    <message>
        <source>The chosen paragraph, in your own words</source>
        <translation>Wybrany akapit, Twoimi własnymi słowami</translation>
    </message>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>Dodaj a&amp;kapit</translation>
    </message>
    <message>
        <source>Add a paragraph after the chosen one</source>
        <translation>Dodaj akapit po wybranym</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the chosen paragraph</source>
        <translation>Usuń wybrany akapit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move the chosen paragraph up</source>
        <translation>Przesuń wybrany akapit w górę</translation>
    </message>
    <message>
        <source>Mov&amp;e down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>Move the chosen paragraph down</source>
        <translation>Przesuń wybrany akapit w dół</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Wcześniejsze wersje</translation>
    </message>
    <message>
        <source>Start aga&amp;in from the diary</source>
        <translation>Zacznij &amp;od nowa z dziennika</translation>
    </message>
    <message>
        <source>Build a new first draft from the diary (your saved versions are kept)</source>
        <translation>Utwórz nowy pierwszy szkic z dziennika (zapisane wersje zostaną zachowane)</translation>
    </message>
    <message>
        <source>Save &amp;this version</source>
        <translation>Zac&amp;howaj tę wersję</translation>
    </message>
    <message>
        <source>Save this version of the statement</source>
        <translation>Zachowaj tę wersję oświadczenia</translation>
    </message>
    <message>
        <source>Make a &amp;Word file…</source>
        <translation>U&amp;twórz plik Word…</translation>
    </message>
    <message>
        <source>Make a Word file of the statement</source>
        <translation>Utwórz plik Word z oświadczeniem</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>Reading your statement</source>
        <translation>Czytanie Twojego oświadczenia</translation>
    </message>
    <message>
        <source>Saving your statement</source>
        <translation>Zapisywanie Twojego oświadczenia</translation>
    </message>
    <message>
        <source>This is a draft of your own witness statement for a family or civil court. It is not a police statement (MG11); the police take those themselves. DRAFT – to review with your advocate or solicitor.</source>
        <translation>To projekt Twojego własnego oświadczenia świadka (witness statement) dla sądu rodzinnego lub cywilnego. Nie jest to zeznanie dla policji (MG11); takie zeznania policja spisuje sama. PROJEKT – do przejrzenia z doradcą lub prawnikiem.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Version {n}, saved {when}</source>
        <translation>Wersja {n}, zapisana {when}</translation>
    </message>
    <message>
        <source>Building a first draft from your diary…</source>
        <translation>Tworzenie pierwszego szkicu z Twojego dziennika…</translation>
    </message>
    <message>
        <source>This is a first draft from your diary. Change it into your own words, then save it.</source>
        <translation>To pierwszy szkic z Twojego dziennika. Przepisz go własnymi słowami, a potem zapisz.</translation>
    </message>
    <message>
        <source>Saved as version {n}. Earlier versions are kept.</source>
        <translation>Zapisano jako wersję {n}. Wcześniejsze wersje zostają zachowane.</translation>
    </message>
    <message>
        <source>Showing version {n}. Saving makes it the newest version; nothing is lost.</source>
        <translation>Wyświetlana jest wersja {n}. Zapisanie uczyni ją najnowszą wersją; nic nie zostanie utracone.</translation>
    </message>
    <message>
        <source>Save the draft statement</source>
        <translation>Zapisz projekt oświadczenia</translation>
    </message>
    <message>
        <source>Word files (*.docx)</source>
        <translation>Pliki Word (*.docx)</translation>
    </message>
    <message>
        <source>The draft is in {path}. That file is not protected by your passphrase: keep it somewhere safe, and delete it when you have given it to your advocate.</source>
        <translation>Projekt jest w {path}. Ten plik nie jest chroniony Twoim hasłem: trzymaj go w bezpiecznym miejscu i usuń, gdy przekażesz go doradcy.</translation>
    </message>
</context>
<context>
    <name>SuggestionEditor</name>
    <message>
        <source>&amp;Back to the suggestions</source>
        <translation>Wróć d&amp;o propozycji</translation>
    </message>
    <message>
        <source>Back to the suggestions, saving nothing</source>
        <translation>Wróć do propozycji, niczego nie zapisując</translation>
    </message>
    <message>
        <source>&amp;Save as an entry</source>
        <translation>Z&amp;apisz jako wpis</translation>
    </message>
    <message>
        <source>Save as an entry, with its messages linked</source>
        <translation>Zapisz jako wpis z połączonymi wiadomościami</translation>
    </message>
    <message>
        <source>Change whatever you need, then save. Until you save, nothing is added; the suggestion stays on the list.</source>
        <translation>Zmień, co trzeba, a potem zapisz. Dopóki nie zapiszesz, nic nie zostanie dodane; propozycja zostaje na liście.</translation>
    </message>
    <message>
        <source>Change the suggested entry, then save it</source>
        <translation>Zmień proponowany wpis, a potem go zapisz</translation>
    </message>
    <message>
        <source>The messages are linked to the entry when you save it.</source>
        <translation>Wiadomości zostaną połączone z wpisem, gdy go zapiszesz.</translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation>Napisz kilka słów o tym, co się stało, albo zaznacz, co zrobili.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Search your diary…</source>
        <translation>Przeszukaj swój dziennik…</translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation>Przeszukaj dziennik</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Od daty</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Dowolny</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Do daty</translation>
    </message>
    <message>
        <source>Only what they did</source>
        <translation>Tylko to, co zrobili</translation>
    </message>
    <message>
        <source>Anything they did</source>
        <translation>Cokolwiek zrobili</translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation>Tylko ta osoba</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Po&amp;każ wszystko</translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation>Wyczyść filtry i pokaż wszystkie wpisy</translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation>Ile wpisów jest widocznych</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation>Wpisy w dzienniku</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Nothing written yet. When something happens, choose New entry, or It happened again for something quick.</source>
        <translation>Nic jeszcze nie zapisano. Gdy coś się wydarzy, wybierz Nowy wpis albo Stało się znowu, by zapisać coś szybko.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Ktokolwiek</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 wpis</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>wpisy: {n}</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation>Widoczne wpisy: {shown} z {total}</translation>
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
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Otwieranie</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation>Otwórz dziennik</translation>
    </message>
    <message>
        <source>&amp;Forgotten your passphrase? Use your recovery key</source>
        <translation>&amp;Nie pamiętasz hasła? Użyj klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Forgotten your passphrase? Use your recovery key</source>
        <translation>Nie pamiętasz hasła? Użyj klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation>Otwórz pakiet &amp;dowodów, który ktoś Ci dał…</translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation>Otwórz pakiet dowodów, który ktoś Ci dał</translation>
    </message>
    <message>
        <source>&amp;Help and safety</source>
        <translation>&amp;Pomoc i bezpieczeństwo</translation>
    </message>
    <message>
        <source>Help and safety: who to call</source>
        <translation>Pomoc i bezpieczeństwo: do kogo dzwonić</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Użyj klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you set up Daybook, then choose a new passphrase. Everything in your diary stays as it is.</source>
        <translation>Wpisz klucz odzyskiwania zapisany przy konfiguracji Daybook, a potem wybierz nowe hasło. Wszystko w dzienniku pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>Wróć do hasła</translation>
    </message>
    <message>
        <source>Set passphrase and &amp;open</source>
        <translation>Ustaw hasło i &amp;otwórz</translation>
    </message>
    <message>
        <source>Set the new passphrase and open the diary</source>
        <translation>Ustaw nowe hasło i otwórz dziennik</translation>
    </message>
    <message>
        <source>To go on, type your recovery key.</source>
        <translation>Aby kontynuować, wpisz klucz odzyskiwania.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Sprawdzanie hasła…</translation>
    </message>
    <message>
        <source>Checking your recovery key and setting the new passphrase…</source>
        <translation>Sprawdzanie klucza odzyskiwania i ustawianie nowego hasła…</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Wpisz swoje hasło.</translation>
    </message>
</context>
<context>
    <name>_FilteredTable</name>
    <message>
        <source>Find in {name}</source>
        <translation>Szukaj w: {name}</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Szukaj…</translation>
    </message>
</context>
</TS>
