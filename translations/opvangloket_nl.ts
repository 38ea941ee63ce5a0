<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ApiResult</name>
    <message>
        <location filename="../core/sync/ApiResult.cpp" line="+8"/>
        <source>The server cannot be reached (%1).</source>
        <translation>De server is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with error %1.</source>
        <translation>De server antwoordde met fout %1.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+49"/>
        <source>Could not start Opvangloket: %1</source>
        <translation>Opvangloket kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>No sync finished within %1 seconds; no screenshot taken.</source>
        <translation>Binnen %1 seconden is geen synchronisatie afgerond; er is geen schermafdruk gemaakt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>De schermafdruk kon niet bewaard worden in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first sync failed; the screenshot shows the offline copy.</source>
        <translation>De eerste synchronisatie is mislukt; de schermafdruk toont de offline kopie.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../ui/AppOptions.cpp" line="+10"/>
        <source>Opvangloket — the desktop client for the local childcare counter.</source>
        <translation>Opvangloket — het programma voor het lokaal loket kinderopvang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address, e.g. https://opvangloket.example.be.</source>
        <translation>Serveradres, bv. https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the offline copy and settings.</source>
        <translation>Map voor de offline kopie en de instellingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name to sign in with.</source>
        <translation>Gebruikersnaam om mee aan te melden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the password from standard input; nothing is stored in the keychain.</source>
        <translation>Lees het wachtwoord van de standaardinvoer; er wordt niets in de sleutelhanger bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part to open: %1.</source>
        <translation>Onderdeel om te openen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window after the first sync, then quit.</source>
        <translation>Bewaar een afbeelding van het venster na de eerste synchronisatie en sluit dan af.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the window: nl, fr or en.</source>
        <translation>Taal van het venster: nl, fr of en.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server address &quot;%1&quot; is not valid.</source>
        <translation>Het serveradres &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin needs --user.</source>
        <translation>--password-stdin vraagt ook --user.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown view &quot;%1&quot;; choose one of: %2.</source>
        <translation>Onbekend onderdeel &quot;%1&quot;; kies uit: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language &quot;%1&quot;; choose nl, fr or en.</source>
        <translation>Onbekende taal &quot;%1&quot;; kies nl, fr of en.</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../ui/applications/ApplicationsModel.cpp" line="+11"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(not yet numbered)</source>
        <translation>(nog geen nummer)</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message numerus="yes">
        <location filename="../ui/applications/ApplicationsView.cpp" line="+13"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln aanvraag</numerusform>
            <numerusform>%Ln aanvragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, number, phone or postcode… (Ctrl+F)</source>
        <translation>Naam, nummer, telefoon of postcode… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by the child&apos;s or parent&apos;s name (accents optional), application number, national number, phone in any notation, postcode or e-mail.</source>
        <translation>Zoek op de naam van het kind of de ouder (accenten mogen weg), aanvraagnummer, rijksregisternummer, telefoonnummer in om het even welke schrijfwijze, postcode of e-mail.</translation>
    </message>
