<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountClient</name>
    <message>
        <location filename="../core/sync/AccountClient.cpp" line="+76"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 64 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the roles.</source>
        <translation>Choisissez l&apos;un des rôles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one region.</source>
        <translation>Choisissez au moins une région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valable.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Un nom compte au plus %n caractère.</numerusform>
            <numerusform>Un nom compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account has no e-mail address to send the password to.</source>
        <translation>Le compte n&apos;a pas d&apos;adresse e-mail à laquelle envoyer le mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An organisation has at most %n characters.</source>
        <translation>
            <numerusform>Une organisation compte au plus %n caractère.</numerusform>
            <numerusform>Une organisation compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not accept this account (%1).</source>
        <translation>Le serveur n&apos;a pas accepté ce compte (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server cannot be reached: accounts are managed online only. Try again when the connection is back.</source>
        <translation>Le serveur est injoignable : les comptes se gèrent uniquement en ligne. Réessayez quand la connexion est rétablie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is the last active administrator. Make another account administrator first.</source>
        <translation>C&apos;est le dernier administrateur actif. Faites d&apos;abord d&apos;un autre compte un administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user name is taken already. Choose another one.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris. Choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server sends no e-mail. Nothing was changed: try again without sending by e-mail, and hand the password over yourself.</source>
        <translation>Ce serveur n&apos;envoie pas d&apos;e-mails. Rien n&apos;a été modifié : réessayez sans envoi par e-mail et remettez vous-même le mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own account is deactivated: you cannot manage accounts.</source>
        <translation>Votre propre compte est désactivé : vous ne pouvez pas gérer de comptes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your own password first (Change my password…).</source>
        <translation>Choisissez d&apos;abord votre propre mot de passe (Changer mon mot de passe…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not do this. An administrator manages every account; a coordinator manages only the accounts of its own regions, grants only those regions and never the administrator role.</source>
        <translation>Vous ne pouvez pas faire ceci. Un administrateur gère tous les comptes ; un coordinateur gère seulement les comptes de ses propres régions, n&apos;attribue que ces régions et jamais le rôle d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account does not exist any more. Refresh the list.</source>
        <translation>Ce compte n&apos;existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has ended: sign in again.</source>
        <translation>Votre session a pris fin : reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it (error %1). Try again later.</source>
        <translation>Le serveur n&apos;a pas pu le faire (erreur %1). Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>AccountDataRemoval</name>
    <message>
        <location filename="../core/store/cache/AccountDataRemoval.cpp" line="+32"/>
        <source>Some files could not be removed (%1). Close every Opvangloket window and try again.</source>
        <translation>Certains fichiers n’ont pas pu être supprimés (%1). Fermez toutes les fenêtres d’Opvangloket et réessayez.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../ui/accounts/AccountDialog.cpp" line="+49"/>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions:</source>
        <translation>Régions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to this e-mail address</source>
        <translation>Envoyer le mot de passe à usage unique à cette adresse e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An administrator works in every region.</source>
        <translation>Un administrateur travaille dans toutes les régions.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Type a user name.</source>
        <translation>Tapez un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name has 2 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Un nom d&apos;utilisateur compte de 2 à 64 lettres, chiffres, points, tirets ou traits de soulignement.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Un nom compte au plus %n caractère.</numerusform>
            <numerusform>Un nom compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;adresse e-mail n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role.</source>
        <translation>Choisissez un rôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one region.</source>
        <translation>Choisissez au moins une région.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An organisation has at most %n characters.</source>
        <translation>
            <numerusform>Une organisation compte au plus %n caractère.</numerusform>
            <numerusform>Une organisation compte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../ui/accounts/AccountsModel.cpp" line="+71"/>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, one-time password</source>
        <translation>Actif, mot de passe à usage unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/accounts/AccountsView.cpp" line="+74"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>As an administrator you manage every account.</source>
        <translation>En tant qu&apos;administrateur, vous gérez tous les comptes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As a coordinator you manage the accounts of your regions (%1), administrators excepted.</source>
        <translation>En tant que coordinateur, vous gérez les comptes de vos régions (%1), sauf ceux des administrateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator or a coordinator manages accounts.</source>
        <translation>Seul un administrateur ou un coordinateur gère les comptes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by user name, name, role, region or organisation</source>
        <translation>Filtrer par nom d&apos;utilisateur, nom, rôle, région ou organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign out everywhere…</source>
        <translation>Déconnecter &amp;partout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the accounts from the server…</source>
        <translation>Lecture des comptes sur le serveur…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n account(s)</source>
        <translation>
            <numerusform>%1 sur %n compte</numerusform>
            <numerusform>%1 sur %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The account %1 was made.</source>
        <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 was saved.</source>
        <translation>Le compte %1 a été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The one-time password of %1 was sent to their e-mail address.</source>
        <translation>Le mot de passe à usage unique de %1 a été envoyé à son adresse e-mail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail could not be sent: the one-time password of %1 is shown instead.</source>
        <translation>L&apos;e-mail n&apos;a pas pu être envoyé : le mot de passe à usage unique de %1 est affiché à la place.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending to the server…</source>
        <translation>Envoi au serveur…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Deactivate the account %1? It can no longer sign in, and its sessions stop working at once. You can reactivate it later.</source>
        <translation>Désactiver le compte %1 ? Il ne peut plus se connecter et ses sessions cessent aussitôt de fonctionner. Vous pourrez le réactiver plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is your own account: you will be signed out and cannot undo it yourself.</source>
        <translation>C&apos;est votre propre compte : vous serez déconnecté et ne pourrez pas l&apos;annuler vous-même.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is deactivated.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 can sign in again.</source>
        <translation>Le compte %1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset and show the password</source>
        <translation>Réinitialiser et afficher le mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and send it by e-mail</source>
        <translation>Réinitialiser et l&apos;envoyer par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account %1 a new one-time password? Its current password stops working and every session of it ends at once.</source>
        <translation>Donner un nouveau mot de passe à usage unique au compte %1 ? Son mot de passe actuel cesse de fonctionner et toutes ses sessions prennent fin aussitôt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account %1 has a new one-time password.</source>
        <translation>Le compte %1 a un nouveau mot de passe à usage unique.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign the account %1 out on every computer? Its password stays; it must sign in again.</source>
        <translation>Déconnecter le compte %1 sur chaque ordinateur ? Son mot de passe reste ; il doit se reconnecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out everywhere</source>
        <translation>Déconnecter partout</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The account %1 was signed out: %n session(s) ended.</source>
        <translation>
            <numerusform>Le compte %1 a été déconnecté : %n session terminée.</numerusform>
            <numerusform>Le compte %1 a été déconnecté : %n sessions terminées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <location filename="../ui/allocation/AllocationDialog.cpp" line="+49"/>
        <source>Joint allocation</source>
        <translation>Attribution conjointe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A joint allocation needs a connection to the server: it works with the whole region&apos;s data.</source>
        <translation>Une attribution conjointe a besoin d’une connexion au serveur : elle travaille avec les données de toute la région.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>drawn by the server</source>
        <translation>tiré par le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Lottery seed</source>
        <translation>Graine du tirage au sort</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The same seed on the same data gives the same result: give an earlier run&apos;s seed to repeat it.</source>
        <translation>La même graine sur les mêmes données donne le même résultat : indiquez la graine d’un tour précédent pour le répéter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make a draft</source>
        <translation>&amp;Faire un projet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority rules…</source>
        <translation>&amp;Règles de priorité…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lottery seed:</source>
        <translation>Graine du tirage :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs of this region, newest first:</source>
        <translation>Tours de cette région, du plus récent au plus ancien :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Families answer by</source>
        <translation>Réponse des familles avant le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm into offers</source>
        <translation>&amp;Confirmer en propositions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on the &amp;emergency list…</source>
        <translation>Inscrire sur la liste d’&amp;urgence…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For an urgent family this run left without a place</source>
        <translation>Pour une famille urgente restée sans place dans ce tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Families answer by:</source>
        <translation>Réponse des familles avant le :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server cannot be reached: try again when the connection is back.</source>
        <translation>Le serveur est injoignable : réessayez quand la connexion sera revenue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the region&apos;s coordinator or an administrator can run, confirm or discard a joint allocation.</source>
        <translation>Seul le coordinateur de la région ou un administrateur peut faire, confirmer ou abandonner une attribution conjointe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something changed since this draft (an application or a free place, or a seat was offered by hand). Nothing was sent: make a new draft.</source>
        <translation>Quelque chose a changé depuis ce projet (une demande, une place libre, ou une place proposée à la main). Rien n’a été envoyé : faites un nouveau projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This run was confirmed or discarded already.</source>
        <translation>Ce tour a déjà été confirmé ou abandonné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la demande : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it: %1</source>
        <translation>Le serveur n’a pas pu le faire : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>another account</source>
        <translation>un autre compte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 of %2 placed</source>
        <translation>%1 sur %2 avec une place</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server is making the draft…</source>
        <translation>Le serveur prépare le projet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft made. Nothing changes for the families until you confirm it.</source>
        <translation>Projet prêt. Rien ne change pour les familles tant que vous ne le confirmez pas.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n offer(s) sent; the families get their mail.</source>
        <translation>
            <numerusform>%n proposition envoyée ; la famille reçoit un courriel.</numerusform>
            <numerusform>%n propositions envoyées ; les familles reçoivent un courriel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n family(ies) without a place need care soon or have social reasons and are not on the emergency list yet: &quot;Urgent, not on the emergency list&quot; shows them.</source>
        <translation>
            <numerusform>%n famille sans place a besoin d’accueil bientôt ou a des raisons sociales et n’est pas encore sur la liste d’urgence : « Urgentes, pas sur la liste d’urgence » l’affiche.</numerusform>
            <numerusform>%n familles sans place ont besoin d’accueil bientôt ou ont des raisons sociales et ne sont pas encore sur la liste d’urgence : « Urgentes, pas sur la liste d’urgence » les affiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a place and urgent (start soon or social reasons), not on the emergency list yet: %1.</source>
        <translation type="vanished">Sans place et urgentes (début proche ou raisons sociales), pas encore sur la liste d’urgence : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sending the offers…</source>
        <translation>Envoi des propositions…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft discarded. Only the audit trail keeps it.</source>
        <translation>Projet abandonné. Seul le journal d’audit le garde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Application %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not put on the emergency list: %1</source>
        <translation>Pas inscrite sur la liste d’urgence : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put on the emergency list; it is sent with the next synchronisation.</source>
        <translation>Inscrite sur la liste d’urgence ; c’est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the allocation</source>
        <translation>Exporter l’attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n application(s) exported.</source>
        <translation>
            <numerusform>%n demande exportée.</numerusform>
            <numerusform>%n demandes exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
</context>
<context>
    <name>AllocationDraftView</name>
    <message>
        <location filename="../ui/allocation/AllocationDraftView.cpp" line="+61"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Attribuées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept for priority</source>
        <translation>Réservées à la priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of those taken</source>
        <translation>Dont occupées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given to</source>
        <translation>Attribuées à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per application</source>
        <translation>Par demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per location</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All applications</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a place</source>
        <translation>Avec une place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a place</source>
        <translation>Sans place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent, not on the emergency list</source>
        <translation>Urgentes, pas sur la liste d’urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number, child or location</source>
        <translation>Numéro, enfant ou lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the allocation</source>
        <translation>Rechercher dans l’attribution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lottery</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No allocation shown. Make a draft, or choose an earlier run.</source>
        <translation>Aucune attribution affichée. Faites un projet, ou choisissez un tour précédent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(a location not in your offline copy)</source>
        <translation>(un lieu absent de votre copie locale)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 applications, %2 places (%3 seats): %4 get a place, %5 do not.</source>
        <translation>%1 demandes, %2 offres de places (%3 places) : %4 obtiennent une place, %5 non.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats kept for priority families: %1, of which %2 taken and %3 given to others.</source>
        <translation>Places réservées aux familles prioritaires : %1, dont %2 occupées et %3 données à d’autres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules: %1 · lottery seed %2</source>
        <translation>Règles : %1 · graine du tirage %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no place</source>
        <translation>pas de place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (kept for priority)</source>
        <translation>%1 (place réservée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(not in your copy)</source>
        <translation>(absent de votre copie)</translation>
    </message>
</context>
<context>
    <name>AnonymisationDialog</name>
    <message>
        <location filename="../ui/privacy/AnonymisationDialog.cpp" line="+52"/>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data of families that no longer need the counter is removed after the period set here: names, national numbers, contact details, addresses, notes and message texts. Dates, states, postcodes, municipalities and priority grounds stay for the statistics.</source>
        <translation>Les données personnelles des familles qui n&apos;ont plus besoin du guichet sont supprimées après le délai fixé ici : noms, numéros de registre national, coordonnées, adresses, notes et textes des messages. Les dates, statuts, codes postaux, communes et motifs de priorité restent pour les statistiques.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts what would change, without changing anything.</source>
        <translation>Compte ce qui changerait, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anonymisation needs a connection to the server: only the server sees every family.</source>
        <translation>L&apos;anonymisation nécessite une connexion au serveur : seul le serveur voit toutes les familles.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families, after their last application closed:</source>
        <translation>Familles, après la clôture de leur dernière demande :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message texts, after they were sent:</source>
        <translation>Textes des messages, après leur envoi :</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The server cannot be reached: try again when the connection is back.</source>
        <translation>Le serveur est injoignable : réessayez quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator can anonymise personal data or change how long it is kept.</source>
        <translation>Seul un administrateur peut anonymiser des données personnelles ou modifier leur durée de conservation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la demande : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not do it: %1</source>
        <translation>Le serveur n&apos;a pas pu le faire : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n family(ies) (parents)</source>
        <translation>
            <numerusform>%n famille (parent)</numerusform>
            <numerusform>%n familles (parents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emergency list entry(ies)</source>
        <translation>
            <numerusform>%n inscription sur la liste d&apos;urgence</numerusform>
            <numerusform>%n inscriptions sur la liste d&apos;urgence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n offer(s)</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Families whose applications all closed before %1; messages sent before %2.</source>
        <translation>Familles dont toutes les demandes ont été clôturées avant le %1 ; messages envoyés avant le %2.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved: these periods are the region&apos;s from now on.</source>
        <translation>Enregistré : ces délais s&apos;appliquent désormais à la région.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>This cannot be undone. %n record(s) lose their personal data for good:</source>
        <translation>
            <numerusform>Cette opération est irréversible. %n enregistrement perd ses données personnelles définitivement :</numerusform>
            <numerusform>Cette opération est irréversible. %n enregistrements perdent leurs données personnelles définitivement :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anonymise them now?</source>
        <translation>Les anonymiser maintenant ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymising…</source>
        <translation>Anonymisation en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>A run with these settings would change %n record(s):</source>
        <translation>
            <numerusform>Avec ces réglages, %n enregistrement changerait :</numerusform>
            <numerusform>Avec ces réglages, %n enregistrements changeraient :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Anonymised: %n record(s) changed.</source>
        <translation>
            <numerusform>Anonymisé : %n enregistrement modifié.</numerusform>
            <numerusform>Anonymisé : %n enregistrements modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed yet. Check the numbers, then choose &quot;Anonymise…&quot;.</source>
        <translation>Rien n&apos;a encore été modifié. Vérifiez les nombres, puis choisissez « Anonymiser… ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to anonymise with these settings.</source>
        <translation>Rien à anonymiser avec ces réglages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed records reach every computer at its next synchronisation.</source>
        <translation>Les enregistrements modifiés arrivent sur chaque ordinateur à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ApiResult</name>
    <message>
        <location filename="../core/sync/ApiResult.cpp" line="+10"/>
        <source>The server cannot be reached (%1).</source>
        <translation>Le serveur est injoignable (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with error %1.</source>
        <translation>Le serveur a répondu avec l&apos;erreur %1.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+60"/>
        <source>Could not start Opvangloket: %1</source>
        <translation>Opvangloket n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Choose your own password</source>
        <translation>Choisissez votre propre mot de passe</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>No sync finished within %1 seconds; no screenshot taken.</source>
        <translation>Aucune synchronisation terminée en %1 secondes ; pas de capture d&apos;écran.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not save the screenshot to %1.</source>
        <translation>Impossible d&apos;enregistrer la capture d&apos;écran dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first sync failed; the screenshot shows the offline copy.</source>
        <translation>La première synchronisation a échoué ; la capture d&apos;écran montre la copie hors ligne.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../ui/startup/AppOptions.cpp" line="+12"/>
        <source>Opvangloket — the desktop client for the local childcare counter.</source>
        <translation>Opvangloket — le client de bureau du guichet local de l&apos;accueil de la petite enfance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server address, e.g. https://opvangloket.example.be.</source>
        <translation>Adresse du serveur, p. ex. https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the offline copy and settings.</source>
        <translation>Dossier de la copie hors ligne et des paramètres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM file of the certificate authority that issued the server&apos;s certificate, trusted beside the system&apos;s; remembered in the profile.</source>
        <translation>Fichier PEM de l&apos;autorité de certification qui a émis le certificat du serveur, reconnue en plus de celles du système ; mémorisé dans le profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name to sign in with.</source>
        <translation>Nom d&apos;utilisateur pour la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the password from standard input; nothing is stored in the keychain.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard ; rien n&apos;est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part to open: %1.</source>
        <translation>Partie à ouvrir : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of the window after the first sync, then quit.</source>
        <translation>Enregistrer une capture de la fenêtre après la première synchronisation, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the window: nl, fr or en.</source>
        <translation>Langue de l&apos;interface : nl, fr ou en.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type TEXT in the global search once the window shows (with --screenshot, the picture shows its results).</source>
        <translation>Saisir TEXT dans la recherche globale dès l&apos;affichage de la fenêtre (avec --screenshot, la capture en montre les résultats).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server address &quot;%1&quot; is not valid.</source>
        <translation>L&apos;adresse du serveur « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA file &quot;%1&quot; cannot be read.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin needs --user.</source>
        <translation>--password-stdin nécessite --user.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown view &quot;%1&quot;; choose one of: %2.</source>
        <translation>Vue « %1 » inconnue ; choisissez parmi : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown language &quot;%1&quot;; choose nl, fr or en.</source>
        <translation>Langue « %1 » inconnue ; choisissez nl, fr ou en.</translation>
    </message>
</context>
<context>
    <name>ApplicationActions</name>
    <message>
        <location filename="../core/store/records/ApplicationActions.cpp" line="+46"/>
        <location line="+42"/>
        <location line="+23"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Cette demande ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The application cannot go to that state from the state it is in now.</source>
        <translation>La demande ne peut pas passer à ce statut depuis son statut actuel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say why the application is closed.</source>
        <translation>Indiquez pourquoi la demande est clôturée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say whether the offer was declined or expired.</source>
        <translation>Indiquez si l&apos;offre a été refusée ou a expiré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The parent declined the offered place.</source>
        <translation>Le parent a refusé la place proposée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offered place expired without an answer.</source>
        <translation>La place proposée a expiré sans réponse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only an active counter worker or coordinator of the application&apos;s region can take it.</source>
        <translation>Seul un collaborateur du guichet ou un coordinateur actif de la région de la demande peut la prendre en charge.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la note.</translation>
    </message>
</context>
<context>
    <name>ApplicationFiling</name>
    <message>
        <location filename="../core/store/records/ApplicationFiling.cpp" line="+60"/>
        <source>this child already has application %1 in this region; update it instead</source>
        <translation>cet enfant a déjà la demande %1 dans cette région ; mettez-la plutôt à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the application to update is no longer there</source>
        <translation>la demande à mettre à jour n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>ApplicationWizard</name>
    <message>
        <location filename="../ui/wizard/ApplicationWizard.cpp" line="+42"/>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(%1, saved %2)</source>
        <translation>(%1, enregistrée le %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no name yet</source>
        <translation>pas encore de nom</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
</context>
<context>
    <name>ApplicationWizardPage</name>
    <message>
        <location filename="../ui/wizard/ApplicationWizardPage.cpp" line="+32"/>
        <source>To go on: %1</source>
        <translation>Pour continuer : %1</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <location filename="../ui/applications/ApplicationsModel.cpp" line="+14"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired start</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Introduite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not yet numbered)</source>
        <translation>(pas encore numérotée)</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message numerus="yes">
        <location filename="../ui/applications/ApplicationsView.cpp" line="+15"/>
        <source>%Ln application(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, number, phone or postcode… (Ctrl+F)</source>
        <translation>Nom, numéro, téléphone ou code postal… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by the child&apos;s or parent&apos;s name (accents optional), application number, national number, phone in any notation, postcode or e-mail.</source>
        <translation>Recherchez par nom de l&apos;enfant ou du parent (accents facultatifs), numéro de demande, numéro de registre national, téléphone dans n&apos;importe quelle notation, code postal ou e-mail.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>applications</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>demandes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../ui/detail/AssignDialog.cpp" line="+12"/>
        <source>Assign the application</source>
        <translation>Attribuer la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Handled by:</source>
        <translation>&amp;Traitée par :</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+19"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Record kind</source>
        <translation>Type</translation>
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
        <translation>Région</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action code</source>
        <translation>Code d&apos;action</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../ui/audit/AuditFilterBar.cpp" line="+25"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whose actions to show</source>
        <translation>Afficher les actions d&apos;une personne ou de tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which kind of action to show</source>
        <translation>Quel type d&apos;action afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which kind of record the event is about</source>
        <translation>Le type de dossier concerné par l&apos;événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record id</source>
        <translation>id du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the events of one record: paste its id here (the Record column shows it when you point at it)</source>
        <translation>Seulement les événements d&apos;un dossier : collez ici son id (la colonne Dossier l&apos;affiche au survol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Id du dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/audit/AuditText.cpp" line="+57"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change in conflict</source>
        <translation>Modification en conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change to a record no longer there</source>
        <translation>Modification d&apos;un dossier qui n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change sent twice</source>
        <translation>Modification envoyée deux fois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Connexion échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session renewed</source>
        <translation>Session prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old sign-in token used again</source>
        <translation>Ancien jeton de connexion réutilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Propre mot de passe modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed as a consequence</source>
        <translation>Modifié automatiquement par conséquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (CSV)</source>
        <translation>Exporté (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported (PDF)</source>
        <translation>Exporté (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account changed</source>
        <translation>Compte modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account enabled</source>
        <translation>Compte activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out everywhere</source>
        <translation>Déconnecté partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password set by the operator</source>
        <translation>Mot de passe défini par l&apos;exploitant du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password mail failed</source>
        <translation>Envoi du mot de passe échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymisation tried (dry run)</source>
        <translation>Anonymisation simulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old data anonymised</source>
        <translation>Anciennes données anonymisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention changed</source>
        <translation>Durée de conservation modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation draft made</source>
        <translation>Projet d&apos;attribution créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation confirmed</source>
        <translation>Attribution confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation discarded</source>
        <translation>Attribution abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer from the allocation</source>
        <translation>Offre issue de l&apos;attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server restored from a backup</source>
        <translation>Serveur restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old deletions cleaned up</source>
        <translation>Anciennes suppressions nettoyées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data</source>
        <translation>Données démo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency list entry</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free place</source>
        <translation>Place libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation run</source>
        <translation>Tour d&apos;attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted records</source>
        <translation>Dossiers supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymisation</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>wrong password</source>
        <translation>mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown user name</source>
        <translation>nom d&apos;utilisateur inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many failed attempts</source>
        <translation>trop de tentatives échouées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft discarded</source>
        <translation>projet abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo family filed</source>
        <translation>famille de démonstration inscrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo places settled</source>
        <translation>places de démonstration ajustées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo places fitted to waiting families</source>
        <translation>places de démonstration ajustées aux familles en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the one-time password could not be mailed; it was shown instead</source>
        <translation>le mot de passe à usage unique n&apos;a pas pu être envoyé ; il a été affiché à la place</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made offline on %1</source>
        <translation>hors ligne, le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+21"/>
        <source>%n session(s) ended</source>
        <translation>
            <numerusform>%n session fermée</numerusform>
            <numerusform>%n sessions fermées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n offer(s) sent</source>
        <translation>
            <numerusform>%n offre envoyée</numerusform>
            <numerusform>%n offres envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 applications, %2 matched, rules %3</source>
        <translation>%1 demandes, %2 attribuées, règles %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>one-time password</source>
        <translation>mot de passe à usage unique</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>one-time password sent by mail</source>
        <translation>mot de passe à usage unique envoyé par e-mail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>families closed before %1, messages before %2: %3</source>
        <translation>familles clôturées avant le %1, messages avant le %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>families %1 years, message texts %2 years</source>
        <translation>familles %1 ans, textes des messages %2 ans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>role %1 → %2</source>
        <translation>rôle %1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <location line="+50"/>
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n région</numerusform>
            <numerusform>%n régions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter worker</source>
        <translation>collaborateur du guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referrer</source>
        <translation>orienteur</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../ui/audit/AuditView.cpp" line="+65"/>
        <source>Events loaded</source>
        <translation>Événements chargés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the next, older events from the server</source>
        <translation>Lire les événements suivants, plus anciens, sur le serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the events loaded above as a CSV file (load more first for older ones)</source>
        <translation>Enregistrer les événements chargés dans un fichier CSV (chargez-en d&apos;abord plus pour les plus anciens)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anonymisation…</source>
        <translation>Anonymisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the personal data of families whose applications were all closed long ago</source>
        <translation>Supprimer les données personnelles des familles dont toutes les demandes sont clôturées depuis longtemps</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit events, newest first</source>
        <translation>Événements d&apos;audit, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Allocation draft made</source>
        <translation>Projet d&apos;attribution créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allocation run</source>
        <translation>Tour d&apos;attribution</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The audit log is kept on the server and is read only while connected. You are working offline now: it shows here again once the connection is back.</source>
        <translation>Le journal d&apos;audit est conservé sur le serveur et ne se lit qu&apos;avec une connexion. Vous travaillez hors ligne : il réapparaîtra ici dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server cannot be reached, so the audit log cannot be read now. Try again once the connection is back.</source>
        <translation>Le serveur est injoignable : le journal d&apos;audit ne peut pas être lu maintenant. Réessayez dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your session has ended. Sign in again to read the audit log.</source>
        <translation>Votre session a pris fin. Reconnectez-vous pour lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account may not read the audit log: only administrators and coordinators (for their own region) may.</source>
        <translation>Votre compte ne peut pas lire le journal d&apos;audit : seuls les administrateurs et les coordinateurs (pour leur propre région) le peuvent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept these filters. Check the period, or clear the filters.</source>
        <translation>Le serveur n&apos;a pas accepté ces filtres. Vérifiez la période ou effacez les filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log could not be read (server answer %1). Try again in a moment.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu (réponse du serveur : %1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No events match these filters in this period.</source>
        <translation>Aucun événement ne correspond à ces filtres sur cette période.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s) loaded, newest first; older ones can be loaded</source>
        <translation>
            <numerusform>%n événement chargé, les plus récents d&apos;abord ; il y en a de plus anciens</numerusform>
            <numerusform>%n événements chargés, les plus récents d&apos;abord ; il y en a de plus anciens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s), newest first: all that match</source>
        <translation>
            <numerusform>%n événement, les plus récents d&apos;abord : tous ceux qui correspondent</numerusform>
            <numerusform>%n événements, les plus récents d&apos;abord : tous ceux qui correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>That record is not in your offline copy (another region, or deleted).</source>
        <translation>Ce dossier ne figure pas dans votre copie hors ligne (autre région, ou supprimé).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n event(s) exported</source>
        <translation>
            <numerusform>%n événement exporté</numerusform>
            <numerusform>%n événements exportés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>audit-log</source>
        <translation>journal-audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log was not exported to %1: %2</source>
        <translation>Le journal d&apos;audit n&apos;a pas été exporté vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/signin/ChangePasswordDialog.cpp" line="+19"/>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe, encore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again:</source>
        <translation>Nouveau mot de passe, &amp;encore :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type your current password.</source>
        <translation>Tapez votre mot de passe actuel.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A password has at least %n characters.</source>
        <translation>
            <numerusform>Un mot de passe a au moins %n caractère.</numerusform>
            <numerusform>Un mot de passe a au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be your user name.</source>
        <translation>Le mot de passe ne peut pas être votre nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password other than the current one.</source>
        <translation>Choisissez un mot de passe différent de l’actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the new password twice the same way.</source>
        <translation>Tapez deux fois le même nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server cannot be reached: a password can only be changed online.</source>
        <translation>Le serveur est injoignable : un mot de passe ne se change qu’en ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n’est pas correct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept this password: %1</source>
        <translation>Le serveur n’a pas accepté ce mot de passe : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not changed: %1</source>
        <translation>Le mot de passe n’a pas été changé : %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../ui/dashboard/ChartCard.cpp" line="+69"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the figures as a table (also read by screen readers)</source>
        <translation>Afficher les chiffres en tableau (lisible aussi par les lecteurs d&apos;écran)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+219"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Picture (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures (CSV)…</source>
        <translation>Chiffres (CSV)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt; 5</source>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Click to open these applications</source>
        <translation>Cliquez pour ouvrir ces demandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture could not be written to %1.</source>
        <translation>L&apos;image n&apos;a pas pu être enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PNG picture (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../ui/wizard/ChildForm.cpp" line="+34"/>
        <source>Child&apos;s first name</source>
        <translation>Prénom de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;baby&quot; when the child is not born yet</source>
        <translation>« bébé » si l&apos;enfant n&apos;est pas encore né</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s last name</source>
        <translation>Nom de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected birth date</source>
        <translation>Date de naissance prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year, when not born yet</source>
        <translation>jour/mois/année, si pas encore né(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s national number</source>
        <translation>Numéro de registre national de l&apos;enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or &amp;expected birth date</source>
        <translation>ou date de naissance pré&amp;vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;number</source>
        <translation>Numéro de &amp;registre national</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Give the birth date, or the expected birth date when the child is not born yet.</source>
        <translation>Indiquez la date de naissance, ou la date de naissance prévue si l&apos;enfant n&apos;est pas encore né.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give only one: the birth date or the expected birth date.</source>
        <translation>Indiquez une seule date : la date de naissance ou la date de naissance prévue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date is not a date: type it as day/month/year, like 14/3/2026.</source>
        <translation>La date de naissance n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 14/3/2026.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected birth date is not a date: type it as day/month/year, like 14/3/2027.</source>
        <translation>La date de naissance prévue n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 14/3/2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birth date lies in the future: give it as the expected birth date.</source>
        <translation>La date de naissance se situe dans le futur : indiquez-la comme date de naissance prévue.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>This child is older than %n year(s): childcare is for younger children.</source>
        <translation>
            <numerusform>Cet enfant a plus de %n an : l&apos;accueil de la petite enfance s&apos;adresse aux enfants plus jeunes.</numerusform>
            <numerusform>Cet enfant a plus de %n ans : l&apos;accueil de la petite enfance s&apos;adresse aux enfants plus jeunes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expected birth date has passed: give the birth date if the child is born.</source>
        <translation>La date de naissance prévue est dépassée : indiquez la date de naissance si l&apos;enfant est né.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The expected birth date lies more than %n month(s) ahead.</source>
        <translation>
            <numerusform>La date de naissance prévue se situe à plus de %n mois.</numerusform>
            <numerusform>La date de naissance prévue se situe à plus de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The child is born: the expected birth date is dropped when you save.</source>
        <translation>L’enfant est né : la date de naissance prévue disparaît à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected birth date has passed: give the birth date once the child is born.</source>
        <translation>La date de naissance prévue est passée : indiquez la date de naissance dès que l’enfant est né.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Un numéro de registre national compte 11 chiffres.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Ce numéro de registre national n&apos;existe pas : vérifiez les chiffres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the child&apos;s first name (&quot;baby&quot; when not born yet).</source>
        <translation>Indiquez le prénom de l&apos;enfant (« bébé » s&apos;il n&apos;est pas encore né).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the child&apos;s national number or leave it empty.</source>
        <translation>Corrigez le numéro de registre national de l&apos;enfant ou laissez-le vide.</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../ui/wizard/ChildPage.cpp" line="+33"/>
        <source>born on %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected on %1</source>
        <translation>attendu(e) le %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The child</source>
        <translation>L&apos;enfant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the parent&apos;s children, or add the child. A child that is not born yet gets the expected birth date.</source>
        <translation>Choisissez un des enfants du parent, ou ajoutez l&apos;enfant. Pour un enfant pas encore né, indiquez la date de naissance prévue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One of the parent&apos;s children</source>
        <translation>Un des enfants du parent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parent&apos;s children</source>
        <translation>Les enfants du parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new child</source>
        <translation>Un nouvel enfant</translation>
    </message>
    <message>
        <source>Child&apos;s first name</source>
        <translation type="vanished">Prénom de l&apos;enfant</translation>
    </message>
    <message>
        <source>&quot;baby&quot; when the child is not born yet</source>
        <translation type="vanished">« bébé » si l&apos;enfant n&apos;est pas encore né</translation>
    </message>
    <message>
        <source>Child&apos;s last name</source>
        <translation type="vanished">Nom de l&apos;enfant</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="vanished">Date de naissance</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="vanished">jour/mois/année</translation>
    </message>
    <message>
        <source>Expected birth date</source>
        <translation type="vanished">Date de naissance prévue</translation>
    </message>
    <message>
        <source>day/month/year, when not born yet</source>
        <translation type="vanished">jour/mois/année, si pas encore né(e)</translation>
    </message>
    <message>
        <source>Child&apos;s national number</source>
        <translation type="vanished">Numéro de registre national de l&apos;enfant</translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="vanished">facultatif</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="vanished">&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="vanished">&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="vanished">&amp;Date de naissance</translation>
    </message>
    <message>
        <source>or &amp;expected birth date</source>
        <translation type="vanished">ou date de naissance pré&amp;vue</translation>
    </message>
    <message>
        <source>National &amp;number</source>
        <translation type="vanished">Numéro de &amp;registre national</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Update that application with the wishes, locations and priority entered now</source>
        <translation>&amp;Mettre à jour cette demande avec les souhaits, les lieux et la priorité saisis maintenant</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Parent: %1</source>
        <translation>Parent : %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="vanished">Obligatoire.</translation>
    </message>
    <message>
        <source>Give the birth date, or the expected birth date when the child is not born yet.</source>
        <translation type="vanished">Indiquez la date de naissance, ou la date de naissance prévue si l&apos;enfant n&apos;est pas encore né.</translation>
    </message>
    <message>
        <source>Give only one: the birth date or the expected birth date.</source>
        <translation type="vanished">Indiquez une seule date : la date de naissance ou la date de naissance prévue.</translation>
    </message>
    <message>
        <source>The birth date is not a date: type it as day/month/year, like 14/3/2026.</source>
        <translation type="vanished">La date de naissance n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 14/3/2026.</translation>
    </message>
    <message>
        <source>The expected birth date is not a date: type it as day/month/year, like 14/3/2027.</source>
        <translation type="vanished">La date de naissance prévue n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 14/3/2027.</translation>
    </message>
    <message>
        <source>The birth date lies in the future: give it as the expected birth date.</source>
        <translation type="vanished">La date de naissance se situe dans le futur : indiquez-la comme date de naissance prévue.</translation>
    </message>
    <message numerus="yes">
        <source>This child is older than %n year(s): childcare is for younger children.</source>
        <translation type="vanished">
            <numerusform>Cet enfant a plus de %n an : l&apos;accueil de la petite enfance s&apos;adresse aux enfants plus jeunes.</numerusform>
            <numerusform>Cet enfant a plus de %n ans : l&apos;accueil de la petite enfance s&apos;adresse aux enfants plus jeunes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected birth date has passed: give the birth date if the child is born.</source>
        <translation type="vanished">La date de naissance prévue est dépassée : indiquez la date de naissance si l&apos;enfant est né.</translation>
    </message>
    <message numerus="yes">
        <source>The expected birth date lies more than %n month(s) ahead.</source>
        <translation type="vanished">
            <numerusform>La date de naissance prévue se situe à plus de %n mois.</numerusform>
            <numerusform>La date de naissance prévue se situe à plus de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Un numéro de registre national compte 11 chiffres.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Ce numéro de registre national n&apos;existe pas : vérifiez les chiffres.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(number not given yet)</source>
        <translation>(numéro pas encore attribué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has application %2 in this region (%3). A child has one application per region, so a second one cannot be filed; you can update this one instead.</source>
        <translation>%1 a déjà la demande %2 dans cette région (%3). Un enfant ne peut avoir qu&apos;une demande par région : une deuxième ne peut donc pas être introduite ; vous pouvez plutôt mettre à jour celle-ci.</translation>
    </message>
    <message>
        <source>Give the child&apos;s first name (&quot;baby&quot; when not born yet).</source>
        <translation type="vanished">Indiquez le prénom de l&apos;enfant (« bébé » s&apos;il n&apos;est pas encore né).</translation>
    </message>
    <message>
        <source>Correct the child&apos;s national number or leave it empty.</source>
        <translation type="vanished">Corrigez le numéro de registre national de l&apos;enfant ou laissez-le vide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the child, or choose &quot;A new child&quot;.</source>
        <translation>Choisissez l&apos;enfant, ou choisissez « Un nouvel enfant ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child already has an open application: tick &quot;Update that application&quot;, or choose another child.</source>
        <translation>Cet enfant a déjà une demande ouverte : cochez « Mettre à jour cette demande », ou choisissez un autre enfant.</translation>
    </message>
</context>
<context>
    <name>ClientSession</name>
    <message>
        <location filename="../core/sync/ClientSession.cpp" line="+137"/>
        <source>There is no offline copy for this account yet; connect to the server once first.</source>
        <translation>Il n&apos;y a pas encore de copie hors ligne pour ce compte ; connectez-vous d&apos;abord une fois au serveur.</translation>
    </message>
</context>
<context>
    <name>CompactPageReader</name>
    <message>
        <location filename="../core/protocol/CompactPageReader.cpp" line="+40"/>
        <source>The server sent a page of changes this program cannot read.</source>
        <translation>Le serveur a envoyé une page de modifications que ce programme ne peut pas lire.</translation>
    </message>
</context>
<context>
    <name>CompactUpsert</name>
    <message>
        <location filename="../core/store/write/CompactUpsert.cpp" line="+49"/>
        <source>The cache is not an SQLite database.</source>
        <translation>La copie locale n’est pas une base de données SQLite.</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../ui/conflicts/ComparisonModel.cpp" line="+94"/>
        <source>choose</source>
        <translation>à choisir</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Double-click or press F2 to type another value</source>
        <translation>Double-cliquez ou appuyez sur F2 pour saisir une autre valeur</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine</source>
        <translation>Ma valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theirs (server)</source>
        <translation>Leur valeur (serveur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use</source>
        <translation>Valeur retenue</translation>
    </message>
</context>
<context>
    <name>ComposeMessageDialog</name>
    <message>
        <location filename="../ui/messages/ComposeMessageDialog.cpp" line="+30"/>
        <source>Message to the parent</source>
        <translation>Message au parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the message</source>
        <translation>Langue du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This template cannot be filled in for this parent (%1). Choose another one or write your own message.</source>
        <translation>Ce modèle ne peut pas être complété pour ce parent (%1). Choisissez-en un autre ou rédigez votre propre message.</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../ui/conflicts/ConflictListModel.cpp" line="+73"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <location filename="../ui/conflicts/ConflictText.cpp" line="+20"/>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by the server</source>
        <translation>Refusée par le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted on the server</source>
        <translation>Supprimée sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already exists</source>
        <translation>Existe déjà</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not taken over</source>
        <translation>Non prise en compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You deleted this record, but someone else changed it meanwhile. Delete it anyway, or keep the changed record.</source>
        <translation>Vous avez supprimé cette fiche, mais quelqu&apos;un d&apos;autre l&apos;a modifiée entre-temps. Supprimez-la quand même ou conservez la fiche modifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and someone else changed the same fields. For each field, choose your value, theirs, or type the right one; then resolve. Your other changes were taken over already.</source>
        <translation>Vous et quelqu&apos;un d&apos;autre avez modifié les mêmes champs. Pour chaque champ, choisissez votre valeur, la leur, ou saisissez la bonne ; puis résolvez le conflit. Vos autres modifications ont déjà été prises en compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not allow deleting this record, so it is back in your lists. Discard your deletion to close this.</source>
        <translation>Le serveur n&apos;a pas autorisé la suppression de cette fiche : elle figure donc à nouveau dans vos listes. Abandonnez votre suppression pour clôturer cet élément.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept this new record, so it is not in the shared data. Fix it and send it again, or discard it.</source>
        <translation>Le serveur n&apos;a pas accepté cette nouvelle fiche : elle ne figure donc pas dans les données partagées. Corrigez-la et renvoyez-la, ou abandonnez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept your change. Fix it and send it again, or discard it.</source>
        <translation>Le serveur n&apos;a pas accepté votre modification. Corrigez-la et renvoyez-la, ou abandonnez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You deleted this record, and it had been deleted on the server already. Nothing is lost; discard this to close it.</source>
        <translation>Vous avez supprimé cette fiche, mais elle avait déjà été supprimée sur le serveur. Rien n&apos;est perdu ; abandonnez cet élément pour le clôturer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone deleted this record on the server while you changed it. File it again as a new record with your values, or discard your change.</source>
        <translation>Quelqu&apos;un a supprimé cette fiche sur le serveur pendant que vous la modifiiez. Enregistrez-la à nouveau comme nouvelle fiche avec vos valeurs, ou abandonnez votre modification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server already has a parent with the same national number, shown as &quot;Theirs&quot;. Merge yours into it: your children and applications move to that parent, and fields that are empty there get your values (where both have a value, theirs stays). Or discard yours.</source>
        <translation>Le serveur a déjà un parent avec le même numéro de registre national, affiché sous « Leur valeur ». Fusionnez le vôtre avec lui : vos enfants et demandes passent à ce parent, et les champs vides chez lui reçoivent vos valeurs (là où les deux ont une valeur, la sienne reste). Ou abandonnez le vôtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server already has an open application for this child, shown as &quot;Theirs&quot;. Discard yours; merging two applications will come in a later version of Opvangloket.</source>
        <translation>Le serveur contient déjà une demande ouverte pour cet enfant, affichée sous « Leur valeur ». Abandonnez la vôtre ; la fusion de deux demandes arrivera dans une version ultérieure d&apos;Opvangloket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not take this change over.</source>
        <translation>Le serveur n&apos;a pas pris en compte cette modification.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The parent it names does not exist, or is not in your regions.</source>
        <translation>Le parent auquel il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child it names does not exist, or is not in your regions.</source>
        <translation>L’enfant auquel il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The application it names does not exist, or is not in your regions.</source>
        <translation>La demande à laquelle il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A location it names does not exist, or is not in your regions.</source>
        <translation>Un lieu d’accueil auquel il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free place it names does not exist, or is not in your regions.</source>
        <translation>La place libre à laquelle il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account it names does not exist, or is not in your regions.</source>
        <translation>Le compte auquel il renvoie n’existe pas ou ne fait pas partie de vos régions.</translation>
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
        <translation>Également modifié par quelqu&apos;un d&apos;autre : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your account may not make this change.</source>
        <translation>Votre compte n&apos;est pas autorisé à effectuer cette modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A parent with this national number already exists.</source>
        <translation>Un parent avec ce numéro de registre national existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This application was on the emergency list already; the list keeps that entry.</source>
        <translation>Cette demande figurait déjà sur la liste d&apos;urgence ; la liste garde cette inscription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This child already has an open application.</source>
        <translation>Cet enfant a déjà une demande ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone deleted it while you were changing it.</source>
        <translation>Quelqu&apos;un l&apos;a supprimée pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A record with the same identity already exists on the server.</source>
        <translation>Une fiche avec la même identité existe déjà sur le serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New application for %1</source>
        <translation>Nouvelle demande pour %1</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../ui/conflicts/ConflictsView.cpp" line="+46"/>
        <source>Conflicts and refused changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About this list</source>
        <translation>À propos de cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes of yours that the server did not take over. Nothing is lost: what you typed is kept here until you decide what happens to it.</source>
        <translation>Vos modifications que le serveur n&apos;a pas prises en compte. Rien n&apos;est perdu : ce que vous avez saisi est conservé ici jusqu&apos;à ce que vous décidiez de la suite à y donner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of open entries</source>
        <translation>Nombre d&apos;éléments ouverts</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open conflicts and refused changes</source>
        <translation>Conflits ouverts et modifications refusées</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an entry above to see your values beside the server&apos;s.</source>
        <translation>Sélectionnez un élément ci-dessus pour voir vos valeurs à côté de celles du serveur.</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your values beside the server&apos;s</source>
        <translation>Vos valeurs à côté de celles du serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the chosen values and send them to the server</source>
        <translation>Conserver les valeurs choisies et les envoyer au serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the record on the server after all</source>
        <translation>Supprimer malgré tout la fiche sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix and resend…</source>
        <translation>Corriger et renvoyer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct your values and send them again</source>
        <translation>Corriger vos valeurs et les renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-create…</source>
        <translation>Recréer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File your values again as a new record</source>
        <translation>Enregistrer à nouveau vos valeurs comme nouvelle fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into the existing parent</source>
        <translation>Fusionner avec le parent existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move your children and applications to the parent the server has, and fill in the fields that are empty there</source>
        <translation>Déplacer vos enfants et demandes vers le parent du serveur, et remplir les champs vides chez lui</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+166"/>
        <source>Discard mine</source>
        <translation>Abandonner ma modification</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Drop your change and keep what the server has</source>
        <translation>Abandonner votre modification et conserver les données du serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to decide: every change you made has reached the server.</source>
        <translation>Rien à décider : toutes vos modifications sont arrivées sur le serveur.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The existing parent was last changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>Le parent existant a été modifié en dernier sur le serveur par %1 à %2 (version %3). Constaté lors de l&apos;envoi le %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their application was last changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>Leur demande a été modifiée en dernier sur le serveur par %1 à %2 (version %3). Constaté lors de l&apos;envoi le %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed on the server by %1 at %2 (version %3). Noticed when sending on %4.</source>
        <translation>Modifié sur le serveur par %1 à %2 (version %3). Constaté lors de l&apos;envoi le %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Noticed when sending on %1.</source>
        <translation>Constaté lors de l&apos;envoi du %1.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The server said:</source>
        <translation>Réponse du serveur :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep theirs</source>
        <translation>Conserver leurs valeurs</translation>
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
        <translation>Choisissez votre valeur ou la leur pour chaque champ marqué « à choisir ».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Re-create the record</source>
        <translation>Recréer la fiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix and resend</source>
        <translation>Corriger et renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-create</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are your values. They are filed again as a new record.</source>
        <translation>Voici vos valeurs. Elles seront enregistrées à nouveau comme nouvelle fiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server said: %1. Correct the values below; they are checked as you type.</source>
        <translation>Réponse du serveur : %1. Corrigez les valeurs ci-dessous ; elles sont vérifiées pendant la saisie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard your change?</source>
        <translation>Abandonner votre modification ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the server&apos;s values for %1? Your values for the fields in conflict are then gone.</source>
        <translation>Conserver les valeurs du serveur pour %1 ? Vos valeurs pour les champs en conflit seront alors perdues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard your change to %1? What you typed is then gone; the server&apos;s data stays as it is.</source>
        <translation>Abandonner votre modification de %1 ? Ce que vous avez saisi sera alors perdu ; les données du serveur restent inchangées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../core/auth/CredentialStore.cpp" line="+26"/>
        <source>No keychain is available on this computer, so Opvangloket cannot remember your sign-in safely. You will have to enter your password every time you start. Ask your IT department to enable the system keychain (Secret Service, Windows Credential Manager or macOS Keychain).</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur : Opvangloket ne peut donc pas retenir votre connexion en toute sécurité. Vous devrez saisir votre mot de passe à chaque démarrage. Demandez à votre service informatique d&apos;activer le trousseau du système (Secret Service, Gestionnaire d&apos;identification Windows ou trousseau macOS).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No saved sign-in was found.</source>
        <translation>Aucune connexion enregistrée n&apos;a été trouvée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès : %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+54"/>
        <source>Applications filed and children placed per month</source>
        <translation>Demandes introduites et enfants placés par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed: counted in the month the family accepted the place.</source>
        <translation>Placés : comptés le mois où la famille a accepté la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications filed</source>
        <translation>Demandes introduites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children placed</source>
        <translation>Enfants placés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From application to place</source>
        <translation>De la demande à la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications filed in the period: how far they got, and how many stopped (cancelled or expired) at each step.</source>
        <translation>Demandes introduites pendant la période : jusqu&apos;où elles sont allées, et combien se sont arrêtées (annulées ou expirées) à chaque étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Got this far</source>
        <translation>Arrivées jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped here</source>
        <translation>Arrêtées ici</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Days from filing to the first offer</source>
        <translation>Jours entre la demande et la première offre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median %1 days, 90% within %2 days; %3 applications with an offer.</source>
        <translation>Médiane %1 jours, 90 % en %2 jours au plus ; %3 demandes avec une offre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer than 5 applications of the period had an offer: no median.</source>
        <translation>Moins de 5 demandes de la période ont reçu une offre : pas de médiane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Waiting children and open places per municipality</source>
        <translation>Enfants en attente et places ouvertes par commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: children with an open application (by the parent&apos;s municipality) and the seats of free places that are still open (by the location&apos;s).</source>
        <translation>Maintenant : enfants avec une demande ouverte (selon la commune du parent) et les places libres encore ouvertes (selon la commune du lieu d&apos;accueil).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Waiting children</source>
        <translation>Enfants en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open seats</source>
        <translation>Places ouvertes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Waiting children and open places per age</source>
        <translation>Enfants en attente et places libres par âge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: children with an open application by their age today, and the seats of open free places that take that age (a place for several ages counts for each).</source>
        <translation>Maintenant : les enfants avec une demande ouverte selon leur âge aujourd&apos;hui, et les places libres ouvertes qui accueillent cet âge (une place pour plusieurs âges compte pour chacun).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The emergency list per month</source>
        <translation>La liste d&apos;urgence par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Families on the list at the end of each month (today for this month), and how many went on it and came off it in the month.</source>
        <translation>Familles sur la liste à la fin de chaque mois (aujourd&apos;hui pour ce mois-ci), et combien y ont été ajoutées ou retirées dans le mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the list</source>
        <translation>Sur la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken off</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Priority groups among the applications</source>
        <translation>Groupes prioritaires parmi les demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of applications</source>
        <translation>Part des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the applications</source>
        <translation>% des demandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reserved group</source>
        <translation>Groupe réservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rule set keeps %1 % of the places for its reserved group; fewer than 5 applications belong to it.</source>
        <translation>Les règles de priorité réservent %1 % des places à leur groupe réservé ; moins de 5 demandes en font partie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule set keeps %1 % of the places for its reserved group; %2 % of the applications belong to it.</source>
        <translation>Les règles de priorité réservent %1 % des places à leur groupe réservé ; %2 % des demandes en font partie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The region&apos;s rule set keeps no reserved share.</source>
        <translation>Les règles de priorité de la région ne réservent aucune part.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How applications came in</source>
        <translation>Comment les demandes sont arrivées</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Au travail ou en formation</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Parent seul</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Revenu faible</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Enfant placé en famille d&apos;accueil</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Raisons sociales</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../ui/dashboard/DashboardView.cpp" line="+63"/>
        <source>All my regions</source>
        <translation>Toutes mes régions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period report for the agency: per child, small counts hidden, as PDF or CSV</source>
        <translation>Le rapport périodique pour l&apos;agence : par enfant, petits nombres masqués, en PDF ou CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filed from</source>
        <translation>Introduites du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Data as of %1</source>
        <translation>État des données : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing synced yet</source>
        <translation>Rien de synchronisé encore</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>The period ends before it starts: choose an earlier start date.</source>
        <translation>La période se termine avant de commencer : choisissez une date de début antérieure.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The figures could not be read from this computer&apos;s copy of the data.</source>
        <translation>Les chiffres n&apos;ont pas pu être lus dans la copie des données de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt; 5</source>
        <translation>&lt; 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the emergency list now: %1 families, %2 of them overdue for a call back.</source>
        <translation>Sur la liste d&apos;urgence maintenant : %1 familles, dont %2 à rappeler en retard.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+6"/>
        <source>Period report</source>
        <translation>Rapport périodique</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF document (*.pdf);;CSV file for the agency (*.csv)</source>
        <translation>Document PDF (*.pdf);;Fichier CSV pour l&apos;agence (*.csv)</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/detail/DetailPanel.cpp" line="+53"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change &amp;state…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign to &amp;me</source>
        <translation>M&apos;attri&amp;buer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write message…</source>
        <translation>Écrire un &amp;message…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer a place…</source>
        <translation>&amp;Proposer une place…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Put on the &amp;emergency list…</source>
        <translation>Inscrire sur la liste d&apos;&amp;urgence…</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Select an application or a parent to see the details here.</source>
        <translation>Choisissez une demande ou un parent pour en voir les détails ici.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Show on the &amp;emergency list</source>
        <translation>Afficher dans la liste d&apos;&amp;urgence</translation>
    </message>
    <message>
        <source>Open on the &amp;emergency list</source>
        <translation type="vanished">Ouvrir dans la liste d&apos;&amp;urgence</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Application %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../ui/common/DisplayFormat.cpp" line="+93"/>
        <source>Online form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the counter</source>
        <translation>Au guichet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via a referrer</source>
        <translation>Via un orienteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Application received</source>
        <translation>Demande reçue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application changed</source>
        <translation>Demande modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer made</source>
        <translation>Offre proposée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer expires soon</source>
        <translation>L&apos;offre expire bientôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>Application cancelled</source>
        <translation>Demande annulée</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Own message</source>
        <translation>Message personnalisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Group childcare</source>
        <translation>Accueil en groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Family childcare</source>
        <translation>Accueil familial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Work or training</source>
        <translation>Travail ou formation</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Administrator</source>
        <comment>account role</comment>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator</source>
        <comment>account role</comment>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter worker</source>
        <comment>account role</comment>
        <translation>Collaborateur du guichet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrer</source>
        <comment>account role</comment>
        <translation>Orienteur</translation>
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
        <translation>Projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <comment>allocation run</comment>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discarded</source>
        <comment>allocation run</comment>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1–%2 months</source>
        <extracomment>Age band of a free place, in months.</extracomment>
        <translation>%1–%2 mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working or in training</source>
        <translation>Au travail ou en formation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single parent</source>
        <translation>Parent seul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low income</source>
        <translation>Revenu faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster child</source>
        <translation>Enfant placé en famille d&apos;accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sibling in a location</source>
        <translation>Frère ou sœur dans un lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social reasons</source>
        <translation>Raisons sociales</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not born yet</source>
        <translation>Pas encore né</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Under 1 year</source>
        <translation>Moins d&apos;un an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 years or older</source>
        <translation>2 ans ou plus</translation>
    </message>
    <message>
        <source>Starts work or training</source>
        <translation type="vanished">Commence un travail ou une formation</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed</source>
        <translation>Place attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found care elsewhere</source>
        <translation>Accueil trouvé ailleurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer needed</source>
        <translation>Plus nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application expired</source>
        <translation>Demande expirée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer sent</source>
        <translation>Offre envoyée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered in time</source>
        <translation>Sans réponse dans les délais</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Open</source>
        <comment>free place status</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled</source>
        <translation>Occupée</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+16"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+16"/>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 full</source>
        <comment>day of the week, whole day</comment>
        <translation>%1 journée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 half</source>
        <comment>day of the week, half day</comment>
        <translation>%1 demi-journée</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/store/search/DuplicateFinder.cpp" line="+49"/>
        <source>same national number</source>
        <translation>même numéro de registre national</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same name and a child born on the same date</source>
        <translation>même nom et un enfant né à la même date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same e-mail address</source>
        <translation>même adresse e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>same phone number</source>
        <translation>même numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>DuplicateMerge</name>
    <message>
        <location filename="../core/store/conflicts/DuplicateMerge.cpp" line="+71"/>
        <source>Only a new parent that the server already has can be merged.</source>
        <translation>Seul un nouveau parent que le serveur a déjà peut être fusionné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The existing parent is not in your offline copy yet. Sync, then merge.</source>
        <translation>Le parent existant n&apos;est pas encore dans votre copie hors ligne. Synchronisez, puis fusionnez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records of this family are being sent to the server right now. Sync, then merge.</source>
        <translation>Des données de cette famille sont en cours d&apos;envoi au serveur. Synchronisez, puis fusionnez.</translation>
    </message>
</context>
<context>
    <name>EditRecordDialog</name>
    <message>
        <location filename="../ui/detail/EditRecordDialog.cpp" line="+59"/>
        <source>Edit application</source>
        <translation>Modifier la demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit application %1</source>
        <translation>Modifier la demande %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit parent</source>
        <translation>Modifier le parent</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Parent</source>
        <translation>&amp;Parent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Child</source>
        <translation>&amp;Enfant</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Wishes</source>
        <translation>&amp;Souhaits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferred &amp;locations</source>
        <translation>&amp;Lieux préférés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;riority</source>
        <translation>P&amp;riorité</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <comment>tab, problem</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To save: %1</source>
        <translation>Pour enregistrer : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close without saving? What you changed here is lost.</source>
        <translation>Fermer sans enregistrer ? Ce que vous avez modifié ici sera perdu.</translation>
    </message>
</context>
<context>
    <name>EmergencyActions</name>
    <message>
        <location filename="../core/store/records/EmergencyActions.cpp" line="+73"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Cette demande ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application is on the emergency list already.</source>
        <translation>Cette demande figure déjà sur la liste d&apos;urgence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how urgent it is and why.</source>
        <translation>Choisissez le degré d&apos;urgence et le motif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a follow-up day from today on.</source>
        <translation>Choisissez une date de suivi à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This entry is no longer in your offline copy.</source>
        <translation>Cette inscription ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This entry is closed already.</source>
        <translation>Cette inscription est déjà clôturée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write down what was agreed.</source>
        <translation>Notez ce qui a été convenu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the next follow-up day from today on.</source>
        <translation>Choisissez la prochaine date de suivi à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — next follow-up: %2</source>
        <extracomment>A line of an emergency entry&apos;s follow-up log: what was agreed, then the next day to call.</extracomment>
        <translation>%1 — prochain suivi : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose how the entry ends.</source>
        <translation>Choisissez l&apos;issue de l&apos;inscription.</translation>
    </message>
</context>
<context>
    <name>EmergencyEntryDialog</name>
    <message>
        <location filename="../ui/emergency/EmergencyEntryDialog.cpp" line="+24"/>
        <source>Put on the emergency list</source>
        <translation>Inscrire sur la liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For instance: mother starts work on 5 January, needs four days</source>
        <translation>Par exemple : la mère commence à travailler le 5 janvier, a besoin de quatre jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call back on:</source>
        <translation>&amp;Rappeler le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>EmergencyModel</name>
    <message>
        <location filename="../ui/emergency/EmergencyModel.cpp" line="+44"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call back on</source>
        <translation>Rappeler le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This family should have been called back already.</source>
        <translation>Cette famille aurait déjà dû être rappelée.</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <location filename="../ui/emergency/EmergencyView.cpp" line="+40"/>
        <source>&amp;Log a follow-up…</source>
        <translation>&amp;Consigner un suivi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down a call or visit and when to call back</source>
        <translation>Noter un appel ou une visite et la date du prochain rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take off the list…</source>
        <translation>&amp;Retirer de la liste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family found a place, or no longer needs one</source>
        <translation>La famille a trouvé une place, ou n&apos;en a plus besoin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+15"/>
        <source>Choose an entry first.</source>
        <translation>Choisissez d&apos;abord une inscription.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Follow-up saved; next call on %1.</source>
        <translation>Suivi enregistré ; prochain appel le %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Taken off the emergency list: %1.</source>
        <translation>Inscription retirée de la liste d&apos;urgence : %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln on the list</source>
        <translation>
            <numerusform>%Ln sur la liste</numerusform>
            <numerusform>%Ln sur la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln today</source>
        <extracomment>Families to call back today.</extracomment>
        <translation>
            <numerusform>%Ln aujourd&apos;hui</numerusform>
            <numerusform>%Ln aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln famil(y/ies) on the list</source>
        <translation type="vanished">
            <numerusform>%Ln famille sur la liste</numerusform>
            <numerusform>%Ln familles sur la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to call today</source>
        <translation type="vanished">
            <numerusform>%Ln à appeler aujourd&apos;hui</numerusform>
            <numerusform>%Ln à appeler aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parent&apos;s name, phone or e-mail… (Ctrl+F)</source>
        <translation>Nom, téléphone ou e-mail du parent… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a family on the list by the parent&apos;s name (accents optional), phone, e-mail or postcode.</source>
        <translation>Trouvez une famille sur la liste par le nom du parent (accents facultatifs), téléphone, e-mail ou code postal.</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="vanished">%1 (en retard)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>emergency-list</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>liste-urgence</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../ui/conflicts/FieldText.cpp" line="+15"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by</source>
        <translation>Contact par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected birth</source>
        <translation>Date de naissance prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application number</source>
        <translation>Numéro de demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired start</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexibility (weeks)</source>
        <translation>Flexibilité (semaines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred locations</source>
        <translation>Lieux préférés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Introduite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed because</source>
        <translation>Clôturée parce que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Suivi prévu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of places</source>
        <translation>Nombre de places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer by</source>
        <translation>Répondre avant le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free place</source>
        <translation>Place libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Info sheet</source>
        <translation>Fiche d’information</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(details in the record)</source>
        <translation>(détails dans la fiche)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>like 0470 12 34 56 or +32470123456</source>
        <translation>p. ex. 0470 12 34 56 ou +32470123456</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/lists/FilterBar.cpp" line="+35"/>
        <source>Filter by state</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by delivery</source>
        <translation>Filtrer par statut d&apos;envoi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter by municipality</source>
        <translation>Filtrer par commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by preferred location</source>
        <translation>Filtrer par lieu préféré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications that have this location among their preferences</source>
        <translation>Demandes qui comptent ce lieu parmi leurs préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by channel</source>
        <translation>Filtrer par canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by language</source>
        <translation>Filtrer par langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned to &amp;me</source>
        <translation>Attribuées à &amp;moi</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Desired start</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desired start from</source>
        <translation>Début souhaité à partir du</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desired start until</source>
        <translation>Début souhaité jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Introduite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted from</source>
        <translation>Introduite à partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted until</source>
        <translation>Introduite jusqu&apos;au</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>With an &amp;open application</source>
        <translation>Avec une demande &amp;ouverte</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Waiting for a place</source>
        <translation>En &amp;attente d&apos;une place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, in review or with a place offered</source>
        <translation>Introduite, en traitement ou avec une place proposée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the e&amp;mergency list</source>
        <translation>Sur la liste d&apos;&amp;urgence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every record again: clears the search and all filters</source>
        <translation>Afficher à nouveau toutes les fiches : efface la recherche et tous les filtres</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from, earliest</source>
        <translation>Date de disponibilité, au plus tôt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from, latest</source>
        <translation>Date de disponibilité, au plus tard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fits a child born</source>
        <extracomment>Filter of free places: places whose age band fits a child born on &lt;date&gt; on &lt;date&gt;.</extracomment>
        <translation>Convient à un enfant né le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s birth date</source>
        <translation>Date de naissance de l&apos;enfant</translation>
    </message>
    <message>
        <source>on</source>
        <translation type="vanished">âge calculé au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>age on</source>
        <extracomment>Filter of free places: the day the child&apos;s age is counted on.</extracomment>
        <translation>âge calculé au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day the child&apos;s age is taken on</source>
        <translation>Date à laquelle l&apos;âge de l&apos;enfant est calculé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;any&quot;: the day the place is available from</source>
        <translation>« indifférent » : la date à partir de laquelle la place est disponible</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any urgency</source>
        <translation>Toutes les urgences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any reason</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any follow-up day</source>
        <translation>Toutes les dates de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today or overdue</source>
        <translation>Aujourd&apos;hui ou en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within a week</source>
        <translation>D&apos;ici une semaine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With or without an offer</source>
        <translation>Avec ou sans offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an offer out</source>
        <translation>Avec une offre en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without an offer</source>
        <translation>Sans offre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any age</source>
        <translation>Tous les âges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every kind of care</source>
        <translation>Tous les types d&apos;accueil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type or pick a day; Delete sets it back to &quot;any&quot;</source>
        <translation>Saisissez ou choisissez un jour ; la touche Suppr remet la valeur sur « indifférent »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications with all the ticked priority grounds</source>
        <translation>Demandes qui remplissent tous les critères de priorité cochés</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Au travail ou en formation</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Parent isolé</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Revenu faible</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Enfant placé</translation>
    </message>
    <message>
        <source>Sibling in a location</source>
        <translation type="vanished">Frère ou sœur dans un lieu</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Raisons sociales</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Priority (%n)</source>
        <translation>
            <numerusform>Priorité (%n)</numerusform>
            <numerusform>Priorité (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent or not</source>
        <translation>Envoyés ou non</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any location</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Search: %1</source>
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality: %1</source>
        <translation>Commune : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred location: %1</source>
        <translation>Lieu préféré : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel: %1</source>
        <translation>Canal : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired start: %1</source>
        <translation>Début souhaité : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted: %1</source>
        <translation>Introduite : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available from: %1</source>
        <translation>Disponibilité : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits a child born %1, age on %2</source>
        <translation>Convient à un enfant né le %1 (âge calculé au %2)</translation>
    </message>
    <message>
        <source>Fits a child born %1 on %2</source>
        <translation type="vanished">Convient à un enfant né le %1 (âge calculé au %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fits a child born %1</source>
        <translation>Convient à un enfant né le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With an open application</source>
        <translation>Avec une demande ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for a place</source>
        <translation>En attente d&apos;une place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the emergency list</source>
        <translation>Sur la liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters: every record</source>
        <translation>Aucun filtre : toutes les fiches</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../ui/emergency/FollowUpDialog.cpp" line="+18"/>
        <source>Log a follow-up</source>
        <translation>Consigner un suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you spoke to and what was agreed</source>
        <translation>Avec qui vous avez parlé et ce qui a été convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Agreed:</source>
        <translation>&amp;Convenu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next follow-up:</source>
        <translation>&amp;Prochain suivi :</translation>
    </message>
</context>
<context>
    <name>FreePlaceActions</name>
    <message>
        <location filename="../core/store/records/FreePlaceActions.cpp" line="+20"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available from</source>
        <translation>Date de disponibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of places</source>
        <translation>Nombre de places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the location the place is at.</source>
        <translation>Choisissez le lieu où se trouve la place.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This place is no longer in your offline copy.</source>
        <translation>Cette place ne figure plus dans votre copie hors ligne.</translation>
    </message>
</context>
<context>
    <name>FreePlaceDialog</name>
    <message>
        <location filename="../ui/places/FreePlaceDialog.cpp" line="+32"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a free place</source>
        <translation>Ajouter une place libre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change a free place</source>
        <translation>Modifier une place libre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a location…</source>
        <translation>Choisissez un lieu…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available &amp;from:</source>
        <translation>&amp;Disponible à partir du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ages:</source>
        <translation>Â&amp;ges :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of places:</source>
        <translation>&amp;Nombre de places :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>full day</source>
        <translation>journée complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half day</source>
        <translation>demi-journée</translation>
    </message>
</context>
<context>
    <name>FreePlacesModel</name>
    <message>
        <location filename="../ui/places/FreePlacesModel.cpp" line="+46"/>
        <source>No open places for this filter.</source>
        <translation>Aucune place disponible pour ce filtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open places: %L1 — %2</source>
        <translation>Places disponibles : %L1 — %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offers out</source>
        <translation>Offres en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <extracomment>Age band of a free place, in months.</extracomment>
        <translation type="vanished">%1–%2 mois</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 — to confirm</source>
        <extracomment>A free place still open that nobody confirmed for four weeks.</extracomment>
        <translation>%1 — à confirmer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not updated for four weeks: call the organiser to confirm the place is still free.</source>
        <translation>Aucune mise à jour depuis quatre semaines : appelez l&apos;organisateur pour confirmer que la place est toujours libre.</translation>
    </message>
</context>
<context>
    <name>FreePlacesView</name>
    <message>
        <location filename="../ui/places/FreePlacesView.cpp" line="+21"/>
        <source>Open places per municipality</source>
        <translation>Places disponibles par commune</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Add a place…</source>
        <translation>&amp;Ajouter une place…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place an organiser reported by phone or mail</source>
        <translation>Une place signalée par un organisateur par téléphone ou par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The place is no longer free</source>
        <translation>La place n&apos;est plus libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Offer to a family…</source>
        <translation>&amp;Proposer à une famille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The open applications this place fits, best first</source>
        <translation>Les demandes ouvertes auxquelles cette place convient, les meilleures d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joint allocation…</source>
        <translation>&amp;Attribution conjointe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>Match the region&apos;s free places and open applications under the priority rules</source>
        <translation>Faire correspondre les places libres et les demandes ouvertes de la région selon les règles de priorité</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>&amp;Priority rules…</source>
        <translation>&amp;Règles de priorité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who comes first, in plain words</source>
        <translation>Qui passe en premier, en mots simples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Only a coordinator or an administrator runs the joint allocation.</source>
        <translation>Seul un coordinateur ou un administrateur fait l’attribution conjointe.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Place added; it goes to the server with the next sync.</source>
        <translation>Place ajoutée ; elle sera envoyée au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Choose a place first.</source>
        <translation>Choisissez d&apos;abord une place.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Place changed.</source>
        <translation>Place modifiée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Place withdrawn.</source>
        <translation>Place retirée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln reported place(s)</source>
        <translation>
            <numerusform>%Ln place signalée</numerusform>
            <numerusform>%Ln places signalées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location, organiser or municipality… (Ctrl+F)</source>
        <translation>Lieu, organisateur ou commune… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the places of a location by its name, its organiser or its municipality.</source>
        <translation>Trouvez les places d&apos;un lieu par son nom, son organisateur ou sa commune.</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="vanished">%1–%2 mois</translation>
    </message>
    <message>
        <source>%1 — to confirm</source>
        <translation type="vanished">%1 — à confirmer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>free-places</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>places-libres</translation>
    </message>
</context>
<context>
    <name>HistoryHtml</name>
    <message>
        <location filename="../ui/detail/HistoryHtml.cpp" line="+25"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The history of changes is kept on the server. Connect to the network to see it.</source>
        <translation>L&apos;historique des modifications est conservé sur le serveur. Connectez-vous au réseau pour le consulter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;historique : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has no recorded changes of this record.</source>
        <translation>Le serveur n&apos;a enregistré aucune modification de cette fiche.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an operator</source>
        <translation>un opérateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed: %1</source>
        <translation>Modification : %1</translation>
    </message>
</context>
<context>
    <name>InfoSheetEditor</name>
    <message>
        <location filename="../ui/locations/InfoSheetEditor.cpp" line="+16"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language of the info sheet</source>
        <translation>Langue de la fiche d’information</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Empty: the website shows the Dutch text: %1</source>
        <translation>Vide : le site affiche le texte néerlandais : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of %2 characters</source>
        <translation>%1 sur %2 caractères</translation>
    </message>
</context>
<context>
    <name>InfoSheetHtml</name>
    <message>
        <location filename="../ui/locations/InfoSheetHtml.cpp" line="+49"/>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not published: the website does not show this location.</source>
        <translation>Non publié : le site n’affiche pas ce lieu d’accueil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shown in Dutch: there is no %1 text yet.</source>
        <translation>Texte néerlandais affiché : il n’y a pas encore de texte en %1.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/lists/ListPage.cpp" line="+76"/>
        <source>Search this list</source>
        <translation>Rechercher dans cette liste</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="vanished">Filtrer par statut</translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="vanished">Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by municipality</source>
        <translation type="vanished">Filtrer par commune</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+297"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>Apply a filter you saved by name</source>
        <translation>Appliquer un filtre enregistré sous un nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of records</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide columns; drag a column header to move it</source>
        <translation>Afficher ou masquer des colonnes ; faites glisser l&apos;en-tête d&apos;une colonne pour la déplacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this list as shown (filters, columns, order) (Ctrl+P)</source>
        <translation>Imprimer cette liste telle qu’affichée (filtres, colonnes, ordre) (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this list as shown (filters, columns, order) as a CSV file for Excel</source>
        <translation>Enregistrer cette liste telle qu’affichée (filtres, colonnes, ordre) en fichier CSV pour Excel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage saved filters</source>
        <translation>Gérer les filtres enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current filter by name, or rename or delete a saved one</source>
        <translation>Enregistrer le filtre actuel sous un nom, ou renommer ou supprimer un filtre enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save current filter as…</source>
        <translation>Enregistrer le filtre actuel sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename saved filter…</source>
        <translation>Renommer le filtre enregistré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete saved filter</source>
        <translation>Supprimer le filtre enregistré</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <location line="+247"/>
        <location line="+4"/>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Filters can be saved once you are signed in.</source>
        <translation>Les filtres peuvent être enregistrés une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of this filter:</source>
        <translation>Nom de ce filtre :</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Rename filter</source>
        <translation>Renommer le filtre</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a saved filter called &quot;%1&quot;, or the name is empty.</source>
        <translation>Il existe déjà un filtre enregistré nommé « %1 », ou le nom est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete filter</source>
        <translation>Supprimer le filtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Supprimer le filtre enregistré « %1 » ?</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Print list</source>
        <translation>Imprimer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list has %L1 rows: that is a long printout. Narrow it down with the filters first, or print anyway?</source>
        <translation>Cette liste compte %L1 lignes : l&apos;impression sera longue. Voulez-vous d&apos;abord la réduire avec les filtres, ou imprimer quand même ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="vanished">Toutes les communes</translation>
    </message>
    <message numerus="yes">
        <location line="-45"/>
        <source>%Ln row(s) exported</source>
        <translation>
            <numerusform>%Ln ligne exportée</numerusform>
            <numerusform>%Ln lignes exportées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list was not exported to %1: %2</source>
        <translation>La liste n’a pas été exportée vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <location filename="../ui/locations/LocationsModel.cpp" line="+113"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>LocationsView</name>
    <message>
        <location filename="../ui/locations/LocationsView.cpp" line="+43"/>
        <source>Choose a location in the list to read or edit its info sheet.</source>
        <translation>Choisissez un lieu d’accueil dans la liste pour lire ou modifier sa fiche d’information.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter by name or municipality</source>
        <translation>Filtrer par nom ou commune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All locations</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published</source>
        <translation>Non publiés</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a coordinator of the region or an admin changes info sheets and their publication. You can read them here.</source>
        <translation>Seul un coordinateur de la région ou un administrateur modifie les fiches d’information et leur publication. Vous pouvez les lire ici.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview of the website</source>
        <translation>Aperçu du site</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Info sheet</source>
        <translation>Fiche d’information</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save info sheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Sent to the server.</source>
        <translation>Envoyé au serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 locations</source>
        <translation>%1 sur %2 lieux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unsaved info sheet</source>
        <translation>Fiche non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The info sheet of “%1” has changes that are not saved. Save them first?</source>
        <translation>La fiche d’information de « %1 » contient des modifications non enregistrées. Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Published: the website and referrers see this location.</source>
        <translation>Publié : le site et les orienteurs voient ce lieu d’accueil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published: the website and referrers do not see this location.</source>
        <translation>Non publié : le site et les orienteurs ne voient pas ce lieu d’accueil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublish…</source>
        <translation>Retirer la publication…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview: the website in %1</source>
        <translation>Aperçu : le site en %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. The change goes to the server with the next sync.</source>
        <translation>Enregistré. La modification part vers le serveur à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published. The website shows it after the next sync.</source>
        <translation>Publié. Le site l’affiche après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpublished. The website stops showing it after the next sync.</source>
        <translation>Publication retirée. Le site ne l’affiche plus après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Publish “%1”?

The public website then shows this location with its info sheet, and referrers see it when they file an application.</source>
        <translation>Publier « %1 » ?

Le site public affiche alors ce lieu d’accueil avec sa fiche d’information, et les orienteurs le voient lorsqu’ils introduisent une demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unpublish “%1”?

The public website then stops showing this location, and referrers no longer see it. Staff of the region keep seeing it.</source>
        <translation>Retirer la publication de « %1 » ?

Le site public n’affiche alors plus ce lieu d’accueil, et les orienteurs ne le voient plus. Le personnel de la région continue à le voir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publish location</source>
        <translation>Publier le lieu d’accueil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublish location</source>
        <translation>Retirer la publication du lieu d’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpublish</source>
        <translation>Retirer la publication</translation>
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
        <translation>La copie des données sur cet ordinateur est endommagée. Fermez Opvangloket et redémarrez-le pour la réparer : les modifications pas encore envoyées sont conservées, tout le reste est à nouveau récupéré du serveur. D&apos;ici là, rien n&apos;est synchronisé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation type="vanished">Rechercher (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search the current list</source>
        <translation type="vanished">Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New application…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File an application for a parent (Ctrl+N)</source>
        <translation>Introduire une demande pour un parent (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search everything: name, number, phone, postcode… (Ctrl+K)</source>
        <translation>Tout rechercher : nom, numéro, téléphone, code postal… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search parents, children and applications</source>
        <translation>Rechercher des parents, des enfants et des demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds parents, children and applications by name, application number, national number, phone, e-mail or postcode. Ctrl+F filters the list in view instead.</source>
        <translation>Trouve des parents, des enfants et des demandes par nom, numéro de demande, numéro de registre national, téléphone, e-mail ou code postal. Ctrl+F filtre plutôt la liste affichée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send your changes and fetch the latest data (F5)</source>
        <translation>Envoyer vos modifications et récupérer les dernières données (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change my password…</source>
        <translation>&amp;Changer mon mot de passe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your password was changed. Use it at your next sign-in.</source>
        <translation>Votre mot de passe a été changé. Utilisez-le à votre prochaine connexion.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free places &amp; allocation</source>
        <translation>Places libres &amp; attribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations &amp; info sheets</source>
        <translation>Lieux &amp; fiches d&apos;info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That part of Opvangloket is not available for your role; ask a coordinator or an administrator.</source>
        <translation>Cette partie d&apos;Opvangloket n&apos;est pas disponible pour votre rôle ; adressez-vous à un coordinateur ou à un administrateur.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Families to call back today or earlier</source>
        <translation>Familles à rappeler : aujourd&apos;hui ou en retard</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../ui/common/MessageBar.cpp" line="+20"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <location filename="../ui/messages/MessagesModel.cpp" line="+18"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The server sends it at its next round, or once this computer is back online.</source>
        <translation>Le serveur l&apos;enverra lors de son prochain passage, ou dès que cet ordinateur sera de nouveau en ligne.</translation>
    </message>
</context>
<context>
    <name>MessagesView</name>
    <message>
        <location filename="../ui/messages/MessagesView.cpp" line="+27"/>
        <source>Send &amp;again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the selected message again, for instance after the parent&apos;s e-mail address was corrected</source>
        <translation>Remettre le message sélectionné en file d&apos;attente, par exemple après la correction de l&apos;adresse e-mail du parent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not delivered: %1</source>
        <translation>Non remis : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a message first.</source>
        <translation>Choisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued again; it goes out with the next sync.</source>
        <translation>Remis en file d&apos;attente ; il partira lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages to parents</source>
        <translation>Messages aux parents</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent&apos;s name, phone or e-mail… (Ctrl+F)</source>
        <translation>Nom, téléphone ou e-mail du parent… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find the messages to a parent by name (accents optional), phone, e-mail or postcode.</source>
        <translation>Trouvez les messages envoyés à un parent par nom (accents facultatifs), téléphone, e-mail ou code postal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>messages</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>messages</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/NavigationRail.cpp" line="+16"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ui/detail/NoteDialog.cpp" line="+14"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (your name and the time are added):</source>
        <translation>&amp;Note (votre nom et l&apos;heure sont ajoutés) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OfferActions</name>
    <message>
        <location filename="../core/store/records/OfferActions.cpp" line="+46"/>
        <source>The application or the place is no longer in your offline copy.</source>
        <translation>La demande ou la place ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This place does not fit the application, or it has no room left.</source>
        <translation>Cette place ne convient pas à la demande, ou elle est déjà complète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a day after today for the family to answer by.</source>
        <translation>Choisissez une date limite de réponse postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This offer is no longer in your offline copy.</source>
        <translation>Cette offre ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an offer the family still has to answer can change.</source>
        <translation>Seule une offre à laquelle la famille doit encore répondre peut être modifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say whether the family accepted or declined.</source>
        <translation>Indiquez si la famille a accepté ou refusé.</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message numerus="yes">
        <source>%n ground(s)</source>
        <translation type="vanished">
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/offers/OfferDialog.cpp" line="+22"/>
        <source>%n priority ground(s)</source>
        <translation>
            <numerusform>%n critère de priorité</numerusform>
            <numerusform>%n critères de priorité</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Offer this place</source>
        <translation>Proposer cette place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2: the open applications this place fits, best first (priority grounds, then the emergency list, then the earliest submitted).</source>
        <translation>%1, à partir du %2 : les demandes ouvertes auxquelles cette place convient, les meilleures d&apos;abord (critères de priorité, puis liste d&apos;urgence, puis les demandes introduites le plus tôt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offer a place</source>
        <translation>Proposer une place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application %1: the open places among the family&apos;s preferences that fit, soonest first.</source>
        <translation>Demande %1 : les places disponibles qui conviennent dans les lieux préférés de la famille, les plus tôt disponibles d&apos;abord.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Offer</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Answer by:</source>
        <translation>&amp;Réponse au plus tard le :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open application fits this place.</source>
        <translation>Aucune demande ouverte ne convient à cette place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open place fits this application.</source>
        <translation>Aucune place disponible ne convient à cette demande.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desired start</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Places left</source>
        <translation>Places restantes</translation>
    </message>
    <message>
        <source>%1–%2 months</source>
        <translation type="vanished">%1–%2 mois</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a family or a place first.</source>
        <translation>Choisissez d&apos;abord une famille ou une place.</translation>
    </message>
</context>
<context>
    <name>OidcCodeFlow</name>
    <message>
        <location filename="../core/auth/OidcCodeFlow.cpp" line="+34"/>
        <source>%1 cannot be reached right now; try again later or sign in with your password.</source>
        <translation>%1 est injoignable pour le moment ; réessayez plus tard ou connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No local port could be opened for the sign-in.</source>
        <translation>Aucun port local n&apos;a pu être ouvert pour la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are signed in. You may close this page and return to Opvangloket.</source>
        <translation>Vous êtes connecté. Vous pouvez fermer cette page et revenir à Opvangloket.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The sign-in was cancelled at %1.</source>
        <translation>La connexion a été annulée chez %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in (%2).</source>
        <translation>%1 a refusé la connexion (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 did not complete the sign-in (%2). Try again.</source>
        <translation>%1 n&apos;a pas terminé la connexion (%2). Réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered without an ID token.</source>
        <translation>%1 a répondu sans jeton d&apos;identité.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No Opvangloket account is linked to this identity. Ask an administrator to link it.</source>
        <translation>Aucun compte Opvangloket n&apos;est lié à cette identité. Demandez à un administrateur de la lier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This identity provider does not serve your region. Choose your region&apos;s provider.</source>
        <translation>Ce fournisseur d&apos;identité ne dessert pas votre région. Choisissez le fournisseur de votre région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in took too long or this computer&apos;s clock is wrong. Try again.</source>
        <translation>La connexion a pris trop de temps ou l&apos;horloge de cet ordinateur est erronée. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not accept the identity provider&apos;s answer. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Le serveur n&apos;a pas accepté la réponse du fournisseur d&apos;identité. Réessayez ; si cela se reproduit, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server cannot reach the identity provider right now. Try again later.</source>
        <translation>Le serveur ne peut pas joindre le fournisseur d&apos;identité pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer offers this identity provider.</source>
        <translation>Le serveur ne propose plus ce fournisseur d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <location filename="../ui/accounts/OneTimePasswordDialog.cpp" line="+17"/>
        <location line="+9"/>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The one-time password of &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Le mot de passe à usage unique de &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand it to %1 yourself, in person or by phone. At the first sign-in with it, %1 must choose a password of their own.

This password will not be shown again. If it is lost, reset the password once more.</source>
        <translation>Remettez-le vous-même à %1, en personne ou par téléphone. À la première connexion avec ce mot de passe, %1 doit choisir son propre mot de passe.

Ce mot de passe ne sera plus affiché. S&apos;il est perdu, réinitialisez le mot de passe une nouvelle fois.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied. Paste it where the person will read it, then close this window.</source>
        <translation>Copié. Collez-le là où la personne le lira, puis fermez cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>ParentForm</name>
    <message>
        <location filename="../ui/wizard/ParentForm.cpp" line="+26"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. 85.07.30-033.28</source>
        <translation>facultatif, p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 0470 12 34 56</source>
        <translation>p. ex. 0470 12 34 56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language for letters and mails</source>
        <translation>Langue des courriers et e-mails</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the parent wants to be contacted</source>
        <translation>Comment le parent souhaite être contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by post</source>
        <translation>par courrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National &amp;number</source>
        <translation>Numéro de &amp;registre national</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Street</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House n&amp;umber</source>
        <translation>Numér&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post&amp;code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Municipality</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact</source>
        <translation>Cont&amp;act</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Un numéro de registre national compte 11 chiffres.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Ce numéro de registre national n&apos;existe pas : vérifiez les chiffres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not an e-mail address (like name@example.be).</source>
        <translation>Ce n&apos;est pas une adresse e-mail (p. ex. nom@example.be).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a phone number (like 0470 12 34 56 or +32 470 12 34 56).</source>
        <translation>Ce n&apos;est pas un numéro de téléphone (p. ex. 0470 12 34 56 ou +32 470 12 34 56).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A Belgian postcode has four digits.</source>
        <translation>Un code postal belge compte quatre chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the e-mail address, or choose another way.</source>
        <translation>Indiquez l&apos;adresse e-mail, ou choisissez un autre moyen de contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the phone number, or choose another way.</source>
        <translation>Indiquez le numéro de téléphone, ou choisissez un autre moyen de contact.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the parent&apos;s first and last name.</source>
        <translation>Indiquez le prénom et le nom du parent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the field marked in red.</source>
        <translation>Corrigez le champ indiqué en rouge.</translation>
    </message>
</context>
<context>
    <name>ParentPage</name>
    <message>
        <location filename="../ui/wizard/ParentPage.cpp" line="+50"/>
        <source>The parent</source>
        <translation>Le parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look the parent up first. Create a new parent only when they are not known yet.</source>
        <translation>Recherchez d&apos;abord le parent. Créez un nouveau parent uniquement s&apos;il n&apos;est pas encore connu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A parent who is already known</source>
        <translation>Un parent déjà connu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new parent</source>
        <translation>Un nouveau parent</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Name, national number, e-mail or phone</source>
        <translation>Nom, numéro de registre national, e-mail ou téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for a parent</source>
        <translation>Rechercher un parent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parents found</source>
        <translation>Parents trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the parents you can see:</source>
        <translation>Rechercher parmi les parents auxquels vous avez accès :</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="vanished">Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>National number</source>
        <translation type="vanished">Numéro de registre national</translation>
    </message>
    <message>
        <source>optional, e.g. 85.07.30-033.28</source>
        <translation type="vanished">facultatif, p. ex. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Téléphone</translation>
    </message>
    <message>
        <source>e.g. 0470 12 34 56</source>
        <translation type="vanished">p. ex. 0470 12 34 56</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Rue</translation>
    </message>
    <message>
        <source>House number</source>
        <translation type="vanished">Numéro</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">Code postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="vanished">Commune</translation>
    </message>
    <message>
        <source>Language for letters and mails</source>
        <translation type="vanished">Langue des courriers et e-mails</translation>
    </message>
    <message>
        <source>How the parent wants to be contacted</source>
        <translation type="vanished">Comment le parent souhaite être contacté</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation type="vanished">par e-mail</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation type="vanished">par téléphone</translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="vanished">par courrier</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="vanished">&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="vanished">&amp;Nom</translation>
    </message>
    <message>
        <source>National &amp;number</source>
        <translation type="vanished">Numéro de registre nat&amp;ional</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="vanished">&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="vanished">&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="vanished">&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation type="vanished">&amp;Rue</translation>
    </message>
    <message>
        <source>House n&amp;umber</source>
        <translation type="vanished">Numér&amp;o</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="vanished">&amp;Code postal</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="vanished">Co&amp;mmune</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation type="vanished">Cont&amp;act</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These known parents may be the same person:</source>
        <translation>Ces parents connus sont peut-être la même personne :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this parent</source>
        <translation>&amp;Utiliser ce parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of them is this parent: create a new one</source>
        <translation>Aucun d&apos;eux n&apos;est ce parent : en créer un nouveau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Continue the application you were filing? %1</source>
        <translation>Poursuivre la demande que vous étiez en train d&apos;introduire ? %1</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="vanished">Obligatoire.</translation>
    </message>
    <message>
        <source>A national number has 11 digits.</source>
        <translation type="vanished">Un numéro de registre national compte 11 chiffres.</translation>
    </message>
    <message>
        <source>This national number does not exist: check the digits.</source>
        <translation type="vanished">Ce numéro de registre national n&apos;existe pas : vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>Not an e-mail address (like name@example.be).</source>
        <translation type="vanished">Ce n&apos;est pas une adresse e-mail (p. ex. nom@example.be).</translation>
    </message>
    <message>
        <source>Not a phone number (like 0470 12 34 56 or +32 470 12 34 56).</source>
        <translation type="vanished">Ce n&apos;est pas un numéro de téléphone (p. ex. 0470 12 34 56 ou +32 470 12 34 56).</translation>
    </message>
    <message>
        <source>A Belgian postcode has four digits.</source>
        <translation type="vanished">Un code postal belge compte quatre chiffres.</translation>
    </message>
    <message>
        <source>Give the e-mail address, or choose another way.</source>
        <translation type="vanished">Indiquez l&apos;adresse e-mail, ou choisissez un autre moyen de contact.</translation>
    </message>
    <message>
        <source>Give the phone number, or choose another way.</source>
        <translation type="vanished">Indiquez le numéro de téléphone, ou choisissez un autre moyen de contact.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Why: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Give the parent&apos;s first and last name.</source>
        <translation type="vanished">Indiquez le prénom et le nom du parent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This parent may be known already: use one of the parents shown, or confirm none of them is this parent.</source>
        <translation>Ce parent est peut-être déjà connu : utilisez un des parents affichés, ou confirmez qu&apos;aucun d&apos;eux n&apos;est ce parent.</translation>
    </message>
    <message>
        <source>Correct the field marked in red.</source>
        <translation type="vanished">Corrigez le champ indiqué en rouge.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search for the parent and choose them in the list, or choose &quot;A new parent&quot;.</source>
        <translation>Recherchez le parent et sélectionnez-le dans la liste, ou choisissez « Un nouveau parent ».</translation>
    </message>
</context>
<context>
    <name>ParentsModel</name>
    <message>
        <location filename="../ui/parents/ParentsModel.cpp" line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
</context>
<context>
    <name>ParentsView</name>
    <message numerus="yes">
        <location filename="../ui/parents/ParentsView.cpp" line="+13"/>
        <source>%Ln parent(s)</source>
        <translation>
            <numerusform>%Ln parent</numerusform>
            <numerusform>%Ln parents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name, phone, e-mail or postcode… (Ctrl+F)</source>
        <translation>Nom, téléphone, e-mail ou code postal… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name (accents optional), phone in any notation, e-mail, national number or postcode.</source>
        <translation>Recherchez par nom (accents facultatifs), téléphone dans n&apos;importe quelle notation, e-mail, numéro de registre national ou code postal.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>parents</source>
        <extracomment>Start of the suggested file name of an export; lower case, no spaces.</extracomment>
        <translation>parents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
</context>
<context>
    <name>PeriodReportExport</name>
    <message>
        <location filename="../ui/report/PeriodReportExport.cpp" line="+20"/>
        <source>The figures of %1 could not be read from this computer&apos;s copy of the data.</source>
        <translation>Les chiffres de %1 n&apos;ont pas pu être lus dans la copie des données de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>PeriodReportPdf</name>
    <message>
        <location filename="../ui/report/PeriodReportPdf.cpp" line="+39"/>
        <source>Children with a request and where they stand now</source>
        <translation>Enfants avec une demande et où ils en sont</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Children per priority ground</source>
        <translation>Enfants par motif de priorité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Children per age at the end of the period</source>
        <translation>Enfants par âge à la fin de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications per channel, and the median wait</source>
        <translation>Demandes par canal, et l&apos;attente médiane</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Children with a request</source>
        <translation>Enfants avec une demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still waiting</source>
        <translation>toujours en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed</source>
        <translation>placés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the emergency list</source>
        <translation>sur la liste d&apos;urgence</translation>
    </message>
    <message>
        <source>Working or in training</source>
        <translation type="vanished">Au travail ou en formation</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Parent seul</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Revenu faible</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Enfant placé en famille d&apos;accueil</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Raisons sociales</translation>
    </message>
    <message>
        <source>Not born yet</source>
        <translation type="vanished">Pas encore nés</translation>
    </message>
    <message>
        <source>Under 1 year</source>
        <translation type="vanished">Moins d&apos;un an</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="vanished">1 an</translation>
    </message>
    <message>
        <source>2 years or older</source>
        <translation type="vanished">2 ans ou plus</translation>
    </message>
    <message>
        <source>Online form</source>
        <translation type="vanished">Formulaire en ligne</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="vanished">Au guichet</translation>
    </message>
    <message>
        <source>Via a referrer</source>
        <translation type="vanished">Via un orienteur</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="vanished">Par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median wait (days)</source>
        <translation>Attente médiane (jours)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+49"/>
        <source>Period report childcare</source>
        <translation>Rapport périodique accueil de la petite enfance</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Applications filed from %1 to %2 (both days included).</source>
        <translation>Demandes introduites du %1 au %2 inclus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counted per child, not per application. Counts under 5 show as &quot;&lt;5&quot;; a figure that would let a hidden one be worked out shows as &quot;x&quot;. Made on %1.</source>
        <translation>Compté par enfant, pas par demande. Les nombres inférieurs à 5 sont indiqués « &lt;5 » ; un chiffre qui permettrait de retrouver un chiffre masqué est indiqué « x ». Établi le %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole region</source>
        <translation>Toute la région</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>PlaceFit</name>
    <message>
        <location filename="../core/domain/PlaceFit.cpp" line="+126"/>
        <source>the location is not among the family&apos;s preferences</source>
        <translation>le lieu ne fait pas partie des préférences de la famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the child&apos;s age on the first day is outside the place&apos;s age band</source>
        <translation>l&apos;âge de l&apos;enfant le premier jour est en dehors de la tranche d&apos;âge de la place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place starts outside the desired start and its flexibility</source>
        <translation>la place commence en dehors du début souhaité, flexibilité comprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the place does not offer every day the family asked for</source>
        <translation>la place ne couvre pas tous les jours demandés par la famille</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This part of Opvangloket is coming in a later version.</source>
        <translation type="vanished">Cette partie d&apos;Opvangloket arrivera dans une version ultérieure.</translation>
    </message>
</context>
<context>
    <name>PositionHtml</name>
    <message>
        <location filename="../ui/detail/PositionHtml.cpp" line="+24"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Among the open applications in this copy, under the priority rules &quot;%1&quot;. A new application with a better priority can still come ahead.</source>
        <translation>Parmi les demandes ouvertes de cette copie, selon les règles de priorité « %1 ». Une nouvelle demande avec une meilleure priorité peut encore passer devant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unknown location)</source>
        <translation>(lieu d&apos;accueil inconnu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>priority: %1</source>
        <translation>priorité : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no family ranks ahead (better priority)</source>
        <translation>aucune famille ne passe avant (meilleure priorité)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n family(s) rank ahead (better priority)</source>
        <translation>
            <numerusform>%n famille passe avant (meilleure priorité)</numerusform>
            <numerusform>%n familles passent avant (meilleure priorité)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no other family has the same priority</source>
        <translation>aucune autre famille n&apos;a la même priorité</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n other family(s) share the same priority (the lottery decides)</source>
        <translation>
            <numerusform>%n autre famille a la même priorité (le tirage au sort décide)</numerusform>
            <numerusform>%n autres familles ont la même priorité (le tirage au sort décide)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected wait: not enough data yet (no placement here in the last 12 months)</source>
        <translation>attente prévue : pas encore assez de données (aucune place attribuée ici au cours des 12 derniers mois)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>expected wait: not enough data yet (%n placement(s) here in the last 12 months)</source>
        <translation>
            <numerusform>attente prévue : pas encore assez de données (%n place attribuée ici au cours des 12 derniers mois)</numerusform>
            <numerusform>attente prévue : pas encore assez de données (%n places attribuées ici au cours des 12 derniers mois)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected wait: less than a month from filing</source>
        <translation>attente prévue : moins d&apos;un mois depuis la demande</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expected wait: about %n month(s) from filing</source>
        <translation>
            <numerusform>attente prévue : environ %n mois depuis la demande</numerusform>
            <numerusform>attente prévue : environ %n mois depuis la demande</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (based on %2)</source>
        <translation>%1 (sur la base de %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n placement(s) here in the last 12 months</source>
        <translation>
            <numerusform>%n place attribuée ici au cours des 12 derniers mois</numerusform>
            <numerusform>%n places attribuées ici au cours des 12 derniers mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <location filename="../ui/wizard/PreferencesPage.cpp" line="+13"/>
        <source>Preferred locations</source>
        <translation>Lieux préférés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose up to %1 locations, the one the parent wants most first.</source>
        <translation>Choisissez jusqu&apos;à %1 lieux, en commençant par celui que le parent préfère.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nom</translation>
    </message>
    <message>
        <source>Filter locations by name</source>
        <translation type="vanished">Filtrer les lieux par nom</translation>
    </message>
    <message>
        <source>Filter locations by municipality</source>
        <translation type="vanished">Filtrer les lieux par commune</translation>
    </message>
    <message>
        <source>Filter locations by kind</source>
        <translation type="vanished">Filtrer les lieux par type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="vanished">Tous les types</translation>
    </message>
    <message>
        <source>Order of the locations</source>
        <translation type="vanished">Ordre des lieux</translation>
    </message>
    <message>
        <source>Locations to choose from</source>
        <translation type="vanished">Lieux disponibles</translation>
    </message>
    <message>
        <source>&amp;Add to the preferences</source>
        <translation type="vanished">&amp;Ajouter aux préférences</translation>
    </message>
    <message>
        <source>Published locations of the region:</source>
        <translation type="vanished">Lieux publiés de la région :</translation>
    </message>
    <message>
        <source>Chosen locations, most wanted first</source>
        <translation type="vanished">Lieux choisis, par ordre de préférence</translation>
    </message>
    <message>
        <source>U&amp;p</source>
        <translation type="vanished">Mon&amp;ter</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="vanished">&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="vanished">&amp;Retirer</translation>
    </message>
    <message>
        <source>The parent&apos;s preferences (drag to reorder):</source>
        <translation type="vanished">Préférences du parent (faites glisser pour modifier l&apos;ordre) :</translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="vanished">Par nom</translation>
    </message>
    <message>
        <source>Nearest to %1 first</source>
        <translation type="vanished">Les plus proches de %1 d&apos;abord</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation type="vanished">Toutes les communes</translation>
    </message>
    <message>
        <source>No location lies in this postcode or municipality, so the distance is unknown.</source>
        <translation type="vanished">Aucun lieu ne se trouve dans ce code postal ou cette commune : la distance est donc inconnue.</translation>
    </message>
    <message>
        <source>At most %1 locations can be chosen: remove one first.</source>
        <translation type="vanished">Vous pouvez choisir au maximum %1 lieux : retirez-en d&apos;abord un.</translation>
    </message>
    <message numerus="yes">
        <source>At most %1 locations can be chosen: remove %n.</source>
        <translation type="vanished">
            <numerusform>Vous pouvez choisir au maximum %1 lieux : retirez-en %n.</numerusform>
            <numerusform>Vous pouvez choisir au maximum %1 lieux : retirez-en %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 locations chosen: that is the most an application can hold.</source>
        <translation type="vanished">%1 lieux choisis : c&apos;est le maximum pour une demande.</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation type="vanished">Choisissez au moins un lieu.</translation>
    </message>
    <message>
        <source>Choose at most %1 locations.</source>
        <translation type="vanished">Choisissez au maximum %1 lieux.</translation>
    </message>
    <message>
        <source>(a location no longer published)</source>
        <translation type="vanished">(un lieu qui n&apos;est plus publié)</translation>
    </message>
</context>
<context>
    <name>PreferencesPicker</name>
    <message>
        <location filename="../ui/wizard/PreferencesPicker.cpp" line="+35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter locations by name</source>
        <translation>Filtrer les lieux par nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter locations by municipality</source>
        <translation>Filtrer les lieux par commune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter locations by kind</source>
        <translation>Filtrer les lieux par type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order of the locations</source>
        <translation>Ordre des lieux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations to choose from</source>
        <translation>Lieux disponibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add to the preferences</source>
        <translation>&amp;Ajouter aux préférences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published locations of the region:</source>
        <translation>Lieux publiés de la région :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chosen locations, most wanted first</source>
        <translation>Lieux choisis, par ordre de préférence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>U&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent&apos;s preferences (drag to reorder):</source>
        <translation>Préférences du parent (faites glisser pour modifier l&apos;ordre) :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest to %1 first</source>
        <translation>Les plus proches de %1 d&apos;abord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All municipalities</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No location lies in this postcode or municipality, so the distance is unknown.</source>
        <translation>Aucun lieu ne se trouve dans ce code postal ou cette commune : la distance est donc inconnue.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>At most %1 locations can be chosen: remove one first.</source>
        <translation>Vous pouvez choisir au maximum %1 lieux : retirez-en d&apos;abord un.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>At most %1 locations can be chosen: remove %n.</source>
        <translation>
            <numerusform>Vous pouvez choisir au maximum %1 lieux : retirez-en %n.</numerusform>
            <numerusform>Vous pouvez choisir au maximum %1 lieux : retirez-en %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 locations chosen: that is the most an application can hold.</source>
        <translation>%1 lieux choisis : c&apos;est le maximum pour une demande.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose at least one location.</source>
        <translation>Choisissez au moins un lieu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at most %1 locations.</source>
        <translation>Choisissez au maximum %1 lieux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(a location no longer published)</source>
        <translation>(un lieu qui n&apos;est plus publié)</translation>
    </message>
</context>
<context>
    <name>PriorityForm</name>
    <message>
        <location filename="../ui/wizard/PriorityForm.cpp" line="+15"/>
        <source>The parents work or follow a training</source>
        <translation>Les parents travaillent ou suivent une formation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each parent in the family works, looks for work with a plan agreed with VDAB, or follows a course or training.</source>
        <translation>Chaque parent de la famille travaille, cherche un emploi selon un plan convenu avec le VDAB, ou suit des cours ou une formation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child lives with only one parent, who brings up the child alone.</source>
        <translation>L&apos;enfant vit avec un seul parent, qui l&apos;élève seul.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low income</source>
        <translation>Revenu faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family&apos;s income is low: for example the parent receives an increased allowance, a living wage or an income below the limit for the lowest price.</source>
        <translation>Le revenu de la famille est faible : par exemple, le parent bénéficie de l&apos;intervention majorée, du revenu d&apos;intégration ou d&apos;un revenu inférieur au plafond du tarif le plus bas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster child</source>
        <translation>Enfant placé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The child is placed in a foster family, and this family applies.</source>
        <translation>L&apos;enfant est placé dans une famille d&apos;accueil, et c&apos;est cette famille qui introduit la demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A brother or sister already goes there</source>
        <translation>Un frère ou une sœur y va déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the locations a brother or sister already goes to; brothers and sisters are kept together where possible.</source>
        <translation>Cochez les lieux d&apos;accueil que fréquente déjà un frère ou une sœur ; les frères et sœurs sont accueillis ensemble dans la mesure du possible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locations a brother or sister goes to</source>
        <translation>Lieux fréquentés par un frère ou une sœur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Social reasons</source>
        <translation>Raisons sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are social or pedagogical reasons why the child needs childcare, for example a situation that social services or Kind en Gezin follow up.</source>
        <translation>Des raisons sociales ou pédagogiques justifient l&apos;accueil de l&apos;enfant, par exemple une situation suivie par des services sociaux ou par Kind en Gezin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent declared on their honour that the ticked situations are true (sworn statement, verklaring op eer)</source>
        <translation>Le parent a déclaré sur l&apos;honneur que les situations cochées sont exactes (déclaration sur l&apos;honneur, verklaring op eer)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Tick the location a brother or sister goes to, or untick that criterion.</source>
        <translation>Cochez le lieu fréquenté par un frère ou une sœur, ou décochez ce critère.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent&apos;s sworn statement is needed for the situations ticked: tick it once the parent has declared them true.</source>
        <translation>La déclaration sur l&apos;honneur du parent est requise pour les situations cochées : cochez-la dès que le parent a déclaré qu&apos;elles sont exactes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A brother or sister already goes to %1</source>
        <translation>Un frère ou une sœur fréquente déjà %1</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../ui/wizard/PriorityPage.cpp" line="+12"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick what applies to the family. Families in these situations get a place sooner at locations with an income-related price.</source>
        <translation>Cochez ce qui s&apos;applique à la famille. Les familles dans ces situations obtiennent plus vite une place dans les lieux d&apos;accueil pratiquant un tarif lié au revenu.</translation>
    </message>
    <message>
        <source>The parents work or follow a training</source>
        <translation type="vanished">Les parents travaillent ou suivent une formation</translation>
    </message>
    <message>
        <source>Each parent in the family works, looks for work with a plan agreed with VDAB, or follows a course or training.</source>
        <translation type="vanished">Chaque parent de la famille travaille, cherche un emploi selon un plan convenu avec le VDAB, ou suit des cours ou une formation.</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation type="vanished">Parent isolé</translation>
    </message>
    <message>
        <source>The child lives with only one parent, who brings up the child alone.</source>
        <translation type="vanished">L&apos;enfant vit avec un seul parent, qui l&apos;élève seul.</translation>
    </message>
    <message>
        <source>Low income</source>
        <translation type="vanished">Revenu faible</translation>
    </message>
    <message>
        <source>The family&apos;s income is low: for example the parent receives an increased allowance, a living wage or an income below the limit for the lowest price.</source>
        <translation type="vanished">Le revenu de la famille est faible : par exemple, le parent bénéficie de l&apos;intervention majorée, du revenu d&apos;intégration ou d&apos;un revenu inférieur au plafond du tarif le plus bas.</translation>
    </message>
    <message>
        <source>Foster child</source>
        <translation type="vanished">Enfant placé</translation>
    </message>
    <message>
        <source>The child is placed in a foster family, and this family applies.</source>
        <translation type="vanished">L&apos;enfant est placé dans une famille d&apos;accueil, et c&apos;est cette famille qui introduit la demande.</translation>
    </message>
    <message>
        <source>A brother or sister already goes there</source>
        <translation type="vanished">Un frère ou une sœur y va déjà</translation>
    </message>
    <message>
        <source>Tick the locations a brother or sister already goes to; brothers and sisters are kept together where possible.</source>
        <translation type="vanished">Cochez les lieux d&apos;accueil que fréquente déjà un frère ou une sœur ; les frères et sœurs sont accueillis ensemble dans la mesure du possible.</translation>
    </message>
    <message>
        <source>Locations a brother or sister goes to</source>
        <translation type="vanished">Lieux fréquentés par un frère ou une sœur</translation>
    </message>
    <message>
        <source>Social reasons</source>
        <translation type="vanished">Raisons sociales</translation>
    </message>
    <message>
        <source>There are social or pedagogical reasons why the child needs childcare, for example a situation that social services or Kind en Gezin follow up.</source>
        <translation type="vanished">Des raisons sociales ou pédagogiques justifient l&apos;accueil de l&apos;enfant, par exemple une situation suivie par des services sociaux ou par Kind en Gezin.</translation>
    </message>
    <message>
        <source>The parent declared on their honour that the ticked situations are true (sworn statement, verklaring op eer)</source>
        <translation type="vanished">Le parent a déclaré sur l&apos;honneur que les situations cochées sont exactes (déclaration sur l&apos;honneur, verklaring op eer)</translation>
    </message>
    <message>
        <source>Tick the location a brother or sister goes to, or untick that criterion.</source>
        <translation type="vanished">Cochez le lieu fréquenté par un frère ou une sœur, ou décochez ce critère.</translation>
    </message>
    <message>
        <source>The parent&apos;s sworn statement is needed for the situations ticked: tick it once the parent has declared them true.</source>
        <translation type="vanished">La déclaration sur l&apos;honneur du parent est requise pour les situations cochées : cochez-la dès que le parent a déclaré qu&apos;elles sont exactes.</translation>
    </message>
    <message>
        <source>A brother or sister already goes to %1</source>
        <translation type="vanished">Un frère ou une sœur fréquente déjà %1</translation>
    </message>
</context>
<context>
    <name>RecordEdits</name>
    <message>
        <location filename="../core/store/records/RecordEdits.cpp" line="+62"/>
        <source>This record is not in the cache (any more).</source>
        <translation>Cette fiche n’est pas (plus) dans la copie locale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This application is closed: its wishes and preferences stay as they were when it closed.</source>
        <translation>Cette demande est clôturée : ses souhaits et préférences restent tels qu’ils étaient à la clôture.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The field &quot;%1&quot; cannot be changed here.</source>
        <translation>Le champ « %1 » ne peut pas être modifié ici.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../ui/wizard/RecordForm.cpp" line="+48"/>
        <source>A national number has 11 digits.</source>
        <translation>Un numéro de registre national compte 11 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This national number does not exist: check the digits.</source>
        <translation>Ce numéro de registre national n&apos;existe pas : vérifiez les chiffres.</translation>
    </message>
</context>
<context>
    <name>RecordHtml</name>
    <message>
        <location filename="../ui/detail/RecordHtml.cpp" line="+89"/>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>attendu(e) le %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This parent is no longer in your offline copy.</source>
        <translation>Ce parent ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>nobody yet</source>
        <translation>personne pour le moment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account not in your offline copy</source>
        <translation>un compte absent de votre copie hors ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+82"/>
        <location line="+37"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact by</source>
        <translation>Contact par</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+68"/>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>No children recorded.</source>
        <translation>Aucun enfant enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No applications.</source>
        <translation>Aucune demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>(not yet numbered)</source>
        <translation>(pas encore numérotée)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Desired start: %1</source>
        <translation>Début souhaité : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This application is no longer in your offline copy.</source>
        <translation>Cette demande ne figure plus dans votre copie hors ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Born</source>
        <translation>Né(e)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Attendu(e)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desired start</source>
        <translation>Début souhaité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flexibility</source>
        <translation>Flexibilité</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>± %n week(s)</source>
        <translation>
            <numerusform>± %n semaine</numerusform>
            <numerusform>± %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>Souhaits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a location not in your offline copy</source>
        <translation>un lieu absent de votre copie hors ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This location is no longer in your offline copy.</source>
        <translation>Ce lieu n’est plus dans votre copie locale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — to confirm</source>
        <translation>%1 — à confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, updated %2</source>
        <translation>%1, mis à jour le %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n place(s) from %1, %2, %3</source>
        <translation>
            <numerusform>%n place à partir du %1, %2, %3</numerusform>
            <numerusform>%n places à partir du %1, %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Free places</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free place reported at the moment.</source>
        <translation>Aucune place libre signalée pour le moment.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n place(s) filled or withdrawn earlier.</source>
        <translation>
            <numerusform>%n place déjà occupée ou retirée.</numerusform>
            <numerusform>%n places déjà occupées ou retirées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Preferred locations</source>
        <translation>Lieux préférés</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>None chosen.</source>
        <translation>Aucun choisi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The parents work or follow a training</source>
        <translation>Les parents travaillent ou suivent une formation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low income</source>
        <translation>Revenu faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foster child</source>
        <translation>Enfant placé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A brother or sister already goes to:</source>
        <translation>Un frère ou une sœur fréquente déjà :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Social reasons: %1</source>
        <translation>Raisons sociales : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social reasons</source>
        <translation>Raisons sociales</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No priority criteria.</source>
        <translation>Aucun critère de priorité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Introduite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed because</source>
        <translation>Clôturée parce que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>Traitée par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No notes yet.</source>
        <translation>Aucune note pour le moment.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No offers.</source>
        <translation>Aucune offre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For application %1</source>
        <translation>Pour la demande %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer by %1</source>
        <translation>Réponse au plus tard le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The family accepts</source>
        <translation>La famille accepte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The family declines</source>
        <translation>La famille refuse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up on %1</source>
        <translation>Suivi prévu le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: %1</source>
        <translation>Solution : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emergency list</source>
        <translation>Liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No messages.</source>
        <translation>Aucun message.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the parent</source>
        <translation>Envoyée au parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>starts work</source>
        <translation>début d&apos;un emploi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medical</source>
        <translation>médical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other reason</source>
        <translation>autre motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>high urgency</source>
        <translation>urgence élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium urgency</source>
        <translation>urgence moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low urgency</source>
        <translation>urgence faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urgency not set</source>
        <translation>urgence non définie</translation>
    </message>
</context>
<context>
    <name>RegionRules</name>
    <message>
        <location filename="../core/store/records/RegionRules.cpp" line="+37"/>
        <source>This is not one of the rule sets Opvangloket knows.</source>
        <translation>Ce n’est pas un ensemble de règles connu d’Opvangloket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This region is not in your offline copy.</source>
        <translation>Cette région n’est pas dans votre copie locale.</translation>
    </message>
</context>
<context>
    <name>ResolveEntryDialog</name>
    <message>
        <location filename="../ui/emergency/ResolveEntryDialog.cpp" line="+17"/>
        <source>Take off the emergency list</source>
        <translation>Retirer de la liste d&apos;urgence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;How it ended:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>RowEditDialog</name>
    <message>
        <location filename="../ui/conflicts/RowEditDialog.cpp" line="+28"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
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
        <translation>doit être l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid date (expected YYYY-MM-DD)</source>
        <translation>n’est pas une date valide (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a valid Belgian national number</source>
        <translation>n’est pas un numéro de registre national belge valide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must list weekdays with full or half</source>
        <translation>doit indiquer des jours de semaine, en journée complète ou demi-journée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>only mon to fri, each full or half, are allowed</source>
        <translation>seuls les jours du lundi au vendredi, en journée complète ou demi-journée, sont admis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a language code, like nl or fr</source>
        <translation>doit être un code de langue, comme nl ou fr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be between 0 and %1</source>
        <translation>doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>holds only the known priority grounds</source>
        <translation>ne contient que les motifs de priorité connus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+84"/>
        <source>is not a valid e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>the ages must lie between 0 and %1 months, the youngest first</source>
        <translation>les âges doivent être compris entre 0 et %1 mois, le plus jeune d’abord</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>must be a phone number in international form, like +32470123456</source>
        <translation>doit être un numéro de téléphone au format international, p. ex. +32470123456</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a Belgian postcode of four digits</source>
        <translation>doit être un code postal belge à quatre chiffres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when the parent prefers e-mail</source>
        <translation>est obligatoire si le parent préfère l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required when the parent prefers the phone</source>
        <translation>est obligatoire si le parent préfère le téléphone</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>must name the parent</source>
        <translation>doit désigner le parent</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>is required (use &quot;baby&quot; for an expected child)</source>
        <translation>est obligatoire (utilisez « bébé » pour un enfant attendu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give either the birth date or the expected birth date</source>
        <translation>indiquez soit la date de naissance, soit la date de naissance prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lies in the future; use the expected birth date</source>
        <translation>se situe dans le futur ; utilisez la date de naissance prévue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must name the child</source>
        <translation>doit désigner l&apos;enfant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a known application state</source>
        <translation>n&apos;est pas un statut de demande connu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be between 0 and 52 weeks</source>
        <translation>doit se situer entre 0 et 52 semaines</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>choose at most 5 locations</source>
        <translation>choisissez 5 lieux au maximum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be 1 (high), 2 or 3 (low)</source>
        <translation>doit être 1 (haute), 2 ou 3 (basse)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is not a known priority rule set</source>
        <translation>n’est pas un ensemble de règles de priorité connu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the location is not in Belgium</source>
        <translation>le lieu ne se trouve pas en Belgique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>choose at least one day</source>
        <translation>choisissez au moins un jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 1 and 100</source>
        <translation>doit être compris entre 1 et 100</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is required for an offer that is sent</source>
        <translation>est obligatoire pour une offre envoyée</translation>
    </message>
    <message>
        <location line="-284"/>
        <location line="+234"/>
        <source>must be antwerpen, mechelen or turnhout</source>
        <translation>doit être antwerpen, mechelen ou turnhout</translation>
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
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lies in another region than this record</source>
        <translation>se trouve dans une autre région que ce dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a child of another parent</source>
        <translation>est l’enfant d’un autre parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not the parent of the application</source>
        <translation>n’est pas le parent de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a place at another location</source>
        <translation>est une place dans un autre lieu d’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is an application of another parent</source>
        <translation>est une demande d’un autre parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must name a referrer&apos;s account</source>
        <translation>doit être le compte d’un service d’orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must name a staff account</source>
        <translation>doit être le compte d’un membre du personnel</translation>
    </message>
    <message>
        <location filename="../core/domain/PlacementProblems.h" line="+18"/>
        <source>this place was just offered to another family</source>
        <translation>cette place vient d&apos;être proposée à une autre famille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a place that was withdrawn</source>
        <translation>est une place qui a été retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new offer starts as proposed or sent</source>
        <translation>une nouvelle offre commence comme proposée ou envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an offer goes from proposed to sent, from sent to accepted, declined or expired, and an open offer may be withdrawn; an answered offer stays as it is</source>
        <translation>une offre passe de proposée à envoyée, d&apos;envoyée à acceptée, refusée ou expirée, et une offre en cours peut être retirée ; une offre à laquelle on a répondu reste telle quelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the family can only accept while the application is offered</source>
        <translation>la famille ne peut accepter que tant que la demande est au statut offre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not waiting for a place (it is accepted, placed or closed)</source>
        <translation>n&apos;attend pas de place (elle est acceptée, placée ou clôturée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot change while the offer is sent or accepted; withdraw it and make a new one</source>
        <translation>ne peut pas changer tant que l&apos;offre est envoyée ou acceptée ; retirez-la et faites-en une nouvelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a sent or accepted offer is withdrawn, not deleted</source>
        <translation>une offre envoyée ou acceptée est retirée, pas supprimée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an application can only be offered while it has a sent offer</source>
        <translation>une demande ne peut être au statut offre que tant qu&apos;elle a une offre envoyée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is below the number of offers sent or accepted for this place</source>
        <translation>est inférieur au nombre d&apos;offres envoyées ou acceptées pour cette place</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this application is on the emergency list already</source>
        <translation>cette demande figure déjà sur la liste d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../core/domain/InfoSheet.cpp" line="+17"/>
        <location line="+16"/>
        <source>is longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>must hold the texts of the info sheet</source>
        <translation>doit contenir les textes de la fiche d’information</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a field of the info sheet</source>
        <translation>n’est pas un champ de la fiche d’information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>must hold the texts of the info sheet per language</source>
        <translation>doit contenir les textes de la fiche d’information par langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a language of the info sheet (nl, fr, en)</source>
        <translation>n’est pas une langue de la fiche d’information (nl, fr, en)</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../ui/allocation/RuleSetDialog.cpp" line="+35"/>
        <source>&amp;Use for this region</source>
        <translation>&amp;Utiliser pour cette région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority rules</source>
        <translation>Règles de priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The priority rules in plain words</source>
        <translation>Les règles de priorité en mots simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set</source>
        <translation>Ensemble de règles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Region:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>In force from %1 to %2.</source>
        <translation>En vigueur du %1 au %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In force since %1.</source>
        <translation>En vigueur depuis le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen for this region.</source>
        <translation>Choisi pour cette région.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used because it is in force today (no set was chosen for this region).</source>
        <translation>Utilisé parce qu’il est en vigueur aujourd’hui (aucun ensemble n’a été choisi pour cette région).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who comes first, at each location</source>
        <translation>Qui passe en premier, dans chaque lieu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Families with the same priority are ranked by a lottery: one number per child, drawn once for the whole allocation, so no family is favoured at one location and not at another.</source>
        <translation>Les familles de même priorité sont classées par tirage au sort : un numéro par enfant, tiré une seule fois pour toute l’attribution, pour qu’aucune famille ne soit favorisée dans un lieu et pas dans un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Places kept for some families</source>
        <translation>Places réservées à certaines familles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of the places of each location are kept for %2. Places they do not take go to the other families.</source>
        <translation>%1 des places de chaque lieu sont réservées aux %2. Les places qu’elles n’occupent pas vont aux autres familles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No priority rule set is in force.</source>
        <translation>Aucun ensemble de règles de priorité n’est en vigueur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the region&apos;s coordinator or an administrator can choose another rule set.</source>
        <translation>Seul le coordinateur de la région ou un administrateur peut choisir un autre ensemble de règles.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen. The next joint allocation of this region uses these rules once the change is sent.</source>
        <translation>Choisi. La prochaine attribution conjointe de cette région utilisera ces règles dès que la modification sera envoyée.</translation>
    </message>
</context>
<context>
    <name>SearchHitText</name>
    <message>
        <location filename="../ui/search/SearchHitText.cpp" line="+30"/>
        <source>Parents</source>
        <translation>Parents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applications</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Application</source>
        <translation>Demande</translation>
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
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>attendu(e) le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>parent %1</source>
        <translation>parent %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>start %1</source>
        <translation>début le %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>and at least %1 more: type more to narrow the search</source>
        <translation>et au moins %1 autres : précisez votre saisie pour affiner la recherche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n more: type more to narrow the search</source>
        <translation>
            <numerusform>et %n autre : précisez votre saisie pour affiner la recherche</numerusform>
            <numerusform>et %n autres : précisez votre saisie pour affiner la recherche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing found for “%1”. Search by name, application number, national number, phone, e-mail or postcode.</source>
        <translation>Aucun résultat pour « %1 ». Recherchez par nom, numéro de demande, numéro de registre national, téléphone, e-mail ou code postal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../ui/search/SearchPopup.cpp" line="+25"/>
        <location line="+12"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+33"/>
        <location line="+30"/>
        <source>Sign in to Opvangloket</source>
        <translation>Se connecter à Opvangloket</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the server address, for example https://opvangloket.example.be.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://opvangloket.example.be.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// (or http:// on this computer) and name a server.</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (ou http:// sur cet ordinateur) et nommer un serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Continue in your browser: sign in at %1. This window waits for it.</source>
        <translation>Continuez dans votre navigateur : connectez-vous chez %1. Cette fenêtre attend.</translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <location filename="../ui/signin/SignOutDialog.cpp" line="+14"/>
        <location line="+12"/>
        <location line="+35"/>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Sign out %1 on this PC? The next start asks for the password again.</source>
        <translation>Déconnecter %1 sur ce PC ? Au prochain démarrage, le mot de passe sera redemandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also &amp;remove this account&apos;s data from this PC (the offline copy and the application being filed)</source>
        <translation>&amp;Supprimer aussi les données de ce compte de ce PC (la copie locale et la demande en cours de saisie)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel and synchronise first to send them.</source>
        <translation>Annulez et synchronisez d’abord pour les envoyer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are sent once the PC is online again, if the data stays.</source>
        <translation>Elles seront envoyées quand le PC sera de nouveau en ligne, si les données restent.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n change(s) made on this PC were not sent to the server yet. They will be lost.</source>
        <translation>
            <numerusform>%n modification faite sur ce PC n’a pas encore été envoyée au serveur. Elle sera perdue.</numerusform>
            <numerusform>%n modifications faites sur ce PC n’ont pas encore été envoyées au serveur. Elles seront perdues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) were not sent yet; they stay on this PC and are sent at the next sign-in.</source>
        <translation>
            <numerusform>%n modification n’a pas encore été envoyée ; elle reste sur ce PC et sera envoyée à la prochaine connexion.</numerusform>
            <numerusform>%n modifications n’ont pas encore été envoyées ; elles restent sur ce PC et seront envoyées à la prochaine connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sign out and lose %n change(s)</source>
        <translation>
            <numerusform>Se déconnecter et perdre %n modification</numerusform>
            <numerusform>Se déconnecter et perdre %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBarWidget</name>
    <message>
        <location filename="../ui/StatusBarWidget.cpp" line="+26"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changes that clash with someone else&apos;s</source>
        <translation>Afficher les modifications en conflit avec celles de quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changes the server refused</source>
        <translation>Afficher les modifications refusées par le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Last sync: %1 %2</source>
        <translation type="vanished">Dernière synchronisation : %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes: %L1</source>
        <translation>Modifications en attente : %L1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts: %L1</source>
        <translation>Conflits : %L1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused changes: %L1</source>
        <translation>Modifications refusées : %L1</translation>
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
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offline — data as of %1</source>
        <translation>Hors ligne — données de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline — nothing synced yet</source>
        <translation>Hors ligne — rien de synchronisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../ui/detail/StatusChangeDialog.cpp" line="+30"/>
        <source>Change the state</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New state</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the application is closed</source>
        <translation>Motif de clôture de la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: the family moved away</source>
        <translation>Par exemple : la famille a déménagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent declined the place</source>
        <translation>Le parent a refusé la place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer expired without an answer</source>
        <translation>L&apos;offre a expiré sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the offer ends</source>
        <translation>Motif de fin de l&apos;offre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More about it (optional)</source>
        <translation>Précisions (facultatif)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;More:</source>
        <translation>&amp;Précisions :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New state:</source>
        <translation>&amp;Nouveau statut :</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Give the reason first.</source>
        <translation>Indiquez d&apos;abord le motif.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../ui/wizard/SummaryPage.cpp" line="+34"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this to the parent. Go back to change anything.</source>
        <translation>Lisez ceci au parent. Revenez en arrière pour modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Update application</source>
        <translation>&amp;Mettre à jour la demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Submit application</source>
        <translation>&amp;Introduire la demande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be filed yet: %1</source>
        <translation>Impossible d&apos;introduire la demande pour le moment : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back and correct what is listed in red.</source>
        <translation>Revenez en arrière et corrigez ce qui est indiqué en rouge.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The application was not filed: %1</source>
        <translation>La demande n&apos;a pas été introduite : %1</translation>
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
            <numerusform>L&apos;accueil doit commencer le %1, à %n semaine près, les jours suivants : %2.</numerusform>
            <numerusform>L&apos;accueil doit commencer le %1, à %n semaines près, les jours suivants : %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are updating application %1 of %2.</source>
        <translation>Vous mettez à jour la demande %1 de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are filing an application for %1, %2.</source>
        <translation>Vous introduisez une demande pour %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The parent is %1, who is new and will be added.</source>
        <translation>Le parent est %1, qui est nouveau et sera ajouté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parent is %1.</source>
        <translation>Le parent est %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The child is new and will be added.</source>
        <translation>L&apos;enfant est nouveau et sera ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred locations, most wanted first:</source>
        <translation>Lieux préférés, par ordre de préférence :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No priority criteria are claimed.</source>
        <translation>Aucun critère de priorité n&apos;est invoqué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority claimed, confirmed by the parent&apos;s sworn statement:</source>
        <translation>Priorité invoquée, confirmée par la déclaration sur l&apos;honneur du parent :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You file this as a referrer; the counter follows it up.</source>
        <translation>Vous introduisez cette demande en tant qu&apos;orienteur ; le guichet en assure le suivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed at the counter.</source>
        <translation>Introduite au guichet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is saved on this computer at once and sent to the server at the next sync.</source>
        <translation>Elle est immédiatement enregistrée sur cet ordinateur et sera envoyée au serveur lors de la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+239"/>
        <source>The server does not have changes this computer sent to it earlier, and did not say it was restored. Ask an administrator to check the server.</source>
        <translation>Le serveur n&apos;a pas des modifications que cet ordinateur lui a envoyées plus tôt, et n&apos;indique pas avoir été restauré. Demandez à un administrateur de vérifier le serveur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>The sync state cannot be written.</source>
        <translation>L&apos;état de synchronisation ne peut pas être enregistré.</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <location filename="../ui/common/SyncProgressText.cpp" line="+18"/>
        <source>Syncing… %Ln row(s)</source>
        <translation>
            <numerusform>Synchronisation… %Ln ligne</numerusform>
            <numerusform>Synchronisation… %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Syncing… %L1 of %Ln row(s) (%2%)</source>
        <comment>rows so far, of all rows (percent)</comment>
        <translation>
            <numerusform>Synchronisation… %L1 sur %Ln ligne (%2&#xa0;%)</numerusform>
            <numerusform>Synchronisation… %L1 sur %Ln lignes (%2&#xa0;%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <location filename="../core/sync/TlsTrust.cpp" line="+18"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>Le fichier d&apos;autorité de certification %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The server&apos;s certificate is made out to another host name than &quot;%1&quot;: this may not be the Opvangloket server you meant.</source>
        <translation>Le certificat du serveur est établi pour un autre nom d&apos;hôte que « %1 » : ce n&apos;est peut-être pas le serveur Opvangloket voulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s certificate has expired (on %1); its administrator must renew it.</source>
        <translation>Le certificat du serveur a expiré (le %1) ; son administrateur doit le renouveler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not valid yet; check the date and time of this computer.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide ; vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust (unknown issuer); ask the administrator for the CA file (--ca-file).</source>
        <translation>Le certificat du serveur a été émis par une autorité que cet ordinateur ne reconnaît pas (émetteur inconnu) ; demandez le fichier de l&apos;autorité de certification à l&apos;administrateur (--ca-file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate has been revoked.</source>
        <translation>Le certificat du serveur a été révoqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate was refused: %1</source>
        <translation>Le certificat du serveur a été refusé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure connection to the server failed.</source>
        <translation>La connexion sécurisée au serveur a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server is not safe, so nothing was sent. %1</source>
        <translation>La connexion au serveur n&apos;est pas sûre ; rien n&apos;a donc été envoyé. %1</translation>
    </message>
</context>
<context>
    <name>WishesForm</name>
    <message>
        <location filename="../ui/wizard/WishesForm.cpp" line="+27"/>
        <source>Desired start date</source>
        <translation>Date de début souhaitée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Flexibility in weeks</source>
        <translation>Flexibilité en semaines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many weeks earlier or later the start may be.</source>
        <translation>De combien de semaines le début peut être avancé ou reporté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desired &amp;start</source>
        <translation>&amp;Début souhaité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flexibility</source>
        <translation>&amp;Flexibilité</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Days of care:</source>
        <translation>Jours d&apos;accueil :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the date care should start.</source>
        <translation>Indiquez la date de début de l&apos;accueil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date: type it as day/month/year, like 2/9/2027.</source>
        <translation>Ce n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 2/9/2027.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date has passed.</source>
        <translation>Cette date est dépassée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date lies before the child&apos;s (expected) birth.</source>
        <translation>Cette date précède la naissance (prévue) de l&apos;enfant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
</context>
<context>
    <name>WishesPage</name>
    <message>
        <location filename="../ui/wizard/WishesPage.cpp" line="+12"/>
        <source>Wishes</source>
        <translation>Souhaits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When should childcare start, and on which days?</source>
        <translation>Quand l&apos;accueil doit-il commencer, et quels jours ?</translation>
    </message>
    <message>
        <source>Desired start date</source>
        <translation type="vanished">Date de début souhaitée</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="vanished">jour/mois/année</translation>
    </message>
    <message>
        <source>Flexibility in weeks</source>
        <translation type="vanished">Flexibilité en semaines</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="vanished"> semaines</translation>
    </message>
    <message>
        <source>How many weeks earlier or later the start may be.</source>
        <translation type="vanished">De combien de semaines le début peut être avancé ou reporté.</translation>
    </message>
    <message>
        <source>Desired &amp;start</source>
        <translation type="vanished">&amp;Début souhaité</translation>
    </message>
    <message>
        <source>&amp;Flexibility</source>
        <translation type="vanished">&amp;Flexibilité</translation>
    </message>
    <message>
        <source>Days of care:</source>
        <translation type="vanished">Jours d&apos;accueil :</translation>
    </message>
    <message>
        <source>Give the date care should start.</source>
        <translation type="vanished">Indiquez la date de début de l&apos;accueil.</translation>
    </message>
    <message>
        <source>Not a date: type it as day/month/year, like 2/9/2027.</source>
        <translation type="vanished">Ce n&apos;est pas une date valide : saisissez-la sous la forme jour/mois/année, p. ex. 2/9/2027.</translation>
    </message>
    <message>
        <source>This date has passed.</source>
        <translation type="vanished">Cette date est dépassée.</translation>
    </message>
    <message>
        <source>This date lies before the child&apos;s (expected) birth.</source>
        <translation type="vanished">Cette date précède la naissance (prévue) de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Choisissez au moins un jour.</translation>
    </message>
</context>
<context>
    <name>WizardText</name>
    <message numerus="yes">
        <location filename="../ui/wizard/WizardText.cpp" line="+31"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1½ years</source>
        <translation>%1 an(s) et demi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>age range not given</source>
        <translation>tranche d&apos;âge non précisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from birth to %1</source>
        <translation>de la naissance à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group care</source>
        <translation>accueil en groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>family care (childminder)</source>
        <translation>accueil familial (accueillant(e) d&apos;enfants)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind not given</source>
        <translation>type non précisé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>price depends on income</source>
        <translation>tarif lié au revenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed price, not income-related</source>
        <translation>tarif fixe, non lié au revenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tariff not given</source>
        <translation>tarif non précisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>about %1 km</source>
        <translation>environ %1 km</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>full day</source>
        <translation>journée complète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half day</source>
        <translation>demi-journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no care</source>
        <translation>pas d&apos;accueil</translation>
    </message>
</context>
</TS>
