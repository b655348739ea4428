<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componente</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componenti inclusi</source>
        <translation>Bundled components</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componenti inclusi e loro licenze:</source>
        <translation>Bundled components and their licences:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Distribuito con licenza {licence}.</source>
        <translation>Released under the {licence} licence.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Informazioni su %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Licenza</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Residenzialità Temporanea Sociale: casi, alloggi, calendario, progetti e report per il servizio del Comune di Milano.</source>
        <translation>Temporary Social Housing: cases, apartments, calendar, plans and reports for the City of Milan service.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Versione %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>in {name}</source>
        <translation>in {name}</translation>
    </message>
</context>
<context>
    <name>AccountButton</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocca dopo quanti minuti senza attività (0: mai)?</source>
        <translation>Lock after how many minutes without activity (0: never)?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocca ora</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico</source>
        <translation>Auto-lock</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: dopo %n minuti…</source>
        <translation>
            <numerusform>Auto-lock: after %n minute…</numerusform>
            <numerusform>Auto-lock: after %n minutes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: mai…</source>
        <translation>Auto-lock: never…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia utente…</source>
        <translation>Switch user…</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Azione</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Chi la svolge</source>
        <translation>&amp;Who does it</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica azione</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuova azione</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tatus</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Aggiungi al nucleo</source>
        <translation>&amp;Add to household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Relazione con il capofamiglia *</source>
        <translation>&amp;Relationship to head of household *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Aggiungi componente – %1</source>
        <translation>Add member – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, aggiungila al nucleo; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation>A person with the same details already exists. If it is them, add them to the household; if it is someone else, register them anyway. No data is merged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Il componente non è stato aggiunto. Chiudere e perdere i dati inseriti?</source>
        <translation>The member has not been added. Close and lose the data entered?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo</source>
        <translation>In the household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo &amp;dal *</source>
        <translation>In household &amp;from *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Giorno</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Orario</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Partecipanti</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>tutto il giorno</source>
        <translation>all day</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Assistente sociale SST</source>
        <translation>Social &amp;worker (SST)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Condividi</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation>&amp;Next review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condividi il progetto (versione %1)</source>
        <translation>Share the plan (version %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condiviso &amp;il</source>
        <translation>Shared &amp;on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Dopo la condivisione questa versione non si potrà più modificare: sarà quella che si stampa e si firma. Per cambiare qualcosa si crea una nuova versione.</source>
        <translation>Once shared, this version can no longer be changed: it is the one that gets printed and signed. To change anything, create a new version.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Nome e cognome dell'assistente sociale</source>
        <translation>Social worker's full name</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source> mesi</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Durata *</source>
        <translation>&amp;Duration *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Firmato il *</source>
        <translation>&amp;Signed on *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Inserimento</source>
        <translation>&amp;Placement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Quota mensile (€) *</source>
        <translation>Monthly &amp;contribution (€) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra patto</source>
        <translation>&amp;Record agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Regolamento (versione) *</source>
        <translation>House r&amp;ules (version) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Le quote mensili si calcolano per i mesi del patto in cui il nucleo è in alloggio. Scrivi «0» se non è dovuta alcuna quota.</source>
        <translation>Monthly contributions are due for the agreement months in which the household is in the apartment. Enter ‘0’ if no contribution is due.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Nuovo patto di accoglienza</source>
        <translation>New hosting agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 50,00</source>
        <translation>e.g. 50.00</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>{apartment} {room} dal {date}</source>
        <translation>{apartment} {room} from {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>— nessuno —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>%n mensilità, {amount}</source>
        <translation>
            <numerusform>%n month, {amount}</numerusform>
            <numerusform>%n months, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Lettera di sollecito…</source>
        <translation>Reminder &amp;letter…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Nuovo patto…</source>
        <translation>&amp;New agreement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Patto:</source>
        <translation>&amp;Agreement:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Pagamenti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Payments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Richiami&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warnings&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>A&amp;ggiorna mensilità</source>
        <translation>&amp;Update monthly charges</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Aggiunge le mensilità dei mesi in alloggio (dopo una proroga, per esempio).</source>
        <translation>Adds the monthly charges for the months in the apartment (after an extension, for example).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Arretrati: %1</source>
        <translation>Arrears: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Case closed: read only.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Da versare</source>
        <translation>To pay</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Dovuto</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Firmato il %1 · %2 mesi, da %3 a %4 · quota mensile %5 · regolamento v. %6</source>
        <translation>Signed on %1 · %2 months, from %3 to %4 · monthly contribution %5 · house rules v. %6</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Lettera di sollecito – %1</source>
        <translation>Reminder letter – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun arretrato.</source>
        <translation>No arrears.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun patto di accoglienza registrato: usa «Nuovo patto…».</source>
        <translation>No hosting agreement recorded: use ‘New agreement…’.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessuna mensilità: si calcolano per i mesi del patto in cui il nucleo è in alloggio.</source>
        <translation>No monthly charges: they are due for the agreement months in which the household is in the apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Pagamenti registrati</source>
        <translation>Recorded payments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili</source>
        <translation>Monthly contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili di compartecipazione</source>
        <translation>Monthly cost-sharing contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Registra &amp;pagamento…</source>
        <translation>Record &amp;payment…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ric&amp;hiamo…</source>
        <translation>&amp;Warning…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta n. %1 – %2</source>
        <translation>Receipt no. %1 – %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Richiami</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>S&amp;tampa ricevuta…</source>
        <translation>Print rece&amp;ipt…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Seleziona prima un pagamento nell'elenco dei pagamenti.</source>
        <translation>First select a payment in the list of payments.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Sollecito</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ultimo pagamento</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Versato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>firmato il %1 · %2 mesi · %3 al mese</source>
        <translation>signed on %1 · %2 months · %3 a month</translation>
    </message>
</context>
<context>
    <name>AnagraficaTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Capofam.</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Componenti del nucleo</source>
        <translation>Household members</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>I dati sanitari e giudiziari non sono mostrati qui: si aprono solo su richiesta e l'accesso viene registrato.</source>
        <translation>Health and judicial data are not shown here: they open only on request, and each viewing is logged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Identificativi</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nato/a il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nel nucleo</source>
        <translation>In household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1 al %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>sì</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>ApartmentFileDialog</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n letti</source>
        <translation>
            <numerusform>%n bed</numerusform>
            <numerusform>%n beds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n stanze</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Assegna…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Cambia stato…</source>
        <translation>&amp;Change status…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Inserimenti</source>
        <translation>&amp;Placements</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Manutenzione</source>
        <translation>&amp;Maintenance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuova segnalazione…</source>
        <translation>&amp;New fault report…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuovo sopralluogo…</source>
        <translation>New &amp;inspection…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Stanze</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Verbali chiavi</source>
        <translation>&amp;Key handovers</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>A&amp;zioni…</source>
        <translation>Ac&amp;tions…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Acqua</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Alloggio %1</source>
        <translation>Apartment %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Aperta il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>C&amp;hiudi…</source>
        <translation>Cl&amp;ose…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chi interviene</source>
        <translation>Who fixes it</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chiavi</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chiusa il</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Inserimenti</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Letti</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Luce</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Manutenzione</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Mesi</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Municipio {n}</source>
        <translation>Municipio {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e &amp;quote</source>
        <translation>Agreements and &amp;contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e quote</source>
        <translation>Agreements and contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patto firmato il</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Quota mensile</source>
        <translation>Monthly contribution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Regolamento</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Richiami</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>S&amp;torico stato</source>
        <translation>Status &amp;history</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>So&amp;pralluoghi</source>
        <translation>I&amp;nspections</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Sopralluoghi</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stampa &amp;verbale</source>
        <translation>Print &amp;record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stanza</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stanze</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato oggi: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Status today: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato oggi: &lt;b&gt;{state}&lt;/b&gt; · {occupied} posti occupati su {beds}</source>
        <translation>Status today: &lt;b&gt;{state}&lt;/b&gt; · {occupied} of {beds} beds taken</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Storico stato</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Verbale</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Verbali chiavi</source>
        <translation>Key handovers</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>accessibile</source>
        <translation>accessible</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>ascensore</source>
        <translation>lift</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>piano {floor}</source>
        <translation>floor {floor}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>senza ascensore</source>
        <translation>no lift</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>{rooms}, {beds}</source>
        <translation>{rooms}, {beds}</translation>
    </message>
</context>
<context>
    <name>ApartmentListView</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%1 di %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n alloggi</source>
        <translation>
            <numerusform>%n apartment</numerusform>
            <numerusform>%n apartments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n posti liberi</source>
        <translation>
            <numerusform>%n free bed</numerusform>
            <numerusform>%n free beds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Apri &amp;scheda alloggio</source>
        <translation>Open apartment &amp;details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>S&amp;tato:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>codice o indirizzo</source>
        <translation>code or address</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>{apartments} · {free} su {places}</source>
        <translation>{apartments} · {free} of {places}</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Questa sezione sarà disponibile in una prossima versione.</source>
        <translation>This section will be available in a future version.</translation>
    </message>
</context>
<context>
    <name>AssessmentWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>%n valutazioni</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Nuova valutazione…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ambito</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Case closed: view only.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto %1 → %2</source>
        <translation>Comparison %1 → %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto tra le ultime due valutazioni</source>
        <translation>Comparison of the last two assessments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ora</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Prima</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Scala 1–5: 1 = supporto intensivo, 5 = piena autonomia · %1</source>
        <translation>Scale 1–5: 1 = intensive support, 5 = fully independent · %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Servono due valutazioni per il confronto.</source>
        <translation>Two assessments are needed for a comparison.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Variazione</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Incaricato:</source>
        <translation>&amp;Assigned to:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chi interviene</source>
        <translation>Who will handle it</translation>
    </message>
</context>
<context>
    <name>AssignEducatorDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Assegna</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Dal *</source>
        <translation>&amp;From *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Educatore *</source>
        <translation>&amp;Educator *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Referente del caso (sostituisce l'attuale)</source>
        <translation>Case &amp;lead (replaces the current one)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assegna educatore</source>
        <translation>Assign educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>AttachDocumentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Allega</source>
        <translation>&amp;Attach</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;File *</source>
        <translation>&amp;File *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Persona</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Rilasciato il</source>
        <translation>&amp;Issued on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Scegli file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Tipo *</source>
        <translation>&amp;Type *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Allega documento – %1</source>
        <translation>Attach document – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documenti (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documento non allegato</source>
        <translation>Document not attached</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>File da allegare</source>
        <translation>File to attach</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Il documento non è stato allegato. Chiudere senza allegarlo?</source>
        <translation>The document has not been attached. Close without attaching it?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scad&amp;e il</source>
        <translation>E&amp;xpires on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare</source>
        <translation>Choose the file to attach</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare.</source>
        <translation>Choose the file to attach.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>T&amp;itolo *</source>
        <translation>Tit&amp;le *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Tutto il nucleo</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>es. Carta d'identità di Amina</source>
        <translation>e.g. Amina's identity card</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>gg/mm/aaaa, facoltativa</source>
        <translation>dd/mm/yyyy, optional</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>nessun file scelto</source>
        <translation>no file chosen</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Salva presenze</source>
        <translation>&amp;Save attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Foglio firme</source>
        <translation>Signature sheet</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Le presenze segnate non sono state salvate. Chiudere comunque?</source>
        <translation>The attendance you marked has not been saved. Close anyway?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nessun beneficiario partecipa a questo appuntamento.</source>
        <translation>No beneficiaries are taking part in this appointment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza di %1</source>
        <translation>Attendance of %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze non salvate</source>
        <translation>Attendance not saved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Stampa &amp;foglio firme…</source>
        <translation>Print si&amp;gnature sheet…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>— da segnare —</source>
        <translation>— not marked —</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%1 da stampare, un PDF per progetto (codice del caso e versione nel nome del file).</source>
        <translation>%1 to print, one PDF per plan (case code and version in the file name).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%n progetti</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%v di %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Avvia stampa</source>
        <translation>&amp;Start printing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Cartella:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Avvio dei processi di stampa…</source>
        <translation>Starting print jobs…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Cartella dei PDF</source>
        <translation>PDF folder</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Interruzione in corso: i PDF già completati restano nella cartella.</source>
        <translation>Stopping: PDFs already finished stay in the folder.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>S&amp;foglia…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Scegli una cartella esistente.</source>
        <translation>Choose an existing folder.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Stampa dei progetti</source>
        <translation>Print plans</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n letti</source>
        <translation>
            <numerusform>%n bed</numerusform>
            <numerusform>%n beds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n posti liberi</source>
        <translation>
            <numerusform>%n free bed</numerusform>
            <numerusform>%n free beds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation>&amp;New placement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>C&amp;erca:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento non riuscito.</source>
        <translation>Loading failed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Oggi %1: &lt;b&gt;%2&lt;/b&gt; su %3</source>
        <translation>Today %1: &lt;b&gt;%2&lt;/b&gt; of %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente (Maiusc+←)</source>
        <translation>Previous period (Shift+←)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo (Maiusc+→)</source>
        <translation>Next period (Shift+→)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Settimana</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Tutti i Municipi</source>
        <translation>All Municipi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>alloggio, indirizzo o nucleo</source>
        <translation>apartment, address or household</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Nessun alloggio corrisponde al filtro.</source>
        <translation>No apartments match the filter.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Oggi: %1</source>
        <translation>Today: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Tabellone occupazione</source>
        <translation>Occupancy board</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n appuntamenti</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n scadenze</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Caso</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Educatore</source>
        <translation>&amp;Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Giorno</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Mese</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Nuovo…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Settimana</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>(Invio: apri, tasto menu: azioni)</source>
        <translation>(Enter: open, Menu key: actions)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>A&amp;lloggio</source>
        <translation>A&amp;partment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>A&amp;rea</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Mostra sca&amp;denze</source>
        <translation>Show dead&amp;lines</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente (PgSu)</source>
        <translation>Previous period (PgUp)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo (PgGiù)</source>
        <translation>Next period (PgDn)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Tutti</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>{appointments} · {deadlines}</source>
        <translation>{appointments} · {deadlines}</translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>%1 è già uscito/a dal nucleo.</source>
        <translation>%1 has already left the household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Cartella in cui salvare i dati di %1</source>
        <translation>Folder in which to save %1's data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Dati esportati</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Già uscito/a</source>
        <translation>Already left</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>I dati di %1 sono stati esportati nella cartella:
%2</source>
        <translation>%1's data has been exported to the folder:
%2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Nessuna persona selezionata</source>
        <translation>No person selected</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Seleziona prima una persona nell'elenco dei componenti.</source>
        <translation>First select a person in the list of members.</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;0 Patto e quote</source>
        <translation>&amp;0 Agreement and contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;1 Anagrafica</source>
        <translation>&amp;1 Personal details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;2 Percorso</source>
        <translation>&amp;2 Pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;3 Inserimenti</source>
        <translation>&amp;3 Placements</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;4 Diario</source>
        <translation>&amp;4 Diary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;5 Documenti</source>
        <translation>&amp;5 Documents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;6 Scheda FSE</source>
        <translation>&amp;6 ESF form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;7 Cronologia</source>
        <translation>&amp;7 Timeline</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;8 Progetto</source>
        <translation>&amp;8 Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;9 Autonomia</source>
        <translation>&amp;9 Independence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Modifica persona…</source>
        <translation>Edit &amp;person…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Uscita dal nucleo…</source>
        <translation>&amp;Leave household…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Aggiungi com&amp;ponente…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Alloggio %1 fino al %2</source>
        <translation>Apartment %1 until %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Assegna &amp;educatore…</source>
        <translation>Assign &amp;educator…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>C&amp;hi vede il caso…</source>
        <translation>W&amp;ho can see the case…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Capofamiglia: %1</source>
        <translation>Head of household: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up.</source>
        <translation>Case closed: read only; you can reopen it or add notes and follow-ups.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Educatore: %1</source>
        <translation>Educator: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Esporta dati (art. 15)…</source>
        <translation>Export data (Art. 15)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation>Follow-ups are recorded on closed cases.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Modifica &amp;dati del caso…</source>
        <translation>Edit &amp;case details…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel diario c'è una nota non salvata. Chiudere il fascicolo e perderla?</source>
        <translation>The diary has an unsaved note. Close the case file and lose it?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel progetto ci sono modifiche non salvate. Chiudere il fascicolo e perderle?</source>
        <translation>The plan has unsaved changes. Close the case file and lose them?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nessun educatore</source>
        <translation>No educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Non in alloggio</source>
        <translation>Not in an apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nota non salvata</source>
        <translation>Note not saved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Progetto non salvato</source>
        <translation>Plan not saved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Registra &amp;follow-up…</source>
        <translation>Record &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Segnalato il %1</source>
        <translation>Referred on %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Capofamiglia</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Educatore</source>
        <translation>Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Giorni</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Mun.</source>
        <translation>Mun.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Prossima scadenza</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CasePlanDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Progetto</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>A&amp;utonomia</source>
        <translation>&amp;Independence</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Azioni sull'inserimento…</source>
        <translation>Placement &amp;actions…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Inserimenti:</source>
        <translation>&amp;Placements:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>In alloggio %1 · oggi l'alloggio è: %2</source>
        <translation>In apartment %1 · apartment status today: %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Inserimenti del percorso</source>
        <translation>Placements in this pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso %1</source>
        <translation>Pathway %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso &lt;b&gt;%1&lt;/b&gt; · stato: %2</source>
        <translation>Pathway &lt;b&gt;%1&lt;/b&gt; · status: %2</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%1 di %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%n casi</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Apri fascicolo</source>
        <translation>&amp;Open case file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Educatore</source>
        <translation>&amp;Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Municipio</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Nuovo caso…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&lt;h2&gt;Casi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Cases&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>All&amp;oggio</source>
        <translation>A&amp;partment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Caricamento dei casi…</source>
        <translation>Loading cases…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Elenco dei casi</source>
        <translation>List of cases</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Nome, codice, codice fiscale, alloggio…</source>
        <translation>Name, code, tax code, apartment…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Qualsiasi segnalazione</source>
        <translation>Any flag</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Se&amp;gnalazioni</source>
        <translation>Fla&amp;gs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli alloggi</source>
        <translation>All apartments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli educatori</source>
        <translation>All educators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli stati</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti i Municipi</source>
        <translation>All Municipi</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Nuova password (almeno 10 caratteri):</source>
        <translation>&amp;New password (at least 10 characters):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Ripeti la nuova password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Password &amp;attuale:</source>
        <translation>&amp;Current password:</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/charts.py"/>
        <source>Nessun dato</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Chiusa il:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>C&amp;osto (€):</source>
        <translation>C&amp;ost (€):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chiudi la segnalazione</source>
        <translation>Close fault report</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Cosa</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Nota</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Da rinnovare il</source>
        <translation>Renew on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra consenso o informativa</source>
        <translation>Record consent or privacy notice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>facoltativa, es. firmato anche dal tutore</source>
        <translation>optional, e.g. also signed by the guardian</translation>
    </message>
</context>
<context>
    <name>ConsentsBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Consensi della persona</source>
        <translation>Person's consents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Informativa e consensi</source>
        <translation>Privacy notice and consents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Re&amp;voca</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra &amp;consenso…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata</source>
        <translation>Session locked</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Apri il calendario</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù).</source>
        <translation>Type dd/mm/yyyy (also 25112026 or 25/11/26) or open the calendar (Alt+Down).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù). Può restare vuota.</source>
        <translation>Type dd/mm/yyyy (also 25112026 or 25/11/26) or open the calendar (Alt+Down). It may stay empty.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Cosa</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Fine inserim.</source>
        <translation>Placement end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenza</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Verifica PI</source>
        <translation>Plan review</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n già superate</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n scadenze</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Caricamento delle scadenze…</source>
        <translation>Loading deadlines…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze non disponibili.</source>
        <translation>Deadlines not available.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tipo di scadenza</source>
        <translation>Deadline type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tutte le scadenze</source>
        <translation>All deadlines</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>{count} nei prossimi 30 giorni, {late}.</source>
        <translation>{count} in the next 30 days, {late}.</translation>
    </message>
</context>
<context>
    <name>DiaryExtractDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Al</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Crea estratto</source>
        <translation>&amp;Create extract</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Tipi di nota</source>
        <translation>Note t&amp;ypes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation>Diary extract</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>es. verifica dell'ente finanziatore</source>
        <translation>e.g. review by the funder</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Salva nota</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Tipo</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Autore</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Ce&amp;rca:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cerca nel diario…</source>
        <translation>Search the diary…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Colloquio di ingresso</source>
        <translation>Move-in meeting</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cosa è successo, cosa si è concordato…</source>
        <translation>What happened, what was agreed…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Dimissione</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Le note non si modificano: una correzione è una nuova nota.</source>
        <translation>Notes cannot be edited: a correction is a new note.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Mediazione</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Nota libera</source>
        <translation>Free note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Note del diario</source>
        <translation>Diary notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Nuova nota</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Te&amp;sto</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo della nota selezionata</source>
        <translation>Text of the selected note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo di nota</source>
        <translation>Note type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tutte le note</source>
        <translation>All notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Verifica</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Visita domiciliare</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>&amp;A:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>&amp;Da:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione aggiunta</source>
        <translation>Action added</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione modificata</source>
        <translation>Action changed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione tolta</source>
        <translation>Action removed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione: {action}</source>
        <translation>Action: {action}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Confronto tra versioni del progetto</source>
        <translation>Compare plan versions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Le due versioni sono uguali.</source>
        <translation>The two versions are the same.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo aggiunto</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo modificato</source>
        <translation>Goal changed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo tolto</source>
        <translation>Goal removed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Sintesi modificata</source>
        <translation>Summary changed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Versione %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>chi</source>
        <translation>who</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>descrizione</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>indicatore</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>scadenza</source>
        <translation>due date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>sintesi</source>
        <translation>summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>stato</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>titolo</source>
        <translation>title</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Altro documento</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Attestazione ISEE</source>
        <translation>ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Patto di accoglienza</source>
        <translation>Hosting agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Progetto individualizzato firmato</source>
        <translation>Signed individual plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Relazione del servizio sociale</source>
        <translation>Social services report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Tessera sanitaria</source>
        <translation>Health card</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>%n documenti richiesti mancanti o scaduti.</source>
        <translation>
            <numerusform>%n required document missing or expired.</numerusform>
            <numerusform>%n required documents missing or expired.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Allegati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Attachments&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Documenti richiesti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Required documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;llega documento…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;pri documento</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Allegati</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documenti richiesti</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento trovato</source>
        <translation>Document found</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Nessun documento allegato: usa «Allega documento…».</source>
        <translation>No documents attached: use ‘Attach document…’.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Rilasciato</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tutti i documenti richiesti sono presenti.</source>
        <translation>All required documents are present.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>{date} (scaduto)</source>
        <translation>{date} (expired)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>⚠ scaduto</source>
        <translation>⚠ expired</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>✔ presente</source>
        <translation>✔ present</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>✘ mancante</source>
        <translation>✘ missing</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data segnalazione *</source>
        <translation>Referral &amp;date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Inviante</source>
        <translation>Referred &amp;by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Municipio SST</source>
        <translation>SST &amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assistente so&amp;ciale</source>
        <translation>So&amp;cial worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Con&amp;tatto SST</source>
        <translation>SST con&amp;tact</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Le modifiche al caso non sono state salvate. Chiudere e perderle?</source>
        <translation>The changes to the case have not been saved. Close and lose them?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifica dati del caso</source>
        <translation>Edit case details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Segnalazioni</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Si&amp;ntesi</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Situazione &amp;ETHOS all'ingresso</source>
        <translation>&amp;ETHOS situation at move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>chi ha inviato la segnalazione</source>
        <translation>who made the referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>telefono o email dell'assistente sociale</source>
        <translation>social worker's phone or email</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>&amp;Salva con queste scelte</source>
        <translation>&amp;Save with these choices</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>&amp;Tieni tutti i loro valori</source>
        <translation>&amp;Keep all their values</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Il loro valore</source>
        <translation>Their value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Il tuo valore</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Le modifiche dell'altra persona non toccano i campi che hai cambiato: salva di nuovo per tenere le une e le altre.</source>
        <translation>The other person's changes do not touch the fields you changed: save again to keep both.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Mentre modificavi, qualcun altro ha salvato questi campi. Scegli per ogni campo quale valore tenere, poi salva di nuovo.</source>
        <translation>While you were editing, someone else saved these fields. Choose which value to keep for each field, then save again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Modifiche in conflitto</source>
        <translation>Conflicting changes</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Cognome *</source>
        <translation>Sur&amp;name *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Data di nascita</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Nome *</source>
        <translation>&amp;First name *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Rimuovi selezionato</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Aggiungi identificati&amp;vo</source>
        <translation>Add &amp;identifier</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ann&amp;ulla</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati anagrafici</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati sanitari e giudiziari</source>
        <translation>Health and judicial data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Documenti di identità e codici</source>
        <translation>ID documents and codes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Em&amp;ail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Identificativi della persona</source>
        <translation>Person's identifiers</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>L&amp;ingue</source>
        <translation>&amp;Languages</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Le modifiche alla persona non sono state salvate. Chiudere e perderle?</source>
        <translation>The changes to the person have not been saved. Close and lose them?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Luo&amp;go di nascita</source>
        <translation>Place of bir&amp;th</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifica persona – %1</source>
        <translation>Edit person – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Mostra dati sensi&amp;bili</source>
        <translation>Show sensiti&amp;ve data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nascosti per riservatezza: per aprirli serve una ragione, che viene registrata nel registro accessi.</source>
        <translation>Hidden for privacy: to open them you must give a reason, which is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Naziona&amp;lità</source>
        <translation>N&amp;ationality</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>No&amp;te</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note &amp;giudiziarie</source>
        <translation>&amp;Judicial notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note giudiziarie</source>
        <translation>Judicial notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note sanita&amp;rie</source>
        <translation>&amp;Health notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note sanitarie</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nu&amp;mero *</source>
        <translation>N&amp;umber *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciat&amp;o da</source>
        <translation>Issued &amp;by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciato da</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovere %1 %2?</source>
        <translation>Remove %1 %2?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovi identificativo</source>
        <translation>Remove identifier</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>S&amp;esso</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scaden&amp;za</source>
        <translation>Expir&amp;y</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tele&amp;fono</source>
        <translation>Phon&amp;e</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ti&amp;po</source>
        <translation>Ty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. IT, MA, RO</source>
        <translation>e.g. IT, MA, RO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. arabo, francese</source>
        <translation>e.g. Arabic, French</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>facoltativo</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>%1 non farà più parte del nucleo dalla data indicata. La storia del nucleo resta visibile nell'Anagrafica.</source>
        <translation>%1 will no longer be part of the household from the date given. The household's history stays visible under Personal details.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Conferma uscita</source>
        <translation>&amp;Confirm leaving</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscita dal nucleo – %1</source>
        <translation>Leaving the household – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscito/a &amp;il</source>
        <translation>Left &amp;on</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation>There are unsaved changes. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono sovrapposizioni:</source>
        <translation>There are clashes:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Le modifiche valgono per tutte le ripetizioni.</source>
        <translation>Changes apply to all repeats.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifica appuntamento</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Nuovo appuntamento</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Salvare comunque?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Sovrapposizioni</source>
        <translation>Clashes</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Caso</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Dalle</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Follow-up</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Giorno</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Note interne</source>
        <translation>&amp;Internal notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Organizzatore</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Ripetizione</source>
        <translation>&amp;Repeat</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Titolo</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;fino alle</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;verifica dell'accordo il</source>
        <translation>re&amp;view of agreement on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>A&amp;lloggio</source>
        <translation>Apartm&amp;ent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Acco&amp;rdo raggiunto</source>
        <translation>A&amp;greement reached</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Accordo raggiunto</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Luogo (&amp;testo)</source>
        <translation>Place (te&amp;xt)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Note interne</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Organizzatore</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Parti della &amp;mediazione</source>
        <translation>&amp;Mediation parties</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Parti della mediazione</source>
        <translation>Parties to the mediation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Ripetizione</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Tutto il giorno</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>conviventi, vicini, amministratore di condominio</source>
        <translation>housemates, neighbours, building manager</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>es. Sala comune, Via Padova 112</source>
        <translation>e.g. Common room, Via Padova 112</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>tutto il &amp;giorno</source>
        <translation>a&amp;ll day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun alloggio —</source>
        <translation>— no apartment —</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun caso —</source>
        <translation>— no case —</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Decisa il:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nuova fine prevista:</source>
        <translation>&amp;New expected end:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Proroga dell'inserimento</source>
        <translation>Placement extension</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Password (almeno 10 caratteri):</source>
        <translation>&amp;Password (at least 10 characters):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&lt;b&gt;Chiave di recupero&lt;/b&gt;&lt;br&gt;È l'unico modo per aprire il database se tutte le password vengono dimenticate. Viene mostrata solo ora: stampala o salvala su una chiavetta e conservala in cassaforte, lontano dal portatile.</source>
        <translation>&lt;b&gt;Recovery key&lt;/b&gt;&lt;br&gt;It is the only way to open the database if all passwords are forgotten. It is shown only now: print it or save it on a USB stick and keep it in a safe, away from the laptop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Benvenuto. Crea l'amministratore: il database verrà creato cifrato e si aprirà solo con una password. L'amministratore aggiunge poi gli operatori.</source>
        <translation>Welcome. Create the administrator: the database will be created encrypted and will open only with a password. The administrator then adds the operators.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Benvenuto. Il database sul server non ha ancora operatori: crea l'amministratore. L'amministratore aggiunge poi gli operatori, che entreranno con il proprio nome e la propria password.</source>
        <translation>Welcome. The database on the server has no operators yet: create the administrator. The administrator then adds the operators, who will sign in with their own name and password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Chiave di recupero RTS</source>
        <translation>RTS recovery key</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Continua</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Copia</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Crea</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Ho conservato la chiave di recupero in un luogo sicuro</source>
        <translation>I have kept the recovery key in a safe place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Nome e &amp;cognome:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Non salvata: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Primo avvio – RTS Desktop</source>
        <translation>First start – RTS Desktop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Questo database è stato creato da una versione precedente e non è cifrato. Crea l'amministratore: il database verrà cifrato (prima ne viene fatta una copia di sicurezza) e da ora si aprirà solo con una password.</source>
        <translation>This database was created by an earlier version and is not encrypted. Create the administrator: the database will be encrypted (a backup copy is made first) and from now on will open only with a password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva in un file…</source>
        <translation>Save to a file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva la chiave di recupero</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salvata in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Testo (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Esito *</source>
        <translation>&amp;Outcome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Dove vive ora il nucleo, lavoro, contatti…</source>
        <translation>Where the household lives now, work, contacts…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Follow-up a 6 mesi</source>
        <translation>6-month follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Previsto entro il {date}.</source>
        <translation>Due by {date}.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Inventario:</source>
        <translation>&amp;Inventory:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Pianifica</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Proroga</source>
        <translation>E&amp;xtend</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Quali chiavi:</source>
        <translation>&amp;Which keys:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Sposta</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation>There are unsaved changes. Close without saving?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;gas:</source>
        <translation>&amp;Gas meter:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;luce:</source>
        <translation>&amp;Electricity meter:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore ac&amp;qua:</source>
        <translation>W&amp;ater meter:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Es.: Cucina: tavolo, 4 sedie, frigorifero</source>
        <translation>E.g.: Kitchen: table, 4 chairs, fridge</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>N. &amp;chiavi:</source>
        <translation>Number of &amp;keys:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Registra &amp;ingresso</source>
        <translation>Record &amp;move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Registra &amp;uscita</source>
        <translation>Record move-&amp;out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>S&amp;tato dell'alloggio:</source>
        <translation>Apartment con&amp;dition:</translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Indicatori FSE derivati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Derived ESF indicators&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Schede partecipante&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participant forms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Condizione lavorativa</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Da completare per gli indicatori:</source>
        <translation>To complete for the indicators:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>FSE 2014–2020</source>
        <translation>ESF 2014–2020</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>FSE+ 2021–2027</source>
        <translation>ESF+ 2021–2027</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Gli indicatori sui dati particolari (art. 9) non sono mostrati qui.</source>
        <translation>Indicators on special category data (Art. 9) are not shown here.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatore</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatori FSE derivati dalle schede</source>
        <translation>ESF indicators derived from the forms</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Istruzione</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Manca la scheda di ingresso di: %1.</source>
        <translation>Missing entry form for: %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Momento</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni adulto.</source>
        <translation>No ESF form: one is filled in at entry and at exit for each adult.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Programmazione degli indicatori</source>
        <translation>Indicator programme period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;ingresso…</source>
        <translation>&amp;Entry form…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;uscita…</source>
        <translation>E&amp;xit form…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Schede partecipante FSE</source>
        <translation>ESF participant forms</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Situazione familiare</source>
        <translation>Household situation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Svantaggi</source>
        <translation>Disadvantages</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>{status} (%n mesi senza lavoro)</source>
        <translation>
            <numerusform>{status} (%n month out of work)</numerusform>
            <numerusform>{status} (%n months out of work)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona</source>
        <translation>Search person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona: nome, codice, codice fiscale (Ctrl+F)</source>
        <translation>Search person: name, code, tax code (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>GoalActions</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>Eliminare %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>l'azione</source>
        <translation>the action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>l'obiettivo e le sue azioni</source>
        <translation>the goal and its actions</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Ambito</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Indicatore</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Obiettivo</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Come sapremo che è raggiunto (es. «tre mesi di quota pagata»)</source>
        <translation>How we will know it is reached (e.g. ‘contribution paid for three months’)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica obiettivo</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuovo obiettivo</source>
        <translation>New goal</translation>
    </message>
</context>
<context>
    <name>GoalsTree</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Entro il</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Indicatore</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivi e azioni</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivo / azione</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Stato / ultimo esito</source>
        <translation>Status / latest outcome</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Elenco alloggi</source>
        <translation>Apartment &amp;list</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Tabellone occupazione</source>
        <translation>Occupancy &amp;board</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Esito:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuovo sopralluogo</source>
        <translation>New inspection</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Accetta segnalazione e avvia valutazione…</source>
        <translation>&amp;Accept referral and start assessment…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Chiudi caso…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Esito del percorso</source>
        <translation>Pathway &amp;outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Riprendi…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Sospendi…</source>
        <translation>&amp;Suspend…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>A&amp;nnulla</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>A&amp;ttiva percorso…</source>
        <translation>S&amp;tart pathway…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Accetta la segnalazione</source>
        <translation>Accept the referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Attiva il percorso</source>
        <translation>Start the pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Chiudi il caso</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>De&amp;stinazione</source>
        <translation>De&amp;stination</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso diventa «Attivo» e la data indicata è l'inizio del percorso: gli inserimenti in alloggio devono iniziare da quel giorno in poi.</source>
        <translation>The case becomes “Active” and the date given is the start of the pathway: placements in an apartment must start on or after that day.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso diventa «Concluso» e si fissa il follow-up a 6 mesi dall'uscita. Il nucleo deve essere già uscito dall'alloggio.</source>
        <translation>The case becomes “Closed” and the follow-up is set 6 months after the move-out. The household must have already left the apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso passa a «In valutazione»: si possono fissare i colloqui e proporre un alloggio.</source>
        <translation>The case moves to “Under assessment”: meetings can be set and an apartment offered.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso resta aperto ma «Sospeso»: indica il motivo, resterà nella cronologia.</source>
        <translation>The case stays open but “Suspended”: give the reason, it stays in the history.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso torna «Attivo».</source>
        <translation>The case is “Active” again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso torna «In valutazione»; l'uscita precedente resta nella cronologia.</source>
        <translation>The case goes back to “Under assessment”; the earlier move-out stays in the history.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Ria&amp;pri…</source>
        <translation>Re&amp;open…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Riapri il caso</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Riprendi il percorso</source>
        <translation>Resume the pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Scegli l'esito del percorso.</source>
        <translation>Choose the pathway outcome.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Sospendi il percorso</source>
        <translation>Suspend the pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>{action} – {code}</source>
        <translation>{action} – {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso – RTS Desktop</source>
        <translation>Sign-in – RTS Desktop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/shots.py"/>
        <source>Database dimostrativo: utenti admin, coordinatore, educatore, assistente.</source>
        <translation>Demo database: users admin, coordinatore, educatore, assistente.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Password dimenticata…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Scrivi il tuo nome utente.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Copia</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Esci</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Incolla</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Informazioni su %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Lingua</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Modifica</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Nuovo caso…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Ripeti</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Scorciatoie da tastiera</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Seleziona tutto</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Visualizza</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>A&amp;iuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>C&amp;erca…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>La lingua cambierà al prossimo avvio.</source>
        <translation>The language will change at the next start.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>S&amp;tampa…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>Sca&amp;denze</source>
        <translation>&amp;Deadlines</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>Ta&amp;glia</source>
        <translation>Cu&amp;t</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%1, conflitti aperti: %2</source>
        <translation>%1, open conflicts: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%n conflitti aperti</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%n dispositivi associati</source>
        <translation>
            <numerusform>%n linked device</numerusform>
            <numerusform>%n linked devices</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Apertura del database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Cerca:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>La persona non ha ancora un caso.</source>
        <translation>This person does not have a case yet.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Operatore: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>RTS Desktop – Residenzialità Temporanea Sociale</source>
        <translation>RTS Desktop – Temporary Social Housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Scadenze</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sezioni</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: nessun altro dispositivo associato</source>
        <translation>Sync: no other device paired</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: {devices}</source>
        <translation>Sync: {devices}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: {devices}, {conflicts}</source>
        <translation>Sync: {devices}, {conflicts}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>%1 in tutto</source>
        <translation>%1 in total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altre aree</source>
        <translation>
            <numerusform>+%n more area</numerusform>
            <numerusform>+%n more areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altri</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenza: {kind} {code}</source>
        <translation>Deadline: {kind} {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenze: %1</source>
        <translation>Deadlines: %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation>&amp;Apartment:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Dal giorno:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation>&amp;Beds:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza libera dove spostarsi.</source>
        <translation>Choose the free room to move to.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sposta il nucleo</source>
        <translation>Move household</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di ingresso:</source>
        <translation>Move-in &amp;date:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Ingresso e consegna chiavi</source>
        <translation>Move-in and key handover</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di uscita:</source>
        <translation>Move-out &amp;date:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Chiavi consegnate all'ingresso: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Keys handed over at move-in: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Uscita e riconsegna chiavi</source>
        <translation>Move-out and key return</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Assistente sociale</source>
        <translation>Social &amp;worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Data segnalazione *</source>
        <translation>Referral &amp;date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Inviante</source>
        <translation>&amp;Referred by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Municipio SST</source>
        <translation>SST &amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Salva segnalazione</source>
        <translation>&amp;Save referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>A&amp;nnulla</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation>A person with the same details already exists. If it is them, link them to the new referral; if it is someone else, register them anyway. No data is merged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>La segnalazione non è stata salvata. Chiudere e perdere i dati inseriti?</source>
        <translation>The referral has not been saved. Close and lose the data entered?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Modifiche non salvate</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Nome del n&amp;ucleo *</source>
        <translation>Ho&amp;usehold name *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nucleo %1</source>
        <translation>Household %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Nucleo e segnalazione</source>
        <translation>Household and referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nuova segnalazione</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Persona di riferimento (capofamiglia)</source>
        <translation>Main contact (head of household)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Segnalazioni:</source>
        <translation>Flags:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Situazione &amp;ETHOS</source>
        <translation>&amp;ETHOS situation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>chi ha inviato la segnalazione</source>
        <translation>who sent the referral</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>es. Nucleo Rossi</source>
        <translation>e.g. Rossi household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>OccurrenceActions</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Apri / modifica…</source>
        <translation>&amp;Open / edit…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Presenze…</source>
        <translation>&amp;Attendance…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Sposta questa ripetizione…</source>
        <translation>&amp;Move this occurrence…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Tutta la serie</source>
        <translation>&amp;Whole series</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>A&amp;nnulla questa ripetizione</source>
        <translation>Ca&amp;ncel this occurrence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla appuntamento</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla l'&amp;appuntamento</source>
        <translation>Cancel the &amp;appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla ripetizione</source>
        <translation>Cancel occurrence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare la ripetizione del %1? Le altre restano.</source>
        <translation>Cancel the occurrence of %1? The others stay.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare «{title}» e tutte le sue ripetizioni?</source>
        <translation>Cancel «{title}» and all its occurrences?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare «{title}»?</source>
        <translation>Cancel «{title}»?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Appuntamento ripetuto</source>
        <translation>Repeating appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Nuovo &amp;inizio</source>
        <translation>New &amp;start</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Solo &amp;questa</source>
        <translation>&amp;Only this one</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Sovrapposizioni</source>
        <translation>Overlaps</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Sposta questa ripetizione</source>
        <translation>Move this occurrence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Spostare comunque?</source>
        <translation>Move anyway?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Spostare solo questa ripetizione o tutta la serie?</source>
        <translation>Move only this occurrence or the whole series?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Stampa &amp;foglio firme…</source>
        <translation>Print &amp;sign-in sheet…</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Esito *</source>
        <translation>&amp;Outcome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Persona *</source>
        <translation>&amp;Person *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Registra esito</source>
        <translation>&amp;Record outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito dopo l'uscita – %1</source>
        <translation>Outcome after exit – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra la situazione della persona dopo l'uscita: nelle quattro settimane successive e intorno ai sei mesi (indicatori di risultato FSE).</source>
        <translation>Record the person's situation after exit: in the following four weeks and at around six months (ESF result indicators).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>OutcomesBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&lt;b&gt;Esiti dopo l'uscita&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outcomes after exit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eli&amp;mina esito</source>
        <translation>&amp;Delete outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Elimina esito</source>
        <translation>Delete outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eliminare l'esito «%1» di %2 del %3? Serve per un esito registrato per errore.</source>
        <translation>Delete the outcome ‘%1’ for %2 dated %3? This is for an outcome recorded by mistake.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esiti FSE dopo l'uscita</source>
        <translation>ESF outcomes after exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Nessun esito: si registra nelle settimane dopo l'uscita e a sei mesi.</source>
        <translation>No outcomes: they are recorded in the weeks after exit and at six months.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Per un esito registrato per errore.</source>
        <translation>For an outcome recorded by mistake.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra es&amp;ito…</source>
        <translation>Record out&amp;come…</translation>
    </message>
</context>
<context>
    <name>ParticipantsPicker</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Operatori</source>
        <translation>&amp;Operators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Togli</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>A&amp;ggiungi</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari &amp;scelti</source>
        <translation>&amp;Selected beneficiaries</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari partecipanti</source>
        <translation>Participating beneficiaries</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca &amp;beneficiario</source>
        <translation>Find &amp;beneficiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca per nome, codice o codice fiscale</source>
        <translation>Search by name, code or tax code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Operatori partecipanti</source>
        <translation>Participating operators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Persone trovate</source>
        <translation>People found</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Importo (€) *</source>
        <translation>&amp;Amount (€) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Modalità *</source>
        <translation>&amp;Method *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra pagamento</source>
        <translation>&amp;Record payment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Il numero della ricevuta consegnata (es. 2026/0012).</source>
        <translation>The number of the receipt handed over (e.g. 2026/0012).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Pagamento della quota di %1</source>
        <translation>Payment of the contribution for %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Quota di %1: dovuti %2, già versati %3, restano %4.</source>
        <translation>Contribution for %1: %2 due, %3 already paid, %4 left.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Ricevuta &amp;n.</source>
        <translation>Receipt &amp;no.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 12,50</source>
        <translation>e.g. 12.50</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>&amp;Lingua del documento:</source>
        <translation>Document &amp;language:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>&amp;Stampa…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Anteprima del documento</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Il documento è preparato di nuovo nella lingua scelta.</source>
        <translation>The document is made again in the chosen language.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Pagine: %1</source>
        <translation>Pages: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salvataggio non riuscito: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Stampa non riuscita.</source>
        <translation>Printing failed.</translation>
    </message>
</context>
<context>
    <name>PercorsoTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Educatori&lt;/b&gt;</source>
        <translation>&lt;b&gt;Educators&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Storia degli stati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status history&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>A</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Da</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatore</source>
        <translation>Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatori</source>
        <translation>Educators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Follow-up a 6 mesi:</source>
        <translation>6-month follow-up:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Inizio percorso:</source>
        <translation>Pathway start:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Percorso</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Segnalazione:</source>
        <translation>Referral:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Servizio sociale territoriale:</source>
        <translation>Local social services:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Sintesi:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Situazione all'ingresso (ETHOS):</source>
        <translation>Situation at move-in (ETHOS):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Stato:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Storia degli stati</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Uscita:</source>
        <translation>Move-out:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>esito: %1</source>
        <translation>outcome: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>fatto il %1</source>
        <translation>done on %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>previsto entro il %1</source>
        <translation>due by %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>referente</source>
        <translation>lead</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>supporto</source>
        <translation>support</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Cognome *</source>
        <translation>&amp;Surname *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Nome *</source>
        <translation>First &amp;name *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Telefono</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Usa la persona esistente</source>
        <translation>&amp;Use the existing person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Codice &amp;fiscale</source>
        <translation>Tax code (codice &amp;fiscale)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Compila data di nascita e sesso dal codice fiscale</source>
        <translation>Fill in date of birth and sex from the tax code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Data di &amp;nascita</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Il codice fiscale indica nascita il %1, sesso %2.</source>
        <translation>The tax code gives birth on %1, sex %2.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Luo&amp;go di nascita</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Naziona&amp;lità</source>
        <translation>Nationa&amp;lity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persona collegata: %1 (%2)</source>
        <translation>Linked person: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persona forse già presente</source>
        <translation>Person possibly already recorded</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persone già registrate</source>
        <translation>People already recorded</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Se&amp;sso</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>comune o paese</source>
        <translation>town or country</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>data di nascita ignota</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>es. IT, MA, RO</source>
        <translation>e.g. IT, MA, RO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>se disponibile</source>
        <translation>if available</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>È una persona &amp;diversa: registrala</source>
        <translation>It is a &amp;different person: record them</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>%1 non può ospitare in queste date (%2): scegli un altro alloggio.</source>
        <translation>%1 cannot host on these dates (%2): choose another apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Il nucleo è già qui</source>
        <translation>The household is already here</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun alloggio ha posti liberi per tutto il periodo scelto.</source>
        <translation>No apartment has free beds for the whole period chosen.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun letto libero</source>
        <translation>No free beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli la stanza</source>
        <translation>Choose the room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli un alloggio con posti liberi</source>
        <translation>Choose an apartment with free beds</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>%n obiettivi</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Condividi…</source>
        <translation>&amp;Share…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Versione:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;azione…</source>
        <translation>Add &amp;action…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;obiettivo…</source>
        <translation>Add &amp;goal…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Bozza modificabile. Quando è pronta, condividila con l'assistente sociale SST: da quel momento non si potrà più cambiare.</source>
        <translation>Editable draft. When it is ready, agree it with the SST social worker: from then on it can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Con&amp;fronta…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Condiviso il {date} con {who} · prossima verifica: {due}</source>
        <translation>Agreed on {date} with {who} · next review: {due}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Condiviso il {date} con {who} · prossima verifica: {due} · versione superata (solo consultazione)</source>
        <translation>Agreed on {date} with {who} · next review: {due} · superseded version (read only)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Eliminare la bozza della versione %1?</source>
        <translation>Delete the draft of version %1?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Estratto del diario…</source>
        <translation>Diary extract…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Il caso non ha ancora un progetto individualizzato: crea la prima bozza.</source>
        <translation>The case has no individual plan yet: create the first draft.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>La sintesi della bozza è stata modificata ma non salvata. Perdere le modifiche?</source>
        <translation>The draft summary has been changed but not saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nessun progetto</source>
        <translation>No plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Nessuna verifica registrata.</source>
        <translation>No review recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;bozza</source>
        <translation>New d&amp;raft</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;versione</source>
        <translation>New versi&amp;on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Patto di accoglienza…</source>
        <translation>Hosting agreement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Prima veri&amp;fica prevista:</source>
        <translation>&amp;First review due:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Prima verifica prevista</source>
        <translation>First review planned</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Progetto individualizzato…</source>
        <translation>Individual plan…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>S&amp;tampa</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Salva si&amp;ntesi</source>
        <translation>Save s&amp;ummary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Scarta bozza</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi del progetto</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi non salvata</source>
        <translation>Summary not saved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Situazione di partenza e direzione del percorso, in poche righe.</source>
        <translation>Starting point and direction of the pathway, in a few lines.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Veri&amp;fica…</source>
        <translation>Revie&amp;w…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Verifiche</source>
        <translation>Reviews</translation>
    </message>
</context>
<context>
    <name>PlanStayDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation>&amp;Apartment:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Fine prevista:</source>
        <translation>&amp;Expected end:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Ingresso dal:</source>
        <translation>Move-in &amp;from:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nucleo:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Attiva prima il percorso dei casi {codes} per inserirli.</source>
        <translation>
            <numerusform>First start the pathway of case {codes} to place it.</numerusform>
            <numerusform>First start the pathway of cases {codes} to place them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>I percorsi dei casi {codes} sono sospesi: riprendili prima di inserirli.</source>
        <translation>
            <numerusform>The pathway of case {codes} is suspended: resume it before placing it.</numerusform>
            <numerusform>The pathways of cases {codes} are suspended: resume them before placing them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>La fine prevista è il primo giorno libero: quella notte il posto è già disponibile.</source>
        <translation>The expected end is the first free day: the bed is already available that night.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nessun nucleo può essere inserito ora.</source>
        <translation>No household can be placed right now.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>No&amp;te:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nuovo inserimento</source>
        <translation>New placement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation>&amp;Beds:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire</source>
        <translation>Choose the household to place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire.</source>
        <translation>Choose the household to place.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza.</source>
        <translation>Choose the room.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli un alloggio con posti liberi in queste date.</source>
        <translation>Choose an apartment with free beds on these dates.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sono in grigio nell'elenco.</source>
        <translation>They are greyed out in the list.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>{codes} e altri %n</source>
        <translation>
            <numerusform>{codes} and %n more</numerusform>
            <numerusform>{codes} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>%n progetti</source>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Apri progetto…</source>
        <translation>&amp;Open plan…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Stato:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Assistente sociale</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Condiviso il</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>In vigore e bozze</source>
        <translation>Current and drafts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Le verifiche in scadenza sono in cima. Doppio clic per aprire il progetto del caso; «Stampa tutti» prepara un PDF per ciascun progetto elencato.</source>
        <translation>Reviews falling due are at the top. Double-click to open the case’s plan; ‘Print all’ makes a PDF for each plan listed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Obiettivi</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti individualizzati</source>
        <translation>Individual plans</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation>Individual plan %1 v%2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Prossima verifica</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>S&amp;tampa…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Stampa &amp;tutti in una cartella…</source>
        <translation>Print &amp;all to a folder…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica &amp;entro il</source>
        <translation>Review &amp;due by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica entro il</source>
        <translation>Review due by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>PrintMixin</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation>Diary extract</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario %1</source>
        <translation>Diary extract %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Il caso non ha ancora un patto di accoglienza registrato.</source>
        <translation>The case has no hosting agreement recorded yet.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza</source>
        <translation>Hosting agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza %1</source>
        <translation>Hosting agreement %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation>Individual plan %1 v%2</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n ambiti</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n valutazioni</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Grafico dell'andamento per ambito</source>
        <translation>Progress chart by area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Nessuna valutazione registrata per questa persona.</source>
        <translation>No assessments recorded for this person.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Amministratore:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Chiave di recupero:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nuova password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation>&amp;Repeat the password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso con la chiave di recupero</source>
        <translation>Sign in with the recovery key</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>La chiave di recupero è stata mostrata una sola volta, alla creazione del database (inizia con RTSR-). Con essa puoi dare una nuova password a un amministratore.</source>
        <translation>The recovery key was shown only once, when the database was created (it starts with RTSR-). With it you can give an administrator a new password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Reimposta ed entra</source>
        <translation>Reset and sign in</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>&amp;senza fine</source>
        <translation>&amp;never</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Intervallo della ripetizione</source>
        <translation>Repeat interval</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Nessuna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Numero di volte</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni giorno</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni mese</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni settimana</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ripetizione</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Termina:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ultimo giorno della ripetizione</source>
        <translation>Last day of the repeat</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>fino al &amp;giorno</source>
        <translation>until &amp;date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>ogni </source>
        <translation>every </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>per &amp;N volte</source>
        <translation>after N &amp;times</translation>
    </message>
</context>
<context>
    <name>RecurrenceWords</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>%1 volte</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Nessuna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 giorni</source>
        <translation>Every %1 days</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 mesi</source>
        <translation>Every %1 months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 settimane</source>
        <translation>Every %1 weeks</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni giorno</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni mese</source>
        <translation>Every month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni settimana</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>fino al %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>senza fine</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>una volta</source>
        <translation>once</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Anno</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Municipio</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Programmazione FSE</source>
        <translation>&amp;ESF programme</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;l</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Aggiorna i report</source>
        <translation>Refresh the reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Anno</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>I casi secondo il Municipio del loro servizio sociale, gli alloggi il loro.</source>
        <translation>Cases by the Municipio of their social services, apartments by their own.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo del report, estremi inclusi.</source>
        <translation>The report period, both ends included.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo di programmazione del Fondo sociale europeo per gli indicatori.</source>
        <translation>The European Social Fund programming period used for the indicators.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Periodo libero</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Programmazione FSE</source>
        <translation>ESF programme</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Sceglie l'intero anno solare (1/1–31/12). All'apertura è proposto l'ultimo anno concluso, quello su cui si rendiconta.</source>
        <translation>Selects the whole calendar year (1/1–31/12). On opening it shows the last full year, the one you report on.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Tutti</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source> (%1 file)</source>
        <translation> (%1 files)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>%n partecipanti</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Panoramica</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>&amp;Partecipanti pseudonimizzati…</source>
        <translation>&amp;Pseudonymised participants…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Aggiornamento annullato.</source>
        <translation>Refresh cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla il calcolo dei report</source>
        <translation>Cancel the report calculation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report in corso</source>
        <translation>Calculating reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report per %1…</source>
        <translation>Calculating reports for %1…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dati da &amp;completare</source>
        <translation>Data to &amp;complete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio su una riga per aprire il caso.</source>
        <translation>Double-click or press Enter on a row to open the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio: apre il caso.</source>
        <translation>Double-click or Enter: opens the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Elenco dei report</source>
        <translation>Report list</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Errore imprevisto: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta &amp;tutto…</source>
        <translation>Export &amp;all…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Esporta i partecipanti pseudonimizzati</source>
        <translation>Export the pseudonymised participants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Esporta l'elenco pseudonimizzato dei partecipanti</source>
        <translation>Export the pseudonymised list of participants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta tutti i report</source>
        <translation>Export all reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Gli indicatori del servizio per il periodo scelto, contando i casi che vedi. Ogni report si esporta in Excel, CSV o PDF.</source>
        <translation>The service indicators for the chosen period, counting the cases you can see. Each report can be exported to Excel, CSV or PDF.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Il file non si può scrivere: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun controllo dei dati.</source>
        <translation>No data checks.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun report.</source>
        <translation>No reports.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Non hai il permesso di vedere i report: %1</source>
        <translation>You don't have permission to view reports: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Partecipanti pseudonimizzati {start} {end}.csv</source>
        <translation>Pseudonymised participants {start} {end}.csv</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report per %1.</source>
        <translation>Reports for %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvataggio di %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Salvato in %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvato in {path} ({saved})</source>
        <translation>Saved to {path} ({saved})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvato in {path} ({saved}) — nuova chiave di pseudonimizzazione in {key}: conservala</source>
        <translation>Saved to {path} ({saved}) — new pseudonymisation key in {key}: keep it safe</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Scegli il periodo e premi «Aggiorna».</source>
        <translation>Choose the period and press ‘Refresh’.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Solo tabelle: vedi «Dettagli».</source>
        <translation>Tables only: see ‘Details’.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Tutti i report in un file Excel o PDF.</source>
        <translation>All reports in one Excel or PDF file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Un file CSV per le statistiche del Comune: un pseudonimo stabile per persona, nessun nome, identificativo o testo libero.</source>
        <translation>A CSV file for the city's statistics: one stable pseudonym per person, no names, identifiers or free text.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Descrizione:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Segnalato da:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuova segnalazione guasto</source>
        <translation>New fault report</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Data della verifica</source>
        <translation>Review &amp;date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation>Ne&amp;xt review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Registra verifica</source>
        <translation>&amp;Record review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Commento&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Esito&lt;/b&gt;</source>
        <translation>&lt;b&gt;Outcome&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Obiettivo&lt;/b&gt;</source>
        <translation>&lt;b&gt;Goal&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Verifica del progetto (versione %1)</source>
        <translation>Plan review (version %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>— non valutato —</source>
        <translation>— not assessed —</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Non valutato (ambito non pertinente o non affrontato)</source>
        <translation>&amp;Not assessed (area not relevant or not covered)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Persona</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambiti</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambito &amp;successivo ▶</source>
        <translation>Ne&amp;xt area ▶</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Che cosa avete osservato insieme (facoltativo)</source>
        <translation>What you observed together (optional)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>I punteggi inseriti non sono stati salvati. Chiudere e perderli?</source>
        <translation>The scores you entered have not been saved. Close and lose them?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>N&amp;ota sull'ambito</source>
        <translation>Note on this &amp;area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Nessuna valutazione precedente per questo ambito.</source>
        <translation>No previous assessment for this area.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Note &amp;generali</source>
        <translation>&amp;General notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Sa&amp;lva valutazione</source>
        <translation>&amp;Save assessment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation>Independence assessment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione precedente: %1 (%2)</source>
        <translation>Previous assessment: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>◀ Ambito p&amp;recedente</source>
        <translation>◀ P&amp;revious area</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../rts_desktop/ui/today/section.py"/>
        <source>%1 voci; Invio per aprire</source>
        <translation>%1 items; press Enter to open</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Con</source>
        <translation>&amp;With</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Condividi</source>
        <translation>&amp;Share</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Imposta</source>
        <translation>S&amp;et</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Motivo *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Operatrice</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Termina la condivisione selezionata</source>
        <translation>E&amp;nd the selected share</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Assistente sociale che segue il caso</source>
        <translation>Social worker on the case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Chi vede il caso %1</source>
        <translation>Who can see case %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condivisioni del caso</source>
        <translation>Case shares</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condiviso con</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>es. sostituzione per ferie</source>
        <translation>e.g. holiday cover</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>fino al</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>— nessuna —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source> mesi</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Background migratorio</source>
        <translation>&amp;Migrant background</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Istruzione (ISCED)</source>
        <translation>&amp;Education (ISCED)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Momento *</source>
        <translation>S&amp;tage *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Persona *</source>
        <translation>&amp;Person *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Salva scheda</source>
        <translation>&amp;Save form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>0 – Nessun titolo / prima infanzia</source>
        <translation>0 – No qualification / early childhood</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>1 – Licenza elementare</source>
        <translation>1 – Primary education</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>2 – Licenza media</source>
        <translation>2 – Lower secondary education</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>3 – Diploma di scuola superiore</source>
        <translation>3 – Upper secondary diploma</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>4 – Post-diploma non terziario</source>
        <translation>4 – Post-secondary non-tertiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>5 – Istruzione terziaria breve (ITS)</source>
        <translation>5 – Short-cycle tertiary (ITS)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>6 – Laurea triennale</source>
        <translation>6 – Bachelor's degree</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>7 – Laurea magistrale</source>
        <translation>7 – Master's degree</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>8 – Dottorato</source>
        <translation>8 – Doctorate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Background migratorio, disabilità, minoranza: la ragione va nel registro.</source>
        <translation>Migrant background, disability, minority: the reason goes in the audit log.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Con&amp;dizione abitativa</source>
        <translation>&amp;Housing situation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Condizione &amp;lavorativa *</source>
        <translation>Employment stat&amp;us *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Da quanti mesi la persona è senza lavoro alla data della scheda: lunga durata oltre 6 mesi sotto i 25 anni, oltre 12 dai 25.</source>
        <translation>Months without work on the form date: long-term means over 6 months if under 25, over 12 from age 25.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Dati particolari</source>
        <translation>Special category data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Disa&amp;bilità</source>
        <translation>Disa&amp;bility</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Domande art. 9 poste il</source>
        <translation>Art. 9 questions asked on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Il giorno in cui sono state poste le domande sui dati particolari.</source>
        <translation>The day the questions on special category data were asked.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>La scheda FSE non è stata salvata. Chiudere e perdere le modifiche?</source>
        <translation>The ESF form has not been saved. Close and lose the changes?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mesi senza lavo&amp;ro</source>
        <translation>Months without wo&amp;rk</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mi&amp;noranza</source>
        <translation>Mi&amp;nority</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mostra dati particolari (art. 9)…</source>
        <translation>Show special category data (Art. 9)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>S&amp;vantaggi</source>
        <translation>Disadvanta&amp;ges</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda non salvata</source>
        <translation>Form not saved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda partecipante FSE – %1</source>
        <translation>ESF participant form – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Senza dimora o in esclusione abitativa all'ingresso</source>
        <translation>Homeless or in housing exclusion at entry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Situazione &amp;familiare</source>
        <translation>Household situ&amp;ation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non chiesto</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicata</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>— scegli —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Scorciatoie da tastiera</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Tasti</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Dal:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Stato:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Cambia stato dell'alloggio</source>
        <translation>Change apartment status</translation>
    </message>
</context>
<context>
    <name>StayActions</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Apri percorso %1</source>
        <translation>&amp;Open pathway %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Proroga…</source>
        <translation>&amp;Extend…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Sposta in altra stanza…</source>
        <translation>&amp;Move to another room…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>A&amp;nnulla inserimento pianificato…</source>
        <translation>&amp;Cancel planned placement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annulla inserimento</source>
        <translation>Cancel placement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annullare l'inserimento pianificato di &lt;b&gt;%1&lt;/b&gt;%2 dal %3 al %4?&lt;br&gt;I posti tornano liberi; l'annullamento resta nel registro attività.</source>
        <translation>Cancel the planned placement of &lt;b&gt;%1&lt;/b&gt;%2 from %3 to %4?&lt;br&gt;The beds become free again; the cancellation stays in the activity log.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;ingresso (consegna chiavi)…</source>
        <translation>Record move-&amp;in (key handover)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;uscita (riconsegna chiavi)…</source>
        <translation>Record move-o&amp;ut (key return)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;consegna</source>
        <translation>Print &amp;handover record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;riconsegna</source>
        <translation>Print &amp;return record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Verbale chiavi</source>
        <translation>Key handover record</translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation>&amp;New placement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Altre a&amp;zioni sull'inserimento…</source>
        <translation>More placement a&amp;ctions…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Annu&amp;lla inserimento pianificato…</source>
        <translation>Cance&amp;l planned placement…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Concluso</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Fine prevista</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In corso</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Ingresso</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Inserimenti</source>
        <translation>Placements</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Nessun inserimento in alloggio per questo caso.</source>
        <translation>No apartment placements for this case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Pianificato</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Posti</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Proroghe</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Registra in&amp;gresso…</source>
        <translation>Record move-&amp;in…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Si annulla solo un inserimento non ancora iniziato, senza chiavi consegnate.</source>
        <translation>Only a placement that has not started yet, with no keys handed over, can be cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stanza</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Uscita</source>
        <translation>Move-out</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Cambia utente</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le finestre aperte verranno chiuse: salva prima quello che stai scrivendo.</source>
        <translation>Open windows will be closed: first save what you are writing.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <source>%n appuntamenti</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>+%n altri</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <source>Clic: apri l'agenda a quest'ora</source>
        <translation>Click: open the agenda at this hour</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Griglia oraria</source>
        <translation>Time grid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Scadenza – {kind} {code}</source>
        <translation>Deadline – {kind} {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>giorno</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>oggi</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Mostra:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;Già avvenuto&lt;/b&gt;</source>
        <translation>&lt;b&gt;Already happened&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;In programma&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coming up&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>C&amp;erca:</source>
        <translation>S&amp;earch:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cerca nella cronologia…</source>
        <translation>Search the timeline…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cronologia</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Dettagli</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Evento</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In programma</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tutto</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>%1 posti</source>
        <translation>%1 beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>1 posto</source>
        <translation>1 bed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>A&amp;ggiorna</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Aggiornato alle %1 · settimana dal %2 al %3</source>
        <translation>Updated at %1 · week from %2 to %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Appuntamenti di domani</source>
        <translation>Tomorrow's appointments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Appuntamenti di oggi</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Arrivi e partenze della settimana</source>
        <translation>This week's move-ins and move-outs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento non riuscito.</source>
        <translation>Loading failed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>I tuoi appuntamenti e i tuoi casi</source>
        <translation>Your appointments and your cases</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun appuntamento domani.</source>
        <translation>No appointments tomorrow.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun appuntamento oggi.</source>
        <translation>No appointments today.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun arrivo o partenza questa settimana.</source>
        <translation>No move-ins or move-outs this week.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun posto libero oggi.</source>
        <translation>No free beds today.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna nota da scrivere per gli appuntamenti di ieri.</source>
        <translation>No notes to write for yesterday's appointments.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna presenza da segnare.</source>
        <translation>No attendance to mark.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna quota arretrata.</source>
        <translation>No contributions in arrears.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna scadenza nei prossimi 14 giorni.</source>
        <translation>No deadlines in the next 14 days.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Note da scrivere sugli appuntamenti di ieri</source>
        <translation>Notes to write on yesterday's appointments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Posti liberi oggi</source>
        <translation>Free beds today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Presenze da segnare</source>
        <translation>Attendance to mark</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Quote non pagate</source>
        <translation>Unpaid contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Rileggi i dati della giornata (F5)</source>
        <translation>Reload the day's data (F5)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Scadenze dei prossimi 14 giorni</source>
        <translation>Deadlines in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Tutto il servizio</source>
        <translation>The whole service</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>in %1 alloggi</source>
        <translation>in %1 apartments</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Esci dall'applicazione</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>La sessione di %1 è bloccata. Scrivi la password per continuare.</source>
        <translation>%1's session is locked. Enter the password to continue.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sblocca</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata – RTS Desktop</source>
        <translation>Session locked – RTS Desktop</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Date *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Motivo *</source>
        <translation>&amp;Reason *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra richiamo</source>
        <translation>Record &amp;warning</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo formale previsto dal patto firmato il %1.</source>
        <translation>Formal warning under the agreement signed on %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. ospiti non autorizzati in alloggio</source>
        <translation>e.g. unauthorised guests in the apartment</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia utente</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Chiudi prima le finestre aperte, poi cambia utente.</source>
        <translation>Close the open windows first, then switch user.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Operatore: %1 (%2)</source>
        <translation>Operator: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>amministratore</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>assistente sociale</source>
        <translation>social worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>coordinatore</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>educatore</source>
        <translation>educator</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rts_desktop/ui/app.py"/>
        <source>Immagine salvata: {path}</source>
        <translation>Image saved: {path}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Alloggi</source>
        <translation>&amp;Apartments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Casi</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Piani e documenti</source>
        <translation>&amp;Plans and documents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Sincronizzazione</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Alloggi e stanze, posti liberi, inserimenti, consegne chiavi e guasti.</source>
        <translation>Apartments and rooms, free beds, placements, key handovers and repairs.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Appuntamenti, attività di gruppo con presenze, scadenze.</source>
        <translation>Appointments, group activities with attendance, deadlines.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Ca&amp;lendario</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Chi ha letto o modificato i dati: filtri ed esportazione (coordinatori).</source>
        <translation>Who read or changed the data: filters and export (coordinators).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Elenco dei casi, ricerca delle persone, fascicolo di ogni nucleo.</source>
        <translation>List of cases, search for people, each household's file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Indicatori del servizio ed esportazioni.</source>
        <translation>Service indicators and exports.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>La giornata: appuntamenti, presenze e note da fare, arrivi, scadenze.</source>
        <translation>The day: appointments, attendance and notes to do, move-ins, deadlines.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Progetti individualizzati, valutazioni dell'autonomia, stampe.</source>
        <translation>Individual plans, autonomy assessments, printouts.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Re&amp;gistro accessi</source>
        <translation>Audit lo&amp;g</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Scambio di pacchetti tra portatili e conflitti da risolvere.</source>
        <translation>Exchange of bundles between laptops and conflicts to resolve.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source> (predefinito: %(default)s)</source>
        <translation> (default: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>%(prog)s: avviso: %(message)s
</source>
        <translation>%(prog)s: warning: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>%(prog)s: errore: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomenti non riconosciuti: %s</source>
        <translation>unrecognised arguments: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomenti posizionali</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento "-" con modalità %r</source>
        <translation>argument "-" with mode %r</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento esplicito ignorato: %r</source>
        <translation>explicit argument ignored: %r</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>attesi %n valori</source>
        <translation>expected %n values</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso al massimo un valore</source>
        <translation>expected at most one value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso almeno un valore</source>
        <translation>expected at least one value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso un valore</source>
        <translation>expected one value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>comandi</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>comando sconosciuto %(parser_name)r (scelte: %(choices)s)</source>
        <translation>unknown command %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>il comando '%(parser_name)s' è deprecato</source>
        <translation>command '%(parser_name)s' is deprecated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>impossibile aprire '%(filename)s': %(error)s</source>
        <translation>cannot open '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>l'argomento '%(argument_name)s' è deprecato</source>
        <translation>argument '%(argument_name)s' is deprecated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>l'opzione '%(option)s' è deprecata</source>
        <translation>option '%(option)s' is deprecated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mancano questi argomenti obbligatori: %s</source>
        <translation>these required arguments are missing: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mostra la versione del programma ed esci</source>
        <translation>show the program's version and exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mostra questo aiuto ed esci</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>non ammesso insieme all'argomento %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzione ambigua: %(option)s può essere %(matches)s</source>
        <translation>ambiguous option: %(option)s could be %(matches)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzione inattesa: %s</source>
        <translation>unexpected option: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzioni</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>scelta non valida: %(value)r (scegli tra %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>scelta non valida: %(value)r, forse intendevi %(closest)r? (scegli tra %(choices)s)</source>
        <translation>invalid choice: %(value)r, did you mean %(closest)r? (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>serve uno di questi argomenti: %s</source>
        <translation>one of these arguments is required: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>uso: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>valore %(type)s non valido: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Abitare</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Autonomia quasi piena</source>
        <translation>Almost fully independent</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Bilancio familiare, pagamento della quota di compartecipazione e delle utenze, debiti, risparmio.</source>
        <translation>Household budget, paying the contribution and utility bills, debts, savings.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Bisogno di supporto intensivo</source>
        <translation>Needs intensive support</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cerca lavoro o frequenta un corso con costanza (candidature, colloqui, tirocinio) e fa il punto periodicamente con l'educatore.</source>
        <translation>Looks for work or attends a course steadily (applications, interviews, traineeship) and takes stock regularly with the educator.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Con l'educatore ha preparato il curriculum e si è iscritta al Centro per l'impiego, ma cerca lavoro in modo discontinuo e solo se sollecitata.</source>
        <translation>Has prepared a CV with the educator and registered with the job centre, but looks for work on and off and only when prompted.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Conflitti frequenti o gravi con coinquilini o vicini (liti, rumori notturni, lamentele scritte all'amministratore); rifiuta la mediazione.</source>
        <translation>Frequent or serious conflicts with housemates or neighbours (arguments, noise at night, written complaints to the building manager); refuses mediation.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Convive senza problemi rilevanti; affronta da sé i piccoli disaccordi parlando con gli interessati e conosce il regolamento condominiale.</source>
        <translation>Lives with others without significant problems; settles minor disagreements by talking to those involved and knows the building rules.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Convivenza e condominio</source>
        <translation>Living with others</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cura dell'alloggio, pulizia e igiene degli ambienti, uso sicuro di impianti ed elettrodomestici, rispetto delle regole della casa.</source>
        <translation>Looking after the apartment, cleaning and hygiene, safe use of fittings and appliances, keeping to the house rules.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cura l'alloggio come una casa propria: organizza pulizie, piccola manutenzione e raccolta differenziata, e gestisce gli imprevisti contattando da sé i referenti giusti.</source>
        <translation>Looks after the apartment as their own home: organises cleaning, minor repairs and recycling, and handles the unexpected by contacting the right people themselves.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti e pratiche</source>
        <translation>Documents and paperwork</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti mancanti, scaduti o smarriti (permesso di soggiorno, carta d'identità); non conosce le scadenze e non sa da dove cominciare.</source>
        <translation>Documents missing, expired or lost (residence permit, identity card); does not know the deadlines or where to start.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti personali, residenza, permesso di soggiorno, tessera sanitaria, ISEE, domande a enti e servizi.</source>
        <translation>Personal documents, registered residence, residence permit, health card, ISEE, applications to agencies and services.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestione del denaro</source>
        <translation>Managing money</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce alcuni aspetti, ma ha bisogno di aiuto regolare e ravvicinato.</source>
        <translation>Manages some aspects, but needs regular, close help.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce da sé visite, esami e terapie; chiede supporto solo per pratiche sanitarie complesse come esenzioni o invalidità.</source>
        <translation>Manages appointments, tests and treatment alone; asks for support only with complex health paperwork such as exemptions or disability claims.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce in autonomia documenti e pratiche, anche online con SPID, compresa la domanda di casa popolare, e sa a quale ufficio o patronato rivolgersi.</source>
        <translation>Handles documents and paperwork independently, online too with SPID, including the council housing application, and knows which office or advice centre to go to.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito con promemoria e verifiche periodiche dell'educatore.</source>
        <translation>Manages this area with reminders and regular reviews by the educator.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito da sé e chiede aiuto solo in situazioni nuove o difficili.</source>
        <translation>Manages this area alone and asks for help only in new or difficult situations.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito in modo stabile, sa a chi rivolgersi quando serve e non ha più bisogno del servizio.</source>
        <translation>Manages this area steadily, knows who to turn to when needed and no longer needs the service.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha i documenti in corso di validità e li conserva in ordine; rinnova ISEE e permessi con promemoria e con aiuto nella compilazione dei moduli.</source>
        <translation>Has valid documents and keeps them in order; renews ISEE and permits with reminders and help filling in forms.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha interessi stabili e un tempo libero equilibrato, coinvolge familiari o amici e conosce le opportunità gratuite della città.</source>
        <translation>Has lasting interests and balanced free time, involves family or friends and knows the city's free opportunities.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha persone su cui contare e coltiva da sé questi legami; usa senza mediazione le risorse del territorio (biblioteca, parrocchia, centro di quartiere, doposcuola dei figli).</source>
        <translation>Has people to rely on and keeps up these ties themselves; uses local resources without help (library, parish, community centre, children's after-school club).</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha pochi contatti, quasi solo con gli operatori; accetta di conoscere una realtà del quartiere se accompagnata.</source>
        <translation>Has few contacts, almost only with staff; agrees to get to know a local group if accompanied.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha scelto una strada realistica e fa i primi passi con l'educatore: domanda di casa popolare, ricerca di annunci, calcolo dei costi, risparmio per la caparra.</source>
        <translation>Has chosen a realistic option and is taking first steps with the educator: council housing application, looking at listings, working out costs, saving for the deposit.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un lavoro, anche a termine, o segue un percorso formativo; gestisce da sé orari, rapporti con il datore di lavoro e rinnovi, e chiede aiuto solo per leggere contratti o buste paga.</source>
        <translation>Has a job, even a fixed-term one, or is on a training course; manages hours, dealings with the employer and renewals alone, and asks for help only to read contracts or payslips.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un medico di base ma va alle visite solo se accompagnata; segue la terapia in modo irregolare.</source>
        <translation>Has a GP but goes to appointments only if accompanied; follows treatment irregularly.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un'occupazione stabile o un reddito sufficiente e prevedibile; cura da sé la propria formazione e sa orientarsi tra servizi per il lavoro, patronati e sindacati.</source>
        <translation>Has stable work or enough predictable income; manages their own training and finds their way among employment services, welfare advice centres and trade unions.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha una rete stabile e varia che la sostiene nei momenti difficili e a cui a sua volta offre aiuto; non ha più bisogno della mediazione del servizio.</source>
        <translation>Has a stable, varied network that supports them in hard times and to which they offer help in turn; no longer needs the service to mediate.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha una soluzione abitativa definita o imminente e sostenibile nel tempo; ha organizzato trasloco, volture delle utenze e cambio di residenza.</source>
        <translation>Has a settled or imminent housing solution that is sustainable over time; has arranged the move, transfer of utility accounts and change of residence.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>I documenti sono in via di regolarizzazione; l'educatore prenota gli appuntamenti e la accompagna agli uffici.</source>
        <translation>Documents are being sorted out; the educator books the appointments and goes with them to the offices.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Interessi, attività sportive, culturali e di volontariato, uso del tempo non impegnato da lavoro e cura.</source>
        <translation>Interests, sport, cultural and volunteering activities, use of time not taken up by work and care.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>L'alloggio è trascurato (rifiuti accumulati, igiene carente) o usato in modo pericoloso per impianti e sicurezza; le regole della casa non sono rispettate nonostante i richiami.</source>
        <translation>The apartment is neglected (rubbish piling up, poor hygiene) or used in ways that endanger fittings and safety; house rules are not kept despite warnings.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>La persona non riesce ancora a gestire l'ambito senza un intervento costante dell'équipe.</source>
        <translation>The person cannot yet manage this area without constant help from the team.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Lavoro e formazione</source>
        <translation>Work and training</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Le giornate passano senza attività né interessi; noia e isolamento aumentano il rischio di comportamenti dannosi.</source>
        <translation>Days go by with no activities or interests; boredom and isolation increase the risk of harmful behaviour.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Legami familiari e amicali, rapporti con servizi, associazioni e realtà del quartiere, persone di riferimento.</source>
        <translation>Family ties and friendships, relations with services, associations and local groups, people to turn to.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Mantiene alcune relazioni significative (familiari, amici, connazionali) e frequenta un servizio o un'associazione proposti dall'educatore.</source>
        <translation>Keeps up some meaningful relationships (family, friends, people from their home country) and attends a service or association suggested by the educator.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Mantiene l'alloggio pulito e sicuro senza sollecitazioni, segnala da sé i guasti e rispetta il regolamento; chiede aiuto solo per imprevisti (per esempio un'infiltrazione).</source>
        <translation>Keeps the apartment clean and safe without prompting, reports faults unprompted and keeps to the rules; asks for help only with the unexpected (for example a leak).</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Medico di base, cure e terapie, prevenzione, igiene personale, benessere psicologico, uso di sostanze.</source>
        <translation>GP, care and treatment, prevention, personal hygiene, mental wellbeing, substance use.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Nessun reddito da lavoro né un'idea di percorso; non ha un curriculum, non è iscritta al Centro per l'impiego e manca agli appuntamenti di orientamento.</source>
        <translation>No income from work and no idea of a pathway; has no CV, is not registered with the job centre and misses careers guidance appointments.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha ancora pensato al dopo o ha aspettative lontane dalla realtà; evita di parlare della fine dell'accoglienza.</source>
        <translation>Has not yet thought about afterwards or has unrealistic expectations; avoids talking about the end of their stay.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha un medico di base o non vi si rivolge; trascura cure necessarie e usa il pronto soccorso come unico riferimento.</source>
        <translation>Has no GP or does not use one; neglects necessary care and relies on the emergency department alone.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha un quadro di entrate e spese; quota di compartecipazione e bollette restano spesso non pagate e i debiti crescono.</source>
        <translation>Has no overview of income and spending; the contribution and bills often go unpaid and debts grow.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Paga l'affitto e le utenze con promemoria dell'educatore; tiene un semplice quaderno delle spese che rivede con lui ogni mese.</source>
        <translation>Pays rent and utilities with reminders from the educator; keeps a simple spending notebook and reviews it with the educator each month.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Paga le scadenze principali solo se l'educatore la guida passo per passo o la accompagna allo sportello; i mesi scoperti sono frequenti.</source>
        <translation>Pays the main bills only if the educator guides them step by step or goes with them to the counter; unpaid months are frequent.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Partecipa con regolarità ad attività proposte (laboratori, uscite, corsi di italiano) e ne parla con l'educatore.</source>
        <translation>Regularly takes part in activities offered (workshops, outings, Italian courses) and talks about them with the educator.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Partecipa in modo saltuario alle attività di gruppo del servizio, solo se invitata e accompagnata.</source>
        <translation>Takes part now and then in the service's group activities, only if invited and accompanied.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Pianifica entrate e uscite, mette da parte una piccola somma ogni mese, usa domiciliazioni o home banking e ha saldato i debiti o li rimborsa con regolarità.</source>
        <translation>Plans income and spending, puts a small sum aside each month, uses direct debits or online banking, and has paid off debts or repays them regularly.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Piena autonomia</source>
        <translation>Fully independent</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Porta avanti da sé la ricerca della casa e le domande, con un budget sostenibile; chiede aiuto per il contratto o per le visite agli alloggi.</source>
        <translation>Pursues the housing search and applications alone, with a sustainable budget; asks for help with the contract or with viewing apartments.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Prenota e frequenta le visite con promemoria dell'educatore, segue le terapie e accetta l'invio ai servizi specialistici quando serve.</source>
        <translation>Books and attends appointments with reminders from the educator, follows treatment and accepts referral to specialist services when needed.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Preparazione all'uscita dalla residenzialità temporanea: soluzione abitativa successiva, sostenibilità economica, tempi.</source>
        <translation>Preparing to move out of temporary housing: next housing solution, financial sustainability, timing.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Progetto di uscita</source>
        <translation>Move-out plan</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Pulisce e riordina con regolarità seguendo un piano concordato con l'educatore; segnala i guasti se sollecitata durante le visite.</source>
        <translation>Cleans and tidies regularly following a plan agreed with the educator; reports faults when prompted during visits.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rapporti con coinquilini e vicini, uso degli spazi comuni, rispetto degli orari di quiete, gestione dei conflitti.</source>
        <translation>Relations with housemates and neighbours, use of shared spaces, keeping quiet hours, handling conflicts.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Relazioni e rete</source>
        <translation>Relationships and network</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ricerca e mantenimento del lavoro, orientamento, corsi di formazione e di lingua italiana, reddito.</source>
        <translation>Finding and keeping work, careers guidance, training and Italian language courses, income.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Riconosce che l'accoglienza è temporanea e con l'educatore ha elencato le strade possibili (casa popolare, housing sociale, affitto, rientro in famiglia), senza passi concreti.</source>
        <translation>Recognises that the stay is temporary and has listed possible options with the educator (council housing, social housing, private renting, returning to family), without concrete steps.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Riordina gli spazi solo dopo le visite domiciliari e su indicazioni puntuali; segnala i guasti in ritardo o non li segnala affatto.</source>
        <translation>Tidies up only after home visits and when given specific instructions; reports faults late or not at all.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rispetta le scadenze da sé e tiene un bilancio mensile; chiede consiglio per spese straordinarie o per concordare un piano di rientro dai debiti.</source>
        <translation>Meets deadlines alone and keeps a monthly budget; asks for advice on one-off expenses or to agree a debt repayment plan.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rispetta quasi sempre turni di pulizia e orari di quiete; davanti a un conflitto chiede l'intervento dell'educatore e mantiene gli accordi.</source>
        <translation>Almost always keeps to cleaning rotas and quiet hours; in a conflict asks the educator to step in and keeps to agreements.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Salute e benessere</source>
        <translation>Health and wellbeing</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Sceglie e organizza da sé attività che le piacciono (sport, volontariato, corsi), adattandole ai propri impegni e al proprio budget.</source>
        <translation>Chooses and organises activities they enjoy (sport, volunteering, courses), fitting them around their commitments and budget.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Si prende cura della propria salute anche con la prevenzione (screening, vaccinazioni, alimentazione), riconosce i segnali di malessere e sa dove chiedere aiuto.</source>
        <translation>Looks after their health, including prevention (screening, vaccinations, diet), recognises signs of being unwell and knows where to ask for help.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Strumento dell'équipe RTS per osservare, insieme alla persona, quanto supporto le serve in ciascun ambito del progetto individualizzato. Il punteggio descrive la situazione attuale, non un giudizio sulla persona: si sceglie il livello la cui descrizione è più vicina a quanto osservato nelle ultime settimane.</source>
        <translation>A tool for the RTS team to observe, together with the person, how much support they need in each area of the individual plan. The score describes the current situation, not a judgement of the person: choose the level whose description is closest to what you have seen over the last few weeks.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Supporto frequente</source>
        <translation>Frequent support</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Supporto periodico</source>
        <translation>Periodic support</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tempo libero</source>
        <translation>Free time</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tensioni ricorrenti; accetta la mediazione proposta dall'educatore ma fatica a rispettare gli accordi presi.</source>
        <translation>Recurring tensions; accepts mediation offered by the educator but struggles to keep to what was agreed.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tiene sotto controllo le scadenze e presenta da sé la maggior parte delle domande (ISEE, rinnovi, bonus); chiede aiuto solo per pratiche nuove o procedure online complicate.</source>
        <translation>Keeps track of deadlines and submits most applications alone (ISEE, renewals, benefits); asks for help only with new paperwork or complicated online procedures.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Valutazione dell'autonomia – RTS</source>
        <translation>Independence assessment – RTS</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Vive in isolamento: non ha persone di riferimento né contatti con il territorio, oppure frequenta soprattutto relazioni che la danneggiano.</source>
        <translation>Lives in isolation: has nobody to turn to and no local contacts, or mainly keeps up relationships that harm them.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>È una presenza positiva nel caseggiato: conosce i vicini, partecipa alla vita comune (assemblee, iniziative di cortile) e risolve i disaccordi in autonomia.</source>
        <translation>Is a positive presence in the building: knows the neighbours, takes part in shared life (residents' meetings, courtyard events) and resolves disagreements independently.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%1 di %n voci</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%n voci mostrate</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%n voci mostrate (altre disponibili)</source>
        <translation>
            <numerusform>%n entry shown (more available)</numerusform>
            <numerusform>%n entries shown (more available)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Cerca</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Esporta CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Operatore</source>
        <translation>&amp;Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>A&amp;l</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Altre &amp;voci</source>
        <translation>More &amp;entries</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Azio&amp;ne</source>
        <translation>Actio&amp;n</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Azione</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Ca&amp;so</source>
        <translation>Ca&amp;se</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Chi ha letto o modificato i dati, quando, da quale portatile e perché. Riservato a coordinatori e amministratori.</source>
        <translation>Who read or changed the data, when, from which laptop and why. For coordinators and administrators only.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Codice/id</source>
        <translation>Code/id</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Dettaglio</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Entità</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Errore imprevisto: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Esporta registro accessi</source>
        <translation>Export audit log</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Esportate %n voci in {path}</source>
        <translation>
            <numerusform>Exported %n entry to {path}</numerusform>
            <numerusform>Exported %n entries to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Finalità</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Il registro accessi è riservato a coordinatori e amministratori.</source>
        <translation>The audit log is for coordinators and administrators only.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Quando</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Registro accessi</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Voci del registro accessi</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>es. RTS-2026-0042</source>
        <translation>e.g. RTS-2026-0042</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>nome utente o nome e cognome</source>
        <translation>username or full name</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>%n liberi</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>&lt;b&gt;Fine prevista superata: prorogare o registrare l'uscita&lt;/b&gt;</source>
        <translation>&lt;b&gt;Planned end passed: extend or record the move-out&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Alloggio / stanza</source>
        <translation>Apartment / room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Dal {date}</source>
        <translation>From {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Fine prevista: {date}</source>
        <translation>Planned end: {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Posti: {places}</source>
        <translation>Beds: {places}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Proroghe: {count} (fine iniziale {date})</source>
        <translation>Extensions: {count} (first planned end {date})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Uscita: {date}</source>
        <translation>Move-out: {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>completo</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>previsto: {text}</source>
        <translation>planned: {text}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{household} · fino al {date}</source>
        <translation>{household} · until {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{household} · scaduto il {date}</source>
        <translation>{household} · overdue since {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{room} · %n letti</source>
        <translation>
            <numerusform>{room} · %n bed</numerusform>
            <numerusform>{room} · %n beds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{text} (prorogato)</source>
        <translation>{text} (extended)</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Ann&amp;ulla</source>
        <translation>Canc&amp;el</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Case closed: read only.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>%n allegati</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n allegati rimossi</source>
        <translation>
            <numerusform>%n attachment removed</numerusform>
            <numerusform>%n attachments removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>%n elementi</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n righe</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n righe eliminate</source>
        <translation>
            <numerusform>%n row deleted</numerusform>
            <numerusform>%n rows deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>%n voci</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>(disattivato)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>--demo apre il database dimostrativo: non si combina con altri comandi o --db</source>
        <translation>--demo opens the demo database: it does not go with other commands or --db</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>AZIONE</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Amministratore: {name}</source>
        <translation>Administrator: {name}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Attenzione: i due portatili risultano divergenti ({what}): prepara un pacchetto completo.</source>
        <translation>Warning: the two laptops have diverged ({what}): prepare a complete bundle.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Backup completo salvato: {path}</source>
        <translation>Complete backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>COMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>Calendario esportato: {path} (%n appuntamenti)</source>
        <translation>
            <numerusform>Calendar exported: {path} (%n appointment)</numerusform>
            <numerusform>Calendar exported: {path} (%n appointments)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero (mostrata una sola volta: stampala e conservala in cassaforte):</source>
        <translation>Recovery key (shown only once: print it and keep it in a safe):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero scritta in {path} (leggibile solo da te): conservala al sicuro.</source>
        <translation>Recovery key written to {path} (readable by you only): keep it safe.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Codice scritto in {path}</source>
        <translation>Code written to {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Conflitti aperti: {conflicts}; modifiche in attesa: {pending}</source>
        <translation>Open conflicts: {conflicts}; changes waiting: {pending}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Conservazione: dati particolari {special} anni, persona {person} anni dalla chiusura dell'ultimo caso</source>
        <translation>Retention: special-category data {special} years, person {person} years after the last case closed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Controllo: {outcome} (revisione {rev})</source>
        <translation>Check: {outcome} (revision {rev})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>DISPOSITIVO</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Da fare: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</source>
        <translation>To do: {what} {code}  closed on {closed:%d/%m/%Y}, due since {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database creato (cifrato): {path} (dispositivo {device})</source>
        <translation>Database created (encrypted): {path} (device {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database creato: {path} (dispositivo {device})</source>
        <translation>Database created: {path} (device {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>Database dimostrativo: utenti {names}; password {password} per tutti.</source>
        <translation>Demo database: users {names}; password {password} for all.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database già presente, aggiornato: {path} (dispositivo {device})</source>
        <translation>Database already there, updated: {path} (device {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database già presente, ora cifrato: {path} (dispositivo {device})</source>
        <translation>Database already there, now encrypted: {path} (device {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Database ripristinato da {file} (copia dello stato precedente: {safety})</source>
        <translation>Database restored from {file} (copy of the previous state: {safety})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Dati di {code} cancellati ({rows}, {files})</source>
        <translation>Data of {code} erased ({rows}, {files})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Dati di {code} esportati in {out} ({rows}, {files})</source>
        <translation>Data of {code} exported to {out} ({rows}, {files})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Dati dimostrativi «{size}» creati in {seconds} s: {summary}</source>
        <translation>Demo data «{size}» created in {seconds} s: {summary}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Dimensione su disco: {size} MiB</source>
        <translation>Size on disk: {size} MiB</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Dispositivo: {name} ({id})</source>
        <translation>Device: {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Eseguito: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</source>
        <translation>Done: {what} {code}  closed on {closed:%d/%m/%Y}, due since {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>FILE_O_CHIAVE</source>
        <translation>FILE_OR_KEY</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Importato da {origin}: {new} nuovi, {updated} aggiornati, {deleted} eliminati, {unchanged} già presenti, {conflicts} conflitti, {pending} in attesa.</source>
        <translation>Imported from {origin}: {new} new, {updated} updated, {deleted} deleted, {unchanged} already there, {conflicts} conflicts, {pending} waiting.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>LINGUA</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Modifiche applicate: {applied}; conflitti: {conflicts}; ancora in attesa: {waiting}</source>
        <translation>Changes applied: {applied}; conflicts: {conflicts}; still waiting: {waiting}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <location filename="../../rts_desktop/cli/options.py"/>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>NOME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>NON SUPERATO</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Nulla da cancellare oggi.</source>
        <translation>Nothing to erase today.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Nuova chiave di pseudonimizzazione in {path}: conservala per avere gli stessi pseudonimi nelle prossime esportazioni.</source>
        <translation>New pseudonymisation key in {path}: keep it to get the same pseudonyms in future exports.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Nuova password di {name}: </source>
        <translation>New password of {name}: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Nuova password: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Nuova serie dei codici: {series}</source>
        <translation>New code series: {series}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Operatore {name} creato ({role})</source>
        <translation>Operator {name} created ({role})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Operatore {name} disattivato</source>
        <translation>Operator {name} disabled</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>PROBLEMI</source>
        <translation>PROBLEMS</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Pacchetto già importato: nessuna modifica.</source>
        <translation>Bundle already imported: no changes.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Pacchetto scritto: {path} ({items}, {files}, {size} KiB)</source>
        <translation>Bundle written: {path} ({items}, {files}, {size} KiB)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Partecipanti esportati: {path} ({count})</source>
        <translation>Participants exported: {path} ({count})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password attuale: </source>
        <translation>Current password: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Password del pacchetto: </source>
        <translation>Bundle password: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password di {name} cambiata</source>
        <translation>Password of {name} changed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password di {name} reimpostata con la chiave di recupero</source>
        <translation>Password of {name} reset with the recovery key</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>Password di {name}: </source>
        <translation>Password of {name}: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>Progetto stampato: {path}</source>
        <translation>Plan printed: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>RTS Desktop – Residenzialità Temporanea Sociale. Senza comando avvia l'interfaccia.</source>
        <translation>RTS Desktop – Temporary Social Housing. Without a command it starts the interface.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Registrato: {name} ({id}), impronta {fingerprint}</source>
        <translation>Enrolled: {name} ({id}), fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Report scritto: {paths}</source>
        <translation>Report written: {paths}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Revocato: {name} ({id})</source>
        <translation>Revoked: {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>Ripeti: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>URL SQLAlchemy (es. postgresql+psycopg://...)</source>
        <translation>SQLAlchemy URL (e.g. postgresql+psycopg://...)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Un report del periodo, contando solo i casi che l'operatore vede. participants: l'elenco pseudonimizzato dei partecipanti (solo coordinatori).</source>
        <translation>A report of the period, counting only the cases the operator can see. participants: the pseudonymised list of participants (coordinators only).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>al massimo N voci, le più recenti</source>
        <translation>at most N entries, the newest</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>allegati</source>
        <translation>attachments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>allegati controllati: {n}</source>
        <translation>attachments checked: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>amministratore da reimpostare</source>
        <translation>administrator to reset</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>anche i disattivati</source>
        <translation>the disabled ones too</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>anelli del registro controllati: {n}</source>
        <translation>audit log links checked: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>applica le modifiche in attesa da più di N giorni (coordinatori)</source>
        <translation>apply the changes waiting for more than N days (coordinators)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>apri il database dimostrativo (creato al primo uso)</source>
        <translation>open the demo database (made on first use)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>azione</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>azione (es. read, create, update)</source>
        <translation>action (e.g. read, create, update)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>cancella i dati personali di una persona (oblio, art. 17 GDPR)</source>
        <translation>erase a person's personal data (erasure, GDPR art. 17)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>cartella da creare (nuova o vuota)</source>
        <translation>folder to create (new or empty)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>cartella dei PDF</source>
        <translation>folder for the PDFs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>catena registro</source>
        <translation>audit log chain</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>chiave di recupero (o RTS_RECOVERY_KEY): serve se il database è danneggiato</source>
        <translation>recovery key (or RTS_RECOVERY_KEY): needed if the database is damaged</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>chiavi esterne</source>
        <translation>foreign keys</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>codice RTS1-... o file JSON</source>
        <translation>RTS1-... code or JSON file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>codice del caso (es. RTS-2026-0042)</source>
        <translation>case code (e.g. RTS-2026-0042)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>codice del caso (es. RTS-2026-0042): il caso e i suoi dati</source>
        <translation>case code (e.g. RTS-2026-0042): the case and its records</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>codice dell'alloggio</source>
        <translation>apartment code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>codice della persona (es. BEN-2024-00001)</source>
        <translation>the person's code (e.g. BEN-2024-00001)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>codice della persona (es. BEN-2024-00002)</source>
        <translation>the person's code (e.g. BEN-2024-00002)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>codice/id</source>
        <translation>code/id</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>come --snapshot --for-device</source>
        <translation>like --snapshot --for-device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>conservazione dei dati: cosa va cancellato oggi (con --apply lo cancella)</source>
        <translation>data retention: what is due for erasure today (--apply erases it)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>copia di sicurezza completa (database e allegati)</source>
        <translation>complete backup (database and attachments)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>crea il database cifrato con il suo amministratore (o aggiorna/cifra uno esistente)</source>
        <translation>create the encrypted database with its administrator (or update/encrypt an existing one)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>destinatario in più (chiave age, codice RTS1- o file; ripetibile)</source>
        <translation>one more recipient (age key, RTS1- code or file; repeatable)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>dettaglio</source>
        <translation>detail</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>dimensioni finestra LxA</source>
        <translation>window size WxH</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>disattiva un operatore</source>
        <translation>disable an operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>dispositivo</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>documento {id}: file alterato (sha256 diverso)</source>
        <translation>document {id}: file altered (different sha256)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>documento {id}: file mancante</source>
        <translation>document {id}: file missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>elenca gli operatori</source>
        <translation>list the operators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>elenca i dispositivi</source>
        <translation>list the devices</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>entità</source>
        <translation>entity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>errore imprevisto ({kind}): dettagli nel registro</source>
        <translation>unexpected error ({kind}): details in the log</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>esegui le cancellazioni dovute</source>
        <translation>carry out the erasures due</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>esporta il calendario in .ics</source>
        <translation>export the calendar to .ics</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>esporta tutti i dati di una persona (accesso, art. 15 GDPR)</source>
        <translation>export all of a person's data (access, GDPR art. 15)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .ics da scrivere</source>
        <translation>.ics file to write</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .pdf da scrivere</source>
        <translation>.pdf file to write</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .png da scrivere</source>
        <translation>.png file to write</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>file .rtsbackup da scrivere (predefinito: cartella backups)</source>
        <translation>.rtsbackup file to write (default: backups folder)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>file .xlsx, .csv o .pdf da scrivere</source>
        <translation>.xlsx, .csv or .pdf file to write</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>file con la password del pacchetto</source>
        <translation>file with the bundle's password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>file da scrivere</source>
        <translation>file to write</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>file del database SQLite</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>file di backup (.rtsbackup, o .db solo database)</source>
        <translation>backup file (.rtsbackup, or .db for the database only)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>finalità</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>giorni di attesa (predefinito 7)</source>
        <translation>days of waiting (default 7)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>giorno AAAA-MM-GG</source>
        <translation>day YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>giorno AAAA-MM-GG (predefinito: oggi)</source>
        <translation>day YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>giorno AAAA-MM-GG a cui riferire i dati (predefinito: oggi)</source>
        <translation>day YYYY-MM-DD the data refer to (default: today)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>id o nome</source>
        <translation>id or name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>id o nome del dispositivo</source>
        <translation>id or name of the device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>immagine di una vista (per README e revisioni)</source>
        <translation>image of a view (for the README and reviews)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>importa un pacchetto di sincronizzazione</source>
        <translation>import a sync bundle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>in attesa di modifiche da {name}: {n}</source>
        <translation>waiting for changes from {name}: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>integrità</source>
        <translation>integrity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>integrità, chiavi esterne, allegati, catena del registro e conteggi</source>
        <translation>integrity, foreign keys, attachments, audit log chain and counts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>interrotto</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>leggi la chiave di recupero da FILE (quello scritto da init --recovery-key-out)</source>
        <translation>read the recovery key from FILE (the one written by init --recovery-key-out)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>lingua dei messaggi (it o en; predefinita: l'impostazione ui.language)</source>
        <translation>language of the messages (it or en; default: the setting ui.language)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>lingua del documento: it o en (predefinita: it)</source>
        <translation>language of the document: it or en (default: it)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/language.py"/>
        <source>lingua sconosciuta: {lang} (lingue: {known})</source>
        <translation>unknown language: {lang} (languages: {known})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>mostra il codice di registrazione di questo portatile</source>
        <translation>show this laptop's enrolment code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>mostra la versione del programma ed esci</source>
        <translation>show the program's version and exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>motivo, scritto nel registro accessi</source>
        <translation>reason, written to the audit log</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome di questo portatile (es. «Laptop via Padova»)</source>
        <translation>name of this laptop (e.g. «Laptop via Padova»)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome e cognome dell'amministratore</source>
        <translation>the administrator's full name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome utente dell'amministratore (predefinito: admin); password da RTS_PASSWORD</source>
        <translation>the administrator's username (default: admin); password from RTS_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>nome utente o nome e cognome dell'educatore</source>
        <translation>the educator's username or full name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>nome utente o nome e cognome dell'operatore</source>
        <translation>the operator's username or full name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>numero di versione (predefinito: quella condivisa)</source>
        <translation>version number (default: the agreed one)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>nuova password (da RTS_NEW_PASSWORD o richiesta)</source>
        <translation>new password (from RTS_NEW_PASSWORD or asked)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>nuova serie per i codici dei casi emessi da questo portatile</source>
        <translation>new series for the case codes this laptop issues</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>nuovo operatore (password da RTS_NEW_PASSWORD)</source>
        <translation>new operator (password from RTS_NEW_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>operatore</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>operatore che esegue il comando (o RTS_USER); password da RTS_PASSWORD o richiesta</source>
        <translation>operator running the command (or RTS_USER); password from RTS_PASSWORD or asked</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>operatori: elenco, nuovi, password</source>
        <translation>operators: list, new ones, passwords</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>pacchetto completo (portatile nuovo)</source>
        <translation>complete bundle (new laptop)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>pacchetto da importare</source>
        <translation>bundle to import</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>pacchetto non trovato: {path}</source>
        <translation>bundle not found: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>participants: chiave di pseudonimizzazione (creata se manca; predefinita nella cartella dei dati)</source>
        <translation>participants: pseudonymisation key (created if missing; default in the data folder)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>password da {env} o chiesta</source>
        <translation>password from {env} or asked</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>password perse: apri con la chiave di recupero (RTS_RECOVERY_KEY) e reimposta</source>
        <translation>passwords lost: open with the recovery key (RTS_RECOVERY_KEY) and reset</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>portatili registrati per la sincronizzazione</source>
        <translation>laptops enrolled for sync</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>posti liberi per alloggio e stanza</source>
        <translation>free beds by apartment and room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>prepara un pacchetto di sincronizzazione</source>
        <translation>prepare a sync bundle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>primo giorno AAAA-MM-GG</source>
        <translation>first day YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>processi in parallelo (2)</source>
        <translation>processes in parallel (2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>programmazione FSE degli indicatori (2021-2027)</source>
        <translation>ESF programming period of the indicators (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>prova l'installazione (database cifrato, accesso, PDF, traduzioni, finestra) ed esci</source>
        <translation>test the installation (encrypted database, sign-in, PDF, translations, window) and exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>quando</source>
        <translation>when</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>questo portatile</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>registra un portatile dal suo codice o file</source>
        <translation>enrol a laptop from its code or file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>registro accessi: anello {seq}, voce {entry}: {problem}</source>
        <translation>audit log: link {seq}, entry {entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>registro accessi: chi ha fatto cosa, quando e perché</source>
        <translation>audit log: who did what, when and why</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>registro accessi: voce {entry}: {problem}</source>
        <translation>audit log: entry {entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>report del servizio e indicatori FSE (xlsx, csv, pdf o JSON)</source>
        <translation>service reports and ESF indicators (xlsx, csv, pdf or JSON)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>revoca un portatile (smarrito)</source>
        <translation>revoke a (lost) laptop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>revocato</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>riempi un database vuoto di dati dimostrativi</source>
        <translation>fill an empty database with demo data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>ripristina database e allegati da un backup</source>
        <translation>restore database and attachments from a backup</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>risultato in JSON</source>
        <translation>result as JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>risultato in JSON (una lista)</source>
        <translation>result as JSON (a list)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>scrivi anche un file CSV per Excel (UTF-8 con BOM, «;»)</source>
        <translation>also write a CSV file for Excel (UTF-8 with BOM, «;»)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>scrivi il codice in un file JSON</source>
        <translation>write the code to a JSON file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>scrivi la chiave di recupero in FILE (0600) invece di mostrarla</source>
        <translation>write the recovery key to FILE (0600) instead of showing it</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>solo i casi di un Municipio (1-9)</source>
        <translation>only the cases of one Municipio (1-9)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>spazio su disco esaurito: libera spazio e riprova (nulla è stato scritto a metà)</source>
        <translation>disk full: free some space and try again (nothing was half written)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>stampa i progetti con verifica prima di una data</source>
        <translation>print the plans with a review due before a date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>stampa in PDF il progetto di un caso</source>
        <translation>print a case's plan to PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>stampa le cifre in JSON</source>
        <translation>print the figures as JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>stato della sincronizzazione</source>
        <translation>sync status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/language.py"/>
        <source>traduzioni non disponibili: il programma continua in italiano</source>
        <translation>translations not available: the program goes on in Italian</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>ultimo giorno AAAA-MM-GG</source>
        <translation>last day YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>usa {a} oppure {b}, non entrambi</source>
        <translation>use {a} or {b}, not both</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>vista da riprendere (main)</source>
        <translation>view to capture (main)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>{flag} indicato due volte con valori diversi</source>
        <translation>{flag} given twice with different values</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>{problem} (vedi --help)</source>
        <translation>{problem} (see --help)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>{prog}: {message} (vedi --help)</source>
        <translation>{prog}: {message} (see --help)</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>revocato il {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>scaduto il {date}</source>
        <translation>expired on {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>valido</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>valido fino al {date}</source>
        <translation>valid until {date}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source> — Residenzialità Temporanea Sociale — PON Metro 2014-2020 / MI3.1.1.c</source>
        <translation> — Temporary Social Housing — PON Metro 2014-2020 / MI3.1.1.c</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>%n mesi</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>(nome e cognome)</source>
        <translation>(full name)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>(nota vuota)</source>
        <translation>(empty note)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>&lt;b&gt;Oggetto:&lt;/b&gt; {subject}</source>
        <translation>&lt;b&gt;Subject:&lt;/b&gt; {subject}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>&lt;i&gt;Indicatore:&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;Indicator:&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>&lt;i&gt;corregge la nota del {date}&lt;/i&gt;</source>
        <translation>&lt;i&gt;corrects the note of {date}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Alloggio {code} · {date}</source>
        <translation>Apartment {code} · {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Ambiente</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Ambito</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Anagrafica</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Andamento della valutazione dell'autonomia</source>
        <translation>Autonomy assessment over time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Arredo / dotazione</source>
        <translation>Furniture / equipment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Art. {number} – {title}</source>
        <translation>Art. {number} – {title}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Assistente sociale SST</source>
        <translation>SST social worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Attività</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Beneficiario/a</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Caso / alloggio</source>
        <translation>Case / apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Caso {code} · firmato il {date}</source>
        <translation>Case {code} · signed on {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Caso {code} · pagamento del {date}</source>
        <translation>Case {code} · payment of {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Caso {code} · versione {number} · stato: {status}</source>
        <translation>Case {code} · version {number} · status: {status}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Caso {code} · {period}</source>
        <translation>Case {code} · {period}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Chi</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Chi ha pagato</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Chiavi consegnate</source>
        <translation>Keys handed over</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Chiavi riconsegnate</source>
        <translation>Keys returned</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Codice caso</source>
        <translation>Case code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Comune di Milano</source>
        <translation>City of Milan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Comune di Milano — Residenzialità Temporanea Sociale</source>
        <translation>City of Milan — Temporary Social Housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Con questo pagamento la quota del mese è saldata.</source>
        <translation>This payment settles the month's contribution.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Condiviso il</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Condizioni dell'accoglienza</source>
        <translation>Terms of the stay</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Contatore</source>
        <translation>Meter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Contenuto: {contents}</source>
        <translation>Contents: {contents}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Copia dei dati personali trattati dal servizio Residenzialità Temporanea Sociale, rilasciata ai sensi dell'art. 15 del Regolamento (UE) 2016/679. Questo documento è un riepilogo leggibile; l'elenco completo dei dati è nel file persona.json che lo accompagna, i documenti allegati nella cartella allegati. Non sono riportati i dati che riguardano altre persone.</source>
        <translation>Copy of the personal data processed by the Temporary Social Housing service, issued under Art. 15 of Regulation (EU) 2016/679. This document is a readable summary; the full data is in the accompanying file persona.json, the attached documents in the folder allegati. Data about other people is not included.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Da versare</source>
        <translation>Still due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Dai nostri registri risultano ancora da versare %n mensilità della quota di compartecipazione prevista dal patto di accoglienza firmato il {date}, per un totale di {total}:</source>
        <translation>
            <numerusform>Our records show %n monthly contribution still unpaid under the hosting agreement signed on {date}, totalling {total}:</numerusform>
            <numerusform>Our records show %n monthly contributions still unpaid under the hosting agreement signed on {date}, totalling {total}:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Data del pagamento</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Distinti saluti.</source>
        <translation>Yours sincerely,</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Durata</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatore</source>
        <translation>Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Educatore di riferimento</source>
        <translation>Key educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatore {number}</source>
        <translation>Educator {number}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatori</source>
        <translation>Educators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Entrata</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Entro il</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto dei dati personali</source>
        <translation>Personal data summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Estratto del diario del caso</source>
        <translation>Case diary extract</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto preparato il {date} da {name}.</source>
        <translation>Extract prepared on {date} by {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto preparato il {date}.</source>
        <translation>Extract prepared on {date}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Filtro</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Fine prevista</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Foglio firme</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Foglio «{name}»</source>
        <translation>Sheet «{name}»</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Gentile</source>
        <translation>Dear</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, d'intesa con il Servizio sociale territoriale ({sst}), e le persone accolte indicate di seguito convengono quanto segue.</source>
        <translation>The City of Milan – Temporary Social Housing, through {body}, represented by the key educator {educator}, in agreement with the local social services ({sst}), and the people hosted listed below agree as follows.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, e le persone accolte indicate di seguito convengono quanto segue.</source>
        <translation>The City of Milan – Temporary Social Housing, through {body}, represented by the key educator {educator}, and the people hosted listed below agree as follows.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}, dal {start} al {end}.</source>
        <translation>The City provides, on a temporary basis, {place} for {duration}, from {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}.</source>
        <translation>The City provides, on a temporary basis, {place} for {duration}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Importo</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Indicatore</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Inizio accoglienza</source>
        <translation>Start of stay</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Inventario</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>L'accoglienza può essere prorogata, su proposta dell'équipe e d'intesa con il Servizio sociale territoriale, in funzione del progetto individualizzato.</source>
        <translation>The stay may be extended, on the team's proposal and in agreement with the local social services, according to the individual plan.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>L'educatore attesta le presenze sopra riportate.</source>
        <translation>The educator confirms the attendance recorded above.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>La invitiamo a versare quanto dovuto entro {days} giorni dal ricevimento di questa lettera, oppure a fissare un colloquio con l'educatore di riferimento per concordare insieme un piano di rientro.</source>
        <translation>Please pay the amount due within {days} days of receiving this letter, or arrange a meeting with your key educator to agree a repayment plan together.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Le note del diario non sono modificabili: una correzione è registrata come nuova nota che rimanda a quella corretta. L'estratto riporta le note nell'ordine in cui sono state scritte.</source>
        <translation>Diary notes cannot be edited: a correction is recorded as a new note pointing to the one it corrects. The extract lists the notes in the order they were written.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Le parti</source>
        <translation>The parties</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Le parti confermano quanto sopra riportato e danno atto delle chiavi consegnate.</source>
        <translation>The parties confirm the above and acknowledge the keys handed over.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Le parti confermano quanto sopra riportato e danno atto delle chiavi riconsegnate.</source>
        <translation>The parties confirm the above and acknowledge the keys returned.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Le persone accolte versano una quota mensile di compartecipazione di {amount}, entro il giorno 10 di ogni mese.</source>
        <translation>The people hosted pay a monthly contribution of {amount} by the 10th of each month.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Le persone che firmano dichiarano di aver costruito e condiviso il presente progetto individualizzato e si impegnano, ciascuna per quanto di propria competenza, a realizzare le azioni indicate e a partecipare alle verifiche periodiche.</source>
        <translation>The signatories declare that they have drawn up and agreed this individual plan together and undertake, each for their own part, to carry out the actions listed and to take part in the regular reviews.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Le ricordiamo che il rispetto degli impegni presi con il patto, compreso il versamento della quota, è condizione per proseguire il percorso di accoglienza. Se ha già provveduto al pagamento, la preghiamo di non tenere conto di questa lettera e di consegnarci copia della ricevuta.</source>
        <translation>Please remember that keeping the commitments of the agreement, including paying the contribution, is a condition for continuing your stay. If you have already paid, please disregard this letter and give us a copy of the receipt.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Letto, compreso e sottoscritto. Una copia del presente patto è consegnata a ciascun beneficiario.</source>
        <translation>Read, understood and signed. A copy of this agreement is given to each beneficiary.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Lettura</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Letture dei contatori</source>
        <translation>Meter readings</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Linee distanziate di poco in verticale per non sovrapporsi; i punteggi esatti sono nella tabella.</source>
        <translation>Lines are shifted slightly up or down so they do not overlap; the exact scores are in the table.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Matricola</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Milano, lì ____________________</source>
        <translation>Milan, ____________________</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Milano, {date}</source>
        <translation>Milan, {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Modalità</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Motivo della richiesta: {purpose}</source>
        <translation>Reason for the request: {purpose}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Municipio {number}</source>
        <translation>Municipio {number}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>N.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Nessun beneficiario indicato.</source>
        <translation>No beneficiary given.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessun componente indicato.</source>
        <translation>No household member given.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Nessun componente registrato.</source>
        <translation>No household member recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun dato da rappresentare.</source>
        <translation>No data to show.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun dato nel periodo.</source>
        <translation>No data in the period.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Nessun dato registrato.</source>
        <translation>No data recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessun esito registrato.</source>
        <translation>No outcome recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessun inventario registrato.</source>
        <translation>No inventory recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessun obiettivo definito.</source>
        <translation>No goals set.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna azione definita.</source>
        <translation>No actions set.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna chiave registrata.</source>
        <translation>No keys recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna lettura registrata.</source>
        <translation>No readings recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Nessuna nota nel periodo selezionato.</source>
        <translation>No notes in the selected period.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna osservazione.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna sintesi inserita.</source>
        <translation>No summary entered.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna valutazione registrata.</source>
        <translation>No assessments recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna verifica registrata.</source>
        <translation>No reviews recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Nota a «{name}»</source>
        <translation>Note on «{name}»</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Note estratte</source>
        <translation>Notes included</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Note: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nucleo beneficiario</source>
        <translation>Beneficiary household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivi e azioni</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivo</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivo / azione</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Orario</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Osservazioni</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Pagina {number} di {total}</source>
        <translation>Page {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Patto di accoglienza</source>
        <translation>Hosting agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Per copia conforme al diario informatico</source>
        <translation>Certified true copy of the electronic diary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per il mese di {month} restano da versare {amount}.</source>
        <translation>For {month}, {amount} is still due.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Per il periodo indicato non è dovuta alcuna quota di compartecipazione.</source>
        <translation>No contribution is due for this period.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per presa visione</source>
        <translation>Seen and acknowledged</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per ricevuta, l'operatore</source>
        <translation>Received by the operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Periodo {start}–{end} · {where}</source>
        <translation>Period {start}–{end} · {where}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Premesse</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Progetto individualizzato</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Programmazione FSE</source>
        <translation>ESF programming period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Prossima verifica</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/charts.py"/>
        <source>Punteggio (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Q.tà</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Quantità</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Quota del mese</source>
        <translation>Month's contribution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Quota dovuta</source>
        <translation>Contribution due</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Quota mensile</source>
        <translation>Monthly contribution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Regolamento della casa</source>
        <translation>House rules</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Regolamento non allegato.</source>
        <translation>House rules not attached.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Report del servizio</source>
        <translation>Service report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta di pagamento</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta n.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta n. {number} – caso {code}</source>
        <translation>Receipt no. {number} – case {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuto da</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Richiami già comunicati</source>
        <translation>Warnings already given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Richiesto da</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Riepilogo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Ruolo nel nucleo</source>
        <translation>Role in household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Scala: {scale}. {note}</source>
        <translation>Scale: {scale}. {note}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Servizio sociale territoriale ed équipe</source>
        <translation>Local social services and team</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Si dichiara di aver ricevuto da {payer} la somma di {amount} ({method}) a titolo di quota di compartecipazione per il mese di {month}, prevista dal patto di accoglienza firmato il {date}.</source>
        <translation>We confirm receipt from {payer} of {amount} ({method}) as the contribution for {month}, as set out in the hosting agreement signed on {date}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Sintesi del progetto</source>
        <translation>Plan summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Sollecito di pagamento</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Stanza</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Stato dell'alloggio</source>
        <translation>Condition of the apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Storico delle verifiche</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Tabella</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Tipi di nota</source>
        <translation>Note types</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Totale</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Tutti</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Valido dal</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Valore</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Verbale di consegna chiavi</source>
        <translation>Key handover report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Verbale di riconsegna chiavi</source>
        <translation>Key return report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica condotta da {name}.</source>
        <translation>Review led by {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica condotta da {name}. {notes}</source>
        <translation>Review led by {name}. {notes}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Versato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Versione</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>attività del</source>
        <translation>activity on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>dal {start} al {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>dicembre</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>domenica</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>febbraio</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>gennaio</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>giovedì</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>giugno</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'alloggio {code} in {address}</source>
        <translation>apartment {code} at {address}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'alloggio {code} in {address} ({room})</source>
        <translation>apartment {code} at {address} ({room})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'ente gestore del servizio</source>
        <translation>the organisation running the service</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>luglio</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>lunedì</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>maggio</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>martedì</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>mercoledì</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>ottobre</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>regolamento v. {version}</source>
        <translation>house rules v. {version}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>sabato</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>stampato il</source>
        <translation>printed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>tutti</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>tutti i Municipi</source>
        <translation>all Municipi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>venerdì</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>versione {number} ({status})</source>
        <translation>version {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>{date} (registrato da {name})</source>
        <translation>{date} (recorded by {name})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>{filter} · programmazione {programme}</source>
        <translation>{filter} · programming period {programme}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>{label} {date}</source>
        <translation>{label} {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>{name} · {code} · art. 15 GDPR</source>
        <translation>{name} · {code} · Art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>{title} delle quote di compartecipazione – caso {code}</source>
        <translation>{title} for contributions – case {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>{title} n. {number}</source>
        <translation>{title} no. {number}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/person.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>{title} {code}</source>
        <translation>{title} {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>{title} – caso {code}</source>
        <translation>{title} – case {code}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source> (interrotto)</source>
        <translation> (stopped)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>(vuoto)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>, {f} non riusciti</source>
        <translation>, {f} failed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>--days va da 0 a 3650.</source>
        <translation>--days must be between 0 and 3650.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>--processes va da 1 a 64.</source>
        <translation>--processes must be between 1 and 64.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>--recipient: né una chiave age né un file leggibile: {ref}</source>
        <translation>--recipient: neither an age key nor a readable file: {ref}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>1 letto</source>
        <translation>1 bed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>1 posto libero</source>
        <translation>1 bed free</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>12 mesi e oltre</source>
        <translation>12 months or more</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Abbandono</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Abitare</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Accessibile</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Accompagnamento all'uscita</source>
        <translation>Support for exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Affitto sul mercato libero</source>
        <translation>Renting on the open market</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Aggiornamento del database non riuscito, ripristinato il backup: {err}</source>
        <translation>Database update failed; the backup has been restored: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Al massimo 200 caratteri.</source>
        <translation>200 characters at most.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al massimo {n} caratteri.</source>
        <translation>{n} characters at most.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Alloggio</source>
        <translation>Apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Alloggio non trovato.</source>
        <translation>Apartment not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Alloggio non trovato: {c}.</source>
        <translation>Apartment not found: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Alloggio {apt}</source>
        <translation>Apartment {apt}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altra situazione</source>
        <translation>Other situation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altri esiti</source>
        <translation>Other outcomes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altro esito</source>
        <translation>Other outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altro svantaggio</source>
        <translation>Other disadvantage</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Ambito</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Ambito non previsto: {d}.</source>
        <translation>Unexpected area: {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Amministratore</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Ancora in uso: da conservare</source>
        <translation>Still in use: keep</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Animali domestici</source>
        <translation>Pets</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Annullata</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Annullato</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Anteprima non pronta.</source>
        <translation>Preview not ready.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Aperta</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Aperto il</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Appuntamento</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Appuntamento non trovato.</source>
        <translation>Appointment not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Ascensore</source>
        <translation>Lift</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Assente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale (operatore)</source>
        <translation>Social worker (operator)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Assistente sociale SST</source>
        <translation>SST social worker</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Assistente sociale SST – {municipio}</source>
        <translation>SST social worker – {municipio}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Attenzione</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa media (giorni)</source>
        <translation>Average wait (days)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa mediana (giorni)</source>
        <translation>Median wait (days)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Attestazione ISEE</source>
        <translation>ISEE certificate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Attiva prima il percorso del caso {c} per inserirlo.</source>
        <translation>Start the pathway of case {c} before placing it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Attività di gruppo: appuntamenti non legati a un caso. Incontri con almeno una presenza o assenza segnata nel periodo; ore = presenze × durata dell'incontro.</source>
        <translation>Group activities: appointments not linked to a case. Sessions with at least one attendance or absence recorded in the period; hours = attendance × session length.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Attivo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Autonomia: distanza percorsa</source>
        <translation>Autonomy: progress made</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Azione del progetto</source>
        <translation>Plan action</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Azione non trovata.</source>
        <translation>Action not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>BYSETPOS si usa solo con ripetizioni mensili o annuali.</source>
        <translation>BYSETPOS can only be used with monthly or yearly repeats.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Beneficiaria</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Beneficiario</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Beneficiario non trovato ({id}).</source>
        <translation>Beneficiary not found ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Beneficiario non trovato.</source>
        <translation>Beneficiary not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bollettino postale</source>
        <translation>Postal payment slip</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bonifico bancario</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>CAP</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cambio di stato del caso</source>
        <translation>Case status change</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Campo obbligatorio.</source>
        <translation>Required field.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Campo previsto solo per la mediazione.</source>
        <translation>Field only used for mediation.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Capofamiglia</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Carta d'identità</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Carta o bancomat (POS)</source>
        <translation>Card (POS)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <location filename="../../rts_desktop/cli/common.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/kernel/fileio.py"/>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Cartella inesistente: {p}.</source>
        <translation>Folder does not exist: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Casi con data di uscita nel periodo; la quota è sul totale delle uscite.</source>
        <translation>Cases with a move-out date in the period; the share is of all move-outs.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Casi con dati da completare</source>
        <translation>Cases with data to complete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi con inizio del percorso nel periodo. Progetto condiviso in tempo: entro {n} giorni dall'inizio (prima condivisione di qualsiasi versione).</source>
        <translation>Cases whose pathway started in the period. Plan shared on time: within {n} days of the start (first sharing of any version).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Casi con morosità</source>
        <translation>Cases in arrears</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati</source>
        <translation>Cases started</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati nel periodo</source>
        <translation>Cases started in the period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Casi segnalati nel periodo; attesa dalla segnalazione all'inizio del percorso, per i percorsi avviati.</source>
        <translation>Cases referred in the period; wait from referral to pathway start, for pathways that started.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Caso</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/services/housing/board.py"/>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <location filename="../../rts_desktop/services/plans/listing.py"/>
        <location filename="../../rts_desktop/services/plans/lookups.py"/>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Caso non trovato.</source>
        <translation>Case not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Caso non trovato: {c}.</source>
        <translation>Case not found: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Caso sconosciuto: {c}.</source>
        <translation>Unknown case: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Categoria ETHOS</source>
        <translation>ETHOS category</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Categoria ETHOS all'ingresso</source>
        <translation>ETHOS category at move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Chiave del destinatario non valida.</source>
        <translation>Invalid recipient key.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Chiave di pseudonimizzazione non valida in {p}.</source>
        <translation>Invalid pseudonymisation key in {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>Chiave di recupero non valida: controlla di averla copiata tutta.</source>
        <translation>Invalid recovery key: check that you copied all of it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Chiavi</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Chiavi consegnate all'ingresso: {g}, riconsegnate: {r}. Scrivi in «Quali chiavi» quali mancano e perché.</source>
        <translation>Keys handed over at move-in: {g}, returned: {r}. Write in «Which keys» which ones are missing and why.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Chiusa</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Chiuso il</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Codice di registrazione del dispositivo non valido.</source>
        <translation>Invalid device registration code.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Codice fiscale non valido.</source>
        <translation>Invalid tax code (codice fiscale).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Colloquio</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Colloquio di ingresso</source>
        <translation>Move-in meeting</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Commento</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Compila il modello prima di salvare la nota.</source>
        <translation>Fill in the template before saving the note.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Componente del nucleo</source>
        <translation>Household member</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Componenti non validi.</source>
        <translation>Invalid members.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Comunità</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Concluso</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Condivisione</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Condivisione con il SST</source>
        <translation>Sharing with the SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condivisione del caso</source>
        <translation>Case sharing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Condivisione del progetto</source>
        <translation>Plan sharing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Condiviso</source>
        <translation>Shared</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso con</source>
        <translation>Shared with</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso il</source>
        <translation>Shared on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Condizione all'ingresso</source>
        <translation>Situation at move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condizioni</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Conflitto non trovato o già risolto ({id}).</source>
        <translation>Conflict not found or already resolved ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Coniuge</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Consegna</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Consegna chiavi</source>
        <translation>Key handover</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso a foto e video delle attività</source>
        <translation>Consent to photos and videos of activities</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso al trattamento di dati sanitari e giudiziari</source>
        <translation>Consent to processing of health and judicial data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso alla condivisione con il servizio sociale</source>
        <translation>Consent to sharing with social services</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Consenso da rinnovare</source>
        <translation>Consent to renew</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Conservazione</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Contanti</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contatto SST</source>
        <translation>SST contact</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo mensile</source>
        <translation>Monthly contribution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Controllo dopo l'aggiornamento fallito: {err}</source>
        <translation>Check after the failed update: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Convivenza e condominio</source>
        <translation>Living together and the building</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Coordinatore</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Costo</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 3 a 6 mesi</source>
        <translation>3 to 6 months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 6 a 12 mesi</source>
        <translation>6 to 12 months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Da completare</source>
        <translation>To complete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Da fare</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Data di fine ripetizione (UNTIL) non valida: {v}.</source>
        <translation>Invalid repeat end date (UNTIL): {v}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di inizio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data di nascita non plausibile.</source>
        <translation>Implausible date of birth.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di segnalazione</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di uscita</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data e ora non valide.</source>
        <translation>Invalid date and time.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Data e ora senza fuso orario.</source>
        <translation>Date and time without a time zone.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Data non leggibile: «{text}». Scrivi gg/mm/aaaa, per esempio 25/11/2026.</source>
        <translation>Cannot read the date: «{text}». Write dd/mm/yyyy, for example 25/11/2026.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non plausibile: usa una data tra il {a} e il {b}.</source>
        <translation>Implausible date: use a date between {a} and {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non valida.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data obiettivo</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Database non trovato: {path} (crealo con 'rts-desktop init').</source>
        <translation>Database not found: {path} (create it with 'rts-desktop init').</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Dati da completare</source>
        <translation>Data to complete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dati particolari</source>
        <translation>Special category data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Decesso</source>
        <translation>Death</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Descrivi l'esito del sopralluogo.</source>
        <translation>Describe the outcome of the inspection.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Descrizione</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Destinazione</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Destinazione all'uscita</source>
        <translation>Destination at move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Destinazione ignota</source>
        <translation>Destination unknown</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Deve essere un testo.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Diario</source>
        <translation>Diary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Dimensione non prevista: usa small o large.</source>
        <translation>Unexpected size: use small or large.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dimissione</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Disoccupati + inattivi + occupati</source>
        <translation>Unemployed + inactive + employed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disoccupato</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disoccupato di lunga durata</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disponibile</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Dispositivo destinatario sconosciuto: registralo prima.</source>
        <translation>Unknown recipient device: register it first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Dispositivo non trovato ({id}).</source>
        <translation>Device not found ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Dispositivo non trovato o ambiguo: {ref}.</source>
        <translation>Device not found or ambiguous: {ref}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Distanza percorsa per ambito</source>
        <translation>Progress made by area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Documenti e pratiche</source>
        <translation>Documents and paperwork</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento d'identità</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Documento d'identità (carta d'identità o permesso di soggiorno)</source>
        <translation>Identity document (ID card or residence permit)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Documento in scadenza</source>
        <translation>Document expiring</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Domande art. 9 poste il</source>
        <translation>Art. 9 questions asked on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Donne</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dormitorio</source>
        <translation>Dormitory</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dovuto</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Dovuto e versato per mese</source>
        <translation>Due and paid by month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Due stanze hanno lo stesso nome.</source>
        <translation>Two rooms have the same name.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Durata (mesi)</source>
        <translation>Length (months)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Durata delle permanenze</source>
        <translation>Length of stays</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata media (giorni)</source>
        <translation>Average length (days)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata mediana (giorni)</source>
        <translation>Median length (days)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 1 – Senza tetto: in strada o in spazi pubblici</source>
        <translation>ETHOS 1 – Roofless: living rough or in public space</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 10 – Sistemazione insicura: minacciata da violenza</source>
        <translation>ETHOS 10 – Insecure housing: under threat of violence</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11 – Sistemazione inadeguata: strutture temporanee o non convenzionali</source>
        <translation>ETHOS 11 – Inadequate housing: temporary or non-conventional structures</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.1 – Sistemazione inadeguata: roulotte o case mobili</source>
        <translation>ETHOS 11.1 – Inadequate housing: caravans or mobile homes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.2 – Sistemazione inadeguata: edificio non destinato ad abitazione</source>
        <translation>ETHOS 11.2 – Inadequate housing: building not meant for living</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.3 – Sistemazione inadeguata: struttura provvisoria (baracca)</source>
        <translation>ETHOS 11.3 – Inadequate housing: temporary structure (shack)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 12 – Sistemazione inadeguata: alloggio inidoneo</source>
        <translation>ETHOS 12 – Inadequate housing: unfit housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 13 – Sistemazione inadeguata: sovraffollamento grave</source>
        <translation>ETHOS 13 – Inadequate housing: extreme overcrowding</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 2 – Senza tetto: dormitorio / accoglienza notturna</source>
        <translation>ETHOS 2 – Roofless: night shelter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3 – Senza casa: struttura per persone senza dimora</source>
        <translation>ETHOS 3 – Houseless: accommodation for homeless people</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.1 – Senza casa: centro di accoglienza</source>
        <translation>ETHOS 3.1 – Houseless: homeless hostel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.2 – Senza casa: alloggio temporaneo</source>
        <translation>ETHOS 3.2 – Houseless: temporary accommodation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.3 – Senza casa: alloggio temporaneo con accompagnamento</source>
        <translation>ETHOS 3.3 – Houseless: temporary accommodation with support</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 4 – Senza casa: casa rifugio per donne</source>
        <translation>ETHOS 4 – Houseless: women's shelter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5 – Senza casa: accoglienza per migranti</source>
        <translation>ETHOS 5 – Houseless: accommodation for migrants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5.1 – Senza casa: centro di accoglienza per richiedenti asilo e migranti</source>
        <translation>ETHOS 5.1 – Houseless: reception centre for asylum seekers and migrants</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5.2 – Senza casa: alloggio per lavoratori migranti</source>
        <translation>ETHOS 5.2 – Houseless: migrant workers' accommodation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6 – Senza casa: in uscita da istituzioni</source>
        <translation>ETHOS 6 – Houseless: due to leave an institution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.1 – Senza casa: in uscita dal carcere</source>
        <translation>ETHOS 6.1 – Houseless: due to leave prison</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.2 – Senza casa: in uscita da strutture sanitarie</source>
        <translation>ETHOS 6.2 – Houseless: due to leave a health institution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.3 – Senza casa: in uscita da comunità per minori</source>
        <translation>ETHOS 6.3 – Houseless: due to leave a children's home</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7 – Senza casa: sostegno di lungo periodo</source>
        <translation>ETHOS 7 – Houseless: long-term support</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7.1 – Senza casa: struttura residenziale per anziani senza dimora</source>
        <translation>ETHOS 7.1 – Houseless: residential care for older homeless people</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7.2 – Senza casa: alloggio con sostegno per ex senza dimora</source>
        <translation>ETHOS 7.2 – Houseless: supported housing for formerly homeless people</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8 – Sistemazione insicura</source>
        <translation>ETHOS 8 – Insecure housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.1 – Sistemazione insicura: ospite temporaneo da parenti o amici</source>
        <translation>ETHOS 8.1 – Insecure housing: temporarily with family or friends</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.2 – Sistemazione insicura: senza contratto di locazione</source>
        <translation>ETHOS 8.2 – Insecure housing: no legal tenancy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.3 – Sistemazione insicura: occupazione senza titolo</source>
        <translation>ETHOS 8.3 – Insecure housing: illegal occupation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9 – Sistemazione insicura: sotto sfratto</source>
        <translation>ETHOS 9 – Insecure housing: under eviction</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9.1 – Sistemazione insicura: sfratto esecutivo (affitto)</source>
        <translation>ETHOS 9.1 – Insecure housing: eviction order (rented)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9.2 – Sistemazione insicura: pignoramento (proprietà)</source>
        <translation>ETHOS 9.2 – Insecure housing: repossession (owned)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Eccezione di un appuntamento</source>
        <translation>Appointment exception</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Edilizia residenziale pubblica (ERP)</source>
        <translation>Public housing (ERP)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educatore</source>
        <translation>Educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Educatore del caso</source>
        <translation>Case educator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educazione all'abitare</source>
        <translation>Learning to run a home</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educazione finanziaria</source>
        <translation>Financial education</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminato</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminazione</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esclusione abitativa</source>
        <translation>Housing exclusion</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Esigenze di accessibilità</source>
        <translation>Accessibility needs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Esiste già un alloggio con codice {c}.</source>
        <translation>An apartment with code {c} already exists.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste già una bozza del progetto (versione {n}): completa quella.</source>
        <translation>A draft of the plan already exists (version {n}): complete that one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Esiste già una valutazione di questa persona in questa data.</source>
        <translation>An assessment of this person on this date already exists.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste una versione più recente (versione {n}): parti da quella.</source>
        <translation>A newer version exists (version {n}): start from that one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Esiti non validi.</source>
        <translation>Invalid outcomes.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esito FSE</source>
        <translation>ESF outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito FSE dopo l'uscita</source>
        <translation>ESF outcome after move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito del percorso</source>
        <translation>Pathway outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito della verifica</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Esito negativo</source>
        <translation>Negative outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Età all'ingresso</source>
        <translation>Age at move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Fatta</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Figlio</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>File del destinatario illeggibile: {ref}</source>
        <translation>Unreadable recipient file: {ref}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>File dell'allegato mancante nell'archivio: {p}.</source>
        <translation>Attachment file missing from the archive: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>File dell'allegato mancante nell'archivio: {t} (esegui check).</source>
        <translation>Attachment file missing from the archive: {t} (run check).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password illeggibile: {p}</source>
        <translation>Unreadable password file: {p}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password troppo grande.</source>
        <translation>Password file too large.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi con parametri non ammessi.</source>
        <translation>Key file with parameters not allowed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi danneggiato.</source>
        <translation>Key file damaged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi di una versione sconosciuta: {p}.</source>
        <translation>Key file from an unknown version: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi illeggibile: {p}.</source>
        <translation>Unreadable key file: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi mancante: {p} (va tenuto accanto al database).</source>
        <translation>Key file missing: {p} (it must be kept next to the database).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>File di backup non trovato: {path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>File non trovato.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>File non trovato: {path}.</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine effettiva</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Fine inserimento</source>
        <translation>End of placement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine prevista</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Fino a 3 mesi</source>
        <translation>Up to 3 months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Firma del pacchetto non valida: è stato alterato o non viene da {name}.</source>
        <translation>Invalid bundle signature: it has been tampered with or does not come from {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Firmato il</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Follow-up a 6 mesi</source>
        <translation>6-month follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up previsto</source>
        <translation>Follow-up planned</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up svolto</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Formato non previsto: usa .xlsx, .csv o .pdf.</source>
        <translation>Unexpected format: use .xlsx, .csv or .pdf.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Fratello</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Frequenza non ammessa: usa giornaliera, settimanale, mensile o annuale.</source>
        <translation>Frequency not allowed: use daily, weekly, monthly or yearly.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Fuori servizio</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Genere</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Genere non indicato</source>
        <translation>Gender not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Genitore</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Gestione del denaro</source>
        <translation>Money management</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Giustificato</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Gruppo di esito</source>
        <translation>Outcome group</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Guasto</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ha ottenuto una qualifica</source>
        <translation>Gained a qualification</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ha un lavoro (anche autonomo)</source>
        <translation>In work (incl. self-employed)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Housing sociale</source>
        <translation>Social housing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>I dati di questa persona sono già stati cancellati.</source>
        <translation>This person's data has already been erased.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>I mesi senza lavoro si indicano solo per chi è disoccupato.</source>
        <translation>Months without work are only given for people who are unemployed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>ISCED</source>
        <translation>ISCED</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il CAP è di cinque cifre.</source>
        <translation>The postcode has five digits.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Il CSV contiene un report solo: scegli Excel o PDF.</source>
        <translation>A CSV holds only one report: choose Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il Municipio va da 1 a 9.</source>
        <translation>The Municipio goes from 1 to 9.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il backup da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_dump.</source>
        <translation>Command-line backup is for SQLite databases: for a PostgreSQL server use pg_dump.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} non si apre con questa chiave.</source>
        <translation>Backup {path} does not open with this key.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} è cifrato (o non è un database): serve la chiave.</source>
        <translation>Backup {path} is encrypted (or is not a database): the key is needed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup è danneggiato: {err}</source>
        <translation>The backup is damaged: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>Il backup è danneggiato: {name}</source>
        <translation>The backup is damaged: {name}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>Il beneficiario</source>
        <translation>The beneficiary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso del nucleo è concluso: i componenti si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation>The household's case is closed: its members can only be viewed. To change them, reopen the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha un progetto condiviso da stampare.</source>
        <translation>Case {c} has no shared plan to print.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha una versione {n} del progetto.</source>
        <translation>Case {c} has no version {n} of the plan.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation>The case is closed: its data can only be viewed. To change it, reopen the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il caso è concluso: non si apre una nuova versione del progetto.</source>
        <translation>The case is closed: a new plan version cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il caso è concluso: patto, quote e richiami non si modificano più. Per registrare altro, riapri il caso.</source>
        <translation>The case is closed: agreement, contributions and warnings can no longer be changed. To record anything else, reopen the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Il caso è già condiviso con questo operatore.</source>
        <translation>The case is already shared with this operator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita a {code}, non a {given}.</source>
        <translation>The tax code says born in {code}, not {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita il {code}, non il {given}.</source>
        <translation>The tax code says born on {code}, not {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita in {code}, non a {given}.</source>
        <translation>The tax code says born in {code}, not {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica sesso {code}, non {given}.</source>
        <translation>The tax code says sex {code}, not {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Il consenso è già stato revocato.</source>
        <translation>The consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto non è un archivio valido.</source>
        <translation>The bundle content is not a valid archive.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto è danneggiato.</source>
        <translation>The bundle content is damaged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il database contiene già dei dati: i dati dimostrativi vanno in un database vuoto.</source>
        <translation>The database already contains data: demo data goes into an empty database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/demo/small.py"/>
        <source>Il database contiene già dei dati: usa un database nuovo per la demo.</source>
        <translation>The database already contains data: use a new database for the demo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non si apre con questa chiave: la chiave è errata oppure il file è danneggiato o non è di RTS Desktop (usa 'rts-desktop restore').</source>
        <translation>Database {path} does not open with this key: the key is wrong, or the file is damaged or not from RTS Desktop (use 'rts-desktop restore').</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non è cifrato: va prima convertito.</source>
        <translation>Database {path} is not encrypted: it must be converted first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è danneggiato ({err}); usa 'rts-desktop restore'.</source>
        <translation>Database {path} is damaged ({err}); use 'rts-desktop restore'.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>Il database {path} è in uso: chiudi RTS Desktop e riprova.</source>
        <translation>Database {path} is in use: close RTS Desktop and try again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è stato creato da una versione più recente di RTS Desktop (revisione {rev}): aggiorna l'applicazione.</source>
        <translation>Database {path} was created by a newer version of RTS Desktop (revision {rev}): update the application.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} esiste già.</source>
        <translation>Database {p} already exists.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} non è ancora cifrato: proteggilo con 'rts-desktop init --db {p}' (crea l'amministratore).</source>
        <translation>Database {p} is not encrypted yet: protect it with 'rts-desktop init --db {p}' (creates the administrator).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Il database è occupato da un altro salvataggio: riprova tra qualche secondo.</source>
        <translation>The database is busy with another save: try again in a few seconds.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo destinatario non ha i dati iniziali: prepara per lui un pacchetto completo (snapshot).</source>
        <translation>The recipient device does not have the initial data: prepare a full bundle (snapshot) for it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il dispositivo usa la stessa serie di codici ({series}) di «{name}»: sul dispositivo da registrare scegli una nuova serie (rts-desktop devices new-series) e ripeti la registrazione.</source>
        <translation>The device uses the same code series ({series}) as “{name}”: on the device being enrolled choose a new series (rts-desktop devices new-series) and enrol it again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo {name} è revocato.</source>
        <translation>Device {name} has been revoked.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il dispositivo è già registrato con chiavi diverse: revocalo prima.</source>
        <translation>The device is already registered with different keys: revoke it first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il file changes.jsonl non è testo UTF-8.</source>
        <translation>The changes.jsonl file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Il file della password è vuoto.</source>
        <translation>The password file is empty.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il file di backup non è un database RTS: {path}</source>
        <translation>The backup file is not an RTS database: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file non è ancora disponibile su questo dispositivo: attendi la sincronizzazione.</source>
        <translation>The file is not available on this device yet: wait for the sync.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato.</source>
        <translation>The file is not an RTS bundle (.rtsbundle) or is damaged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file supera il limite di {n} MB.</source>
        <translation>The file exceeds the {n} MB limit.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file {name!r} del pacchetto non corrisponde al manifest (alterato).</source>
        <translation>File {name!r} in the bundle does not match the manifest (tampered with).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il file {path} esiste già.</source>
        <translation>File {path} already exists.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il file {ref} non contiene chiavi age valide.</source>
        <translation>File {ref} does not contain valid age keys.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file è vuoto.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation>Follow-up is recorded on closed cases.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il manifest del pacchetto non è leggibile.</source>
        <translation>The bundle manifest cannot be read.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il manifest del pacchetto è troppo grande (al massimo {n} MiB).</source>
        <translation>The bundle manifest is too large ({n} MiB at most).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Il nome utente {u} esiste già nel pacchetto completo per un'altra persona: rinomina l'operatore di questo portatile e riprova.</source>
        <translation>The username {u} already exists in the full bundle for another person: rename the operator on this laptop and try again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo deve avere almeno una persona.</source>
        <translation>The household must have at least one person.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo di un caso non si cambia: apri un nuovo caso.</source>
        <translation>A case's household cannot be changed: open a new case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo ha già un capofamiglia.</source>
        <translation>The household already has a head of household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo risulta ancora inserito in alloggio: registra prima l'uscita.</source>
        <translation>The household is still placed in an apartment: record the move-out first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già entrato il {d} (chiavi consegnate): l'inserimento non si può annullare, registra invece l'uscita.</source>
        <translation>The household already moved in on {d} (keys handed over): the placement cannot be cancelled, record the move-out instead.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già in questa stanza.</source>
        <translation>The household is already in this room.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/pending.py"/>
        <source>Il numero di giorni non può essere negativo.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene due volte lo stesso file: {name!r}.</source>
        <translation>The bundle contains the same file twice: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche di questo portatile che non conosce: il database potrebbe essere stato ripristinato da un backup vecchio.</source>
        <translation>The bundle contains changes from this laptop that it does not know about: the database may have been restored from an old backup.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche incoerenti con quelle già presenti (dispositivo {dev}, n. {seq}).</source>
        <translation>The bundle contains changes that conflict with those already here (device {dev}, no. {seq}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene troppi file ({n}).</source>
        <translation>The bundle contains too many files ({n}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un collegamento o una cartella: {name!r}.</source>
        <translation>The bundle contains a link or a folder: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file cifrato non previsto.</source>
        <translation>The bundle contains an unexpected encrypted file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file non elencato nel manifest: {name!r}.</source>
        <translation>The bundle contains a file not listed in the manifest: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto contiene un file non previsto: {name!r}.</source>
        <translation>The bundle contains an unexpected file: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file troppo grande.</source>
        <translation>The bundle contains a file that is too large.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un nome di file pericoloso: {name!r}.</source>
        <translation>The bundle contains a dangerous file name: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto fa riferimento a un record che questo portatile non ha ({table} {id}).</source>
        <translation>The bundle refers to a record this laptop does not have ({table} {id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto ha un rapporto di compressione sospetto.</source>
        <translation>The bundle has a suspicious compression ratio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non ha un manifest firmato.</source>
        <translation>The bundle has no signed manifest.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non è destinato a questo portatile (chiave di cifratura diversa).</source>
        <translation>The bundle is not meant for this laptop (different encryption key).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password richiederebbe troppa memoria per essere aperto (scrypt 2^{n}): preparalo per il dispositivo destinatario (senza password).</source>
        <translation>Opening this password-protected bundle would need too much memory (scrypt 2^{n}): prepare it for the recipient device instead (no password).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password supera {n} MiB, il massimo per questo tipo di pacchetto: preparalo per il dispositivo destinatario (senza password).</source>
        <translation>The password-protected bundle is over {n} MiB, the maximum for this kind of bundle: prepare it for the recipient device instead (no password).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto supera i limiti di dimensione (zip bomb?).</source>
        <translation>The bundle exceeds the size limits (zip bomb?).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto usa una compressione non supportata.</source>
        <translation>The bundle uses an unsupported compression.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione più recente di RTS Desktop: aggiorna l'applicazione alla versione ≥ {app} (il file non è stato modificato).</source>
        <translation>The bundle comes from a newer version of RTS Desktop: update the application to version ≥ {app} (the file has not been changed).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione troppo vecchia di RTS Desktop.</source>
        <translation>The bundle comes from a version of RTS Desktop that is too old.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.</source>
        <translation>The bundle is damaged or incomplete (truncated or tampered with): ask for a new copy.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è destinato a un altro dispositivo: rifiutato (pacchetto destinato a un altro dispositivo).</source>
        <translation>The bundle is meant for another device: rejected (bundle meant for another device).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è protetto da password: indicala per importarlo.</source>
        <translation>The bundle is password-protected: enter the password to import it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è scaduto il {date}: chiedine uno nuovo.</source>
        <translation>The bundle expired on {date}: ask for a new one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è troppo grande.</source>
        <translation>The bundle is too large.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è concluso: non si può più inserire.</source>
        <translation>The pathway of case {c} is closed: it can no longer be placed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è sospeso: riprendilo prima di inserirlo.</source>
        <translation>The pathway of case {c} is on hold: resume it before placing it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>Il periodo da esportare non può superare i 10 anni.</source>
        <translation>The period to export cannot be longer than 10 years.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il periodo può essere lungo al più vent'anni.</source>
        <translation>The period can be twenty years long at most.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Il primo appuntamento della ripetizione cadrebbe il {d:%d/%m/%Y} alle {d:%H:%M}, non nel giorno scelto: scegli tra i giorni della ripetizione anche quello dell'appuntamento.</source>
        <translation>The first appointment in the series would fall on {d:%d/%m/%Y} at {d:%H:%M}, not on the chosen day: include the appointment's day among the repeat days.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il progetto deve avere almeno un obiettivo per essere condiviso.</source>
        <translation>The plan must have at least one goal to be shared.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Il progetto è già stato condiviso con i servizi sociali e non si può modificare: crea una nuova versione.</source>
        <translation>The plan has already been shared with social services and cannot be changed: create a new version.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record del conflitto non esiste più.</source>
        <translation>The conflict record no longer exists.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record è ancora collegato ad altri dati ({table}): non si può eliminare.</source>
        <translation>The record is still linked to other data ({table}): it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Il record è stato modificato da qualcun altro nel frattempo.</source>
        <translation>The record was changed by someone else in the meantime.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.</source>
        <translation>The record was changed by someone else in the meantime: reload and try again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il registro del pacchetto completo non è valido.</source>
        <translation>The full bundle's log is not valid.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il richiamo non può precedere la firma del patto ({d:%d/%m/%Y}).</source>
        <translation>The warning cannot be dated before the agreement was signed ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il ripristino da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_restore.</source>
        <translation>Command-line restore is for SQLite databases: for a PostgreSQL server use pg_restore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il server usa i codici senza serie: non ne ha una.</source>
        <translation>The server issues codes without a series: it has none.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Il testo non è cambiato.</source>
        <translation>The text has not changed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Il testo {what}.</source>
        <translation>The text {what}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/access.py"/>
        <source>Il tuo ruolo non consente questa operazione.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il {d:%d/%m/%Y} l'alloggio {c} ha un inserimento: non può essere «{s}».</source>
        <translation>On {d:%d/%m/%Y} apartment {c} has a placement: it cannot be «{s}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} il nucleo è già inserito nell'alloggio {c}, stanza «{r}»: non può stare in due posti.</source>
        <translation>On {d} the household is already placed in apartment {c}, room «{r}»: it cannot be in two places.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} l'alloggio {c} è «{s}»: non può ospitare nessuno.</source>
        <translation>On {d} apartment {c} is «{s}»: it cannot host anyone.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Immagini</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Importazione completata.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Importo non valido (es. 120,50).</source>
        <translation>Invalid amount (e.g. 120,50).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Importo non valido: scrivi ad esempio 12,50.</source>
        <translation>Invalid amount: write, for example, 12,50.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Importo troppo alto: per questo mese si possono registrare al massimo {e}.</source>
        <translation>Amount too high: at most {e} can be recorded for this month.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Impossibile salvare l'immagine {path}.</source>
        <translation>Cannot save the image {path}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <source>Impronta non valida.</source>
        <translation>Invalid fingerprint.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In cerca di lavoro</source>
        <translation>Looking for work</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In corso</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In istruzione o formazione</source>
        <translation>In education or training</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>In quella data la persona non faceva parte del nucleo.</source>
        <translation>On that date the person was not part of the household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>In ristrutturazione</source>
        <translation>Being renovated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In valutazione</source>
        <translation>Under assessment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Inattivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Incaricato</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Incompatibilità</source>
        <translation>Incompatibility</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Incontri</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica --for-device DISPOSITIVO oppure --snapshot.</source>
        <translation>Give --for-device DEVICE or --snapshot.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Indica --out FILE (o --json per le sole cifre).</source>
        <translation>Give --out FILE (or --json for the figures only).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Indica almeno un destinatario o una password per il pacchetto.</source>
        <translation>Give at least one recipient or a password for the bundle.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Indica almeno un punteggio.</source>
        <translation>Give at least one score.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Indica almeno una stanza con i suoi letti.</source>
        <translation>Give at least one room with its beds.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Indica data e ora.</source>
        <translation>Give a date and time.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il caso o la persona a cui appartiene.</source>
        <translation>Give the case or person it belongs to.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Indica il destinatario (dispositivo registrato) o una password.</source>
        <translation>Give the recipient (registered device) or a password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Indica il motivo della cancellazione (--reason).</source>
        <translation>Give the reason for erasure (--reason).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il nome del file.</source>
        <translation>Give the file name.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica il numero di ripetizioni oppure la data di fine, non entrambi.</source>
        <translation>Give the number of repeats or the end date, not both.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Indica quando sono state poste le domande sui dati particolari.</source>
        <translation>Give when the questions about special category data were asked.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Indica un capofamiglia.</source>
        <translation>Choose a head of household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica un solo dispositivo destinatario.</source>
        <translation>Give only one recipient device.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Indica una data.</source>
        <translation>Give a date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica una sola regola RRULE (senza EXDATE o altre righe).</source>
        <translation>Give a single RRULE rule (without EXDATE or other lines).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indicatore</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Indicatori</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Indicatori FSE dei partecipanti</source>
        <translation>Participants' ESF indicators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Indirizzo e-mail non valido.</source>
        <translation>Invalid email address.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Informativa</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Informativa privacy consegnata</source>
        <translation>Privacy notice given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ingresso</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inizio</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inserimento</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Inserimento non trovato.</source>
        <translation>Placement not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Intero record</source>
        <translation>Whole record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Intervallo di ripetizione tra 1 e 366.</source>
        <translation>Repeat interval between 1 and 366.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inventario</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inviante</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Istituto</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>L'allegato {name!r} non corrisponde alla sua impronta.</source>
        <translation>Attachment {name!r} does not match its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} non corrisponde alla sua impronta.</source>
        <translation>Attachment {sha} does not match its fingerprint.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non si decifra: chiave errata o file danneggiato.</source>
        <translation>Attachment {sha} cannot be decrypted: wrong key or damaged file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non è cifrato o è danneggiato.</source>
        <translation>Attachment {sha} is not encrypted or is damaged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} è cifrato: serve la chiave.</source>
        <translation>Attachment {sha} is encrypted: the key is needed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>L'alloggio ha già una stanza «{n}».</source>
        <translation>The apartment already has a room «{n}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>L'appuntamento è annullato.</source>
        <translation>The appointment is cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>L'educatore è già assegnato al caso.</source>
        <translation>The educator is already assigned to the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>L'elenco dei partecipanti si esporta in .csv.</source>
        <translation>The participant list is exported as .csv.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'ingresso deve precedere la fine prevista.</source>
        <translation>The move-in must come before the planned end.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'ingresso non può seguire l'uscita ({d:%d/%m/%Y}).</source>
        <translation>The move-in cannot come after the move-out ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento continua lo spostamento del {d} nello stesso alloggio: non si può annullare.</source>
        <translation>The placement continues the move of {d} within the same apartment: it cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento deve finire entro la conclusione del percorso ({d}).</source>
        <translation>The placement must end by the close of the pathway ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>L'inserimento non appartiene al caso.</source>
        <translation>The placement does not belong to the case.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento non può iniziare prima dell'avvio del percorso ({d}).</source>
        <translation>The placement cannot start before the pathway starts ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>L'inserimento non è in questo alloggio.</source>
        <translation>The placement is not in this apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è già concluso ({d}).</source>
        <translation>The placement has already ended ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è iniziato il {d}: non si può più annullare. Se il nucleo non è mai entrato, registra l'uscita.</source>
        <translation>The placement started on {d}: it can no longer be cancelled. If the household never moved in, record the move-out.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>L'obiettivo non appartiene a questo progetto.</source>
        <translation>The goal does not belong to this plan.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>L'operatore</source>
        <translation>The operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore non è più attivo.</source>
        <translation>The operator is no longer active.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore scelto non è un'assistente sociale.</source>
        <translation>The chosen operator is not a social worker.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>L'operatore {u} è disattivato.</source>
        <translation>Operator {u} is deactivated.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>L'ordine deve elencare ogni obiettivo una volta.</source>
        <translation>The order must list each goal once.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'uscita deve seguire l'inizio dell'inserimento ({d}).</source>
        <translation>The move-out must come after the placement start ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'uscita non può precedere l'ingresso ({d:%d/%m/%Y}).</source>
        <translation>The move-out cannot come before the move-in ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>La cartella esiste e non è vuota: {p}.</source>
        <translation>The folder exists and is not empty: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>La chiave di recupero non apre questo database.</source>
        <translation>The recovery key does not open this database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La chiusura non può precedere l'apertura ({d:%d/%m/%Y}).</source>
        <translation>Closing cannot come before opening ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La condivisione è già terminata.</source>
        <translation>The sharing has already ended.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>La copia cifrata di {path} non corrisponde all'originale: niente è cambiato.</source>
        <translation>The encrypted copy of {path} does not match the original: nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La data di fine non può essere nel passato.</source>
        <translation>The end date cannot be in the past.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data finale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation>The end date must be between 01/01/2000 and 31/12/2100.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>La data finale precede quella iniziale.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data iniziale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation>The start date must be between 01/01/2000 and 31/12/2100.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La data non può essere futura.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data non può essere nel futuro.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>La data non può precedere quella di inizio.</source>
        <translation>The date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'assegnazione attuale.</source>
        <translation>The date is before the current assignment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'ultimo cambio di stato ({d:%d/%m/%Y}).</source>
        <translation>The date is before the last status change ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La data precede la condivisione della versione in vigore ({d:%d/%m/%Y}).</source>
        <translation>The date is before the current version was shared ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>La data precede la segnalazione ({d:%d/%m/%Y}).</source>
        <translation>The date is before the referral ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La data precede la segnalazione del caso ({d:%d/%m/%Y}).</source>
        <translation>The date is before the case referral ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>La data {day:02d}/{month:02d}/{year} non esiste.</source>
        <translation>The date {day:02d}/{month:02d}/{year} does not exist.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>La fine del periodo precede l'inizio.</source>
        <translation>The end of the period is before the start.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>La nota è già stata corretta: correggi la versione più recente.</source>
        <translation>The note has already been corrected: correct the latest version.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password attuale non è corretta.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>La password deve avere almeno 8 caratteri.</source>
        <translation>The password must be at least 8 characters long.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password deve avere almeno {n} caratteri.</source>
        <translation>The password must be at least {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>La password di {u} non apre questo backup.</source>
        <translation>{u}'s password does not open this backup.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password non può iniziare o finire con spazi.</source>
        <translation>The password cannot start or end with spaces.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona fa già parte del nucleo.</source>
        <translation>The person is already part of the household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La persona non fa parte del nucleo del caso.</source>
        <translation>The person is not part of the case's household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>La persona non partecipa a questo appuntamento.</source>
        <translation>The person is not taking part in this appointment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona è già uscita dal nucleo.</source>
        <translation>The person has already left the household.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La proroga deve spostare la fine oltre il {d}.</source>
        <translation>The extension must move the end beyond {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La prossima verifica va fissata dopo questa.</source>
        <translation>The next review must be set after this one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>La regola non produce alcuna ripetizione.</source>
        <translation>The rule produces no repeats.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La revoca non può precedere il consenso.</source>
        <translation>The withdrawal cannot come before the consent.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>La ricevuta n. {n} è già stata registrata (pagamento del {d:%d/%m/%Y}).</source>
        <translation>Receipt no. {n} has already been recorded (payment of {d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La scadenza deve seguire la data del consenso.</source>
        <translation>The expiry must come after the consent date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La segnalazione è già chiusa.</source>
        <translation>The referral is already closed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza non appartiene all'alloggio scelto.</source>
        <translation>The room does not belong to the chosen apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La stanza non è in questo alloggio.</source>
        <translation>The room is not in this apartment.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>La stanza «{r}» il {d:%d/%m/%Y} ha {n} posti occupati: non può avere solo {b} letti.</source>
        <translation>On {d:%d/%m/%Y} room «{r}» has {n} beds taken: it cannot have only {b} beds.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza «{r}» sarebbe oltre la capienza il {d} ({n} posti su {b}).</source>
        <translation>Room «{r}» would be over capacity on {d} ({n} beds out of {b}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La verifica non può precedere la condivisione del progetto ({d:%d/%m/%Y}).</source>
        <translation>The review cannot come before the plan was shared ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La verifica va fissata dopo la data di condivisione.</source>
        <translation>The review must be set after the sharing date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Lavoro</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Lavoro e formazione</source>
        <translation>Work and training</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Le chiavi di questo inserimento sono già consegnate.</source>
        <translation>The keys for this placement have already been handed over.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Le verifiche si registrano sul progetto condiviso in vigore.</source>
        <translation>Reviews are recorded on the current shared plan.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Libera</source>
        <translation>Free note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Libero</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Lingue</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Lo spostamento deve cadere tra il {a} e il {b} esclusi.</source>
        <translation>The move must fall between {a} and {b}, exclusive.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo di nascita</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Manca un file del pacchetto: {name!r}.</source>
        <translation>A bundle file is missing: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Mancato rispetto del patto</source>
        <translation>Hosting agreement not kept</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Manutenzione</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Mediazione</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Mese</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Mesi non saldati</source>
        <translation>Unpaid months</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Mesi senza lavoro</source>
        <translation>Months without work</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Minoranza</source>
        <translation>Minority</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Minoranza (comprese le comunità emarginate come i Rom)</source>
        <translation>Minority (including marginalised communities such as the Roma)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Minori nel nucleo</source>
        <translation>Children in the household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modifica</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modificato (da conservare)</source>
        <translation>Changed (keep)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Modificato da qualcun altro alle {time}.</source>
        <translation>Changed by someone else at {time}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Modificato da {name} alle {time}.</source>
        <translation>Changed by {name} at {time}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità per caso</source>
        <translation>Arrears by case</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo dell'uscita</source>
        <translation>Reason for move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Municipio SST</source>
        <translation>SST Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Municipio del SST</source>
        <translation>SST Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/common.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Municipio {n}</source>
        <translation>Municipio {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Nessun cambiamento</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/shots.py"/>
        <source>Nessun caso attivo nel database.</source>
        <translation>No active cases in the database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun database da proteggere in {u}.</source>
        <translation>No database to protect in {u}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun operatore collegato.</source>
        <translation>No operator signed in.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Nessun progetto condiviso nel database.</source>
        <translation>No shared plans in the database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun report da esportare.</source>
        <translation>No reports to export.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>Nessuna ripetizione dell'appuntamento inizia a quell'ora.</source>
        <translation>No repeat of the appointment starts at that time.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome e cognome</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome utente</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Nome utente già in uso.</source>
        <translation>Username already in use.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nome utente o password errati.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Non binari</source>
        <translation>Non-binary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Non ci sono quote arretrate: non c'è nessun sollecito da stampare.</source>
        <translation>There are no overdue contributions: there is no reminder to print.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicata</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicato</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Non puoi revocare questo stesso portatile.</source>
        <translation>You cannot revoke this laptop itself.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Non raggiunto</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Non riesco a leggere la chiave di recupero da {p}.</source>
        <translation>Cannot read the recovery key from {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Non risponde</source>
        <translation>Prefers not to say</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Non si può passare da «{a}» a «{b}».</source>
        <translation>Cannot go from «{a}» to «{b}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota di diario</source>
        <translation>Diary note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Nota senza punteggio per l'ambito {d}.</source>
        <translation>Note without a score for area {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note di follow-up</source>
        <translation>Follow-up notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note giudiziarie</source>
        <translation>Judicial notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sanitarie</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sulle chiavi</source>
        <translation>Notes on the keys</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora</source>
        <translation>Household where nobody works</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora, con figli a carico</source>
        <translation>Household where nobody works, with dependent children</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>Nucleo non trovato ({id}).</source>
        <translation>Household not found ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Nucleo non trovato.</source>
        <translation>Household not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero di chiavi</source>
        <translation>Number of keys</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Numero di ripetizioni tra 1 e {n}.</source>
        <translation>Number of repeats between 1 and {n}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Numero di telefono non valido.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nuova fine</source>
        <translation>New end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Obiettivo</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Obiettivo non trovato.</source>
        <translation>Goal not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Occupato</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per alloggio</source>
        <translation>Occupancy by apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per mese</source>
        <translation>Occupancy by month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Operatore</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Operatore non trovato.</source>
        <translation>Operator not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Operatore non trovato: {n}.</source>
        <translation>Operator not found: {n}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Operatore non trovato: {o}.</source>
        <translation>Operator not found: {o}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Operatore sconosciuto: {u}.</source>
        <translation>Unknown operator: {u}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/progress.py"/>
        <source>Operazione annullata.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante</source>
        <translation>Participant hours</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante per area</source>
        <translation>Participant hours by area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo non registrato ({name}): registralo prima di importare.</source>
        <translation>Bundle from an unregistered device ({name}): register it before importing.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo revocato ({name}): rifiutato.</source>
        <translation>Bundle from a revoked device ({name}): rejected.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Pacchetto pronto.</source>
        <translation>Bundle ready.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto rifiutato: riga {n} di {member}, tabella {table}, campo {field}, record {record}: {message}</source>
        <translation>Bundle rejected: line {n} of {member}, table {table}, field {field}, record {record}: {message}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Pacchetto rifiutato: un suo dato viola una regola del database ({what}); nessuna modifica è stata fatta.</source>
        <translation>Bundle rejected: some of its data breaks a database rule ({what}); no changes were made.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto {file} di {origin} rifiutato: il suo orologio è avanti di {h} ore rispetto a questo portatile (al massimo {max}). Controlla data e ora del portatile che lo ha preparato.</source>
        <translation>Bundle {file} from {origin} rejected: its clock is {h} hours ahead of this laptop (at most {max}). Check the date and time on the laptop that prepared it.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Pagamento della quota</source>
        <translation>Contribution payment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Pagamento non trovato.</source>
        <translation>Payment not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Parte della regola non supportata: {k}.</source>
        <translation>Unsupported part of the rule: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Partecipante</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Partecipanti (pseudonimizzati)</source>
        <translation>Participants (pseudonymised)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti entrati nel periodo</source>
        <translation>Participants who joined in the period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti non conteggiabili (dati mancanti)</source>
        <translation>Participants who cannot be counted (missing data)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipanti presenti</source>
        <translation>Participants present</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti usciti nel periodo</source>
        <translation>Participants who left in the period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Partecipazione alle attività di gruppo</source>
        <translation>Group activity participation</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipazione per area</source>
        <translation>Participation by area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato</source>
        <translation>Partly occupied</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato ({p})</source>
        <translation>Partly occupied ({p})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Parzialmente raggiunto</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Passaporto</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Password del pacchetto errata (o pacchetto danneggiato).</source>
        <translation>Wrong bundle password (or damaged bundle).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Password errata.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Patto di accoglienza</source>
        <translation>Hosting agreement</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Patto di accoglienza firmato</source>
        <translation>Hosting agreement signed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Patto di accoglienza non trovato.</source>
        <translation>Hosting agreement not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Percorsi avviati</source>
        <translation>Pathways started</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Periodo di programmazione non previsto: {p}.</source>
        <translation>Unexpected programming period: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse</source>
        <translation>Completed stays</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse nel periodo (uscita effettiva), in giorni dall'ingresso all'uscita; un cambio di stanza o di alloggio non è un'uscita. 6 mesi = 183 giorni.</source>
        <translation>Stays that ended in the period (actual move-out), in days from move-in to move-out; a change of room or apartment is not a move-out. 6 months = 183 days.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per alloggio</source>
        <translation>Completed stays by apartment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per durata</source>
        <translation>Completed stays by length</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze in corso a fine periodo</source>
        <translation>Stays still ongoing at the end of the period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Permesso di soggiorno</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Persona</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Persona forse già presente: {names}.</source>
        <translation>This person may already exist: {names}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>Persona sconosciuta: {c}.</source>
        <translation>Unknown person: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone con almeno due valutazioni della stessa scheda, l'ultima nel periodo: prima e ultima valutazione a confronto per ambito (variazione positiva = più autonomia).</source>
        <translation>People with at least two assessments on the same form, the latest in the period: first and latest assessment compared by area (positive change = more autonomy).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Piano</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti letto</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili</source>
        <translation>Bed-nights available</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili: letti dell'alloggio nelle notti in cui è disponibile od occupato (escluse ristrutturazione e fuori servizio). Usati: posti di ogni permanenza per le notti dall'ingresso al giorno prima dell'uscita (o della fine prevista). Si contano i letti, non le persone: tutte le permanenze, anche dei casi non visibili.</source>
        <translation>Bed-nights available: the apartment's beds on the nights it is available or occupied (excluding renovation and out of service). Used: the beds of each stay for the nights from move-in to the day before move-out (or the planned end). Beds are counted, not people: all stays, including those of cases you cannot see.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte usati</source>
        <translation>Bed-nights used</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparing the bundle…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Preparazione della stampa…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Presente</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Presenza</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Presenze</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Presenze e assenze si segnano dopo l'inizio dell'appuntamento.</source>
        <translation>Attendance and absences are recorded after the appointment has started.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Primo ingresso</source>
        <translation>First move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Progetti individualizzati</source>
        <translation>Individual plans</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Progetto</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in ritardo</source>
        <translation>Plan shared late</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in tempo</source>
        <translation>Plan shared on time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Progetto di uscita</source>
        <translation>Exit plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Progetto individualizzato</source>
        <translation>Individual plan</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Progetto individualizzato firmato</source>
        <translation>Individual plan signed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine non ancora scaduto</source>
        <translation>Plan not shared, deadline not yet passed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine scaduto</source>
        <translation>Plan not shared, deadline passed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Progetto non trovato.</source>
        <translation>Plan not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Progetto v{version}</source>
        <translation>Plan v{version}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Proroga</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Prossima verifica</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Proveniente da zona rurale</source>
        <translation>From a rural area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Pseudonimo</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio di valutazione</source>
        <translation>Assessment score</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio iniziale medio</source>
        <translation>Average initial score</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio più recente medio</source>
        <translation>Average latest score</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Qualità dei dati</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Questa ripetizione è stata annullata.</source>
        <translation>This repeat has been cancelled.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Questa versione del progetto è stata superata e non si può modificare.</source>
        <translation>This plan version has been superseded and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Questo campo non può restare vuoto.</source>
        <translation>This field cannot be left empty.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non ha una chiave di recupero.</source>
        <translation>This database has no recovery key.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non è cifrato.</source>
        <translation>This database is not encrypted.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Questo pacchetto è stato preparato da questo stesso portatile.</source>
        <translation>This bundle was prepared by this laptop itself.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Questo portatile ha modifiche che il pacchetto completo non contiene: invia prima un pacchetto a {name}.</source>
        <translation>This laptop has changes that the full bundle does not contain: send a bundle to {name} first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Questo è il codice di questo stesso portatile.</source>
        <translation>This is the code of this laptop itself.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Quota avviata</source>
        <translation>Share started</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con autonomia raggiunta</source>
        <translation>Share reaching autonomy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con esito negativo</source>
        <translation>Share with a negative outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota di almeno 6 mesi</source>
        <translation>Share of 6 months or more</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di progetti condivisi in tempo</source>
        <translation>Share of plans shared on time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di verifiche puntuali</source>
        <translation>Share of reviews on time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quota versata</source>
        <translation>Share paid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Quote di compartecipazione e morosità</source>
        <translation>Contributions and arrears</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote mensili dei mesi del periodo, in euro. Morosità: dovuto meno versato di ogni mese, quando positivo.</source>
        <translation>Monthly contributions for the months in the period, in euros. Arrears: due minus paid for each month, when positive.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Quote non pagate</source>
        <translation>Unpaid contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote per mese</source>
        <translation>Contributions by month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Raggiunta autonomia</source>
        <translation>Reached autonomy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Raggiunto</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Registra prima la scheda di ingresso.</source>
        <translation>Record the move-in form first.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Registro accessi</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida.</source>
        <translation>Invalid repeat rule.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida: «{p}».</source>
        <translation>Invalid repeat rule: «{p}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione vuota.</source>
        <translation>Empty repeat rule.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Relazione</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Relazione del servizio sociale (SST)</source>
        <translation>Local social services (SST) report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Relazioni e rete</source>
        <translation>Relationships and network</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Report sconosciuto: {k}.</source>
        <translation>Unknown report: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Responsabile</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Richiamo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Riconsegna</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Rientro in famiglia</source>
        <translation>Back with family</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Rifiuto</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl fuori ordine o ripetuta.</source>
        <translation>Line {n} of changes.jsonl is out of order or repeated.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl non valida.</source>
        <translation>Line {n} of changes.jsonl is not valid.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di rows.jsonl non valida.</source>
        <translation>Line {n} of rows.jsonl is not valid.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato da</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato il</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Ruolo</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>SST</source>
        <translation>SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>STP</source>
        <translation>STP</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Salute e benessere</source>
        <translation>Health and well-being</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scadenza</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Scegli il dispositivo a cui è destinato.</source>
        <translation>Choose the device it is meant for.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scegli la persona.</source>
        <translation>Choose the person.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Scegli un educatore.</source>
        <translation>Choose an educator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Scegli un operatore.</source>
        <translation>Choose an operator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scegli un valore da tenere oppure scrivine uno nuovo.</source>
        <translation>Choose a value to keep or write a new one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Scegli un valore.</source>
        <translation>Choose a value.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scelta non valida.</source>
        <translation>Invalid choice.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Scheda</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scheda FSE</source>
        <translation>ESF form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scheda partecipante FSE+</source>
        <translation>ESF+ participant form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non disponibile: {name}.</source>
        <translation>Assessment framework not available: {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non valido ({source}): {problem}</source>
        <translation>Invalid assessment framework ({source}): {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi data e ora come gg/mm/aaaa hh:mm.</source>
        <translation>Write the date and time as dd/mm/yyyy hh:mm.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi la data come gg/mm/aaaa.</source>
        <translation>Write the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Scrivi perché servono questi dati: la ragione va nel registro.</source>
        <translation>Write why you need this data: the reason goes into the log.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi un numero intero.</source>
        <translation>Write a whole number.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi «sì» oppure «no».</source>
        <translation>Write «yes» or «no».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Segnalato</source>
        <translation>Referred</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazione non prevista: {f}.</source>
        <translation>Unexpected referral: {f}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Segnalazioni</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Segnalazioni e attese</source>
        <translation>Referrals and waiting times</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazioni non valide.</source>
        <translation>Invalid referrals.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Segnalazioni per Municipio</source>
        <translation>Referrals by Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Senza dimora</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Senza questi dati gli indicatori FSE del caso non si possono calcolare.</source>
        <translation>Without this data the case's ESF indicators cannot be calculated.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Senza stato</source>
        <translation>No status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Serve interprete</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/diff.py"/>
        <source>Si possono confrontare solo versioni dello stesso progetto.</source>
        <translation>Only versions of the same plan can be compared.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Si è verificato un errore imprevisto: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sintesi</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Situazione lavorativa migliorata</source>
        <translation>Work situation improved</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Socializzazione</source>
        <translation>Socialising</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Solo un amministratore può gestire un amministratore.</source>
        <translation>Only an administrator can manage an administrator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sopralluogo</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Sospeso</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Spazio su disco insufficiente per importare il pacchetto: servono circa {n} MiB liberi.</source>
        <translation>Not enough disk space to import the bundle: about {n} MiB free is needed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {d} di {t}</source>
        <translation>Printed {d} of {t}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {n} progetti su {t} in {s:.1f} s</source>
        <translation>Printed {n} plans out of {t} in {s:.1f} s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stanza</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/listing.py"/>
        <source>Stato del progetto sconosciuto.</source>
        <translation>Unknown plan status.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato dell'alloggio</source>
        <translation>Apartment status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Strada</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Studente</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Superato</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Tabella non presente nel report: {k}.</source>
        <translation>Table not in the report: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Tasso di occupazione</source>
        <translation>Occupancy rate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Tasso di occupazione per mese</source>
        <translation>Occupancy rate by month</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Telefono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Tempo libero</source>
        <translation>Free time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Tessera sanitaria</source>
        <translation>Health card</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Testo</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Testo troppo lungo (massimo {n} caratteri).</source>
        <translation>Text too long ({n} characters at most).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>Tipo di nota sconosciuto: {k}.</source>
        <translation>Unknown note type: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Titolo</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Totale</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/lockout.py"/>
        <source>Troppi tentativi falliti: riprova tra {wait}.</source>
        <translation>Too many failed attempts: try again in {wait}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tutto il giorno</source>
        <translation>All day</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>URL del database non valido o driver non installato: {u}</source>
        <translation>Invalid database URL or driver not installed: {u}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Un appuntamento dura al massimo {n} giorni.</source>
        <translation>An appointment lasts {n} days at most.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita (manca la scheda di uscita della persona e il caso non è concluso).</source>
        <translation>An outcome is recorded after move-out (the person's move-out form is missing and the case is not closed).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita ({d:%d/%m/%Y}).</source>
        <translation>An outcome is recorded after move-out ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Un obiettivo ha più di un esito.</source>
        <translation>A goal has more than one outcome.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un solo adulto con figli a carico</source>
        <translation>Single adult with dependent children</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Un'altra persona stava salvando gli stessi dati nello stesso momento: riprova.</source>
        <translation>Someone else was saving the same data at the same moment: try again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Uomini</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Usa --recipient oppure una password, non entrambi.</source>
        <translation>Use --recipient or a password, not both.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Usa il codice del paese a due lettere (es. IT).</source>
        <translation>Use the two-letter country code (e.g. IT).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Usa solo lettere, numeri, punto e trattino basso.</source>
        <translation>Use only letters, numbers, full stops and underscores.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data dal {a} in poi.</source>
        <translation>Use a date from {a} onwards.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data fino al {b}.</source>
        <translation>Use a date up to {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data tra il {a} e il {b}.</source>
        <translation>Use a date between {a} and {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Uscita</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Uscita finale</source>
        <translation>Final move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Uscita verso: {place}</source>
        <translation>Moved out to: {place}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite</source>
        <translation>Move-outs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per destinazione</source>
        <translation>Move-outs by destination</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Uscite per destinazione ed esito</source>
        <translation>Move-outs by destination and outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per esito</source>
        <translation>Move-outs by outcome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valido dal</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore non ammesso.</source>
        <translation>Value not allowed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Valore non ammesso: {v}.</source>
        <translation>Value not allowed: {v}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Valore non valido per questo campo.</source>
        <translation>Invalid value for this field.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valore non valido.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore sì/no non valido.</source>
        <translation>Invalid yes/no value.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Valore tra 1 e {b}.</source>
        <translation>Value between 1 and {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore tra {a} e {b}.</source>
        <translation>Value between {a} and {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Valori non validi.</source>
        <translation>Invalid values.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Valutazione</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation>Autonomy assessment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Variazione media</source>
        <translation>Average change</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/printing.py"/>
        <source>Verbale non trovato.</source>
        <translation>Handover report not found.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Verbale non valido.</source>
        <translation>Invalid handover report.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Verifica</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Verifica PI</source>
        <translation>Individual plan review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Verifica del progetto</source>
        <translation>Plan review</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Verifica e importazione del pacchetto…</source>
        <translation>Checking and importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifica puntuale: entro la data prevista (per le verifiche registrate prima che la data fosse conservata: entro {n} giorni dalla precedente o dalla condivisione del progetto). Mancante: progetto condiviso con la prossima verifica prevista nel periodo, già passata e non svolta.</source>
        <translation>Review on time: by the planned date (for reviews recorded before the date was stored: within {n} days of the previous one or of the plan being shared). Missing: shared plan whose next review was due in the period, has passed and was not done.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche del progetto</source>
        <translation>Plan reviews</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche in ritardo</source>
        <translation>Late reviews</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche mancanti</source>
        <translation>Missing reviews</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche previste nel periodo, da svolgere</source>
        <translation>Reviews due in the period, still to do</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche puntuali</source>
        <translation>Reviews on time</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche scadute nel periodo e non svolte</source>
        <translation>Reviews overdue in the period and not done</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte</source>
        <translation>Reviews done</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte nel periodo</source>
        <translation>Reviews done in the period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato il</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Versione dello schema del pacchetto non valida.</source>
        <translation>Invalid bundle schema version.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Visita domiciliare</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Visite in coppia</source>
        <translation>Visits in pairs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Vista sconosciuta: {v} (disponibili: {all}).</source>
        <translation>Unknown view: {v} (available: {all}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Voce</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>categoria ETHOS all'ingresso mancante</source>
        <translation>ETHOS category at move-in missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>completa</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>condizione occupazionale non indicata nella scheda di ingresso</source>
        <translation>employment status not given in the move-in form</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri che invertono il verso del testo</source>
        <translation>contains characters that reverse the direction of the text</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri di controllo</source>
        <translation>contains control characters</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri non validi (surrogati isolati)</source>
        <translation>contains invalid characters (lone surrogates)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene il carattere NUL</source>
        <translation>contains the NUL character</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene separatori di riga</source>
        <translation>contains line separators</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>data di nascita mancante: età all'ingresso non calcolabile</source>
        <translation>date of birth missing: age at move-in cannot be calculated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>data non valida: {v} (usa AAAA-MM-GG)</source>
        <translation>invalid date: {v} (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>destinazione all'uscita mancante</source>
        <translation>destination at move-out missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>dimensioni non valide: {v} (usa LxA, es. 1280x800)</source>
        <translation>invalid size: {v} (use WxH, e.g. 1280x800)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>esito a sei mesi dall'uscita non registrato</source>
        <translation>outcome six months after move-out not recorded</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>esito del percorso mancante</source>
        <translation>pathway outcome missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>follow-up scaduto e non registrato</source>
        <translation>follow-up overdue and not recorded</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>indica chi agisce: --user NOME (o la variabile RTS_USER)</source>
        <translation>say who is acting: --user NAME (or the RTS_USER variable)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>indica un numero maggiore di zero</source>
        <translation>give a number greater than zero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>le due password non coincidono</source>
        <translation>the two passwords do not match</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>nessun posto libero in queste date</source>
        <translation>no beds free on these dates</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/common.py"/>
        <source>non indicato</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>occupato</source>
        <translation>occupied</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>password mancante: impostala in {env} o esegui il comando da un terminale</source>
        <translation>password missing: set it in {env} or run the command from a terminal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>record eliminato ({id})</source>
        <translation>record deleted ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di ingresso mancante</source>
        <translation>move-in ESF form missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di uscita mancante</source>
        <translation>move-out ESF form missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>senza stato</source>
        <translation>no status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>sistema</source>
        <translation>system</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>situazione del nucleo non determinabile</source>
        <translation>household situation cannot be determined</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>{amount} ({months} mesi)</source>
        <translation>{amount} ({months} months)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>{headline} Ricarica e riprova.</source>
        <translation>{headline} Reload and try again.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{n} letti</source>
        <translation>{n} beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>{n} posti liberi</source>
        <translation>{n} beds free</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>{path} non contiene un database RTS Desktop.</source>
        <translation>{path} does not contain an RTS Desktop database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>{path} non è un backup RTS Desktop valido o è danneggiato.</source>
        <translation>{path} is not a valid RTS Desktop backup or is damaged.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} non è un database RTS Desktop (o è cifrato e serve la chiave).</source>
        <translation>{path} is not an RTS Desktop database (or it is encrypted and the key is needed).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>{path} non è un database RTS Desktop.</source>
        <translation>{path} is not an RTS Desktop database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è un database SQLite ma non di RTS Desktop.</source>
        <translation>{path} is an SQLite database but not an RTS Desktop one.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è una cartella, non un database.</source>
        <translation>{path} is a folder, not a database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>{path} è una cartella, non un pacchetto.</source>
        <translation>{path} is a folder, not a bundle.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>{p} non è un file delle chiavi di RTS Desktop.</source>
        <translation>{p} is not an RTS Desktop key file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>{p} non è una chiave di recupero.</source>
        <translation>{p} is not a recovery key.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{s} dal {d}</source>
        <translation>{s} from {d}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore attivo.</source>
        <translation>{u} is not an active administrator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore.</source>
        <translation>{u} is not an administrator.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/records.py"/>
        <source>{what} non trovato ({id}).</source>
        <translation>{what} not found ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>{who} è già impegnato in «{t}» il {d:%d/%m/%Y} alle {d:%H:%M}.</source>
        <translation>{who} is already busy with «{t}» on {d:%d/%m/%Y} at {d:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>È l'unico amministratore attivo: non si può disattivare.</source>
        <translation>This is the only active administrator: it cannot be deactivated.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>è fatto solo di caratteri invisibili</source>
        <translation>is made only of invisible characters</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>Documenti PDF</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>File CSV</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>Tutti i file</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>documento</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Alt + lettera sottolineata</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Attiva il pulsante o va al campo</source>
        <translation>Presses the button or goes to the field</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Calendario: periodo precedente / successivo</source>
        <translation>Calendar: previous / next period</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Chiude il fascicolo del caso</source>
        <translation>Closes the case file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Chiude la finestra o il fascicolo (chiede se c'è qualcosa da salvare)</source>
        <translation>Closes the window or the case file (asks if there is something to save)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Passa al controllo successivo / precedente</source>
        <translation>Moves to the next / previous control</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>PgSu / PgGiù</source>
        <translation>PgUp / PgDown</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Tab / Maiusc+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
</context>
<context>
    <name>housing</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Codice</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Dal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Fine prevista</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Guasti</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Guasti aperti</source>
        <translation>Open repairs</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Liberi</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Mun.</source>
        <translation>Mun.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Municipio</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Nucleo</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Occ.</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Posti</source>
        <translation>Beds</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Posti liberi oggi</source>
        <translation>Places free today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Posti occupati oggi</source>
        <translation>Places taken today</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Proroghe</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Stanze</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Uscita</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>{who}: dal {start}, fine prevista {end}.</source>
        <translation>{who}: from {start}, planned end {end}.</translation>
    </message>
</context>
<context>
    <name>reason</name>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Aggiornamento della scheda con la persona</source>
        <translation>Updating the record with the person</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Colloquio o visita programmata</source>
        <translation>Planned meeting or visit</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Compilazione della scheda FSE</source>
        <translation>Filling in the ESF sheet</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Dati particolari (art. 9 GDPR)</source>
        <translation>Special-category data (GDPR art. 9)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Perché servono questi dati? La ragione va nel registro accessi.</source>
        <translation>Why are these data needed? The reason goes into the access log.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Richiesta del servizio sociale territoriale</source>
        <translation>Request from the local social services</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>&amp;Esporta…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Esporta il report %1</source>
        <translation>Export the report %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Nessuna riga per il periodo scelto.</source>
        <translation>No rows for the chosen period.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Salva questo report in Excel, CSV o PDF.</source>
        <translation>Save this report as Excel, CSV or PDF.</translation>
    </message>
</context>
<context>
    <name>self_test</name>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>ERRORE – {what}: {why}</source>
        <translation>ERROR – {what}: {why}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>PDF generato ({kb} kB)</source>
        <translation>PDF rendered ({kb} kB)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova interrotta.</source>
        <translation>Test interrupted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova non superata: %n passi non riusciti.</source>
        <translation>
            <numerusform>Test failed: %n step did not pass.</numerusform>
            <numerusform>Test failed: %n steps did not pass.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova superata: l'installazione funziona.</source>
        <translation>Test passed: the installation works.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>accesso</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>accesso come {user}</source>
        <translation>signed in as {user}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>database cifrato</source>
        <translation>encrypted database</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>database cifrato creato con le migrazioni (revisione {rev})</source>
        <translation>encrypted database created through the migrations (revision {rev})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>dati e licenze inclusi</source>
        <translation>bundled data and licences</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>driver PostgreSQL</source>
        <translation>PostgreSQL driver</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>driver PostgreSQL caricato (psycopg {version}, libpq {libpq})</source>
        <translation>PostgreSQL driver loaded (psycopg {version}, libpq {libpq})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>finestra principale</source>
        <translation>main window</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>finestra principale mostrata ({platform})</source>
        <translation>main window shown ({platform})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>fuso orario e licenze di {n} componenti inclusi</source>
        <translation>time zone and licences of {n} components included</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>icona dell'applicazione mancante</source>
        <translation>application icon missing</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>il database non è cifrato</source>
        <translation>the database is not encrypted</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>il file prodotto non è un PDF</source>
        <translation>the file produced is not a PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>la finestra non si è disegnata</source>
        <translation>the window did not paint</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>licenze mancanti: {names}</source>
        <translation>licences missing: {names}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>non eseguito: un passo precedente non è riuscito</source>
        <translation>not run: an earlier step failed</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>ok – {what}</source>
        <translation>ok – {what}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>psycopg senza la sua libpq (psycopg_binary mancante)</source>
        <translation>psycopg without its libpq (psycopg_binary missing)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>record scritto e riletto (alloggio {code})</source>
        <translation>record written and read back (apartment {code})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>scrittura e lettura</source>
        <translation>write and read</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>traduzioni</source>
        <translation>translations</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>traduzioni caricate ({langs}) e testi di Qt in italiano</source>
        <translation>translations loaded ({langs}) and Qt's texts in Italian</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source> (mostrato ora)</source>
        <translation> (shown now)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>%1 (questo portatile)</source>
        <translation>%1 (this laptop)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>%1 modifiche ricevute sono in attesa di modifiche da %2: saranno applicate quando arriverà il pacchetto che le precede.</source>
        <translation>%1 received changes are waiting for changes from %2: they will be applied when the bundle before them arrives.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%1 record (pacchetto completo)</source>
        <translation>%1 records (full bundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%n allegati</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%n modifiche</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Destinatario:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>&amp;Dispositivi</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;File del pacchetto:</source>
        <translation>Bundle &amp;file:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;Importa</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>&amp;Importa pacchetto…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Prepara</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>&amp;Prepara pacchetto per…</source>
        <translation>&amp;Prepare bundle for…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Registra dispositivo…</source>
        <translation>&amp;Register device…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Ripeti password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/fields.py"/>
        <source>&amp;Sfoglia…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>&amp;Valore da tenere:</source>
        <translation>&amp;Value to keep:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Aggiornati</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Allegati</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Altri valori</source>
        <translation>Other values</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Apri la scheda «Conflitti» per scegliere i valori da tenere.</source>
        <translation>Open the «Conflicts» tab to choose the values to keep.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Attenzione: questi portatili risultano divergenti. Hanno le stesse modifiche ma dati diversi in: %1. Non verranno riallineati da soli.</source>
        <translation>Warning: these laptops have diverged. They have the same changes but different data in: %1. They will not realign by themselves.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>C&amp;opia</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Cifrato per la &amp;chiave del dispositivo</source>
        <translation>Encrypted for the device's &amp;key</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Codice copiato negli appunti.</source>
        <translation>Code copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Codice di &amp;registrazione:</source>
        <translation>&amp;Registration code:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Completo (snapshot)</source>
        <translation>Full (snapshot)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Con&amp;flitti</source>
        <translation>Con&amp;flicts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Con&amp;flitti (%1)</source>
        <translation>Con&amp;flicts (%1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Conflitti</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Conflitti da risolvere</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Copia il codice negli appunti</source>
        <translation>Copy the code to the clipboard</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Da</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Da leggere o incollare sull'altro portatile in «Registra dispositivo…».</source>
        <translation>To read out or paste on the other laptop in «Register device…».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Dato</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Dispositivi</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Eliminare il file del pacchetto?
%1

Contiene dati personali: se non serve ad altri portatili è meglio eliminarlo.</source>
        <translation>Delete the bundle file?
%1

It holds personal data: if no other laptop needs it, it is best deleted.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Eliminati</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>File del pacchetto</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>File del pacchetto da salvare</source>
        <translation>Bundle file to save</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>File di registrazione</source>
        <translation>Registration file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>File di registrazione salvato: %1</source>
        <translation>Registration file saved: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>I portatili si scambiano le modifiche con pacchetti cifrati (chiavetta USB, cartella condivisa). Prepara un pacchetto per un collega, importa quello che ricevi, poi risolvi qui gli eventuali conflitti.</source>
        <translation>Laptops exchange changes with encrypted bundles (USB stick, shared folder). Prepare a bundle for a colleague, import the one you receive, then resolve any conflicts here.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Identificativo:</source>
        <translation>Identifier:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Il pacchetto viene verificato per intero prima di toccare i dati: se è danneggiato o non è destinato a questo portatile non cambia nulla.</source>
        <translation>The bundle is checked in full before any data is touched: if it is damaged or not meant for this laptop, nothing changes.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Il record è stato eliminato su un portatile e modificato su un altro.</source>
        <translation>The record was deleted on one laptop and changed on another.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Importa pacchetto</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Importato il</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Importazione del pacchetto…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Impossibile leggere il file.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Impronta</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>In attesa</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>In attesa di altre modifiche</source>
        <translation>Waiting for other changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Incolla il codice di registrazione dell'altro portatile (inizia con «RTS1-») oppure scegli il suo file di registrazione. Controlla poi che nome e impronta coincidano con quelli mostrati sull'altro portatile.</source>
        <translation>Paste the other laptop's registration code (it starts with «RTS1-») or choose its registration file. Then check that name and fingerprint match those shown on the other laptop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Invariati</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Mantieni &amp;A</source>
        <translation>Keep &amp;A</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Mantieni &amp;B</source>
        <translation>Keep &amp;B</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Modifiche</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Nessun conflitto da risolvere.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Nessuna modifica in attesa.</source>
        <translation>No changes waiting.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Nome:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Nuovi</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Nuovo portatile (pacchetto completo)</source>
        <translation>New laptop (full bundle)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Pacc&amp;hetti importati</source>
        <translation>Import&amp;ed bundles</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Pacchetti importati</source>
        <translation>Imported bundles</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto &amp;completo (per riallineare un portatile)</source>
        <translation>&amp;Full bundle (to realign a laptop)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto RTS (*.rtsbundle)</source>
        <translation>RTS bundle (*.rtsbundle)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto RTS per</source>
        <translation>RTS bundle for</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Pacchetto di «%1» importato.</source>
        <translation>Bundle from «%1» imported.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Pacchetto importato</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto pronto: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, %4 kB. Consegnalo con una chiavetta o una cartella condivisa; dopo l'importazione può essere eliminato.</source>
        <translation>Bundle ready: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, %4 kB. Hand it over on a USB stick or a shared folder; once imported it can be deleted.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>Parti da %1</source>
        <translation>Start from %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Prepara pacchetto</source>
        <translation>Prepare bundle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparing the bundle…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Protetto da &amp;password</source>
        <translation>Protected by &amp;password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Protezione:</source>
        <translation>Protection:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Questi portatili hanno ricevuto le stesse modifiche ma i loro dati non coincidono (per esempio dopo un ripristino da backup o una modifica fatta fuori dal programma). Per riallinearli senza perdere nulla:

1. su questo portatile prepara prima un pacchetto per «%1» e fallo importare;
2. poi chiedi a chi usa «%1» di preparare per questo portatile un «pacchetto completo» (Prepara pacchetto per… → Pacchetto completo);
3. importalo qui: i dati di questo portatile saranno sostituiti da quelli completi.</source>
        <translation>These laptops received the same changes but their data differ (for example after restoring a backup or a change made outside the program). To realign them without losing anything:

1. on this laptop first prepare a bundle for «%1» and have it imported;
2. then ask whoever uses «%1» to prepare a «full bundle» for this laptop (Prepare bundle for… → Full bundle);
3. import it here: this laptop's data will be replaced by the full data.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Questo pacchetto di «%1» era già stato importato: nulla è cambiato.</source>
        <translation>This bundle from «%1» had already been imported: nothing changed.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Questo portatile</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Re&amp;voca…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Registra dispositivo</source>
        <translation>Register device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Registrato il</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Registrato «%1» (impronta %2).</source>
        <translation>Registered «%1» (fingerprint %2).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Registrazione</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Registrazione RTS (*.json)</source>
        <translation>RTS registration (*.json)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Revoca dispositivo</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Revocare «%1»? I suoi pacchetti saranno rifiutati e non potrai più preparare pacchetti per lui (ad esempio se il portatile è stato smarrito).</source>
        <translation>Revoke «%1»? Its bundles will be refused and you can no longer prepare bundles for it (for example if the laptop was lost).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Revocato il</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Riallineare i portatili</source>
        <translation>Realign the laptops</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Richiedi &amp;snapshot…</source>
        <translation>Request &amp;snapshot…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>Risolvi il conflitto scrivendo il valore</source>
        <translation>Resolve the conflict by writing the value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Salva file di re&amp;gistrazione…</source>
        <translation>Save re&amp;gistration file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Salva file di registrazione</source>
        <translation>Save registration file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Salva pacchetto</source>
        <translation>Save bundle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Scegli &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Scegli dove salvare il pacchetto.</source>
        <translation>Choose where to save the bundle.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Scegli il file del pacchetto.</source>
        <translation>Choose the bundle file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Scrivi una password.</source>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/busy.py"/>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Sincronizzazione</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Ultimo pacchetto inviato</source>
        <translation>Last bundle sent</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Ultimo pacchetto ricevuto</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Valore di partenza</source>
        <translation>Starting value</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Valore di partenza: %1</source>
        <translation>Starting value: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>completo</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>nuovo portatile</source>
        <translation>new laptop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>portatile</source>
        <translation>laptop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>«%1» revocato.</source>
        <translation>«%1» revoked.</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>%1 di %2 segnati</source>
        <translation>%1 of %2 marked</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>%n posti liberi su {beds}</source>
        <translation>
            <numerusform>%n free bed of {beds}</numerusform>
            <numerusform>%n free beds of {beds}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Appuntamento che si ripete</source>
        <translation>Repeating appointment</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Arrivo</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Arrivo in ritardo (previsto il %1)</source>
        <translation>Late move-in (planned for %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il diario del caso per scrivere la nota del %1</source>
        <translation>Enter: open the case diary to write the note of %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il fascicolo del caso</source>
        <translation>Enter: open the case file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il giorno nel calendario</source>
        <translation>Enter: open the day in the calendar</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il patto e le quote del caso</source>
        <translation>Enter: open the case's agreement and contributions</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il tabellone degli alloggi</source>
        <translation>Enter: open the apartments board</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: segna le presenze</source>
        <translation>Enter: mark attendance</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Le chiavi non sono ancora state consegnate.</source>
        <translation>The keys have not been handed over yet.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Quota non pagata più vecchia: %1</source>
        <translation>Oldest unpaid contribution: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Scaduta: {description}</source>
        <translation>Overdue: {description}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita non ancora registrata.</source>
        <translation>Move-out not recorded yet.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita prevista</source>
        <translation>Planned move-out</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita registrata.</source>
        <translation>Move-out recorded.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>tutto il giorno</source>
        <translation>all day</translation>
    </message>
</context>
</TS>
