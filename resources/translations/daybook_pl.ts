<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>That passphrase did not open the diary. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key did not open the diary. Please check each group of letters and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary&apos;s files are damaged and could not be read. Nothing has been changed; restore from a backup or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no diary in that folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diary already exists in that folder, so nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary is locked. Please unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in that entry could not be understood. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be found in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daybook could not save to disk (it may be full). Your diary is as it was before; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be added. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer ran out of memory. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daybook could not read or write a file on this computer. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>when it ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>how sure of the time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>written later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>where</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>kind of place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>one of my own places</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>map position</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>contact by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>their number or account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what they said</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>threats</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>what they did</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>who did it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>witnesses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>who I told</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>how frightened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>effect on daily life</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>more about the effect</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>told to stop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>reported to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>order broken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IncidentView</source>
        <comment>private note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of your own places; it is left out of a court copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who I told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How frightened: {n} out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had been told to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it affected me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or condition broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note (only for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}, {when}: changed {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File {ref}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where or how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (1 message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n} messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, about {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:.1f} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this exact time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At about this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some time that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some time that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I saw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I recognised their voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I think it was them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I changed my route or routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I missed work, school or college</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I moved, or stayed somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fitted security (locks, cameras, alarm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I saw a GP or counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stopped going out, or go out less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I changed my number or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have trouble sleeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am afraid for my family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call or voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryExtras</name>
    <message>
        <source>Evidence and imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make an evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open an evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: make or open a pack, add messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an evidence pack ({export}), add messages ({add})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened again: a quick entry for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick entry for now (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick e&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: close Daybook at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close at once and keep what you were writing (Ctrl+Q, or Esc twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry on writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unfinished entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and &amp;files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried once: {times}. If that was not you, someone may have tried to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you last opened your diary, a wrong passphrase was tried {n} times (the latest: {times}). If that was not you, someone may have tried to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an entry you had not finished. It was kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please finish or throw away your unfinished entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the entry you had not finished? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed, so {number} stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files were added to {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a new version of {number}. The earlier version is kept, with the time it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files could not be added: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {number}. You can add the details whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitsPage</name>
    <message>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo to see it. Files are kept locked inside your diary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Make an evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel making the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nex&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence pack is one file for your stalking advocate or the police: a readable report, your entries in date order, the original photos and files, and a way for them to check nothing was changed. Your diary stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry in the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in a &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;some entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries I list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry numbers to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. INC-0003, INC-0007 or 3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A f&amp;ull copy, for your advocate and the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copy, for your advocate and the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cou&amp;rt copy, which may be shown to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court copy, which may be shown to the other side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you wrote, with the original photos and files. Only your private notes are left out, unless you choose to include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out your own address, phone number and email, places you marked as sensitive, witnesses&apos; contact details and where your photos were taken. Their words and details are never removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my pr&amp;ivate notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the pack is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my stalking advocate, PC Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pack will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this copy leaves out, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this copy leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left out of this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same list is printed on the pack&apos;s cover, so nothing is left out without saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it somewhere the person doing this cannot see, such as a USB stick you keep safe, and delete it from this computer once it has been handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the pack with a pass&amp;phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the pack with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the pac&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different passphrase from your diary&apos;s. Tell it to the person you give the pack to separately, for example by phone, never in the same email. They can open it with Daybook or the standard &apos;age&apos; tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to tell your advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your packs are signed with the key {key}. Whoever receives one can check that it shows this same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an evidence pack: what to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an evidence pack: what it will hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an evidence pack: where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evidence pack is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day. Please check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the numbers of the entries to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {copy} will hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>court copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {n} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages linked to those entries: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private notes, as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any location or other hidden details inside the {n} photos or videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court copy: a photo that holds them is included as a copy without them; a video, which Daybook cannot clean, stays in the full copy only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose where to save the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder does not exist. Please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file called {name} there. Please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase for the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack {id} is saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says on its cover what it leaves out: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you hand it over, tell your advocate or officer this fingerprint, for example by phone, or let them see it here. It is also printed on the report&apos;s cover. They can check the pack in Daybook with &quot;Open an evidence pack&quot;, or with standard tools as its README.txt explains; the pack is genuine and unchanged only if it checks out and shows this same fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack is locked with the passphrase you chose: tell it to them separately.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Daybook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daybook is a private diary. Use it to write down what happens to you, when and where, in your own words, as soon as you can after it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write, and every photo or file you add, is locked with a passphrase that only you know and kept on this computer only. Nothing is sent anywhere. Without the passphrase, nobody can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are ready, Daybook can put your entries together for a support worker or the police. You decide if and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need to leave quickly, press Esc twice or use the Quick exit button: Daybook closes at once and keeps what you were writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start setting up your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens your diary. Pick something you will remember but that the person you are writing about could not guess: not a name, birthday or pet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to label photos and files you add (JS1, JS2…), as the police do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your diary. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it on paper, or print it, and keep it somewhere safe away from this computer, where the person you are writing about cannot find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key

{key}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere safe, such as a USB stick you keep with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure it was written down correctly, type the last group of letters and numbers from your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recovery key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the same as the last group. Please look again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture, so it cannot be shown here. It is kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Add messages from a phone or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file you exported, or drop it here: a WhatsApp &quot;Export chat&quot; (.txt or .zip), an SMS Backup &amp; Restore file (.xml), emails (.eml or mbox), a Telegram export (result.json) or photos. Daybook shows you what it found before anything is added, and keeps the file itself, unchanged, as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Daybook found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Daybook found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Daybook could not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order your phone writes dates in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first, like 3/4/2024 for 3 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first, like 4/3/2024 for 3 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first, like 2024/4/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again with this date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of them is the person doing this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hats to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is doing this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them to my d&amp;iary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these messages to my diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daybook grouped their messages and calls into one suggested entry a day. Add the ones that belong in your diary as they are, change them first, or leave them out. Messages you leave out stay in your messages either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the suggested entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show messages from files added &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also suggest entries from messages added before, not yet in an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as an &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen suggestion as an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange it first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen suggestion, then add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the chosen suggestion out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and go back to the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in this chat could be read day first or month first, and the file does not show which. Please choose the order your phone uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WhatsApp chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text message backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Telegram export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} messages and {calls} calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In it: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: {what}. Everything before that can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} parts could not be understood and will be left out ({shown}{more}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them, or I&apos;m not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no messages in this file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not say when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken with {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It records where it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding it keeps it, unchanged, as evidence; entries from the same day are suggested for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tick at least one chat to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding messages from {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {added} messages and calls added, {already} were already in your diary; the file is kept as {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: kept as {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was already in your diary, as {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from the same day: {numbers}. You can link it to one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} parts could not be read and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no suggested entries to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is doing this when you add their messages, and Daybook will suggest entries from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a suggested entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added as {number}, with its {n} messages linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out. Those messages are still in your messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you can; you can come back and add more later. Everything is kept safe as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose (keep as draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and keep what I wrote as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure you are of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went on until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went on for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened earlier: I am writing this later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am writing this later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Write it as you remember it, in your own words: what they did, what you did, and how it ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they do or say? Use their exact words if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they threaten you, or anyone else? Write down exactly what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your &amp;words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did: tick all that apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all that &amp;apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, or how you know them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know it was them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;did it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who saw or heard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you tell anyone about it (a friend, family, work, a helpline)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you &amp;told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, or how did they get in touch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. outside work, Bus stop on King St</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of my own places (my home, work or children&apos;s school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is private to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map position, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 51.5074, -0.1278</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they got in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their number or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number, email or account they used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it affect you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How frightened you were, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;frightened were you? (0 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects on your daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has it changed your &amp;daily life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about how it affected you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else about how this has affected you or the people close to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had been told to stop (by me or someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They had been told to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you reported it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Police, 101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order or bail condition broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this broke a court order or bail condition, which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which condition, in its own words if you have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ndition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, screenshots and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to add to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos or files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen file from this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag photos or files here, or choose them. A copy is locked inside your diary; the original stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just for you: never put in anything you share unless you choose to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving makes a new version. The earlier one is kept, with its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying on from where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept safe at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you have written here? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map position should be two numbers, like 51.5074, -0.1278.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. What you wrote is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>&amp;Back to the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this entry (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files in this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to add to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered something else, or something happened because of this? Add a note: it is kept with today&apos;s date, and the entry stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you had started is still here, below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note was added, with today&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPicker</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number to link the chosen messages to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number, e.g. INC-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link the chosen messages to this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the chosen messages to the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Messages you import from your phone or email appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add messages from a phone or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add messages from a chat export, phone backup or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose messages these are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose messages? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported chats, backups or emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not added. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {added} added, {already} already in your diary; kept as {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more messages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages linked to {number}; they show in that entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackViewer</name>
    <message>
        <source>Open an evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an evidence pack made with Daybook (a .zip file, or .zip.age when it is locked with a passphrase). Daybook checks that nothing in it was changed after it was made, then lets you read it. Nothing is added to any diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence pack to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack&apos;s &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pack and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the pack is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the chronology…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry to read it in full here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is locked with a passphrase. The person who made it will have given it to you separately. Type it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the pack&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exhibit to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key {fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack is intact: all {n} files are exactly as they were when it was made, and its signatures check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the signing key below is the one on the report&apos;s cover and the one the person&apos;s Daybook showed them when they made the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack does not check out. It may have been changed or damaged after it was made, so do not rely on what it shows without asking the person for a new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref}: {name}
SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is in the pack as {path}; it is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the two passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a few unusual words that only you would put together, like a short odd sentence. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please make it a little longer or less predictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They don&apos;t match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ex-partner, neighbour, colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their part in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their emails or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicknames or other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their vehicles and number plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. silver Ford Focus AB12 CDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they look like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height, hair, clothes they often wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they &amp;are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emails or accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What they look like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a name, or how you know them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>IncidentView</source>
        <comment>when it happened</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickAddPage</name>
    <message>
        <source>It happened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as happening now. You can add the details later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, if you can (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whe&amp;re</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, save nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when I minimise the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit also opens a weather page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your initials, for labelling files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language Daybook uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your diary&apos;s check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this code to your support worker now and then. Later it proves which entries were already in your diary when you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the check code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied privately, and cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep at least one initial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionEditor</name>
    <message>
        <source>&amp;Back to the suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the suggestions, saving nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as an entry, with its messages linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change whatever you need, then save. Until you save, nothing is added; the suggestion stays on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the suggested entry, then save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are linked to the entry when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a few words about what happened, or tick what they did.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Search your diary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything they did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters and show every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many entries are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. When something happens, choose New entry, or It happened again for something quick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Daybook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgotten your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten your passphrase? Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;evidence pack someone gave you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an evidence pack someone gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you set up Daybook, then choose a new passphrase. Everything in your diary stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set passphrase and &amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the new passphrase and open the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FilteredTable</name>
    <message>
        <source>Find in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