</context>
<context>
    <name>ClientSession</name>
    <message>
        <location filename="../core/sync/ClientSession.cpp" line="+83"/>
        <source>There is no offline copy for this account yet; connect to the server once first.</source>
        <translation>Er is nog geen offline kopie voor dit account; maak eerst één keer verbinding met de server.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="+26"/>
        <source>No keychain is available on this computer, so Opvangloket cannot remember your sign-in safely. You will have to enter your password every time you start. Ask your IT department to enable the system keychain (Secret Service, Windows Credential Manager or macOS Keychain).</source>
        <translation>Deze computer heeft geen sleutelhanger, dus Opvangloket kan je aanmelding niet veilig onthouden. Je moet je wachtwoord bij elke start opnieuw ingeven. Vraag je IT-dienst om de sleutelhanger van het systeem in te schakelen (Secret Service, Windows Credential Manager of macOS-sleutelhanger).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No saved sign-in was found.</source>
        <translation>Er is geen bewaarde aanmelding gevonden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain refused the request: %1</source>
        <translation>De sleutelhanger weigerde het verzoek: %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/detail/DetailPanel.cpp" line="+19"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Select an application or a parent to see the details here.</source>
        <translation>Kies een aanvraag of een ouder om hier de details te zien.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="+64"/>
        <source>Online form</source>
        <translation>Online formulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the counter</source>
        <translation>Aan het loket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via a referrer</source>
        <translation>Via een toeleider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Somali</source>
        <translation>Somalisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pashto</source>
        <translation>Pasjtoe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group childcare</source>
        <translation>Groepsopvang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family childcare</source>
        <translation>Gezinsopvang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 full</source>
        <comment>day of the week, whole day</comment>
        <translation>%1 volledig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 half</source>
        <comment>day of the week, half day</comment>
        <translation>%1 halve dag</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/lists/ListPage.cpp" line="+47"/>
        <source>Search this list</source>
        <translation>Zoeken in deze lijst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by state</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by municipality</source>
        <translation>Filteren op gemeente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of records</source>
        <translation>Aantal resultaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+40"/>
        <source>Opvangloket — %1</source>
        <translation>Opvangloket — %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search (Ctrl+K)</source>
        <translation>Zoeken (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the current list</source>
        <translation>Zoeken in de huidige lijst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Verstuur je wijzigingen en haal de nieuwste gegevens op (F5)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free places &amp; allocation</source>
        <translation>Vrije plaatsen &amp; toewijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations &amp; info sheets</source>
        <translation>Locaties &amp; infofiches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+19"/>
        <source>Notice</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close notice</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/NavigationRail.cpp" line="+13"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>ParentsModel</name>
    <message>
        <location filename="../ui/parents/ParentsModel.cpp" line="+11"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
</context>
<context>
    <name>ParentsView</name>
    <message numerus="yes">
        <location filename="../ui/parents/ParentsView.cpp" line="+11"/>
        <source>%Ln parent(s)</source>
        <translation>
            <numerusform>%Ln ouder</numerusform>
            <numerusform>%Ln ouders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name, phone, e-mail or postcode… (Ctrl+F)</source>
        <translation>Naam, telefoon, e-mail of postcode… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search by name (accents optional), phone in any notation, e-mail, national number or postcode.</source>
        <translation>Zoek op naam (accenten mogen weg), telefoonnummer in om het even welke schrijfwijze, e-mail, rijksregisternummer of postcode.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../ui/PlaceholderPage.cpp" line="+14"/>
        <source>This part of Opvangloket is coming in a later version.</source>
        <translation>Dit onderdeel van Opvangloket komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../ui/detail/RecordHtml.cpp" line="+59"/>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>verwacht op %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This parent is no longer in your offline copy.</source>
        <translation>Deze ouder staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+92"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+153"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+76"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by</source>
        <translation>Contact via</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No children recorded.</source>
        <translation>Geen kinderen geregistreerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No applications.</source>
        <translation>Geen aanvragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>(not yet numbered)</source>
        <translation>(nog geen nummer)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Desired start: %1</source>
        <translation>Gewenste start: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Deze aanvraag staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desired start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>± %n week(s)</source>
        <translation>
            <numerusform>± %n week</numerusform>
            <numerusform>± %n weken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a location not in your offline copy</source>
        <translation>een locatie die niet in je offline kopie staat</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Preferred locations</source>
        <translation>Voorkeurlocaties</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>None chosen.</source>
        <translation>Geen gekozen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The parents work or follow a training</source>
        <translation>De ouders werken of volgen een opleiding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single parent</source>
        <translation>Alleenstaande ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low income</source>
        <translation>Laag inkomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster child</source>
        <translation>Pleegkind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A brother or sister already goes to:</source>
        <translation>Een broer of zus gaat al naar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Social reasons: %1</source>
        <translation>Sociale redenen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social reasons</source>
        <translation>Sociale redenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No priority criteria.</source>
        <translation>Geen voorrangscriteria.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed because</source>
        <translation>Afgesloten omdat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation>Indiening</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/domain/RowValidator.cpp" line="+83"/>
        <source>must be a UUID</source>
        <translation>moet een UUID zijn</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>is not a valid e-mail address</source>
        <translation>is geen geldig e-mailadres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a phone number in international form, like +32470123456</source>
        <translation>moet een telefoonnummer in internationale vorm zijn, zoals +32470123456</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a Belgian postcode of four digits</source>
        <translation>moet een Belgische postcode van vier cijfers zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when the parent prefers e-mail</source>
        <translation>is verplicht als de ouder de voorkeur geeft aan e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the parent prefers the phone</source>
        <translation>is verplicht als de ouder de voorkeur geeft aan de telefoon</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>must name the parent</source>
        <translation>moet de ouder vermelden</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>give either the birth date or the expected birth date</source>
        <translation>geef ofwel de geboortedatum ofwel de verwachte geboortedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lies in the future; use the expected birth date</source>
        <translation>ligt in de toekomst; gebruik de verwachte geboortedatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must name the child</source>
        <translation>moet het kind vermelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a known application state</source>
        <translation>is geen gekende status van een aanvraag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between 0 and 52 weeks</source>
        <translation>moet tussen 0 en 52 weken liggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>choose at most 5 locations</source>
        <translation>kies hoogstens 5 locaties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be 1 (high), 2 or 3 (low)</source>
        <translation>moet 1 (hoog), 2 of 3 (laag) zijn</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+30"/>
        <location line="+30"/>
        <source>Sign in to Opvangloket</source>
        <translation>Aanmelden bij Opvangloket</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in error</source>
        <translation>Fout bij aanmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work offline</source>
        <translation>Offline werken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Enter the server address, for example https://opvangloket.example.be.</source>
        <translation>Vul het serveradres in, bijvoorbeeld https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// (or http:// on this computer) and name a server.</source>
        <translation>Het serveradres moet beginnen met https:// (of http:// op deze computer) en een server noemen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <location filename="../ui/StatusBarWidget.cpp" line="+21"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Wijzigingen in wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Last sync: never</source>
        <translation>Laatste synchronisatie: nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: %1 %2</source>
        <translation>Laatste synchronisatie: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes: %L1</source>
        <translation>Wijzigingen in wachtrij: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: %L1</source>
        <translation>Conflicten: %L1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 · %2</source>
        <comment>account name · regions</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — data as of %1</source>
        <translation>Offline — gegevens van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — nothing synced yet</source>
        <translation>Offline — nog niets gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Syncing… %Ln row(s)</source>
        <translation>
            <numerusform>Synchroniseren… %Ln rij</numerusform>
            <numerusform>Synchroniseren… %Ln rijen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
</context>
</TS>
