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
        <location filename="../ui/AppController.cpp" line="+54"/>
        <source>Could not start Opvangloket: %1</source>
        <translation>Opvangloket kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>No sync finished within %1 seconds; no screenshot taken.</source>
        <translation>Binnen %1 seconden is geen synchronisatie afgerond; er is geen schermafdruk gemaakt.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../ui/AppOptions.cpp" line="+11"/>
        <source>Opvangloket — the desktop client for the local childcare counter.</source>
        <translation>Opvangloket — het programma voor het lokaal loket kinderopvang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address, e.g. https://opvangloket.example.be.</source>
        <translation>Serveradres, bv. https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the offline copy and settings.</source>
        <translation>Map voor de offline kopie en de instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name to sign in with.</source>
        <translation>Gebruikersnaam om mee aan te melden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from standard input; nothing is stored in the keychain.</source>
        <translation>Lees het wachtwoord van de standaardinvoer; er wordt niets in de sleutelhanger bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/applications/ApplicationsModel.cpp" line="+14"/>
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
        <location line="+13"/>
        <source>(not yet numbered)</source>
        <translation>(nog geen nummer)</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message numerus="yes">
        <location filename="../ui/applications/ApplicationsView.cpp" line="+15"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln aanvraag</numerusform>
            <numerusform>%Ln aanvragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, number, phone or postcode… (Ctrl+F)</source>
        <translation>Naam, nummer, telefoon of postcode… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by the child&apos;s or parent&apos;s name (accents optional), application number, national number, phone in any notation, postcode or e-mail.</source>
        <translation>Zoek op de naam van het kind of de ouder (accenten mogen weg), aanvraagnummer, rijksregisternummer, telefoonnummer in om het even welke schrijfwijze, postcode of e-mail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>applications</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>aanvragen</translation>
    </message>
