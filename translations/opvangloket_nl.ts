<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountClient</name>
    <message>
        <location filename="../core/sync/AccountClient.cpp" line="+76"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 letters, cijfers, punten, streepjes of onderstrepingstekens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the roles.</source>
        <translation>Kies een van de rollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one region.</source>
        <translation>Kies minstens één regio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address is not valid.</source>
        <translation>Het e-mailadres is niet geldig.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Een naam heeft hoogstens %n teken.</numerusform>
            <numerusform>Een naam heeft hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account has no e-mail address to send the password to.</source>
        <translation>Het account heeft geen e-mailadres om het wachtwoord naar te sturen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An organisation has at most %n characters.</source>
        <translation>
            <numerusform>Een organisatie heeft hoogstens %n teken.</numerusform>
            <numerusform>Een organisatie heeft hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept this account (%1).</source>
        <translation>De server aanvaardde dit account niet (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached: accounts are managed online only. Try again when the connection is back.</source>
        <translation>De server is niet bereikbaar: accounts worden alleen online beheerd. Probeer opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last active administrator. Make another account administrator first.</source>
        <translation>Dit is de laatste actieve beheerder. Maak eerst een ander account beheerder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken already. Choose another one.</source>
        <translation>Deze gebruikersnaam is al in gebruik. Kies een andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server sends no e-mail. Nothing was changed: try again without sending by e-mail, and hand the password over yourself.</source>
        <translation>Deze server verstuurt geen e-mail. Er is niets gewijzigd: probeer opnieuw zonder e-mail en geef het wachtwoord zelf door.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own account is deactivated: you cannot manage accounts.</source>
        <translation>Uw eigen account is gedeactiveerd: u kunt geen accounts beheren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your own password first (Change my password…).</source>
        <translation>Kies eerst uw eigen wachtwoord (Mijn wachtwoord wijzigen…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not do this. An administrator manages every account; a coordinator manages only the accounts of its own regions, grants only those regions and never the administrator role.</source>
        <translation>U mag dit niet doen. Een beheerder beheert alle accounts; een coördinator beheert alleen de accounts van de eigen regio&apos;s, kent alleen die regio&apos;s toe en nooit de rol van beheerder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account does not exist any more. Refresh the list.</source>
        <translation>Dit account bestaat niet meer. Vernieuw de lijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has ended: sign in again.</source>
        <translation>Uw sessie is beëindigd: meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it (error %1). Try again later.</source>
        <translation>De server kon het niet uitvoeren (fout %1). Probeer het later opnieuw.</translation>
    </message>
</context>
<context>
    <name>AccountDataRemoval</name>
    <message>
        <location filename="../core/store/cache/AccountDataRemoval.cpp" line="+32"/>
        <source>Some files could not be removed (%1). Close every Opvangloket window and try again.</source>
        <translation>Sommige bestanden konden niet verwijderd worden (%1). Sluit alle vensters van Opvangloket en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="+49"/>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account %1</source>
        <translation>Account %1 wijzigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>N&amp;aam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:</source>
        <translation>Regio&apos;s:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to this e-mail address</source>
        <translation>Het eenmalige wachtwoord naar dit e-mailadres sturen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create account</source>
        <translation>Account aanmaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An administrator works in every region.</source>
        <translation>Een beheerder werkt in alle regio&apos;s.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a user name.</source>
        <translation>Typ een gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Een gebruikersnaam heeft 2 tot 64 letters, cijfers, punten, streepjes of onderstrepingstekens.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Een naam heeft hoogstens %n teken.</numerusform>
            <numerusform>Een naam heeft hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>Het e-mailadres is niet geldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role.</source>
        <translation>Kies een rol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one region.</source>
        <translation>Kies minstens één regio.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An organisation has at most %n characters.</source>
        <translation>
            <numerusform>Een organisatie heeft hoogstens %n teken.</numerusform>
            <numerusform>Een organisatie heeft hoogstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending to the server…</source>
        <translation>Wordt naar de server gestuurd…</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../ui/accounts/AccountsModel.cpp" line="+71"/>
        <source>All regions</source>
        <translation>Alle regio&apos;s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, one-time password</source>
        <translation>Actief, eenmalig wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Regio&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Laatst aangemeld</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/accounts/AccountsView.cpp" line="+74"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>As an administrator you manage every account.</source>
        <translation>Als beheerder beheert u alle accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a coordinator you manage the accounts of your regions (%1), administrators excepted.</source>
        <translation>Als coördinator beheert u de accounts van uw regio&apos;s (%1), behalve die van beheerders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator or a coordinator manages accounts.</source>
        <translation>Alleen een beheerder of een coördinator beheert accounts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by user name, name, role, region or organisation</source>
        <translation>Filteren op gebruikersnaam, naam, rol, regio of organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the accounts</source>
        <translation>De accounts filteren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Reset password…</source>
        <translation>Wachtwoord &amp;opnieuw instellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out everywhere…</source>
        <translation>Overal &amp;afmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the accounts from the server…</source>
        <translation>De accounts worden van de server gelezen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Re&amp;activate</source>
        <translation>Opnieuw &amp;activeren</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 van %n account</numerusform>
            <numerusform>%1 van %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The account %1 was made.</source>
        <translation>Het account %1 is aangemaakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 was saved.</source>
        <translation>Het account %1 is bewaard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The one-time password of %1 was sent to their e-mail address.</source>
        <translation>Het eenmalige wachtwoord van %1 is naar zijn of haar e-mailadres gestuurd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail could not be sent: the one-time password of %1 is shown instead.</source>
        <translation>De e-mail kon niet verstuurd worden: het eenmalige wachtwoord van %1 wordt in de plaats getoond.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending to the server…</source>
        <translation>Wordt naar de server gestuurd…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deactivate the account %1? It can no longer sign in, and its sessions stop working at once. You can reactivate it later.</source>
        <translation>Het account %1 deactiveren? Het kan zich niet meer aanmelden en zijn sessies stoppen meteen. U kunt het later opnieuw activeren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own account: you will be signed out and cannot undo it yourself.</source>
        <translation>Dit is uw eigen account: u wordt afgemeld en kunt het zelf niet ongedaan maken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is deactivated.</source>
        <translation>Het account %1 is gedeactiveerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 can sign in again.</source>
        <translation>Het account %1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset and show the password</source>
        <translation>Opnieuw instellen en het wachtwoord tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and send it by e-mail</source>
        <translation>Opnieuw instellen en per e-mail sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account %1 a new one-time password? Its current password stops working and every session of it ends at once.</source>
        <translation>Het account %1 een nieuw eenmalig wachtwoord geven? Het huidige wachtwoord werkt dan niet meer en al zijn sessies stoppen meteen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account %1 has a new one-time password.</source>
        <translation>Het account %1 heeft een nieuw eenmalig wachtwoord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign the account %1 out on every computer? Its password stays; it must sign in again.</source>
        <translation>Het account %1 op elke computer afmelden? Het wachtwoord blijft; het moet zich opnieuw aanmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out everywhere</source>
        <translation>Overal afmelden</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The account %1 was signed out: %n session(s) ended.</source>
        <translation>
            <numerusform>Het account %1 is afgemeld: %n sessie beëindigd.</numerusform>
            <numerusform>Het account %1 is afgemeld: %n sessies beëindigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../ui/allocation/AllocationDialog.cpp" line="+49"/>
        <source>Joint allocation</source>
        <translation>Gezamenlijke toewijzing</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A joint allocation needs a connection to the server: it works with the whole region&apos;s data.</source>
        <translation>Een gezamenlijke toewijzing heeft een verbinding met de server nodig: ze werkt met de gegevens van de hele regio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>drawn by the server</source>
        <translation>door de server getrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Lottery seed</source>
        <translation>Startgetal van de loting</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The same seed on the same data gives the same result: give an earlier run&apos;s seed to repeat it.</source>
        <translation>Hetzelfde startgetal op dezelfde gegevens geeft hetzelfde resultaat: geef het startgetal van een eerdere ronde om ze te herhalen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make a draft</source>
        <translation>&amp;Ontwerp maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority rules…</source>
        <translation>&amp;Voorrangsregels…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lottery seed:</source>
        <translation>Startgetal loting:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs of this region, newest first:</source>
        <translation>Rondes van deze regio, nieuwste eerst:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Families answer by</source>
        <translation>Gezinnen antwoorden tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm into offers</source>
        <translation>&amp;Bevestigen als aanbod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>Ver&amp;werpen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on the &amp;emergency list…</source>
        <translation>Op de &amp;noodlijst zetten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an urgent family this run left without a place</source>
        <translation>Voor een dringend gezin dat in deze ronde geen plaats kreeg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families answer by:</source>
        <translation>Gezinnen antwoorden tegen:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server cannot be reached: try again when the connection is back.</source>
        <translation>De server is niet bereikbaar: probeer opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the region&apos;s coordinator or an administrator can run, confirm or discard a joint allocation.</source>
        <translation>Alleen de coördinator van de regio of een beheerder kan een gezamenlijke toewijzing maken, bevestigen of verwerpen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something changed since this draft (an application or a free place, or a seat was offered by hand). Nothing was sent: make a new draft.</source>
        <translation>Er is iets veranderd sinds dit ontwerp (een aanvraag of vrije plaats, of een plaats werd met de hand aangeboden). Er is niets verstuurd: maak een nieuw ontwerp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run was confirmed or discarded already.</source>
        <translation>Deze ronde werd al bevestigd of verworpen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request: %1</source>
        <translation>De server weigerde de vraag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it: %1</source>
        <translation>De server kon het niet doen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>another account</source>
        <translation>een andere account</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 placed</source>
        <translation>%1 van %2 met een plaats</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server is making the draft…</source>
        <translation>De server maakt het ontwerp…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft made. Nothing changes for the families until you confirm it.</source>
        <translation>Ontwerp gemaakt. Voor de gezinnen verandert er niets tot u het bevestigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n offer(s) sent; the families get their mail.</source>
        <translation>
            <numerusform>%n aanbod verstuurd; het gezin krijgt een mail.</numerusform>
            <numerusform>%n aanbiedingen verstuurd; de gezinnen krijgen een mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n family(ies) without a place need care soon or have social reasons and are not on the emergency list yet: &quot;Urgent, not on the emergency list&quot; shows them.</source>
        <translation>
            <numerusform>%n gezin zonder plaats heeft binnenkort opvang nodig of heeft sociale redenen en staat nog niet op de noodlijst: &quot;Dringend, niet op de noodlijst&quot; toont het.</numerusform>
            <numerusform>%n gezinnen zonder plaats hebben binnenkort opvang nodig of hebben sociale redenen en staan nog niet op de noodlijst: &quot;Dringend, niet op de noodlijst&quot; toont ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a place and urgent (start soon or social reasons), not on the emergency list yet: %1.</source>
        <translation type="vanished">Zonder plaats en dringend (start binnenkort of sociale redenen), nog niet op de noodlijst: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending the offers…</source>
        <translation>Het aanbod wordt verstuurd…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft discarded. Only the audit trail keeps it.</source>
        <translation>Ontwerp verworpen. Alleen het auditlogboek bewaart het.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Application %1</source>
        <translation>Aanvraag %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not put on the emergency list: %1</source>
        <translation>Niet op de noodlijst gezet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put on the emergency list; it is sent with the next synchronisation.</source>
        <translation>Op de noodlijst gezet; dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the allocation</source>
        <translation>De toewijzing exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s) exported.</source>
        <translation>
            <numerusform>%n aanvraag geëxporteerd.</numerusform>
            <numerusform>%n aanvragen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: %1</source>
        <translation>Niet geëxporteerd: %1</translation>
    </message>
</context>
<context>
    <name>AllocationDraftView</name>
    <message>
        <location filename="../ui/allocation/AllocationDraftView.cpp" line="+61"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept for priority</source>
        <translation>Voorbehouden voor voorrang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of those taken</source>
        <translation>Waarvan ingenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given to</source>
        <translation>Toegewezen aan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per application</source>
        <translation>Per aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per location</source>
        <translation>Per locatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All applications</source>
        <translation>Alle aanvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a place</source>
        <translation>Met een plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a place</source>
        <translation>Zonder plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent, not on the emergency list</source>
        <translation>Dringend, niet op de noodlijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number, child or location</source>
        <translation>Nummer, kind of locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the allocation</source>
        <translation>Zoeken in de toewijzing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lottery</source>
        <translation>Loting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No allocation shown. Make a draft, or choose an earlier run.</source>
        <translation>Geen toewijzing getoond. Maak een ontwerp, of kies een eerdere ronde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a location not in your offline copy)</source>
        <translation>(een locatie die niet in uw lokale kopie staat)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 applications, %2 places (%3 seats): %4 get a place, %5 do not.</source>
        <translation>%1 aanvragen, %2 gemelde vrije plaatsen met samen %3 plekken: %4 krijgen een plek, %5 niet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats kept for priority families: %1, of which %2 taken and %3 given to others.</source>
        <translation>Plekken voorbehouden voor voorrangsgezinnen: %1, waarvan %2 ingenomen en %3 aan anderen gegeven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules: %1 · lottery seed %2</source>
        <translation>Regels: %1 · startgetal loting %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no place</source>
        <translation>geen plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (kept for priority)</source>
        <translation>%1 (voorbehouden plaats)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in your copy)</source>
        <translation>(niet in uw kopie)</translation>
    </message>
</context>
<context>
    <name>AnonymisationDialog</name>
    <message>
        <location filename="../ui/privacy/AnonymisationDialog.cpp" line="+52"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data of families that no longer need the counter is removed after the period set here: names, national numbers, contact details, addresses, notes and message texts. Dates, states, postcodes, municipalities and priority grounds stay for the statistics.</source>
        <translation>Persoonsgegevens van gezinnen die het loket niet meer nodig hebben, worden na de hier ingestelde termijn verwijderd: namen, rijksregisternummers, contactgegevens, adressen, notities en berichtteksten. Datums, statussen, postcodes, gemeenten en voorrangsgronden blijven voor de statistieken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts what would change, without changing anything.</source>
        <translation>Telt wat er zou veranderen, zonder iets te veranderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anonymisation needs a connection to the server: only the server sees every family.</source>
        <translation>Anonimiseren kan alleen met een verbinding met de server: alleen de server ziet alle gezinnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families, after their last application closed:</source>
        <translation>Gezinnen, na het afsluiten van hun laatste aanvraag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message texts, after they were sent:</source>
        <translation>Berichtteksten, nadat ze verstuurd zijn:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server cannot be reached: try again when the connection is back.</source>
        <translation>De server is niet bereikbaar: probeer opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can anonymise personal data or change how long it is kept.</source>
        <translation>Alleen een beheerder kan persoonsgegevens anonimiseren of instellen hoe lang ze bewaard blijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request: %1</source>
        <translation>De server weigerde de aanvraag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it: %1</source>
        <translation>De server kon het niet uitvoeren: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n family(ies) (parents)</source>
        <translation>
            <numerusform>%n gezin (ouder)</numerusform>
            <numerusform>%n gezinnen (ouders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n aanvraag</numerusform>
            <numerusform>%n aanvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emergency list entry(ies)</source>
        <translation>
            <numerusform>%n inschrijving op de noodlijst</numerusform>
            <numerusform>%n inschrijvingen op de noodlijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n aanbod</numerusform>
            <numerusform>%n aanbiedingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Families whose applications all closed before %1; messages sent before %2.</source>
        <translation>Gezinnen van wie alle aanvragen vóór %1 afgesloten zijn; berichten verstuurd vóór %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: these periods are the region&apos;s from now on.</source>
        <translation>Opgeslagen: deze termijnen gelden voortaan voor de regio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This cannot be undone. %n record(s) lose their personal data for good:</source>
        <translation>
            <numerusform>Dit kan niet ongedaan gemaakt worden. %n record verliest zijn persoonsgegevens voorgoed:</numerusform>
            <numerusform>Dit kan niet ongedaan gemaakt worden. %n records verliezen hun persoonsgegevens voorgoed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise them now?</source>
        <translation>Nu anonimiseren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymising…</source>
        <translation>Bezig met anonimiseren…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>A run with these settings would change %n record(s):</source>
        <translation>
            <numerusform>Met deze instellingen zou %n record veranderen:</numerusform>
            <numerusform>Met deze instellingen zouden %n records veranderen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Anonymised: %n record(s) changed.</source>
        <translation>
            <numerusform>Geanonimiseerd: %n record gewijzigd.</numerusform>
            <numerusform>Geanonimiseerd: %n records gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed yet. Check the numbers, then choose &quot;Anonymise…&quot;.</source>
        <translation>Er is nog niets veranderd. Controleer de aantallen en kies dan ‘Anonimiseren…’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to anonymise with these settings.</source>
        <translation>Niets te anonimiseren met deze instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed records reach every computer at its next synchronisation.</source>
        <translation>De gewijzigde records komen bij de volgende synchronisatie op elke computer aan.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <location filename="../core/sync/ApiResult.cpp" line="+10"/>
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
        <location filename="../ui/AppController.cpp" line="+60"/>
        <source>Could not start Opvangloket: %1</source>
        <translation>Opvangloket kon niet starten: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose your own password</source>
        <translation>Kies uw eigen wachtwoord</translation>
    </message>
    <message>
        <location line="+69"/>
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
        <location filename="../ui/startup/AppOptions.cpp" line="+12"/>
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
        <location line="+3"/>
        <source>PEM file of the certificate authority that issued the server&apos;s certificate, trusted beside the system&apos;s; remembered in the profile.</source>
        <translation>PEM-bestand van de certificeringsinstantie die het certificaat van de server uitgaf, vertrouwd naast die van het systeem; wordt in het profiel onthouden.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>Type TEXT in the global search once the window shows (with --screenshot, the picture shows its results).</source>
        <translation>Typ TEXT in de globale zoekfunctie zodra het venster verschijnt (met --screenshot toont de afbeelding de resultaten).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server address &quot;%1&quot; is not valid.</source>
        <translation>Het serveradres &quot;%1&quot; is niet geldig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Het CA-bestand &quot;%1&quot; kan niet gelezen worden.</translation>
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
    <name>ApplicationActions</name>
    <message>
        <location filename="../core/store/records/ApplicationActions.cpp" line="+46"/>
        <location line="+42"/>
        <location line="+23"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Deze aanvraag staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The application cannot go to that state from the state it is in now.</source>
        <translation>De aanvraag kan vanuit haar huidige status niet naar die status gaan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say why the application is closed.</source>
        <translation>Geef aan waarom de aanvraag afgesloten wordt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say whether the offer was declined or expired.</source>
        <translation>Geef aan of het aanbod geweigerd werd of verlopen is.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The parent declined the offered place.</source>
        <translation>De ouder heeft de aangeboden plaats geweigerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offered place expired without an answer.</source>
        <translation>De aangeboden plaats is verlopen zonder antwoord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only an active counter worker or coordinator of the application&apos;s region can take it.</source>
        <translation>Alleen een actieve loketmedewerker of coördinator van de regio van de aanvraag kan ze opnemen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the note first.</source>
        <translation>Schrijf eerst de notitie.</translation>
    </message>
</context>
<context>
    <name>ApplicationFiling</name>
    <message>
        <location filename="../core/store/records/ApplicationFiling.cpp" line="+60"/>
        <source>this child already has application %1 in this region; update it instead</source>
        <translation>dit kind heeft al aanvraag %1 in deze regio; werk die aanvraag bij</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application to update is no longer there</source>
        <translation>de aanvraag die je wilt bijwerken, bestaat niet meer</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../ui/wizard/ApplicationWizard.cpp" line="+42"/>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(%1, saved %2)</source>
        <translation>(%1, bewaard op %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name yet</source>
        <translation>nog geen naam</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 for %2</source>
        <translation>%1 voor %2</translation>
    </message>
</context>
<context>
    <name>ApplicationWizardPage</name>
    <message>
        <location filename="../ui/wizard/ApplicationWizardPage.cpp" line="+32"/>
        <source>To go on: %1</source>
        <translation>Om verder te gaan: %1</translation>
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
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../ui/detail/AssignDialog.cpp" line="+12"/>
        <source>Assign the application</source>
        <translation>De aanvraag toewijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Handled by:</source>
        <translation>&amp;Behandeld door:</translation>
    </message>
</context>
<context>
    <name>AuditEventsModel</name>
    <message>
        <location filename="../ui/audit/AuditEventsModel.cpp" line="+71"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+23"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Record kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action code</source>
        <translation>Actiecode</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+25"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose actions to show</source>
        <translation>Toon de acties van één persoon of van iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which kind of action to show</source>
        <translation>Welk soort actie tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which kind of record the event is about</source>
        <translation>Over welk soort dossier de gebeurtenis gaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record id</source>
        <translation>id van het dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the events of one record: paste its id here (the Record column shows it when you point at it)</source>
        <translation>Alleen de gebeurtenissen van één dossier: plak hier het id (de kolom Dossier toont het als je erop wijst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Id van het dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/audit/AuditText.cpp" line="+57"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change in conflict</source>
        <translation>Wijziging in conflict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change refused</source>
        <translation>Wijziging geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to a record no longer there</source>
        <translation>Wijziging aan een dossier dat er niet meer is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sent twice</source>
        <translation>Wijziging twee keer verstuurd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Aanmelding mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Aanmelding geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session renewed</source>
        <translation>Sessie verlengd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old sign-in token used again</source>
        <translation>Oud aanmeldtoken opnieuw gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed as a consequence</source>
        <translation>Automatisch mee gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (CSV)</source>
        <translation>Geëxporteerd (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (PDF)</source>
        <translation>Geëxporteerd (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Account gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>Account geactiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Account gedeactiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out everywhere</source>
        <translation>Overal afgemeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set by the operator</source>
        <translation>Wachtwoord ingesteld door de serverbeheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password mail failed</source>
        <translation>Wachtwoordmail mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymisation tried (dry run)</source>
        <translation>Anonimisatie gesimuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old data anonymised</source>
        <translation>Oude gegevens geanonimiseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention changed</source>
        <translation>Bewaartermijn gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation draft made</source>
        <translation>Ontwerp van toewijzing gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation confirmed</source>
        <translation>Toewijzing bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation discarded</source>
        <translation>Toewijzing verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer from the allocation</source>
        <translation>Aanbod uit de toewijzing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server restored from a backup</source>
        <translation>Server hersteld uit een back-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old deletions cleaned up</source>
        <translation>Oude verwijderingen opgeruimd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency list entry</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free place</source>
        <translation>Vrije plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Opvanglocatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in session</source>
        <translation>Aanmeldsessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation run</source>
        <translation>Toewijzingsronde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Auditlogboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>Verwijderde dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymisation</source>
        <translation>Anonimisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrong password</source>
        <translation>verkeerd wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user name</source>
        <translation>onbekende gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>account gedeactiveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many failed attempts</source>
        <translation>te veel mislukte pogingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft discarded</source>
        <translation>ontwerp verworpen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data</source>
        <translation>demogegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo family filed</source>
        <translation>demogezin ingeschreven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo places settled</source>
        <translation>demoplaatsen afgestemd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo places fitted to waiting families</source>
        <translation>demoplaatsen afgestemd op wachtende gezinnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-time password could not be mailed; it was shown instead</source>
        <translation>het eenmalige wachtwoord kon niet gemaild worden; het werd in de plaats getoond</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made offline on %1</source>
        <translation>offline gemaakt op %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+21"/>
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n sessie beëindigd</numerusform>
            <numerusform>%n sessies beëindigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n offer(s) sent</source>
        <translation>
            <numerusform>%n aanbod verstuurd</numerusform>
            <numerusform>%n aanbiedingen verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applications, %2 matched, rules %3</source>
        <translation>%1 aanvragen, %2 toegewezen, regels %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>one-time password</source>
        <translation>eenmalig wachtwoord</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>one-time password sent by mail</source>
        <translation>eenmalig wachtwoord per e-mail verstuurd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>families closed before %1, messages before %2: %3</source>
        <translation>gezinnen afgesloten voor %1, berichten voor %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>families %1 years, message texts %2 years</source>
        <translation>gezinnen %1 jaar, berichtteksten %2 jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>regio&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role %1 → %2</source>
        <translation>rol %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <location line="+50"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n regio</numerusform>
            <numerusform>%n regio&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>geactiveerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter worker</source>
        <translation>loketmedewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer</source>
        <translation>toeleider</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+65"/>
        <source>Events loaded</source>
        <translation>Geladen gebeurtenissen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load more</source>
        <translation>Meer laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the next, older events from the server</source>
        <translation>Haal de volgende, oudere gebeurtenissen op bij de server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events loaded above as a CSV file (load more first for older ones)</source>
        <translation>Bewaar de geladen gebeurtenissen als CSV-bestand (laad eerst meer voor oudere)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymisation…</source>
        <translation>Anonimisering…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the personal data of families whose applications were all closed long ago</source>
        <translation>Verwijder de persoonsgegevens van gezinnen van wie alle aanvragen lang geleden afgesloten zijn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit events, newest first</source>
        <translation>Auditgebeurtenissen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allocation draft made</source>
        <translation>Ontwerp van toewijzing gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation run</source>
        <translation>Toewijzingsronde</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading the audit log…</source>
        <translation>Auditlogboek wordt gelezen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The audit log is kept on the server and is read only while connected. You are working offline now: it shows here again once the connection is back.</source>
        <translation>Het auditlogboek staat op de server en is alleen te lezen met een verbinding. Je werkt nu offline: het verschijnt hier weer zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server cannot be reached, so the audit log cannot be read now. Try again once the connection is back.</source>
        <translation>De server is niet bereikbaar, dus het auditlogboek kan nu niet gelezen worden. Probeer opnieuw zodra de verbinding terug is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has ended. Sign in again to read the audit log.</source>
        <translation>Je sessie is beëindigd. Meld je opnieuw aan om het auditlogboek te lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account may not read the audit log: only administrators and coordinators (for their own region) may.</source>
        <translation>Je account mag het auditlogboek niet lezen: dat mogen alleen beheerders en coördinatoren (voor hun eigen regio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept these filters. Check the period, or clear the filters.</source>
        <translation>De server aanvaardde deze filters niet. Controleer de periode of wis de filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log could not be read (server answer %1). Try again in a moment.</source>
        <translation>Het auditlogboek kon niet gelezen worden (antwoord van de server: %1). Probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No events match these filters in this period.</source>
        <translation>Geen gebeurtenissen met deze filters in deze periode.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) loaded, newest first; older ones can be loaded</source>
        <translation>
            <numerusform>%n gebeurtenis geladen, nieuwste eerst; er zijn nog oudere</numerusform>
            <numerusform>%n gebeurtenissen geladen, nieuwste eerst; er zijn nog oudere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s), newest first: all that match</source>
        <translation>
            <numerusform>%n gebeurtenis, nieuwste eerst: alle die overeenkomen</numerusform>
            <numerusform>%n gebeurtenissen, nieuwste eerst: alle die overeenkomen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That record is not in your offline copy (another region, or deleted).</source>
        <translation>Dat dossier staat niet in je offline kopie (andere regio, of verwijderd).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n event(s) exported</source>
        <translation>
            <numerusform>%n gebeurtenis geëxporteerd</numerusform>
            <numerusform>%n gebeurtenissen geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>audit-log</source>
        <translation>auditlogboek</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Export audit log</source>
        <translation>Auditlogboek exporteren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was not exported to %1: %2</source>
        <translation>Het auditlogboek werd niet geëxporteerd naar %1: %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/ChangePasswordDialog.cpp" line="+19"/>
        <source>Change my password</source>
        <translation>Mijn wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Nieuw wachtwoord opnieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>Nieuw wachtwoord &amp;opnieuw:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type your current password.</source>
        <translation>Typ uw huidige wachtwoord.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>Een wachtwoord heeft minstens %n teken.</numerusform>
            <numerusform>Een wachtwoord heeft minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be your user name.</source>
        <translation>Het wachtwoord mag niet uw gebruikersnaam zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password other than the current one.</source>
        <translation>Kies een ander wachtwoord dan het huidige.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new password twice the same way.</source>
        <translation>Typ het nieuwe wachtwoord twee keer hetzelfde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server cannot be reached: a password can only be changed online.</source>
        <translation>De server is niet bereikbaar: een wachtwoord kan alleen online gewijzigd worden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current password is not right.</source>
        <translation>Het huidige wachtwoord klopt niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept this password: %1</source>
        <translation>De server aanvaardde dit wachtwoord niet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not changed: %1</source>
        <translation>Het wachtwoord werd niet gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="+69"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures as a table (also read by screen readers)</source>
        <translation>Toon de cijfers als tabel (ook voor schermlezers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+219"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Picture (PNG)…</source>
        <translation>Afbeelding (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures (CSV)…</source>
        <translation>Cijfers (CSV)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt; 5</source>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Click to open these applications</source>
        <translation>Klik om deze aanvragen te openen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture could not be written to %1.</source>
        <translation>De afbeelding kon niet bewaard worden in %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF could not be written to %1.</source>
        <translation>De PDF kon niet bewaard worden in %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>„%1” exporteren</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../ui/wizard/ChildForm.cpp" line="+34"/>
        <source>Child&apos;s first name</source>
        <translation>Voornaam van het kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;baby&quot; when the child is not born yet</source>
        <translation>&quot;baby&quot; als het kind nog niet geboren is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s last name</source>
        <translation>Achternaam van het kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>dag/maand/jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected birth date</source>
        <translation>Verwachte geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year, when not born yet</source>
        <translation>dag/maand/jaar, als het kind nog niet geboren is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s national number</source>
        <translation>Rijksregisternummer van het kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Geboortedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;expected birth date</source>
        <translation>of verwachte geboorte&amp;datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;number</source>
        <translation>&amp;Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Give the birth date, or the expected birth date when the child is not born yet.</source>
        <translation>Vul de geboortedatum in, of de verwachte geboortedatum als het kind nog niet geboren is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give only one: the birth date or the expected birth date.</source>
        <translation>Vul er maar één in: de geboortedatum of de verwachte geboortedatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is not a date: type it as day/month/year, like 14/3/2026.</source>
        <translation>De geboortedatum is geen datum: typ ze als dag/maand/jaar, zoals 14/3/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected birth date is not a date: type it as day/month/year, like 14/3/2027.</source>
        <translation>De verwachte geboortedatum is geen datum: typ ze als dag/maand/jaar, zoals 14/3/2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date lies in the future: give it as the expected birth date.</source>
        <translation>De geboortedatum ligt in de toekomst: vul ze in als verwachte geboortedatum.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This child is older than %n year(s): childcare is for younger children.</source>
        <translation>
            <numerusform>Dit kind is ouder dan %n jaar: kinderopvang is voor jongere kinderen.</numerusform>
            <numerusform>Dit kind is ouder dan %n jaar: kinderopvang is voor jongere kinderen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expected birth date has passed: give the birth date if the child is born.</source>
        <translation>De verwachte geboortedatum is voorbij: vul de geboortedatum in als het kind geboren is.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The expected birth date lies more than %n month(s) ahead.</source>
        <translation>
            <numerusform>De verwachte geboortedatum ligt meer dan %n maand in de toekomst.</numerusform>
            <numerusform>De verwachte geboortedatum ligt meer dan %n maanden in de toekomst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The child is born: the expected birth date is dropped when you save.</source>
        <translation>Het kind is geboren: de verwachte geboortedatum vervalt bij het bewaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected birth date has passed: give the birth date once the child is born.</source>
        <translation>De verwachte geboortedatum is voorbij: geef de geboortedatum zodra het kind geboren is.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Dit rijksregisternummer bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the child&apos;s first name (&quot;baby&quot; when not born yet).</source>
        <translation>Vul de voornaam van het kind in (&quot;baby&quot; als het nog niet geboren is).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the child&apos;s national number or leave it empty.</source>
        <translation>Verbeter het rijksregisternummer van het kind of laat het leeg.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../ui/wizard/ChildPage.cpp" line="+33"/>
        <source>born on %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected on %1</source>
        <translation>verwacht op %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The child</source>
        <translation>Het kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the parent&apos;s children, or add the child. A child that is not born yet gets the expected birth date.</source>
        <translation>Kies een van de kinderen van de ouder, of voeg het kind toe. Voor een kind dat nog niet geboren is, vul je de verwachte geboortedatum in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One of the parent&apos;s children</source>
        <translation>Een van de kinderen van de ouder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parent&apos;s children</source>
        <translation>De kinderen van de ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new child</source>
        <translation>Een nieuw kind</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="vanished">Voornaam van het kind</translation>
    </message>
    <message>
        <source>&quot;baby&quot; when the child is not born yet</source>
        <translation type="vanished">&quot;baby&quot; als het kind nog niet geboren is</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="vanished">Achternaam van het kind</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="vanished">Geboortedatum</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="vanished">dag/maand/jaar</translation>
    </message>
    <message>
        <source>Expected birth date</source>
        <translation type="vanished">Verwachte geboortedatum</translation>
    </message>
    <message>
        <source>day/month/year, when not born yet</source>
        <translation type="vanished">dag/maand/jaar, als het kind nog niet geboren is</translation>
    </message>
    <message>
        <source>Child&apos;s national number</source>
        <translation type="vanished">Rijksregisternummer van het kind</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="vanished">optioneel</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="vanished">&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="vanished">&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="vanished">&amp;Geboortedatum</translation>
    </message>
    <message>
        <source>or &amp;expected birth date</source>
        <translation type="vanished">of verwachte geboorte&amp;datum</translation>
    </message>
    <message>
        <source>National &amp;number</source>
        <translation type="vanished">&amp;Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Update that application with the wishes, locations and priority entered now</source>
        <translation>Die aanvraag &amp;bijwerken met de wensen, locaties en voorrang die nu ingevuld zijn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parent: %1</source>
        <translation>Ouder: %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="vanished">Verplicht.</translation>
    </message>
    <message>
        <source>Give the birth date, or the expected birth date when the child is not born yet.</source>
        <translation type="vanished">Vul de geboortedatum in, of de verwachte geboortedatum als het kind nog niet geboren is.</translation>
    </message>
    <message>
        <source>Give only one: the birth date or the expected birth date.</source>
        <translation type="vanished">Vul er maar één in: de geboortedatum of de verwachte geboortedatum.</translation>
    </message>
    <message>
        <source>The birth date is not a date: type it as day/month/year, like 14/3/2026.</source>
        <translation type="vanished">De geboortedatum is geen datum: typ ze als dag/maand/jaar, zoals 14/3/2026.</translation>
    </message>
    <message>
        <source>The expected birth date is not a date: type it as day/month/year, like 14/3/2027.</source>
        <translation type="vanished">De verwachte geboortedatum is geen datum: typ ze als dag/maand/jaar, zoals 14/3/2027.</translation>
    </message>
    <message>
        <source>The birth date lies in the future: give it as the expected birth date.</source>
        <translation type="vanished">De geboortedatum ligt in de toekomst: vul ze in als verwachte geboortedatum.</translation>
    </message>
    <message numerus="yes">
        <source>This child is older than %n year(s): childcare is for younger children.</source>
        <translation type="vanished">
            <numerusform>Dit kind is ouder dan %n jaar: kinderopvang is voor jongere kinderen.</numerusform>
            <numerusform>Dit kind is ouder dan %n jaar: kinderopvang is voor jongere kinderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected birth date has passed: give the birth date if the child is born.</source>
        <translation type="vanished">De verwachte geboortedatum is voorbij: vul de geboortedatum in als het kind geboren is.</translation>
    </message>
    <message numerus="yes">
        <source>The expected birth date lies more than %n month(s) ahead.</source>
        <translation type="vanished">
            <numerusform>De verwachte geboortedatum ligt meer dan %n maand in de toekomst.</numerusform>
            <numerusform>De verwachte geboortedatum ligt meer dan %n maanden in de toekomst.</numerusform>
        </translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Dit rijksregisternummer bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(number not given yet)</source>
        <translation>(nog geen nummer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has application %2 in this region (%3). A child has one application per region, so a second one cannot be filed; you can update this one instead.</source>
        <translation>%1 heeft al aanvraag %2 in deze regio (%3). Een kind heeft één aanvraag per regio, dus een tweede kan niet ingediend worden; je kunt deze wel bijwerken.</translation>
    </message>
    <message>
        <source>Give the child&apos;s first name (&quot;baby&quot; when not born yet).</source>
        <translation type="vanished">Vul de voornaam van het kind in (&quot;baby&quot; als het nog niet geboren is).</translation>
    </message>
    <message>
        <source>Correct the child&apos;s national number or leave it empty.</source>
        <translation type="vanished">Verbeter het rijksregisternummer van het kind of laat het leeg.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the child, or choose &quot;A new child&quot;.</source>
        <translation>Kies het kind, of kies &quot;Een nieuw kind&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child already has an open application: tick &quot;Update that application&quot;, or choose another child.</source>
        <translation>Dit kind heeft al een open aanvraag: vink &quot;Die aanvraag bijwerken&quot; aan, of kies een ander kind.</translation>
    </message>
</context>
<context>
    <name>ClientSession</name>
    <message>
        <location filename="../core/sync/ClientSession.cpp" line="+137"/>
        <source>There is no offline copy for this account yet; connect to the server once first.</source>
        <translation>Er is nog geen offline kopie voor dit account; maak eerst één keer verbinding met de server.</translation>
    </message>
</context>
<context>
    <name>CompactPageReader</name>
    <message>
        <location filename="../core/protocol/CompactPageReader.cpp" line="+40"/>
        <source>The server sent a page of changes this program cannot read.</source>
        <translation>De server stuurde een pagina met wijzigingen die dit programma niet kan lezen.</translation>
    </message>
</context>
<context>
    <name>CompactUpsert</name>
    <message>
        <location filename="../core/store/write/CompactUpsert.cpp" line="+49"/>
        <source>The cache is not an SQLite database.</source>
        <translation>De lokale kopie is geen SQLite-databank.</translation>
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
    <name>ComposeMessageDialog</name>
    <message>
        <location filename="../ui/messages/ComposeMessageDialog.cpp" line="+30"/>
        <source>Message to the parent</source>
        <translation>Bericht aan de ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the message</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message</source>
        <translation>Tekst van het bericht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Template:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template cannot be filled in for this parent (%1). Choose another one or write your own message.</source>
        <translation>Dit sjabloon kan niet ingevuld worden voor deze ouder (%1). Kies een ander sjabloon of schrijf zelf een bericht.</translation>
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
        <location filename="../ui/conflicts/ConflictText.cpp" line="+20"/>
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
        <location line="+24"/>
        <source>The parent it names does not exist, or is not in your regions.</source>
        <translation>De ouder waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child it names does not exist, or is not in your regions.</source>
        <translation>Het kind waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application it names does not exist, or is not in your regions.</source>
        <translation>De aanvraag waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A location it names does not exist, or is not in your regions.</source>
        <translation>Een opvanglocatie waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free place it names does not exist, or is not in your regions.</source>
        <translation>De vrije plaats waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account it names does not exist, or is not in your regions.</source>
        <translation>De gebruiker waarnaar verwezen wordt, bestaat niet of hoort niet bij uw regio’s.</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <source>This application was on the emergency list already; the list keeps that entry.</source>
        <translation>Deze aanvraag stond al op de noodlijst; de lijst houdt die inschrijving.</translation>
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
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+54"/>
        <source>Applications filed and children placed per month</source>
        <translation>Ingediende aanvragen en geplaatste kinderen per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed: counted in the month the family accepted the place.</source>
        <translation>Geplaatst: geteld in de maand waarin het gezin de plaats aanvaardde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications filed</source>
        <translation>Ingediende aanvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children placed</source>
        <translation>Geplaatste kinderen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From application to place</source>
        <translation>Van aanvraag tot plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications filed in the period: how far they got, and how many stopped (cancelled or expired) at each step.</source>
        <translation>Aanvragen ingediend in de periode: hoe ver ze kwamen, en hoeveel er bij elke stap stopten (geannuleerd of vervallen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got this far</source>
        <translation>Tot hier gekomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped here</source>
        <translation>Hier gestopt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Days from filing to the first offer</source>
        <translation>Dagen van indienen tot het eerste aanbod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median %1 days, 90% within %2 days; %3 applications with an offer.</source>
        <translation>Mediaan %1 dagen, 90% binnen %2 dagen; %3 aanvragen met een aanbod.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer than 5 applications of the period had an offer: no median.</source>
        <translation>Minder dan 5 aanvragen van de periode kregen een aanbod: geen mediaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Waiting children and open places per municipality</source>
        <translation>Wachtende kinderen en open plaatsen per gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: children with an open application (by the parent&apos;s municipality) and the seats of free places that are still open (by the location&apos;s).</source>
        <translation>Nu: kinderen met een open aanvraag (volgens de gemeente van de ouder) en de plaatsen van vrije plaatsen die nog open zijn (volgens de gemeente van de locatie).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Waiting children</source>
        <translation>Wachtende kinderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open seats</source>
        <translation>Open plaatsen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting children and open places per age</source>
        <translation>Wachtende kinderen en open plaatsen per leeftijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: children with an open application by their age today, and the seats of open free places that take that age (a place for several ages counts for each).</source>
        <translation>Nu: kinderen met een openstaande aanvraag volgens hun leeftijd vandaag, en de plaatsen van open vrije plaatsen voor die leeftijd (een plaats voor meerdere leeftijden telt bij elk).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The emergency list per month</source>
        <translation>De noodlijst per maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families on the list at the end of each month (today for this month), and how many went on it and came off it in the month.</source>
        <translation>Gezinnen op de lijst op het einde van elke maand (vandaag voor deze maand), en hoeveel er in die maand op kwamen en af gingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the list</source>
        <translation>Op de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off</source>
        <translation>Van de lijst gehaald</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Priority groups among the applications</source>
        <translation>Voorrangsgroepen onder de aanvragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of applications</source>
        <translation>Aandeel van de aanvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the applications</source>
        <translation>% van de aanvragen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved group</source>
        <translation>Voorbehouden groep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rule set keeps %1 % of the places for its reserved group; fewer than 5 applications belong to it.</source>
        <translation>De voorrangsregels houden %1 % van de plaatsen voor hun voorbehouden groep; minder dan 5 aanvragen horen erbij.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule set keeps %1 % of the places for its reserved group; %2 % of the applications belong to it.</source>
        <translation>De voorrangsregels houden %1 % van de plaatsen voor hun voorbehouden groep; %2 % van de aanvragen hoort erbij.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The region&apos;s rule set keeps no reserved share.</source>
        <translation>De voorrangsregels van de regio houden geen plaatsen voor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How applications came in</source>
        <translation>Hoe aanvragen binnenkwamen</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Werkend of in opleiding</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Alleenstaande ouder</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Laag inkomen</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Pleegkind</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Sociale redenen</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+63"/>
        <source>All my regions</source>
        <translation>Al mijn regio&apos;s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period report for the agency: per child, small counts hidden, as PDF or CSV</source>
        <translation>Het periodieke rapport voor het agentschap: per kind, kleine aantallen verborgen, als PDF of CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filed from</source>
        <translation>Ingediend van</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Data as of %1</source>
        <translation>Gegevens van %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing synced yet</source>
        <translation>Nog niets gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>The period ends before it starts: choose an earlier start date.</source>
        <translation>De periode eindigt voor ze begint: kies een vroegere begindatum.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The figures could not be read from this computer&apos;s copy of the data.</source>
        <translation>De cijfers konden niet gelezen worden uit de kopie van de gegevens op deze computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; 5</source>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the emergency list now: %1 families, %2 of them overdue for a call back.</source>
        <translation>Nu op de noodlijst: %1 gezinnen, bij %2 ervan is het terugbellen achterstallig.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Period report</source>
        <translation>Periodiek rapport</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF document (*.pdf);;CSV file for the agency (*.csv)</source>
        <translation>PDF-document (*.pdf);;CSV-bestand voor het agentschap (*.csv)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/detail/DetailPanel.cpp" line="+53"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change &amp;state…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to &amp;me</source>
        <translation>Aan &amp;mij toewijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write message…</source>
        <translation>&amp;Bericht schrijven…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer a place…</source>
        <translation>Een plaats &amp;aanbieden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Put on the &amp;emergency list…</source>
        <translation>Op de noo&amp;dlijst zetten…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Select an application or a parent to see the details here.</source>
        <translation>Kies een aanvraag of een ouder om hier de details te zien.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show on the &amp;emergency list</source>
        <translation>Tonen op de &amp;noodlijst</translation>
    </message>
    <message>
        <source>Open on the &amp;emergency list</source>
        <translation type="vanished">Op de noo&amp;dlijst tonen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Application %1</source>
        <translation>Aanvraag %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../ui/common/DisplayFormat.cpp" line="+93"/>
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
        <source>Waiting to be sent</source>
        <translation>Wacht op verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Niet afgeleverd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Application received</source>
        <translation>Aanvraag ontvangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application changed</source>
        <translation>Aanvraag gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer made</source>
        <translation>Aanbod gedaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer expires soon</source>
        <translation>Aanbod verloopt binnenkort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>Application cancelled</source>
        <translation>Aanvraag geannuleerd</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Own message</source>
        <translation>Eigen bericht</translation>
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
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work or training</source>
        <translation>Werk of opleiding</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Administrator</source>
        <comment>account role</comment>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <comment>account role</comment>
        <translation>Coördinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter worker</source>
        <comment>account role</comment>
        <translation>Loketmedewerker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <comment>account role</comment>
        <translation>Toeleider</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <comment>date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <comment>allocation run</comment>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <comment>allocation run</comment>
        <translation>Bevestigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <comment>allocation run</comment>
        <translation>Verworpen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1–%2 months</source>
        <extracomment>Age band of a free place, in months.</extracomment>
        <translation>%1–%2 maanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working or in training</source>
        <translation>Werkend of in opleiding</translation>
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
        <location line="+2"/>
        <source>Sibling in a location</source>
        <translation>Broer of zus in een locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social reasons</source>
        <translation>Sociale redenen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not born yet</source>
        <translation>Nog niet geboren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under 1 year</source>
        <translation>Jonger dan 1 jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 years or older</source>
        <translation>2 jaar of ouder</translation>
    </message>
    <message>
        <source>Starts work or training</source>
        <translation type="vanished">Begint te werken of een opleiding</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Medical</source>
        <translation>Medisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Sociaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed</source>
        <translation>Plaats toegewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found care elsewhere</source>
        <translation>Elders opvang gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>Niet meer nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Onbereikbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application expired</source>
        <translation>Aanvraag verlopen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer sent</source>
        <translation>Aanbod verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer accepted</source>
        <translation>Aanbod aanvaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered in time</source>
        <translation>Niet tijdig beantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open</source>
        <comment>free place status</comment>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Ingevuld</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+16"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="-11"/>
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
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/store/search/DuplicateFinder.cpp" line="+49"/>
        <source>same national number</source>
        <translation>zelfde rijksregisternummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name and a child born on the same date</source>
        <translation>zelfde naam en een kind geboren op dezelfde datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same e-mail address</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same phone number</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <location filename="../core/store/conflicts/DuplicateMerge.cpp" line="+71"/>
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
    <name>EditRecordDialog</name>
    <message>
        <location filename="../ui/detail/EditRecordDialog.cpp" line="+59"/>
        <source>Edit application</source>
        <translation>Aanvraag wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit application %1</source>
        <translation>Aanvraag %1 wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit parent</source>
        <translation>Ouder wijzigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Parent</source>
        <translation>&amp;Ouder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Child</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Wishes</source>
        <translation>&amp;Wensen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred &amp;locations</source>
        <translation>Voorkeur&amp;locaties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;riority</source>
        <translation>&amp;Voorrang</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <comment>tab, problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To save: %1</source>
        <translation>Om te bewaren: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets bewaard: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close without saving? What you changed here is lost.</source>
        <translation>Sluiten zonder te bewaren? Wat u hier wijzigde, gaat verloren.</translation>
    </message>
</context>
<context>
    <name>EmergencyActions</name>
    <message>
        <location filename="../core/store/records/EmergencyActions.cpp" line="+73"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Deze aanvraag staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application is on the emergency list already.</source>
        <translation>Deze aanvraag staat al op de noodlijst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how urgent it is and why.</source>
        <translation>Kies hoe dringend het is en waarom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a follow-up day from today on.</source>
        <translation>Kies een opvolgdag vanaf vandaag.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This entry is no longer in your offline copy.</source>
        <translation>Deze inschrijving staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry is closed already.</source>
        <translation>Deze inschrijving is al afgesloten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what was agreed.</source>
        <translation>Noteer wat er afgesproken is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the next follow-up day from today on.</source>
        <translation>Kies de volgende opvolgdag vanaf vandaag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — next follow-up: %2</source>
        <extracomment>A line of an emergency entry&apos;s follow-up log: what was agreed, then the next day to call.</extracomment>
        <translation>%1 — volgende opvolging: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose how the entry ends.</source>
        <translation>Kies hoe de inschrijving afloopt.</translation>
    </message>
</context>
<context>
    <name>EmergencyEntryDialog</name>
    <message>
        <location filename="../ui/emergency/EmergencyEntryDialog.cpp" line="+24"/>
        <source>Put on the emergency list</source>
        <translation>Op de noodlijst zetten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For instance: mother starts work on 5 January, needs four days</source>
        <translation>Bijvoorbeeld: moeder begint te werken op 5 januari, heeft vier dagen nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Dringendheid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call back on:</source>
        <translation>&amp;Terugbellen op:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>EmergencyModel</name>
    <message>
        <location filename="../ui/emergency/EmergencyModel.cpp" line="+44"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back on</source>
        <translation>Terugbellen op</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This family should have been called back already.</source>
        <translation>Dit gezin had al teruggebeld moeten worden.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <location filename="../ui/emergency/EmergencyView.cpp" line="+40"/>
        <source>&amp;Log a follow-up…</source>
        <translation>&amp;Opvolging noteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a call or visit and when to call back</source>
        <translation>Noteer een telefoongesprek of bezoek en wanneer je terugbelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take off the list…</source>
        <translation>Van de lijst &amp;halen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family found a place, or no longer needs one</source>
        <translation>Het gezin heeft een plaats gevonden, of heeft er geen meer nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste actie</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+15"/>
        <source>Choose an entry first.</source>
        <translation>Kies eerst een inschrijving.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Follow-up saved; next call on %1.</source>
        <translation>Opvolging bewaard; opnieuw bellen op %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taken off the emergency list: %1.</source>
        <translation>Van de noodlijst gehaald: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln on the list</source>
        <translation>
            <numerusform>%Ln op de lijst</numerusform>
            <numerusform>%Ln op de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln today</source>
        <extracomment>Families to call back today.</extracomment>
        <translation>
            <numerusform>%Ln vandaag</numerusform>
            <numerusform>%Ln vandaag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln famil(y/ies) on the list</source>
        <translation type="vanished">
            <numerusform>%Ln gezin op de lijst</numerusform>
            <numerusform>%Ln gezinnen op de lijst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln te laat</numerusform>
            <numerusform>%Ln te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to call today</source>
        <translation type="vanished">
            <numerusform>%Ln vandaag te bellen</numerusform>
            <numerusform>%Ln vandaag te bellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parent&apos;s name, phone or e-mail… (Ctrl+F)</source>
        <translation>Naam van de ouder, telefoon of e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a family on the list by the parent&apos;s name (accents optional), phone, e-mail or postcode.</source>
        <translation>Zoek een gezin op de lijst op de naam van de ouder (accenten mogen weg), telefoon, e-mail of postcode.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="vanished">%1 (te laat)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>emergency-list</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>noodlijst</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../ui/conflicts/FieldText.cpp" line="+15"/>
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
        <source>Handled by</source>
        <translation>Behandeld door</translation>
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
        <location line="+1"/>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer by</source>
        <translation>Antwoorden tegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free place</source>
        <translation>Vrije plaats</translation>
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
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Info sheet</source>
        <translation>Infofiche</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
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
        <location line="+53"/>
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
    <name>FilterBar</name>
    <message>
        <location filename="../ui/lists/FilterBar.cpp" line="+35"/>
        <source>Filter by state</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by delivery</source>
        <translation>Filteren op aflevering</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by municipality</source>
        <translation>Filteren op gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by preferred location</source>
        <translation>Filteren op voorkeurlocatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications that have this location among their preferences</source>
        <translation>Aanvragen met deze locatie bij hun voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by channel</source>
        <translation>Filteren op kanaal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by language</source>
        <translation>Filteren op taal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to &amp;me</source>
        <translation>Aan &amp;mij toegewezen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Desired start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desired start from</source>
        <translation>Gewenste start vanaf</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desired start until</source>
        <translation>Gewenste start tot en met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted from</source>
        <translation>Ingediend vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted until</source>
        <translation>Ingediend tot en met</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>With an &amp;open application</source>
        <translation>Met een &amp;open aanvraag</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Waiting for a place</source>
        <translation>&amp;Wacht op een plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, in review or with a place offered</source>
        <translation>Ingediend, in behandeling of met een aangeboden plaats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the e&amp;mergency list</source>
        <translation>Op de &amp;noodlijst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every record again: clears the search and all filters</source>
        <translation>Toon opnieuw alle resultaten: wist de zoekopdracht en alle filters</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from, earliest</source>
        <translation>Beschikbaar vanaf, ten vroegste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from, latest</source>
        <translation>Beschikbaar vanaf, ten laatste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits a child born</source>
        <extracomment>Filter of free places: places whose age band fits a child born on &lt;date&gt; on &lt;date&gt;.</extracomment>
        <translation>Past bij een kind geboren op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s birth date</source>
        <translation>Geboortedatum van het kind</translation>
    </message>
    <message>
        <source>on</source>
        <translation type="vanished">leeftijd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age on</source>
        <extracomment>Filter of free places: the day the child&apos;s age is counted on.</extracomment>
        <translation>leeftijd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day the child&apos;s age is taken on</source>
        <translation>Dag waarop de leeftijd van het kind berekend wordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;any&quot;: the day the place is available from</source>
        <translation>&quot;om het even&quot;: de dag vanaf wanneer de plaats beschikbaar is</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>Dringendheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any urgency</source>
        <translation>Alle dringendheden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any reason</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any follow-up day</source>
        <translation>Alle opvolgdagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation>Vandaag of te laat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within a week</source>
        <translation>Binnen een week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With or without an offer</source>
        <translation>Met of zonder aanbod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an offer out</source>
        <translation>Met een lopend aanbod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without an offer</source>
        <translation>Zonder aanbod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any age</source>
        <translation>Elke leeftijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every kind of care</source>
        <translation>Alle soorten opvang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>any</source>
        <translation>om het even</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or pick a day; Delete sets it back to &quot;any&quot;</source>
        <translation>Typ of kies een dag; met Delete zet je het terug op &quot;om het even&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by priority</source>
        <translation>Filteren op voorrang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications with all the ticked priority grounds</source>
        <translation>Aanvragen met alle aangevinkte voorranggronden</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Werkend of in opleiding</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Alleenstaande ouder</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Laag inkomen</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Pleegkind</translation>
    </message>
    <message>
        <source>Sibling in a location</source>
        <translation type="vanished">Broer of zus in een locatie</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Sociale redenen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any priority</source>
        <translation>Alle voorrang</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Priority (%n)</source>
        <translation>
            <numerusform>Voorrang (%n)</numerusform>
            <numerusform>Voorrang (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent or not</source>
        <translation>Verstuurd of niet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any location</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Search: %1</source>
        <translation>Zoeken: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality: %1</source>
        <translation>Gemeente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred location: %1</source>
        <translation>Voorkeurlocatie: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority: %1</source>
        <translation>Voorrang: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired start: %1</source>
        <translation>Gewenste start: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: %1</source>
        <translation>Ingediend: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available from: %1</source>
        <translation>Beschikbaar vanaf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits a child born %1, age on %2</source>
        <translation>Past bij een kind geboren op %1 (leeftijd op %2)</translation>
    </message>
    <message>
        <source>Fits a child born %1 on %2</source>
        <translation type="vanished">Past bij een kind geboren op %1 (leeftijd op %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits a child born %1</source>
        <translation>Past bij een kind geboren op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to me</source>
        <translation>Aan mij toegewezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an open application</source>
        <translation>Met een open aanvraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a place</source>
        <translation>Wacht op een plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the emergency list</source>
        <translation>Op de noodlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters: every record</source>
        <translation>Geen filters: alle resultaten</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/emergency/FollowUpDialog.cpp" line="+18"/>
        <source>Log a follow-up</source>
        <translation>Opvolging noteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you spoke to and what was agreed</source>
        <translation>Met wie je gesproken hebt en wat er afgesproken is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed</source>
        <translation>Wat er afgesproken is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreed:</source>
        <translation>Af&amp;gesproken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Volgende opvolging:</translation>
    </message>
</context>
<context>
    <name>FreePlaceActions</name>
    <message>
        <location filename="../core/store/records/FreePlaceActions.cpp" line="+20"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of places</source>
        <translation>Aantal plaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the location the place is at.</source>
        <translation>Kies de locatie van de plaats.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This place is no longer in your offline copy.</source>
        <translation>Deze plaats staat niet meer in je offline kopie.</translation>
    </message>
</context>
<context>
    <name>FreePlaceDialog</name>
    <message>
        <location filename="../ui/places/FreePlaceDialog.cpp" line="+32"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a free place</source>
        <translation>Een vrije plaats toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a free place</source>
        <translation>Een vrije plaats wijzigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a location…</source>
        <translation>Kies een locatie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Location:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available &amp;from:</source>
        <translation>&amp;Beschikbaar vanaf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ages:</source>
        <translation>Leef&amp;tijd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of places:</source>
        <translation>Aantal &amp;plaatsen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>full day</source>
        <translation>volledige dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half day</source>
        <translation>halve dag</translation>
    </message>
</context>
<context>
    <name>FreePlacesModel</name>
    <message>
        <location filename="../ui/places/FreePlacesModel.cpp" line="+46"/>
        <source>No open places for this filter.</source>
        <translation>Geen open plaatsen voor deze filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open places: %L1 — %2</source>
        <translation>Open plaatsen: %L1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers out</source>
        <translation>Lopend aanbod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <extracomment>Age band of a free place, in months.</extracomment>
        <translation type="vanished">%1–%2 maanden</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 — to confirm</source>
        <extracomment>A free place still open that nobody confirmed for four weeks.</extracomment>
        <translation>%1 — te bevestigen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not updated for four weeks: call the organiser to confirm the place is still free.</source>
        <translation>Al vier weken niet bijgewerkt: bel de organisator om te bevestigen dat de plaats nog vrij is.</translation>
    </message>
</context>
<context>
    <name>FreePlacesView</name>
    <message>
        <location filename="../ui/places/FreePlacesView.cpp" line="+21"/>
        <source>Open places per municipality</source>
        <translation>Open plaatsen per gemeente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add a place…</source>
        <translation>&amp;Plaats toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place an organiser reported by phone or mail</source>
        <translation>Een plaats die een organisator telefonisch of per mail gemeld heeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place is no longer free</source>
        <translation>De plaats is niet meer vrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer to a family…</source>
        <translation>&amp;Aanbieden aan een gezin…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open applications this place fits, best first</source>
        <translation>De open aanvragen waarbij deze plaats past, de beste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint allocation…</source>
        <translation>&amp;Gezamenlijke toewijzing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Match the region&apos;s free places and open applications under the priority rules</source>
        <translation>De vrije plaatsen en open aanvragen van de regio samenbrengen volgens de voorrangsregels</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Priority rules…</source>
        <translation>&amp;Voorrangsregels…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who comes first, in plain words</source>
        <translation>Wie eerst aan de beurt komt, in gewone woorden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste actie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator or an administrator runs the joint allocation.</source>
        <translation>Alleen een coördinator of een beheerder maakt de gezamenlijke toewijzing.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Place added; it goes to the server with the next sync.</source>
        <translation>Plaats toegevoegd; ze gaat bij de volgende synchronisatie naar de server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Choose a place first.</source>
        <translation>Kies eerst een plaats.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Place changed.</source>
        <translation>Plaats gewijzigd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Place withdrawn.</source>
        <translation>Plaats ingetrokken.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free places</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln reported place(s)</source>
        <translation>
            <numerusform>%Ln gemelde plaats</numerusform>
            <numerusform>%Ln gemelde plaatsen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location, organiser or municipality… (Ctrl+F)</source>
        <translation>Locatie, organisator of gemeente… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the places of a location by its name, its organiser or its municipality.</source>
        <translation>Zoek de plaatsen van een locatie op naam, organisator of gemeente.</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="vanished">%1–%2 maanden</translation>
    </message>
    <message>
        <source>%1 — to confirm</source>
        <translation type="vanished">%1 — te bevestigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>free-places</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>vrije-plaatsen</translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <location filename="../ui/detail/HistoryHtml.cpp" line="+25"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history of changes is kept on the server. Connect to the network to see it.</source>
        <translation>De geschiedenis van de wijzigingen wordt op de server bijgehouden. Maak verbinding met het netwerk om ze te zien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the history…</source>
        <translation>Geschiedenis laden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be loaded: %1</source>
        <translation>De geschiedenis kon niet geladen worden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has no recorded changes of this record.</source>
        <translation>De server heeft geen wijzigingen van dit dossier bijgehouden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an operator</source>
        <translation>een medewerker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not sent yet</source>
        <translation>nog niet verstuurd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
</context>
<context>
    <name>InfoSheetEditor</name>
    <message>
        <location filename="../ui/locations/InfoSheetEditor.cpp" line="+16"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tariff</source>
        <translation>Tarief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language of the info sheet</source>
        <translation>Taal van de infofiche</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Empty: the website shows the Dutch text: %1</source>
        <translation>Leeg: de website toont de Nederlandse tekst: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
</context>
<context>
    <name>InfoSheetHtml</name>
    <message>
        <location filename="../ui/locations/InfoSheetHtml.cpp" line="+49"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not published: the website does not show this location.</source>
        <translation>Niet gepubliceerd: de website toont deze locatie niet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown in Dutch: there is no %1 text yet.</source>
        <translation>Nederlandse tekst getoond: er is nog geen tekst in het %1.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/lists/ListPage.cpp" line="+76"/>
        <source>Search this list</source>
        <translation>Zoeken in deze lijst</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="vanished">Filteren op status</translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="vanished">Alle statussen</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation type="vanished">Filteren op gemeente</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+297"/>
        <source>Saved filters</source>
        <translation>Bewaarde filters</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Apply a filter you saved by name</source>
        <translation>Een filter toepassen die je onder een naam bewaard hebt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of records</source>
        <translation>Aantal resultaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last export</source>
        <translation>Laatste export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Kolommen kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide columns; drag a column header to move it</source>
        <translation>Kolommen tonen of verbergen; sleep een kolomkop om de kolom te verplaatsen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this list as shown (filters, columns, order) (Ctrl+P)</source>
        <translation>Druk deze lijst af zoals je ze ziet (filters, kolommen, volgorde) (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>Save…</source>
        <translation>Bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage saved filters</source>
        <translation>Bewaarde filters beheren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current filter by name, or rename or delete a saved one</source>
        <translation>Bewaar de huidige filter onder een naam, of geef een bewaarde filter een andere naam of verwijder hem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save current filter as…</source>
        <translation>Huidige filter bewaren als…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename saved filter…</source>
        <translation>Bewaarde filter hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved filter</source>
        <translation>Bewaarde filter verwijderen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
    <message>
        <location line="+247"/>
        <location line="+4"/>
        <source>Save filter</source>
        <translation>Filter bewaren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Filters can be saved once you are signed in.</source>
        <translation>Je kunt filters bewaren zodra je aangemeld bent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of this filter:</source>
        <translation>Naam van deze filter:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Rename filter</source>
        <translation>Filter hernoemen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a saved filter called &quot;%1&quot;, or the name is empty.</source>
        <translation>Er is al een bewaarde filter met de naam &quot;%1&quot;, of de naam is leeg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete filter</source>
        <translation>Filter verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>De bewaarde filter &quot;%1&quot; verwijderen?</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Print list</source>
        <translation>Lijst afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list has %L1 rows: that is a long printout. Narrow it down with the filters first, or print anyway?</source>
        <translation>Deze lijst heeft %L1 rijen: dat wordt een lange afdruk. Eerst beperken met de filters, of toch afdrukken?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print preview — %1</source>
        <translation>Afdrukvoorbeeld — %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="vanished">Alle gemeenten</translation>
    </message>
    <message numerus="yes">
        <location line="-45"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd</numerusform>
            <numerusform>%Ln rijen geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Export list</source>
        <translation>Lijst exporteren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list was not exported to %1: %2</source>
        <translation>De lijst is niet geëxporteerd naar %1: %2</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../ui/locations/LocationsModel.cpp" line="+113"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <location filename="../ui/locations/LocationsView.cpp" line="+43"/>
        <source>Choose a location in the list to read or edit its info sheet.</source>
        <translation>Kies een locatie in de lijst om haar infofiche te lezen of te bewerken.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by name or municipality</source>
        <translation>Filter op naam of gemeente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All locations</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a coordinator of the region or an admin changes info sheets and their publication. You can read them here.</source>
        <translation>Alleen een coördinator van de regio of een beheerder wijzigt infofiches en hun publicatie. U kunt ze hier lezen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview of the website</source>
        <translation>Voorbeeld van de website</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Info sheet</source>
        <translation>Infofiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save info sheet</source>
        <translation>Infofiche bewaren</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sent to the server.</source>
        <translation>Naar de server verstuurd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 locations</source>
        <translation>%1 van %2 locaties</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved info sheet</source>
        <translation>Infofiche niet bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The info sheet of “%1” has changes that are not saved. Save them first?</source>
        <translation>De infofiche van “%1” heeft wijzigingen die niet bewaard zijn. Eerst bewaren?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Published: the website and referrers see this location.</source>
        <translation>Gepubliceerd: de website en toeleiders zien deze locatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published: the website and referrers do not see this location.</source>
        <translation>Niet gepubliceerd: de website en toeleiders zien deze locatie niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublish…</source>
        <translation>Publicatie stoppen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: the website in %1</source>
        <translation>Voorbeeld: de website in het %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The change goes to the server with the next sync.</source>
        <translation>Bewaard. De wijziging gaat mee naar de server bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not changed: %1</source>
        <translation>Niet gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published. The website shows it after the next sync.</source>
        <translation>Gepubliceerd. De website toont de locatie na de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublished. The website stops showing it after the next sync.</source>
        <translation>Publicatie gestopt. De website toont de locatie niet meer na de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish “%1”?

The public website then shows this location with its info sheet, and referrers see it when they file an application.</source>
        <translation>“%1” publiceren?

De publieke website toont deze locatie dan met haar infofiche, en toeleiders zien haar wanneer ze een aanvraag indienen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpublish “%1”?

The public website then stops showing this location, and referrers no longer see it. Staff of the region keep seeing it.</source>
        <translation>Publicatie van “%1” stoppen?

De publieke website toont deze locatie dan niet meer, en toeleiders zien haar niet meer. Medewerkers van de regio blijven haar zien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish location</source>
        <translation>Locatie publiceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublish location</source>
        <translation>Publicatie van locatie stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublish</source>
        <translation>Publicatie stoppen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+60"/>
        <source>Opvangloket — %1</source>
        <translation>Opvangloket — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The copy of the data on this computer is damaged. Close Opvangloket and start it again to repair it: changes that were not sent yet are kept, everything else is fetched from the server again. Until then nothing is synchronised.</source>
        <translation>De kopie van de gegevens op deze computer is beschadigd. Sluit Opvangloket en start het opnieuw om ze te herstellen: wijzigingen die nog niet verstuurd zijn, blijven bewaard; al het andere wordt opnieuw van de server gehaald. Tot dan wordt niets gesynchroniseerd.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation type="vanished">Zoeken (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="vanished">Zoeken in de huidige lijst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New application…</source>
        <translation>Nieuwe aanvraag…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File an application for a parent (Ctrl+N)</source>
        <translation>Een aanvraag indienen voor een ouder (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search everything: name, number, phone, postcode… (Ctrl+K)</source>
        <translation>Alles doorzoeken: naam, nummer, telefoon, postcode… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search parents, children and applications</source>
        <translation>Ouders, kinderen en aanvragen zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds parents, children and applications by name, application number, national number, phone, e-mail or postcode. Ctrl+F filters the list in view instead.</source>
        <translation>Vindt ouders, kinderen en aanvragen op naam, aanvraagnummer, rijksregisternummer, telefoon, e-mail of postcode. Met Ctrl+F filter je in de plaats daarvan de lijst die je ziet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Verstuur je wijzigingen en haal de nieuwste gegevens op (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change my password…</source>
        <translation>Mijn &amp;wachtwoord wijzigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out…</source>
        <translation>&amp;Afmelden…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your password was changed. Use it at your next sign-in.</source>
        <translation>Uw wachtwoord is gewijzigd. Gebruik het bij uw volgende aanmelding.</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <message>
        <location line="+15"/>
        <source>That part of Opvangloket is not available for your role; ask a coordinator or an administrator.</source>
        <translation>Dat deel van Opvangloket is niet beschikbaar voor uw rol; vraag het aan een coördinator of een beheerder.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Families to call back today or earlier</source>
        <translation>Gezinnen om terug te bellen: vandaag of te laat</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+20"/>
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
    <name>MessagesModel</name>
    <message>
        <location filename="../ui/messages/MessagesModel.cpp" line="+18"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Aflevering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server sends it at its next round, or once this computer is back online.</source>
        <translation>De server verstuurt het bij zijn volgende ronde, of zodra deze computer weer online is.</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../ui/messages/MessagesView.cpp" line="+27"/>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected message again, for instance after the parent&apos;s e-mail address was corrected</source>
        <translation>Zet het gekozen bericht opnieuw in de wachtrij, bijvoorbeeld nadat het e-mailadres van de ouder verbeterd is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the last action</source>
        <translation>Resultaat van de laatste actie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not delivered: %1</source>
        <translation>Niet afgeleverd: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a message first.</source>
        <translation>Kies eerst een bericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued again; it goes out with the next sync.</source>
        <translation>Opnieuw in de wachtrij; het vertrekt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages to parents</source>
        <translation>Berichten aan ouders</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln bericht</numerusform>
            <numerusform>%Ln berichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent&apos;s name, phone or e-mail… (Ctrl+F)</source>
        <translation>Naam van de ouder, telefoon of e-mail… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the messages to a parent by name (accents optional), phone, e-mail or postcode.</source>
        <translation>Zoek de berichten aan een ouder op naam (accenten mogen weg), telefoon, e-mail of postcode.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>messages</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>berichten</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/NavigationRail.cpp" line="+16"/>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ui/detail/NoteDialog.cpp" line="+14"/>
        <source>Add a note</source>
        <translation>Een notitie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (your name and the time are added):</source>
        <translation>&amp;Notitie (je naam en het tijdstip worden toegevoegd):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>OfferActions</name>
    <message>
        <location filename="../core/store/records/OfferActions.cpp" line="+46"/>
        <source>The application or the place is no longer in your offline copy.</source>
        <translation>De aanvraag of de plaats staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This place does not fit the application, or it has no room left.</source>
        <translation>Deze plaats past niet bij de aanvraag, of ze is al volzet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a day after today for the family to answer by.</source>
        <translation>Kies een dag na vandaag waartegen het gezin moet antwoorden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This offer is no longer in your offline copy.</source>
        <translation>Dit aanbod staat niet meer in je offline kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an offer the family still has to answer can change.</source>
        <translation>Alleen een aanbod waarop het gezin nog moet antwoorden, kan nog wijzigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether the family accepted or declined.</source>
        <translation>Geef aan of het gezin aanvaard of geweigerd heeft.</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message numerus="yes">
        <source>%n ground(s)</source>
        <translation type="vanished">
            <numerusform>%n voorranggrond</numerusform>
            <numerusform>%n voorranggronden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/offers/OfferDialog.cpp" line="+22"/>
        <source>%n priority ground(s)</source>
        <translation>
            <numerusform>%n voorranggrond</numerusform>
            <numerusform>%n voorranggronden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Offer this place</source>
        <translation>Deze plaats aanbieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2: the open applications this place fits, best first (priority grounds, then the emergency list, then the earliest submitted).</source>
        <translation>%1, vanaf %2: de open aanvragen waarbij deze plaats past, de beste eerst (voorranggronden, dan de noodlijst, dan de vroegst ingediende).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer a place</source>
        <translation>Een plaats aanbieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application %1: the open places among the family&apos;s preferences that fit, soonest first.</source>
        <translation>Aanvraag %1: de passende open plaatsen in de voorkeurlocaties van het gezin, de vroegste eerst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Offer</source>
        <translation>Aan&amp;bieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer by:</source>
        <translation>Antwoorden &amp;tegen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open application fits this place.</source>
        <translation>Geen enkele open aanvraag past bij deze plaats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open place fits this application.</source>
        <translation>Geen enkele open plaats past bij deze aanvraag.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desired start</source>
        <translation>Gewenste start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from</source>
        <translation>Beschikbaar vanaf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places left</source>
        <translation>Nog vrij</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="vanished">%1–%2 maanden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a family or a place first.</source>
        <translation>Kies eerst een gezin of een plaats.</translation>
    </message>
</context>
<context>
    <name>OidcCodeFlow</name>
    <message>
        <location filename="../core/auth/OidcCodeFlow.cpp" line="+34"/>
        <source>%1 cannot be reached right now; try again later or sign in with your password.</source>
        <translation>%1 is nu niet bereikbaar; probeer het later opnieuw of meld u aan met uw wachtwoord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No local port could be opened for the sign-in.</source>
        <translation>Er kon geen lokale poort worden geopend voor het aanmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed in. You may close this page and return to Opvangloket.</source>
        <translation>U bent aangemeld. U mag deze pagina sluiten en teruggaan naar Opvangloket.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in was cancelled at %1.</source>
        <translation>Het aanmelden werd geannuleerd bij %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 weigerde het aanmelden (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 did not complete the sign-in (%2). Try again.</source>
        <translation>%1 rondde het aanmelden niet af (%2). Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered without an ID token.</source>
        <translation>%1 antwoordde zonder identiteitstoken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Opvangloket account is linked to this identity. Ask an administrator to link it.</source>
        <translation>Er is geen Opvangloket-account gekoppeld aan deze identiteit. Vraag een beheerder om ze te koppelen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Dit account is gedeactiveerd. Vraag het aan een beheerder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This identity provider does not serve your region. Choose your region&apos;s provider.</source>
        <translation>Deze identiteitsprovider bedient uw regio niet. Kies de provider van uw regio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in took too long or this computer&apos;s clock is wrong. Try again.</source>
        <translation>Het aanmelden duurde te lang of de klok van deze computer staat verkeerd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the identity provider&apos;s answer. Try again; if it keeps happening, tell your administrator.</source>
        <translation>De server aanvaardde het antwoord van de identiteitsprovider niet. Probeer het opnieuw; gebeurt het opnieuw, meld het dan aan uw beheerder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot reach the identity provider right now. Try again later.</source>
        <translation>De server kan de identiteitsprovider nu niet bereiken. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer offers this identity provider.</source>
        <translation>De server biedt deze identiteitsprovider niet meer aan.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <location filename="../ui/accounts/OneTimePasswordDialog.cpp" line="+17"/>
        <location line="+9"/>
        <source>One-time password</source>
        <translation>Eenmalig wachtwoord</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The one-time password of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Het eenmalige wachtwoord van &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand it to %1 yourself, in person or by phone. At the first sign-in with it, %1 must choose a password of their own.

This password will not be shown again. If it is lost, reset the password once more.</source>
        <translation>Geef het zelf aan %1, persoonlijk of telefonisch. Bij de eerste aanmelding ermee moet %1 een eigen wachtwoord kiezen.

Dit wachtwoord wordt niet meer getoond. Raakt het kwijt, stel het wachtwoord dan opnieuw in.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied. Paste it where the person will read it, then close this window.</source>
        <translation>Gekopieerd. Plak het waar de persoon het zal lezen en sluit dan dit venster.</translation>
    </message>
</context>
<context>
    <name>ParentForm</name>
    <message>
        <location filename="../ui/wizard/ParentForm.cpp" line="+26"/>
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
        <source>optional, e.g. 85.07.30-033.28</source>
        <translation>optioneel, bv. 85.07.30-033.28</translation>
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
        <source>e.g. 0470 12 34 56</source>
        <translation>bv. 0470 12 34 56</translation>
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
        <location line="+21"/>
        <source>Language for letters and mails</source>
        <translation>Taal voor brieven en mails</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the parent wants to be contacted</source>
        <translation>Hoe de ouder gecontacteerd wil worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by post</source>
        <translation>per post</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;number</source>
        <translation>&amp;Rijksregisternummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street</source>
        <translation>&amp;Straat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House n&amp;umber</source>
        <translation>&amp;Huisnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Dit rijksregisternummer bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an e-mail address (like name@example.be).</source>
        <translation>Geen e-mailadres (zoals naam@example.be).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a phone number (like 0470 12 34 56 or +32 470 12 34 56).</source>
        <translation>Geen telefoonnummer (zoals 0470 12 34 56 of +32 470 12 34 56).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Belgian postcode has four digits.</source>
        <translation>Een Belgische postcode heeft vier cijfers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the e-mail address, or choose another way.</source>
        <translation>Vul het e-mailadres in, of kies een andere manier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the phone number, or choose another way.</source>
        <translation>Vul het telefoonnummer in, of kies een andere manier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the parent&apos;s first and last name.</source>
        <translation>Vul de voornaam en achternaam van de ouder in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the field marked in red.</source>
        <translation>Verbeter het veld dat in het rood aangeduid is.</translation>
    </message>
</context>
<context>
    <name>ParentPage</name>
    <message>
        <location filename="../ui/wizard/ParentPage.cpp" line="+50"/>
        <source>The parent</source>
        <translation>De ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the parent up first. Create a new parent only when they are not known yet.</source>
        <translation>Zoek de ouder eerst op. Maak alleen een nieuwe ouder aan als die nog niet gekend is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A parent who is already known</source>
        <translation>Een ouder die al gekend is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new parent</source>
        <translation>Een nieuwe ouder</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name, national number, e-mail or phone</source>
        <translation>Naam, rijksregisternummer, e-mail of telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a parent</source>
        <translation>Een ouder zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parents found</source>
        <translation>Gevonden ouders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the parents you can see:</source>
        <translation>Zoek in de ouders die je kunt zien:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="vanished">Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="vanished">Achternaam</translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="vanished">Rijksregisternummer</translation>
    </message>
    <message>
        <source>optional, e.g. 85.07.30-033.28</source>
        <translation type="vanished">optioneel, bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Telefoon</translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation type="vanished">bv. 0470 12 34 56</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="vanished">Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="vanished">Gemeente</translation>
    </message>
    <message>
        <source>Language for letters and mails</source>
        <translation type="vanished">Taal voor brieven en mails</translation>
    </message>
    <message>
        <source>How the parent wants to be contacted</source>
        <translation type="vanished">Hoe de ouder gecontacteerd wil worden</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="vanished">via e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="vanished">telefonisch</translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="vanished">per post</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="vanished">&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="vanished">&amp;Achternaam</translation>
    </message>
    <message>
        <source>National &amp;number</source>
        <translation type="vanished">&amp;Rijksregisternummer</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="vanished">&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="vanished">&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="vanished">Tele&amp;foon</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="vanished">&amp;Straat</translation>
    </message>
    <message>
        <source>House n&amp;umber</source>
        <translation type="vanished">&amp;Huisnummer</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="vanished">&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="vanished">&amp;Gemeente</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="vanished">&amp;Contact</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These known parents may be the same person:</source>
        <translation>Deze gekende ouders zijn misschien dezelfde persoon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this parent</source>
        <translation>Deze o&amp;uder gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of them is this parent: create a new one</source>
        <translation>Geen van hen is deze ouder: maak een nieuwe aan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue the application you were filing? %1</source>
        <translation>Verdergaan met de aanvraag die je aan het indienen was? %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="vanished">Verplicht.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Dit rijksregisternummer bestaat niet: controleer de cijfers.</translation>
    </message>
    <message>
        <source>Not an e-mail address (like name@example.be).</source>
        <translation type="vanished">Geen e-mailadres (zoals naam@example.be).</translation>
    </message>
    <message>
        <source>Not a phone number (like 0470 12 34 56 or +32 470 12 34 56).</source>
        <translation type="vanished">Geen telefoonnummer (zoals 0470 12 34 56 of +32 470 12 34 56).</translation>
    </message>
    <message>
        <source>A Belgian postcode has four digits.</source>
        <translation type="vanished">Een Belgische postcode heeft vier cijfers.</translation>
    </message>
    <message>
        <source>Give the e-mail address, or choose another way.</source>
        <translation type="vanished">Vul het e-mailadres in, of kies een andere manier.</translation>
    </message>
    <message>
        <source>Give the phone number, or choose another way.</source>
        <translation type="vanished">Vul het telefoonnummer in, of kies een andere manier.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Why: %1</source>
        <translation>Waarom: %1</translation>
    </message>
    <message>
        <source>Give the parent&apos;s first and last name.</source>
        <translation type="vanished">Vul de voornaam en achternaam van de ouder in.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This parent may be known already: use one of the parents shown, or confirm none of them is this parent.</source>
        <translation>Deze ouder is misschien al gekend: gebruik een van de getoonde ouders, of bevestig dat geen van hen deze ouder is.</translation>
    </message>
    <message>
        <source>Correct the field marked in red.</source>
        <translation type="vanished">Verbeter het veld dat in het rood aangeduid is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search for the parent and choose them in the list, or choose &quot;A new parent&quot;.</source>
        <translation>Zoek de ouder en kies die in de lijst, of kies &quot;Een nieuwe ouder&quot;.</translation>
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
    <message>
        <location line="+11"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
</context>
<context>
    <name>PeriodReportExport</name>
    <message>
        <location filename="../ui/report/PeriodReportExport.cpp" line="+20"/>
        <source>The figures of %1 could not be read from this computer&apos;s copy of the data.</source>
        <translation>De cijfers van %1 konden niet gelezen worden uit de kopie van de gegevens op deze computer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Het rapport kon niet bewaard worden in %1: %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportPdf</name>
    <message>
        <location filename="../ui/report/PeriodReportPdf.cpp" line="+39"/>
        <source>Children with a request and where they stand now</source>
        <translation>Kinderen met een aanvraag en waar ze nu staan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children per priority ground</source>
        <translation>Kinderen per voorrangsgrond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Children per age at the end of the period</source>
        <translation>Kinderen per leeftijd op het einde van de periode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications per channel, and the median wait</source>
        <translation>Aanvragen per kanaal, en de mediane wachttijd</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Children with a request</source>
        <translation>Kinderen met een aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still waiting</source>
        <translation>nog wachtend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>geplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the emergency list</source>
        <translation>op de noodlijst</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Werkend of in opleiding</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Alleenstaande ouder</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Laag inkomen</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Pleegkind</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Sociale redenen</translation>
    </message>
    <message>
        <source>Not born yet</source>
        <translation type="vanished">Nog niet geboren</translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation type="vanished">Jonger dan 1 jaar</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="vanished">1 jaar</translation>
    </message>
    <message>
        <source>2 years or older</source>
        <translation type="vanished">2 jaar of ouder</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation type="vanished">Online formulier</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="vanished">Aan het loket</translation>
    </message>
    <message>
        <source>Via a referrer</source>
        <translation type="vanished">Via een toeleider</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="vanished">Telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median wait (days)</source>
        <translation>Mediane wachttijd (dagen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation>De PDF kon niet bewaard worden in %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+49"/>
        <source>Period report childcare</source>
        <translation>Periodiek rapport kinderopvang</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Applications filed from %1 to %2 (both days included).</source>
        <translation>Aanvragen ingediend van %1 tot en met %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted per child, not per application. Counts under 5 show as &quot;&lt;5&quot;; a figure that would let a hidden one be worked out shows as &quot;x&quot;. Made on %1.</source>
        <translation>Geteld per kind, niet per aanvraag. Aantallen onder 5 staan er als &quot;&lt;5&quot;; een cijfer waaruit een verborgen cijfer berekend zou kunnen worden, staat er als &quot;x&quot;. Gemaakt op %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole region</source>
        <translation>Hele regio</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PDF could not be written to %1.</source>
        <translation>De PDF kon niet bewaard worden in %1.</translation>
    </message>
</context>
<context>
    <name>PlaceFit</name>
    <message>
        <location filename="../core/domain/PlaceFit.cpp" line="+126"/>
        <source>the location is not among the family&apos;s preferences</source>
        <translation>de locatie hoort niet bij de voorkeuren van het gezin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the child&apos;s age on the first day is outside the place&apos;s age band</source>
        <translation>de leeftijd van het kind op de eerste dag valt buiten de leeftijdsgrenzen van de plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place starts outside the desired start and its flexibility</source>
        <translation>de plaats start buiten de gewenste start, flexibiliteit inbegrepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place does not offer every day the family asked for</source>
        <translation>de plaats biedt niet alle dagen die het gezin gevraagd heeft</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of Opvangloket is coming in a later version.</source>
        <translation type="vanished">Dit onderdeel van Opvangloket komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>PositionHtml</name>
    <message>
        <location filename="../ui/detail/PositionHtml.cpp" line="+24"/>
        <source>Position</source>
        <translation>Plaats in de rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Among the open applications in this copy, under the priority rules &quot;%1&quot;. A new application with a better priority can still come ahead.</source>
        <translation>Geteld onder de open aanvragen in deze kopie, volgens de voorrangsregels &quot;%1&quot;. Een nieuwe aanvraag met meer voorrang kan nog voorgaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unknown location)</source>
        <translation>(onbekende opvanglocatie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>priority: %1</source>
        <translation>voorrang: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no family ranks ahead (better priority)</source>
        <translation>geen gezin staat voor (betere voorrang)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family(s) rank ahead (better priority)</source>
        <translation>
            <numerusform>%n gezin staat voor (betere voorrang)</numerusform>
            <numerusform>%n gezinnen staan voor (betere voorrang)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other family has the same priority</source>
        <translation>geen ander gezin heeft dezelfde voorrang</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other family(s) share the same priority (the lottery decides)</source>
        <translation>
            <numerusform>%n ander gezin heeft dezelfde voorrang (de loting beslist)</numerusform>
            <numerusform>%n andere gezinnen hebben dezelfde voorrang (de loting beslist)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected wait: not enough data yet (no placement here in the last 12 months)</source>
        <translation>verwachte wachttijd: nog niet genoeg gegevens (geen plaatsing hier in de laatste 12 maanden)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expected wait: not enough data yet (%n placement(s) here in the last 12 months)</source>
        <translation>
            <numerusform>verwachte wachttijd: nog niet genoeg gegevens (%n plaatsing hier in de laatste 12 maanden)</numerusform>
            <numerusform>verwachte wachttijd: nog niet genoeg gegevens (%n plaatsingen hier in de laatste 12 maanden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected wait: less than a month from filing</source>
        <translation>verwachte wachttijd: minder dan een maand vanaf de aanvraag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expected wait: about %n month(s) from filing</source>
        <translation>
            <numerusform>verwachte wachttijd: ongeveer %n maand vanaf de aanvraag</numerusform>
            <numerusform>verwachte wachttijd: ongeveer %n maanden vanaf de aanvraag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (based on %2)</source>
        <translation>%1 (op basis van %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placement(s) here in the last 12 months</source>
        <translation>
            <numerusform>%n plaatsing hier in de laatste 12 maanden</numerusform>
            <numerusform>%n plaatsingen hier in de laatste 12 maanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../ui/wizard/PreferencesPage.cpp" line="+13"/>
        <source>Preferred locations</source>
        <translation>Voorkeurlocaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose up to %1 locations, the one the parent wants most first.</source>
        <translation>Kies tot %1 locaties, die waar de ouder het liefst naartoe wil eerst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Naam</translation>
    </message>
    <message>
        <source>Filter locations by name</source>
        <translation type="vanished">Locaties filteren op naam</translation>
    </message>
    <message>
        <source>Filter locations by municipality</source>
        <translation type="vanished">Locaties filteren op gemeente</translation>
    </message>
    <message>
        <source>Filter locations by kind</source>
        <translation type="vanished">Locaties filteren op soort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="vanished">Alle soorten</translation>
    </message>
    <message>
        <source>Order of the locations</source>
        <translation type="vanished">Volgorde van de locaties</translation>
    </message>
    <message>
        <source>Locations to choose from</source>
        <translation type="vanished">Locaties om uit te kiezen</translation>
    </message>
    <message>
        <source>&amp;Add to the preferences</source>
        <translation type="vanished">&amp;Toevoegen aan de voorkeuren</translation>
    </message>
    <message>
        <source>Published locations of the region:</source>
        <translation type="vanished">Gepubliceerde locaties van de regio:</translation>
    </message>
    <message>
        <source>Chosen locations, most wanted first</source>
        <translation type="vanished">Gekozen locaties, de liefste eerst</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation type="vanished">&amp;Omhoog</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="vanished">Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="vanished">&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The parent&apos;s preferences (drag to reorder):</source>
        <translation type="vanished">De voorkeuren van de ouder (sleep om de volgorde te wijzigen):</translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="vanished">Op naam</translation>
    </message>
    <message>
        <source>Nearest to %1 first</source>
        <translation type="vanished">Dichtst bij %1 eerst</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="vanished">Alle gemeenten</translation>
    </message>
    <message>
        <source>No location lies in this postcode or municipality, so the distance is unknown.</source>
        <translation type="vanished">Er ligt geen locatie in deze postcode of gemeente, dus de afstand is niet gekend.</translation>
    </message>
    <message>
        <source>At most %1 locations can be chosen: remove one first.</source>
        <translation type="vanished">Je kunt hoogstens %1 locaties kiezen: verwijder er eerst een.</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 locations can be chosen: remove %n.</source>
        <translation type="vanished">
            <numerusform>Je kunt hoogstens %1 locaties kiezen: verwijder er %n.</numerusform>
            <numerusform>Je kunt hoogstens %1 locaties kiezen: verwijder er %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 locations chosen: that is the most an application can hold.</source>
        <translation type="vanished">%1 locaties gekozen: meer kan een aanvraag niet bevatten.</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation type="vanished">Kies minstens één locatie.</translation>
    </message>
    <message>
        <source>Choose at most %1 locations.</source>
        <translation type="vanished">Kies hoogstens %1 locaties.</translation>
    </message>
    <message>
        <source>(a location no longer published)</source>
        <translation type="vanished">(een locatie die niet meer gepubliceerd is)</translation>
    </message>
</context>
<context>
    <name>PreferencesPicker</name>
    <message>
        <location filename="../ui/wizard/PreferencesPicker.cpp" line="+35"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter locations by name</source>
        <translation>Locaties filteren op naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter locations by municipality</source>
        <translation>Locaties filteren op gemeente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter locations by kind</source>
        <translation>Locaties filteren op soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order of the locations</source>
        <translation>Volgorde van de locaties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations to choose from</source>
        <translation>Locaties om uit te kiezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to the preferences</source>
        <translation>&amp;Toevoegen aan de voorkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published locations of the region:</source>
        <translation>Gepubliceerde locaties van de regio:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chosen locations, most wanted first</source>
        <translation>Gekozen locaties, de liefste eerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U&amp;p</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent&apos;s preferences (drag to reorder):</source>
        <translation>De voorkeuren van de ouder (sleep om de volgorde te wijzigen):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>By name</source>
        <translation>Op naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest to %1 first</source>
        <translation>Dichtst bij %1 eerst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No location lies in this postcode or municipality, so the distance is unknown.</source>
        <translation>Er ligt geen locatie in deze postcode of gemeente, dus de afstand is niet gekend.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most %1 locations can be chosen: remove one first.</source>
        <translation>Je kunt hoogstens %1 locaties kiezen: verwijder er eerst een.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>At most %1 locations can be chosen: remove %n.</source>
        <translation>
            <numerusform>Je kunt hoogstens %1 locaties kiezen: verwijder er %n.</numerusform>
            <numerusform>Je kunt hoogstens %1 locaties kiezen: verwijder er %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 locations chosen: that is the most an application can hold.</source>
        <translation>%1 locaties gekozen: meer kan een aanvraag niet bevatten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one location.</source>
        <translation>Kies minstens één locatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most %1 locations.</source>
        <translation>Kies hoogstens %1 locaties.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(a location no longer published)</source>
        <translation>(een locatie die niet meer gepubliceerd is)</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <location filename="../ui/wizard/PriorityForm.cpp" line="+15"/>
        <source>The parents work or follow a training</source>
        <translation>De ouders werken of volgen een opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each parent in the family works, looks for work with a plan agreed with VDAB, or follows a course or training.</source>
        <translation>Elke ouder in het gezin werkt, zoekt werk met een traject afgesproken met VDAB, of volgt een cursus of opleiding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single parent</source>
        <translation>Alleenstaande ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child lives with only one parent, who brings up the child alone.</source>
        <translation>Het kind woont bij maar één ouder, die het kind alleen opvoedt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low income</source>
        <translation>Laag inkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s income is low: for example the parent receives an increased allowance, a living wage or an income below the limit for the lowest price.</source>
        <translation>Het gezin heeft een laag inkomen: de ouder krijgt bijvoorbeeld een verhoogde tegemoetkoming, een leefloon of een inkomen onder de grens voor het laagste tarief.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster child</source>
        <translation>Pleegkind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is placed in a foster family, and this family applies.</source>
        <translation>Het kind is in een pleeggezin geplaatst, en dat pleeggezin doet de aanvraag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A brother or sister already goes there</source>
        <translation>Een broer of zus gaat er al naartoe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the locations a brother or sister already goes to; brothers and sisters are kept together where possible.</source>
        <translation>Vink de locaties aan waar een broer of zus al naartoe gaat; broers en zussen worden waar mogelijk samen opgevangen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations a brother or sister goes to</source>
        <translation>Locaties waar een broer of zus naartoe gaat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social reasons</source>
        <translation>Sociale redenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are social or pedagogical reasons why the child needs childcare, for example a situation that social services or Kind en Gezin follow up.</source>
        <translation>Er zijn sociale of pedagogische redenen waarom het kind opvang nodig heeft, bijvoorbeeld een situatie die het OCMW, een sociale dienst of Kind en Gezin opvolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent declared on their honour that the ticked situations are true (sworn statement, verklaring op eer)</source>
        <translation>De ouder heeft op eer verklaard dat de aangevinkte situaties kloppen (verklaring op eer)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Tick the location a brother or sister goes to, or untick that criterion.</source>
        <translation>Vink de locatie aan waar een broer of zus naartoe gaat, of vink dat criterium uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s sworn statement is needed for the situations ticked: tick it once the parent has declared them true.</source>
        <translation>Voor de aangevinkte situaties is een verklaring op eer van de ouder nodig: vink ze aan zodra de ouder verklaard heeft dat ze kloppen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A brother or sister already goes to %1</source>
        <translation>Een broer of zus gaat al naar %1</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../ui/wizard/PriorityPage.cpp" line="+12"/>
        <source>Priority</source>
        <translation>Voorrang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick what applies to the family. Families in these situations get a place sooner at locations with an income-related price.</source>
        <translation>Vink aan wat voor het gezin geldt. Gezinnen in deze situaties krijgen sneller een plaats in locaties met een inkomensgerelateerd tarief.</translation>
    </message>
    <message>
        <source>The parents work or follow a training</source>
        <translation type="vanished">De ouders werken of volgen een opleiding</translation>
    </message>
    <message>
        <source>Each parent in the family works, looks for work with a plan agreed with VDAB, or follows a course or training.</source>
        <translation type="vanished">Elke ouder in het gezin werkt, zoekt werk met een traject afgesproken met VDAB, of volgt een cursus of opleiding.</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Alleenstaande ouder</translation>
    </message>
    <message>
        <source>The child lives with only one parent, who brings up the child alone.</source>
        <translation type="vanished">Het kind woont bij maar één ouder, die het kind alleen opvoedt.</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Laag inkomen</translation>
    </message>
    <message>
        <source>The family&apos;s income is low: for example the parent receives an increased allowance, a living wage or an income below the limit for the lowest price.</source>
        <translation type="vanished">Het gezin heeft een laag inkomen: de ouder krijgt bijvoorbeeld een verhoogde tegemoetkoming, een leefloon of een inkomen onder de grens voor het laagste tarief.</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Pleegkind</translation>
    </message>
    <message>
        <source>The child is placed in a foster family, and this family applies.</source>
        <translation type="vanished">Het kind is in een pleeggezin geplaatst, en dat pleeggezin doet de aanvraag.</translation>
    </message>
    <message>
        <source>A brother or sister already goes there</source>
        <translation type="vanished">Een broer of zus gaat er al naartoe</translation>
    </message>
    <message>
        <source>Tick the locations a brother or sister already goes to; brothers and sisters are kept together where possible.</source>
        <translation type="vanished">Vink de locaties aan waar een broer of zus al naartoe gaat; broers en zussen worden waar mogelijk samen opgevangen.</translation>
    </message>
    <message>
        <source>Locations a brother or sister goes to</source>
        <translation type="vanished">Locaties waar een broer of zus naartoe gaat</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Sociale redenen</translation>
    </message>
    <message>
        <source>There are social or pedagogical reasons why the child needs childcare, for example a situation that social services or Kind en Gezin follow up.</source>
        <translation type="vanished">Er zijn sociale of pedagogische redenen waarom het kind opvang nodig heeft, bijvoorbeeld een situatie die het OCMW, een sociale dienst of Kind en Gezin opvolgt.</translation>
    </message>
    <message>
        <source>The parent declared on their honour that the ticked situations are true (sworn statement, verklaring op eer)</source>
        <translation type="vanished">De ouder heeft op eer verklaard dat de aangevinkte situaties kloppen (verklaring op eer)</translation>
    </message>
    <message>
        <source>Tick the location a brother or sister goes to, or untick that criterion.</source>
        <translation type="vanished">Vink de locatie aan waar een broer of zus naartoe gaat, of vink dat criterium uit.</translation>
    </message>
    <message>
        <source>The parent&apos;s sworn statement is needed for the situations ticked: tick it once the parent has declared them true.</source>
        <translation type="vanished">Voor de aangevinkte situaties is een verklaring op eer van de ouder nodig: vink ze aan zodra de ouder verklaard heeft dat ze kloppen.</translation>
    </message>
    <message>
        <source>A brother or sister already goes to %1</source>
        <translation type="vanished">Een broer of zus gaat al naar %1</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../core/store/records/RecordEdits.cpp" line="+62"/>
        <source>This record is not in the cache (any more).</source>
        <translation>Dit gegeven staat (niet meer) in de lokale kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application is closed: its wishes and preferences stay as they were when it closed.</source>
        <translation>Deze aanvraag is afgesloten: de wensen en voorkeuren blijven zoals ze waren bij het afsluiten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field &quot;%1&quot; cannot be changed here.</source>
        <translation>Het veld &quot;%1&quot; kan hier niet gewijzigd worden.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/wizard/RecordForm.cpp" line="+48"/>
        <source>A national number has 11 digits.</source>
        <translation>Een rijksregisternummer heeft 11 cijfers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This national number does not exist: check the digits.</source>
        <translation>Dit rijksregisternummer bestaat niet: controleer de cijfers.</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../ui/detail/RecordHtml.cpp" line="+89"/>
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
        <location line="+102"/>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account not in your offline copy</source>
        <translation>een account dat niet in je offline kopie staat</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+82"/>
        <location line="+37"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+82"/>
        <location line="+36"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+115"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="-114"/>
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
        <location line="+68"/>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <location line="-67"/>
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
        <location line="+19"/>
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
        <location line="+10"/>
        <source>This location is no longer in your offline copy.</source>
        <translation>Deze locatie staat niet meer in uw lokale kopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organiser</source>
        <translation>Organisator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinderen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Leeftijden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — to confirm</source>
        <translation>%1 — te bevestigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, updated %2</source>
        <translation>%1, bijgewerkt %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n place(s) from %1, %2, %3</source>
        <translation>
            <numerusform>%n plaats vanaf %1, %2, %3</numerusform>
            <numerusform>%n plaatsen vanaf %1, %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free places</source>
        <translation>Vrije plaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free place reported at the moment.</source>
        <translation>Op dit moment is geen vrije plaats gemeld.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) filled or withdrawn earlier.</source>
        <translation>
            <numerusform>%n plaats eerder ingevuld of ingetrokken.</numerusform>
            <numerusform>%n plaatsen eerder ingevuld of ingetrokken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Behandeld door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing</source>
        <translation>Indiening</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No notes yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Offers</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No offers.</source>
        <translation>Geen aanbod.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For application %1</source>
        <translation>Voor aanvraag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer by %1</source>
        <translation>Antwoorden tegen %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The family accepts</source>
        <translation>Het gezin aanvaardt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The family declines</source>
        <translation>Het gezin weigert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up on %1</source>
        <translation>Opvolgen op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: %1</source>
        <translation>Afhandeling: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency list</source>
        <translation>Noodlijst</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No messages.</source>
        <translation>Geen berichten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template: %1</source>
        <translation>Sjabloon: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the parent</source>
        <translation>Verstuurd naar de ouder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>starts work</source>
        <translation>begint te werken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medical</source>
        <translation>medisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>social</source>
        <translation>sociaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other reason</source>
        <translation>andere reden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>high urgency</source>
        <translation>hoge dringendheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium urgency</source>
        <translation>gemiddelde dringendheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low urgency</source>
        <translation>lage dringendheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency not set</source>
        <translation>dringendheid niet ingevuld</translation>
    </message>
</context>
<context>
    <name>RegionRules</name>
    <message>
        <location filename="../core/store/records/RegionRules.cpp" line="+37"/>
        <source>This is not one of the rule sets Opvangloket knows.</source>
        <translation>Dit is geen set regels die Opvangloket kent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This region is not in your offline copy.</source>
        <translation>Deze regio staat niet in uw lokale kopie.</translation>
    </message>
</context>
<context>
    <name>ResolveEntryDialog</name>
    <message>
        <location filename="../ui/emergency/ResolveEntryDialog.cpp" line="+17"/>
        <source>Take off the emergency list</source>
        <translation>Van de noodlijst halen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How it ended:</source>
        <translation>&amp;Hoe het afliep:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
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
        <location filename="../core/domain/RowValidator.cpp" line="+47"/>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid date (expected YYYY-MM-DD)</source>
        <translation>is geen geldige datum (verwacht: JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid Belgian national number</source>
        <translation>is geen geldig Belgisch rijksregisternummer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must list weekdays with full or half</source>
        <translation>moet weekdagen vermelden met volledig of half</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only mon to fri, each full or half, are allowed</source>
        <translation>alleen maandag tot vrijdag, telkens volledig of half, zijn toegestaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a language code, like nl or fr</source>
        <translation>moet een taalcode zijn, zoals nl of fr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be between 0 and %1</source>
        <translation>moet tussen 0 en %1 liggen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>holds only the known priority grounds</source>
        <translation>bevat alleen de gekende voorrangsgronden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a UUID</source>
        <translation>moet een UUID zijn</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+84"/>
        <source>is not a valid e-mail address</source>
        <translation>is geen geldig e-mailadres</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the ages must lie between 0 and %1 months, the youngest first</source>
        <translation>de leeftijden moeten tussen 0 en %1 maanden liggen, de jongste eerst</translation>
    </message>
    <message>
        <location line="+97"/>
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
        <location line="+19"/>
        <source>must name the parent</source>
        <translation>moet de ouder vermelden</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is required (use &quot;baby&quot; for an expected child)</source>
        <translation>is verplicht (gebruik &quot;baby&quot; voor een verwacht kind)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
        <source>choose at most 5 locations</source>
        <translation>kies hoogstens 5 locaties</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be 1 (high), 2 or 3 (low)</source>
        <translation>moet 1 (hoog), 2 of 3 (laag) zijn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a known priority rule set</source>
        <translation>is geen bekende set voorrangsregels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the location is not in Belgium</source>
        <translation>de locatie ligt niet in België</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose at least one day</source>
        <translation>kies minstens één dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and 100</source>
        <translation>moet tussen 1 en 100 liggen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is required for an offer that is sent</source>
        <translation>is verplicht voor een verstuurd aanbod</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+234"/>
        <source>must be antwerpen, mechelen or turnhout</source>
        <translation>moet antwerpen, mechelen of turnhout zijn</translation>
    </message>
    <message>
        <location filename="../core/domain/ReferenceProblems.h" line="+10"/>
        <location filename="../core/domain/RowValidator.cpp" line="-87"/>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+43"/>
        <location line="+9"/>
        <location line="+15"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lies in another region than this record</source>
        <translation>ligt in een andere regio dan dit dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a child of another parent</source>
        <translation>is een kind van een andere ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not the parent of the application</source>
        <translation>is niet de ouder van de aanvraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a place at another location</source>
        <translation>is een plaats in een andere opvanglocatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an application of another parent</source>
        <translation>is een aanvraag van een andere ouder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must name a referrer&apos;s account</source>
        <translation>moet een gebruiker van een toeleider zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must name a staff account</source>
        <translation>moet een gebruiker van een medewerker zijn</translation>
    </message>
    <message>
        <location filename="../core/domain/PlacementProblems.h" line="+18"/>
        <source>this place was just offered to another family</source>
        <translation>deze plaats werd net aan een ander gezin aangeboden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a place that was withdrawn</source>
        <translation>is een plaats die ingetrokken werd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new offer starts as proposed or sent</source>
        <translation>een nieuw aanbod begint als voorgesteld of verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offer goes from proposed to sent, from sent to accepted, declined or expired, and an open offer may be withdrawn; an answered offer stays as it is</source>
        <translation>een aanbod gaat van voorgesteld naar verstuurd, van verstuurd naar aanvaard, geweigerd of verlopen, en een lopend aanbod mag ingetrokken worden; een beantwoord aanbod blijft zoals het is</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the family can only accept while the application is offered</source>
        <translation>het gezin kan alleen aanvaarden zolang de aanvraag de status aanbod heeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not waiting for a place (it is accepted, placed or closed)</source>
        <translation>wacht niet op een plaats (ze is aanvaard, geplaatst of afgesloten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot change while the offer is sent or accepted; withdraw it and make a new one</source>
        <translation>kan niet veranderen zolang het aanbod verstuurd of aanvaard is; trek het in en maak een nieuw aanbod</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sent or accepted offer is withdrawn, not deleted</source>
        <translation>een verstuurd of aanvaard aanbod wordt ingetrokken, niet verwijderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an application can only be offered while it has a sent offer</source>
        <translation>een aanvraag kan alleen de status aanbod hebben zolang er een verstuurd aanbod is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is below the number of offers sent or accepted for this place</source>
        <translation>is lager dan het aantal verstuurde of aanvaarde aanbiedingen voor deze plaats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this application is on the emergency list already</source>
        <translation>deze aanvraag staat al op de noodlijst</translation>
    </message>
    <message>
        <location filename="../core/domain/InfoSheet.cpp" line="+17"/>
        <location line="+16"/>
        <source>is longer than %1 characters</source>
        <translation>is langer dan %1 tekens</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>must hold the texts of the info sheet</source>
        <translation>moet de teksten van de infofiche bevatten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a field of the info sheet</source>
        <translation>is geen veld van de infofiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>must hold the texts of the info sheet per language</source>
        <translation>moet de teksten van de infofiche per taal bevatten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a language of the info sheet (nl, fr, en)</source>
        <translation>is geen taal van de infofiche (nl, fr, en)</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../ui/allocation/RuleSetDialog.cpp" line="+35"/>
        <source>&amp;Use for this region</source>
        <translation>&amp;Gebruiken voor deze regio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority rules</source>
        <translation>Voorrangsregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The priority rules in plain words</source>
        <translation>De voorrangsregels in gewone woorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set</source>
        <translation>Set regels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region:</source>
        <translation>Regio:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In force from %1 to %2.</source>
        <translation>Van kracht van %1 tot %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force since %1.</source>
        <translation>Van kracht sinds %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen for this region.</source>
        <translation>Gekozen voor deze regio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used because it is in force today (no set was chosen for this region).</source>
        <translation>Gebruikt omdat ze vandaag van kracht is (voor deze regio werd geen set gekozen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who comes first, at each location</source>
        <translation>Wie eerst aan de beurt komt, op elke locatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Families with the same priority are ranked by a lottery: one number per child, drawn once for the whole allocation, so no family is favoured at one location and not at another.</source>
        <translation>Gezinnen met dezelfde voorrang worden gerangschikt door loting: één getal per kind, één keer getrokken voor de hele toewijzing, zodat geen gezin op de ene locatie voorgetrokken wordt en op de andere niet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places kept for some families</source>
        <translation>Plaatsen voorbehouden voor sommige gezinnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the places of each location are kept for %2. Places they do not take go to the other families.</source>
        <translation>%1 van de plaatsen van elke locatie is voorbehouden voor %2. Plaatsen die zij niet innemen, gaan naar de andere gezinnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No priority rule set is in force.</source>
        <translation>Er is geen set voorrangsregels van kracht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the region&apos;s coordinator or an administrator can choose another rule set.</source>
        <translation>Alleen de coördinator van de regio of een beheerder kan een andere set regels kiezen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not changed: %1</source>
        <translation>Niet gewijzigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen. The next joint allocation of this region uses these rules once the change is sent.</source>
        <translation>Gekozen. De volgende gezamenlijke toewijzing van deze regio gebruikt deze regels zodra de wijziging verstuurd is.</translation>
    </message>
</context>
<context>
    <name>SearchHitText</name>
    <message>
        <location filename="../ui/search/SearchHitText.cpp" line="+30"/>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>born %1</source>
        <translation>geboren op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>verwacht op %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent %1</source>
        <translation>ouder %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and at least %1 more: type more to narrow the search</source>
        <translation>en minstens %1 meer: typ verder om de zoekopdracht te verfijnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n more: type more to narrow the search</source>
        <translation>
            <numerusform>en nog %n: typ verder om de zoekopdracht te verfijnen</numerusform>
            <numerusform>en nog %n: typ verder om de zoekopdracht te verfijnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “%1”. Search by name, application number, national number, phone, e-mail or postcode.</source>
        <translation>Niets gevonden voor “%1”. Zoek op naam, aanvraagnummer, rijksregisternummer, telefoon, e-mail of postcode.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../ui/search/SearchPopup.cpp" line="+25"/>
        <location line="+12"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+33"/>
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
        <location line="+69"/>
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
    <message>
        <location line="+81"/>
        <source>Sign in with %1</source>
        <translation>Aanmelden met %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Continue in your browser: sign in at %1. This window waits for it.</source>
        <translation>Ga verder in uw browser: meld u aan bij %1. Dit venster wacht daarop.</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../ui/signin/SignOutDialog.cpp" line="+14"/>
        <location line="+12"/>
        <location line="+35"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sign out %1 on this PC? The next start asks for the password again.</source>
        <translation>%1 afmelden op deze pc? Bij de volgende start wordt het wachtwoord opnieuw gevraagd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also &amp;remove this account&apos;s data from this PC (the offline copy and the application being filed)</source>
        <translation>Ook de gegevens van deze account van deze pc &amp;verwijderen (de lokale kopie en de aanvraag in opmaak)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel and synchronise first to send them.</source>
        <translation>Annuleer en synchroniseer eerst om ze te versturen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are sent once the PC is online again, if the data stays.</source>
        <translation>Ze worden verstuurd zodra de pc weer online is, als de gegevens blijven.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n change(s) made on this PC were not sent to the server yet. They will be lost.</source>
        <translation>
            <numerusform>%n wijziging op deze pc is nog niet naar de server verstuurd. Ze gaat verloren.</numerusform>
            <numerusform>%n wijzigingen op deze pc zijn nog niet naar de server verstuurd. Ze gaan verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were not sent yet; they stay on this PC and are sent at the next sign-in.</source>
        <translation>
            <numerusform>%n wijziging is nog niet verstuurd; ze blijft op deze pc en wordt verstuurd bij de volgende aanmelding.</numerusform>
            <numerusform>%n wijzigingen zijn nog niet verstuurd; ze blijven op deze pc en worden verstuurd bij de volgende aanmelding.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sign out and lose %n change(s)</source>
        <translation>
            <numerusform>Afmelden en %n wijziging verliezen</numerusform>
            <numerusform>Afmelden en %n wijzigingen verliezen</numerusform>
        </translation>
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
        <location line="+47"/>
        <source>Last sync: never</source>
        <translation>Laatste synchronisatie: nooit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation type="vanished">Laatste synchronisatie: %1 %2</translation>
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
        <location line="+23"/>
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
        <location line="+6"/>
        <source>Offline — data as of %1</source>
        <translation>Offline — gegevens van %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline — nothing synced yet</source>
        <translation>Offline — nog niets gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync stopped</source>
        <translation>Synchronisatie gestopt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../ui/detail/StatusChangeDialog.cpp" line="+30"/>
        <source>Change the state</source>
        <translation>De status wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New state</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the application is closed</source>
        <translation>Waarom de aanvraag afgesloten wordt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: the family moved away</source>
        <translation>Bijvoorbeeld: het gezin is verhuisd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent declined the place</source>
        <translation>De ouder heeft de plaats geweigerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer expired without an answer</source>
        <translation>Het aanbod is verlopen zonder antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the offer ends</source>
        <translation>Waarom het aanbod afloopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More about it (optional)</source>
        <translation>Meer uitleg (optioneel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;More:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New state:</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Give the reason first.</source>
        <translation>Geef eerst de reden op.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/wizard/SummaryPage.cpp" line="+34"/>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this to the parent. Go back to change anything.</source>
        <translation>Lees dit voor aan de ouder. Ga terug om iets te wijzigen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Update application</source>
        <translation>Aanvraag &amp;bijwerken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Submit application</source>
        <translation>Aanvraag &amp;indienen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be filed yet: %1</source>
        <translation>Dit kan nog niet ingediend worden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back and correct what is listed in red.</source>
        <translation>Ga terug en verbeter wat in het rood staat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The application was not filed: %1</source>
        <translation>De aanvraag is niet ingediend: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Childcare should start on %1, up to %n week(s) earlier or later, on %2.</source>
        <translation>
            <numerusform>De opvang moet starten op %1, tot %n week vroeger of later, op %2.</numerusform>
            <numerusform>De opvang moet starten op %1, tot %n weken vroeger of later, op %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are updating application %1 of %2.</source>
        <translation>Je werkt aanvraag %1 van %2 bij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are filing an application for %1, %2.</source>
        <translation>Je dient een aanvraag in voor %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent is %1, who is new and will be added.</source>
        <translation>De ouder is %1; die is nieuw en wordt toegevoegd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent is %1.</source>
        <translation>De ouder is %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is new and will be added.</source>
        <translation>Het kind is nieuw en wordt toegevoegd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred locations, most wanted first:</source>
        <translation>Voorkeurlocaties, de liefste eerst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priority criteria are claimed.</source>
        <translation>Er wordt geen voorrang gevraagd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority claimed, confirmed by the parent&apos;s sworn statement:</source>
        <translation>Gevraagde voorrang, bevestigd met een verklaring op eer van de ouder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You file this as a referrer; the counter follows it up.</source>
        <translation>Je dient dit in als toeleider; het loket volgt het verder op.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed at the counter.</source>
        <translation>Ingediend aan het loket.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is saved on this computer at once and sent to the server at the next sync.</source>
        <translation>De aanvraag wordt meteen op deze computer bewaard en bij de volgende synchronisatie naar de server gestuurd.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+239"/>
        <source>The server does not have changes this computer sent to it earlier, and did not say it was restored. Ask an administrator to check the server.</source>
        <translation>De server heeft wijzigingen niet die deze computer eerder stuurde, en meldt niet dat hij hersteld werd. Vraag een beheerder de server na te kijken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>The sync state cannot be written.</source>
        <translation>De synchronisatiestatus kan niet weggeschreven worden.</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <location filename="../ui/common/SyncProgressText.cpp" line="+18"/>
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
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../core/sync/TlsTrust.cpp" line="+18"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Het CA-bestand %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Het CA-bestand %1 bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server&apos;s certificate is made out to another host name than &quot;%1&quot;: this may not be the Opvangloket server you meant.</source>
        <translation>Het certificaat van de server is uitgeschreven op een andere hostnaam dan &quot;%1&quot;: dit is misschien niet de Opvangloket-server die u bedoelt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has expired (on %1); its administrator must renew it.</source>
        <translation>Het certificaat van de server is verlopen (op %1); de beheerder moet het vernieuwen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not valid yet; check the date and time of this computer.</source>
        <translation>Het certificaat van de server is nog niet geldig; controleer de datum en het uur van deze computer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust (unknown issuer); ask the administrator for the CA file (--ca-file).</source>
        <translation>Het certificaat van de server is uitgegeven door een instantie die deze computer niet vertrouwt (onbekende uitgever); vraag de beheerder om het CA-bestand (--ca-file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Het certificaat van de server is ingetrokken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Het certificaat van de server werd geweigerd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to the server failed.</source>
        <translation>De beveiligde verbinding met de server is mislukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server is not safe, so nothing was sent. %1</source>
        <translation>De verbinding met de server is niet veilig, dus er werd niets verstuurd. %1</translation>
    </message>
</context>
<context>
    <name>WishesForm</name>
    <message>
        <location filename="../ui/wizard/WishesForm.cpp" line="+27"/>
        <source>Desired start date</source>
        <translation>Gewenste startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>dag/maand/jaar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flexibility in weeks</source>
        <translation>Flexibiliteit in weken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many weeks earlier or later the start may be.</source>
        <translation>Hoeveel weken vroeger of later de start mag zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired &amp;start</source>
        <translation>Gewenste &amp;start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flexibility</source>
        <translation>&amp;Flexibiliteit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days of care:</source>
        <translation>Opvangdagen:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the date care should start.</source>
        <translation>Vul de datum in waarop de opvang moet starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: type it as day/month/year, like 2/9/2027.</source>
        <translation>Geen datum: typ ze als dag/maand/jaar, zoals 2/9/2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date has passed.</source>
        <translation>Deze datum is voorbij.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date lies before the child&apos;s (expected) birth.</source>
        <translation>Deze datum ligt voor de (verwachte) geboorte van het kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one day.</source>
        <translation>Kies minstens één dag.</translation>
    </message>
</context>
<context>
    <name>WishesPage</name>
    <message>
        <location filename="../ui/wizard/WishesPage.cpp" line="+12"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When should childcare start, and on which days?</source>
        <translation>Wanneer moet de opvang starten, en op welke dagen?</translation>
    </message>
    <message>
        <source>Desired start date</source>
        <translation type="vanished">Gewenste startdatum</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="vanished">dag/maand/jaar</translation>
    </message>
    <message>
        <source>Flexibility in weeks</source>
        <translation type="vanished">Flexibiliteit in weken</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="vanished"> weken</translation>
    </message>
    <message>
        <source>How many weeks earlier or later the start may be.</source>
        <translation type="vanished">Hoeveel weken vroeger of later de start mag zijn.</translation>
    </message>
    <message>
        <source>Desired &amp;start</source>
        <translation type="vanished">Gewenste &amp;start</translation>
    </message>
    <message>
        <source>&amp;Flexibility</source>
        <translation type="vanished">&amp;Flexibiliteit</translation>
    </message>
    <message>
        <source>Days of care:</source>
        <translation type="vanished">Opvangdagen:</translation>
    </message>
    <message>
        <source>Give the date care should start.</source>
        <translation type="vanished">Vul de datum in waarop de opvang moet starten.</translation>
    </message>
    <message>
        <source>Not a date: type it as day/month/year, like 2/9/2027.</source>
        <translation type="vanished">Geen datum: typ ze als dag/maand/jaar, zoals 2/9/2027.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation type="vanished">Deze datum is voorbij.</translation>
    </message>
    <message>
        <source>This date lies before the child&apos;s (expected) birth.</source>
        <translation type="vanished">Deze datum ligt voor de (verwachte) geboorte van het kind.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Kies minstens één dag.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message numerus="yes">
        <location filename="../ui/wizard/WizardText.cpp" line="+31"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n maand</numerusform>
            <numerusform>%n maanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1½ years</source>
        <translation>%1½ jaar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>age range not given</source>
        <translation>leeftijd niet opgegeven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from birth to %1</source>
        <translation>van geboorte tot %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group care</source>
        <translation>groepsopvang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family care (childminder)</source>
        <translation>gezinsopvang (onthaalouder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind not given</source>
        <translation>soort niet opgegeven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>price depends on income</source>
        <translation>inkomensgerelateerd tarief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed price, not income-related</source>
        <translation>vrije prijs, niet inkomensgerelateerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tariff not given</source>
        <translation>tarief niet opgegeven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 km</source>
        <translation>ongeveer %1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full day</source>
        <translation>volledige dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half day</source>
        <translation>halve dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no care</source>
        <translation>geen opvang</translation>
    </message>
</context>
</TS>