</context>
<context>
    <name>ClientSession</name>
    <message>
        <location filename="../core/sync/ClientSession.cpp" line="+100"/>
        <source>There is no offline copy for this account yet; connect to the server once first.</source>
        <translation>Er is nog geen offline kopie voor dit account; maak eerst één keer verbinding met de server.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../ui/conflicts/ComparisonModel.cpp" line="+94"/>
        <source>choose</source>
        <translation>kies</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click or press F2 to type another value</source>
        <translation>Dubbelklik of druk op F2 om een andere waarde te typen</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine</source>
        <translation>Mijn waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (server)</source>
        <translation>Hun waarde (server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Gebruiken</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../ui/conflicts/ConflictListModel.cpp" line="+73"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../ui/conflicts/ConflictText.cpp" line="+15"/>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on the server</source>
        <translation>Verwijderd op de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already exists</source>
        <translation>Bestaat al</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not taken over</source>
        <translation>Niet overgenomen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You deleted this record, but someone else changed it meanwhile. Delete it anyway, or keep the changed record.</source>
        <translation>Je hebt dit dossier verwijderd, maar iemand anders heeft het intussen gewijzigd. Verwijder het toch, of behoud het gewijzigde dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and someone else changed the same fields. For each field, choose your value, theirs, or type the right one; then resolve. Your other changes were taken over already.</source>
        <translation>Jij en iemand anders hebben dezelfde velden gewijzigd. Kies per veld jouw waarde, die van de ander, of typ de juiste; los het daarna op. Je andere wijzigingen zijn al overgenomen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow deleting this record, so it is back in your lists. Discard your deletion to close this.</source>
        <translation>De server stond niet toe dit dossier te verwijderen, dus het staat weer in je lijsten. Gooi je verwijdering weg om dit af te sluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept this new record, so it is not in the shared data. Fix it and send it again, or discard it.</source>
        <translation>De server heeft dit nieuwe dossier niet aanvaard, dus het staat niet in de gedeelde gegevens. Verbeter het en verstuur het opnieuw, of gooi het weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your change. Fix it and send it again, or discard it.</source>
        <translation>De server heeft je wijziging niet aanvaard. Verbeter ze en verstuur ze opnieuw, of gooi ze weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You deleted this record, and it had been deleted on the server already. Nothing is lost; discard this to close it.</source>
        <translation>Je hebt dit dossier verwijderd, en het was op de server al verwijderd. Er gaat niets verloren; gooi dit weg om het af te sluiten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone deleted this record on the server while you changed it. File it again as a new record with your values, or discard your change.</source>
        <translation>Iemand heeft dit dossier op de server verwijderd terwijl jij het wijzigde. Leg het opnieuw aan als nieuw dossier met jouw waarden, of gooi je wijziging weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server already has a parent with the same national number, shown as &quot;Theirs&quot;. Merge yours into it: your children and applications move to that parent, and fields that are empty there get your values (where both have a value, theirs stays). Or discard yours.</source>
        <translation>De server heeft al een ouder met hetzelfde rijksregisternummer, getoond als &quot;Hun waarde&quot;. Voeg de jouwe ermee samen: je kinderen en aanvragen gaan naar die ouder, en velden die daar leeg zijn krijgen jouw waarden (waar beide een waarde hebben, blijft die van de server). Of gooi de jouwe weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server already has an open application for this child, shown as &quot;Theirs&quot;. Discard yours; merging two applications will come in a later version of Opvangloket.</source>
        <translation>De server heeft al een open aanvraag voor dit kind, getoond als &quot;Hun waarde&quot;. Gooi de jouwe weg; twee aanvragen samenvoegen komt in een latere versie van Opvangloket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not take this change over.</source>
        <translation>De server heeft deze wijziging niet overgenomen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2</source>
        <comment>field label, problem</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Also changed by someone else: %1</source>
        <translation>Ook door iemand anders gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account may not make this change.</source>
        <translation>Je account mag deze wijziging niet doen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A parent with this national number already exists.</source>
        <translation>Er bestaat al een ouder met dit rijksregisternummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child already has an open application.</source>
        <translation>Dit kind heeft al een open aanvraag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone deleted it while you were changing it.</source>
        <translation>Iemand heeft het verwijderd terwijl jij het wijzigde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record with the same identity already exists on the server.</source>
        <translation>Op de server bestaat al een dossier met dezelfde identiteit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free places</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New application for %1</source>
        <translation>Nieuwe aanvraag voor %1</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../ui/conflicts/ConflictsView.cpp" line="+46"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflicten en geweigerde wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this list</source>
        <translation>Over deze lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes of yours that the server did not take over. Nothing is lost: what you typed is kept here until you decide what happens to it.</source>
        <translation>Wijzigingen van jou die de server niet heeft overgenomen. Er gaat niets verloren: wat je typte blijft hier bewaard tot jij beslist wat ermee gebeurt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of open entries</source>
        <translation>Aantal open meldingen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open conflicts and refused changes</source>
        <translation>Open conflicten en geweigerde wijzigingen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an entry above to see your values beside the server&apos;s.</source>
        <translation>Kies hierboven een melding om jouw waarden naast die van de server te zien.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your values beside the server&apos;s</source>
        <translation>Jouw waarden naast die van de server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values and send them to the server</source>
        <translation>Behoud de gekozen waarden en stuur ze naar de server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete anyway</source>
        <translation>Toch verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record on the server after all</source>
        <translation>Het dossier op de server toch verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix and resend…</source>
        <translation>Verbeteren en opnieuw versturen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct your values and send them again</source>
        <translation>Verbeter je waarden en verstuur ze opnieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create…</source>
        <translation>Opnieuw aanleggen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File your values again as a new record</source>
        <translation>Je waarden opnieuw inschrijven als nieuw dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into the existing parent</source>
        <translation>Samenvoegen met de bestaande ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your children and applications to the parent the server has, and fill in the fields that are empty there</source>
        <translation>Je kinderen en aanvragen naar de ouder op de server verplaatsen, en de velden invullen die daar leeg zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Discard mine</source>
        <translation>Mijne weggooien</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Drop your change and keep what the server has</source>
        <translation>Je wijziging laten vallen en behouden wat de server heeft</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to decide: every change you made has reached the server.</source>
        <translation>Niets te beslissen: al je wijzigingen zijn op de server aangekomen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The existing parent was last changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>De bestaande ouder werd het laatst gewijzigd op de server door %1 om %2 (versie %3). Opgemerkt bij het verzenden op %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their application was last changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>Hun aanvraag werd het laatst gewijzigd op de server door %1 om %2 (versie %3). Opgemerkt bij het verzenden op %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>Gewijzigd op de server door %1 om %2 (versie %3). Opgemerkt bij het verzenden op %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noticed when sending on %1.</source>
        <translation>Opgemerkt bij het versturen op %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server said:</source>
        <translation>De server meldde:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep theirs</source>
        <translation>Hun waarden behouden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2</source>
        <comment>field label, problem</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose mine or theirs for every field marked &quot;choose&quot;.</source>
        <translation>Kies mijn of hun waarde voor elk veld met &quot;kies&quot;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Re-create the record</source>
        <translation>Het dossier opnieuw aanleggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix and resend</source>
        <translation>Verbeteren en opnieuw versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-create</source>
        <translation>Opnieuw aanleggen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resend</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are your values. They are filed again as a new record.</source>
        <translation>Dit zijn jouw waarden. Ze worden opnieuw ingeschreven als nieuw dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said: %1. Correct the values below; they are checked as you type.</source>
        <translation>De server meldde: %1. Verbeter de waarden hieronder; ze worden nagekeken terwijl je typt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard your change?</source>
        <translation>Je wijziging weggooien?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s values for %1? Your values for the fields in conflict are then gone.</source>
        <translation>De waarden van de server behouden voor %1? Jouw waarden voor de velden in conflict zijn dan weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to %1? What you typed is then gone; the server&apos;s data stays as it is.</source>
        <translation>Je wijziging aan %1 weggooien? Wat je typte is dan weg; de gegevens op de server blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This could not be saved: %1</source>
        <translation>Dit kon niet bewaard worden: %1</translation>
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
        <location line="+4"/>
        <source>The keychain refused access: %1</source>
        <translation>De sleutelhanger weigerde de toegang: %1</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/detail/DetailPanel.cpp" line="+20"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select an application or a parent to see the details here.</source>
        <translation>Kies een aanvraag of een ouder om hier de details te zien.</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../ui/DisplayFormat.cpp" line="+71"/>
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
        <location line="+8"/>
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
        <location line="+13"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
        <source>Group childcare</source>
        <translation>Groepsopvang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family childcare</source>
        <translation>Gezinsopvang</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>DuplicateMerge</name>
    <message>
        <location filename="../core/store/DuplicateMerge.cpp" line="+70"/>
        <source>Only a new parent that the server already has can be merged.</source>
        <translation>Alleen een nieuwe ouder die de server al heeft, kan samengevoegd worden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The existing parent is not in your offline copy yet. Sync, then merge.</source>
        <translation>De bestaande ouder staat nog niet in je offline kopie. Synchroniseer eerst en voeg dan samen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of this family are being sent to the server right now. Sync, then merge.</source>
        <translation>Gegevens van dit gezin worden op dit moment naar de server gestuurd. Synchroniseer eerst en voeg dan samen.</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../ui/conflicts/FieldText.cpp" line="+14"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
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
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected birth</source>
        <translation>Verwachte geboorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Aanvraagnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexibility (weeks)</source>
        <translation>Flexibiliteit (weken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred locations</source>
        <translation>Voorkeurlocaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of places</source>
        <translation>Aantal plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n locatie</numerusform>
            <numerusform>%n locaties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(details in the record)</source>
        <translation>(details in het dossier)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>like 0470 12 34 56 or +32470123456</source>
        <translation>zoals 0470 12 34 56 of +32470123456</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/lists/ListPage.cpp" line="+58"/>
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
        <location line="+7"/>
        <source>Last export</source>
        <translation>Laatste export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this list as shown (filters, columns, order) as a CSV file for Excel</source>
        <translation>Bewaar deze lijst zoals je ze ziet (filters, kolommen, volgorde) als CSV-bestand voor Excel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd</numerusform>
            <numerusform>%Ln rijen geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The list was not exported to %1: %2</source>
        <translation>De lijst is niet geëxporteerd naar %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+41"/>
        <source>Opvangloket — %1</source>
        <translation>Opvangloket — %1</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+37"/>
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
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/MessageBar.cpp" line="+20"/>
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
        <location filename="../ui/NavigationRail.cpp" line="+14"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>ParentsModel</name>
    <message>
        <location filename="../ui/parents/ParentsModel.cpp" line="+14"/>
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
        <location filename="../ui/parents/ParentsView.cpp" line="+13"/>
        <source>%Ln parent(s)</source>
        <translation>
            <numerusform>%Ln ouder</numerusform>
            <numerusform>%Ln ouders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, phone, e-mail or postcode… (Ctrl+F)</source>
        <translation>Naam, telefoon, e-mail of postcode… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name (accents optional), phone in any notation, e-mail, national number or postcode.</source>
        <translation>Zoek op naam (accenten mogen weg), telefoonnummer in om het even welke schrijfwijze, e-mail, rijksregisternummer of postcode.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>parents</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>ouders</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../ui/PlaceholderPage.cpp" line="+15"/>
        <source>This part of Opvangloket is coming in a later version.</source>
        <translation>Dit onderdeel van Opvangloket komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../ui/detail/RecordHtml.cpp" line="+69"/>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>verwacht op %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This parent is no longer in your offline copy.</source>
        <translation>Deze ouder staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+157"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+77"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-76"/>
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
        <location line="+63"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Contact</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
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
        <location line="+20"/>
        <source>(not yet numbered)</source>
        <translation>(nog geen nummer)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Desired start: %1</source>
        <translation>Gewenste start: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Deze aanvraag staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+7"/>
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
        <location line="+7"/>
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
        <location line="+12"/>
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
        <location line="+1"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No priority criteria.</source>
        <translation>Geen voorrangscriteria.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>RowEditDialog</name>
    <message>
        <location filename="../ui/conflicts/RowEditDialog.cpp" line="+28"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+7"/>
        <source>%1 %2</source>
        <comment>field label, problem</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RowValidator</name>
    <message>
        <location filename="../core/domain/RowValidator.cpp" line="+89"/>
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
        <location filename="../ui/signin/SignInDialog.cpp" line="+29"/>
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
        <location line="+63"/>
        <source>Enter the server address, for example https://opvangloket.example.be.</source>
        <translation>Vul het serveradres in, bijvoorbeeld https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// (or http:// on this computer) and name a server.</source>
        <translation>Het serveradres moet beginnen met https:// (of http:// op deze computer) en een server noemen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Vul je gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <location filename="../ui/StatusBarWidget.cpp" line="+26"/>
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
        <location line="+0"/>
        <source>Show the changes that clash with someone else&apos;s</source>
        <translation>Toon de wijzigingen die botsen met die van iemand anders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused changes</source>
        <translation>Geweigerde wijzigingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changes the server refused</source>
        <translation>Toon de wijzigingen die de server weigerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Sync progress</source>
        <translation>Voortgang synchronisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as</source>
        <translation>Aangemeld als</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+2"/>
        <source>Pending changes: %L1</source>
        <translation>Wijzigingen in wachtrij: %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: %L1</source>
        <translation>Conflicten: %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused changes: %L1</source>
        <translation>Geweigerde wijzigingen: %L1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2</source>
        <comment>account name · regions</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+7"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+211"/>
        <source>The server does not have changes this computer sent to it earlier, and did not say it was restored. Ask an administrator to check the server.</source>
        <translation>De server heeft wijzigingen niet die deze computer eerder stuurde, en meldt niet dat hij hersteld werd. Vraag een beheerder de server na te kijken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+69"/>
        <source>The sync state cannot be written.</source>
        <translation>De synchronisatiestatus kan niet weggeschreven worden.</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <location filename="../ui/SyncProgressText.cpp" line="+18"/>
        <source>Syncing… %Ln row(s)</source>
        <translation>
            <numerusform>Synchroniseren… %Ln rij</numerusform>
            <numerusform>Synchroniseren… %Ln rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Syncing… %L1 of %Ln row(s) (%2%)</source>
        <comment>rows so far, of all rows (percent)</comment>
        <translation>
            <numerusform>Synchroniseren… %L1 van %Ln rij (%2%)</numerusform>
            <numerusform>Synchroniseren… %L1 van %Ln rijen (%2%)</numerusform>
        </translation>
    </message>
</context>
</TS>
