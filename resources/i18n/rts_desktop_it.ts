<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componente</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componenti inclusi</source>
        <translation>Componenti inclusi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Componenti inclusi e loro licenze:</source>
        <translation>Componenti inclusi e loro licenze:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Distribuito con licenza {licence}.</source>
        <translation>Distribuito con licenza {licence}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Informazioni su %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Licenza</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation>Qt %1, PySide6 %2, Python %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Residenzialità Temporanea Sociale: casi, alloggi, calendario, progetti e report per il servizio del Comune di Milano.</source>
        <translation>Residenzialità Temporanea Sociale: casi, alloggi, calendario, progetti e report per il servizio del Comune di Milano.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Versione</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Versione %1</source>
        <translation>Versione %1</translation>
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
        <translation>Blocca dopo quanti minuti senza attività (0: mai)?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocca ora</source>
        <translation>Blocca ora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico</source>
        <translation>Blocco automatico</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: dopo %n minuti…</source>
        <translation>
            <numerusform>Blocco automatico: dopo %n minuto…</numerusform>
            <numerusform>Blocco automatico: dopo %n minuti…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: mai…</source>
        <translation>Blocco automatico: mai…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password…</source>
        <translation>Cambia password…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia utente…</source>
        <translation>Cambia utente…</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Azione</source>
        <translation>&amp;Azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Chi la svolge</source>
        <translation>&amp;Chi la svolge</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation>&amp;Entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica azione</source>
        <translation>Modifica azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuova azione</source>
        <translation>Nuova azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tato</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Aggiungi al nucleo</source>
        <translation>&amp;Aggiungi al nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Relazione con il capofamiglia *</source>
        <translation>&amp;Relazione con il capofamiglia *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Aggiungi componente – %1</source>
        <translation>Aggiungi componente – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, aggiungila al nucleo; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation>Esiste già una persona con gli stessi dati. Se è lei, aggiungila al nucleo; se è un'altra persona, registrala comunque. Nessun dato viene unito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Il componente non è stato aggiunto. Chiudere e perdere i dati inseriti?</source>
        <translation>Il componente non è stato aggiunto. Chiudere e perdere i dati inseriti?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo</source>
        <translation>Nel nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo &amp;dal *</source>
        <translation>Nel nucleo &amp;dal *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
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
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Orario</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Partecipanti</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/agenda.py"/>
        <source>tutto il giorno</source>
        <translation>tutto il giorno</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Assistente sociale SST</source>
        <translation>&amp;Assistente sociale SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Condividi</source>
        <translation>&amp;Condividi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation>&amp;Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condividi il progetto (versione %1)</source>
        <translation>Condividi il progetto (versione %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condiviso &amp;il</source>
        <translation>Condiviso &amp;il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Dopo la condivisione questa versione non si potrà più modificare: sarà quella che si stampa e si firma. Per cambiare qualcosa si crea una nuova versione.</source>
        <translation>Dopo la condivisione questa versione non si potrà più modificare: sarà quella che si stampa e si firma. Per cambiare qualcosa si crea una nuova versione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Nome e cognome dell'assistente sociale</source>
        <translation>Nome e cognome dell'assistente sociale</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source> mesi</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Durata *</source>
        <translation>&amp;Durata *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Firmato il *</source>
        <translation>&amp;Firmato il *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Inserimento</source>
        <translation>&amp;Inserimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Quota mensile (€) *</source>
        <translation>&amp;Quota mensile (€) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra patto</source>
        <translation>&amp;Registra patto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Regolamento (versione) *</source>
        <translation>&amp;Regolamento (versione) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Le quote mensili si calcolano per i mesi del patto in cui il nucleo è in alloggio. Scrivi «0» se non è dovuta alcuna quota.</source>
        <translation>Le quote mensili si calcolano per i mesi del patto in cui il nucleo è in alloggio. Scrivi «0» se non è dovuta alcuna quota.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Nuovo patto di accoglienza</source>
        <translation>Nuovo patto di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 50,00</source>
        <translation>es. 50,00</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>{apartment} {room} dal {date}</source>
        <translation>{apartment} {room} dal {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>— nessuno —</source>
        <translation>— nessuno —</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>%n mensilità, {amount}</source>
        <translation>
            <numerusform>%n mensilità, {amount}</numerusform>
            <numerusform>%n mensilità, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Lettera di sollecito…</source>
        <translation>&amp;Lettera di sollecito…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Nuovo patto…</source>
        <translation>&amp;Nuovo patto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Patto:</source>
        <translation>&amp;Patto:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Pagamenti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pagamenti&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Richiami&lt;/b&gt;</source>
        <translation>&lt;b&gt;Richiami&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>A&amp;ggiorna mensilità</source>
        <translation>A&amp;ggiorna mensilità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Aggiunge le mensilità dei mesi in alloggio (dopo una proroga, per esempio).</source>
        <translation>Aggiunge le mensilità dei mesi in alloggio (dopo una proroga, per esempio).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Arretrati: %1</source>
        <translation>Arretrati: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Caso concluso: solo consultazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Da versare</source>
        <translation>Da versare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Dovuto</source>
        <translation>Dovuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Firmato il %1 · %2 mesi, da %3 a %4 · quota mensile %5 · regolamento v. %6</source>
        <translation>Firmato il %1 · %2 mesi, da %3 a %4 · quota mensile %5 · regolamento v. %6</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Importo</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Lettera di sollecito – %1</source>
        <translation>Lettera di sollecito – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Modalità</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun arretrato.</source>
        <translation>Nessun arretrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun patto di accoglienza registrato: usa «Nuovo patto…».</source>
        <translation>Nessun patto di accoglienza registrato: usa «Nuovo patto…».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessuna mensilità: si calcolano per i mesi del patto in cui il nucleo è in alloggio.</source>
        <translation>Nessuna mensilità: si calcolano per i mesi del patto in cui il nucleo è in alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Pagamenti registrati</source>
        <translation>Pagamenti registrati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili</source>
        <translation>Quote mensili</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili di compartecipazione</source>
        <translation>Quote mensili di compartecipazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Registra &amp;pagamento…</source>
        <translation>Registra &amp;pagamento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ric&amp;hiamo…</source>
        <translation>Ric&amp;hiamo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta n. %1 – %2</source>
        <translation>Ricevuta n. %1 – %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Richiami</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>S&amp;tampa ricevuta…</source>
        <translation>S&amp;tampa ricevuta…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Seleziona prima un pagamento nell'elenco dei pagamenti.</source>
        <translation>Seleziona prima un pagamento nell'elenco dei pagamenti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Sollecito</source>
        <translation>Sollecito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ultimo pagamento</source>
        <translation>Ultimo pagamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Versato</source>
        <translation>Versato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>firmato il %1 · %2 mesi · %3 al mese</source>
        <translation>firmato il %1 · %2 mesi · %3 al mese</translation>
    </message>
</context>
<context>
    <name>AnagraficaTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Capofam.</source>
        <translation>Capofam.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Componenti del nucleo</source>
        <translation>Componenti del nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>I dati sanitari e giudiziari non sono mostrati qui: si aprono solo su richiesta e l'accesso viene registrato.</source>
        <translation>I dati sanitari e giudiziari non sono mostrati qui: si aprono solo su richiesta e l'accesso viene registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Identificativi</source>
        <translation>Identificativi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nato/a il</source>
        <translation>Nato/a il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nel nucleo</source>
        <translation>Nel nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1 al %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>sì</source>
        <translation>sì</translation>
    </message>
</context>
<context>
    <name>ApartmentFileDialog</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n letti</source>
        <translation>
            <numerusform>%n letto</numerusform>
            <numerusform>%n letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n stanze</source>
        <translation>
            <numerusform>%n stanza</numerusform>
            <numerusform>%n stanze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Assegna…</source>
        <translation>&amp;Assegna…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Cambia stato…</source>
        <translation>&amp;Cambia stato…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Inserimenti</source>
        <translation>&amp;Inserimenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Manutenzione</source>
        <translation>&amp;Manutenzione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuova segnalazione…</source>
        <translation>&amp;Nuova segnalazione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuovo sopralluogo…</source>
        <translation>&amp;Nuovo sopralluogo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Stanze</source>
        <translation>&amp;Stanze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Verbali chiavi</source>
        <translation>&amp;Verbali chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>A&amp;zioni…</source>
        <translation>A&amp;zioni…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Acqua</source>
        <translation>Acqua</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Alloggio %1</source>
        <translation>Alloggio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Aperta il</source>
        <translation>Aperta il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>C&amp;hiudi…</source>
        <translation>C&amp;hiudi…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chi interviene</source>
        <translation>Chi interviene</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chiavi</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Chiusa il</source>
        <translation>Chiusa il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Costo</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Descrizione</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Inserimenti</source>
        <translation>Inserimenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Letti</source>
        <translation>Letti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Luce</source>
        <translation>Luce</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Manutenzione</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Mesi</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Municipio {n}</source>
        <translation>Municipio {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e &amp;quote</source>
        <translation>Patti e &amp;quote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e quote</source>
        <translation>Patti e quote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patto firmato il</source>
        <translation>Patto firmato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Percorso</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Quota mensile</source>
        <translation>Quota mensile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Regolamento</source>
        <translation>Regolamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Richiami</source>
        <translation>Richiami</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>S&amp;torico stato</source>
        <translation>S&amp;torico stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>So&amp;pralluoghi</source>
        <translation>So&amp;pralluoghi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Sopralluoghi</source>
        <translation>Sopralluoghi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stampa &amp;verbale</source>
        <translation>Stampa &amp;verbale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stanza</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stanze</source>
        <translation>Stanze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato oggi: &lt;b&gt;{state}&lt;/b&gt;</source>
        <translation>Stato oggi: &lt;b&gt;{state}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stato oggi: &lt;b&gt;{state}&lt;/b&gt; · {occupied} posti occupati su {beds}</source>
        <translation>Stato oggi: &lt;b&gt;{state}&lt;/b&gt; · {occupied} posti occupati su {beds}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Storico stato</source>
        <translation>Storico stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Verbale</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Verbali chiavi</source>
        <translation>Verbali chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>accessibile</source>
        <translation>accessibile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>ascensore</source>
        <translation>ascensore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>piano {floor}</source>
        <translation>piano {floor}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>senza ascensore</source>
        <translation>senza ascensore</translation>
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
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n alloggi</source>
        <translation>
            <numerusform>%n alloggio</numerusform>
            <numerusform>%n alloggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n posti liberi</source>
        <translation>
            <numerusform>%n posto libero</numerusform>
            <numerusform>%n posti liberi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Apri &amp;scheda alloggio</source>
        <translation>Apri &amp;scheda alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>S&amp;tato:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>codice o indirizzo</source>
        <translation>codice o indirizzo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>{apartments} · {free} su {places}</source>
        <translation>{apartments} · {free} su {places}</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Questa sezione sarà disponibile in una prossima versione.</source>
        <translation>Questa sezione sarà disponibile in una prossima versione.</translation>
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
            <numerusform>%n valutazione</numerusform>
            <numerusform>%n valutazioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Nuova valutazione…</source>
        <translation>&amp;Nuova valutazione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Caso concluso: solo consultazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto %1 → %2</source>
        <translation>Confronto %1 → %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto tra le ultime due valutazioni</source>
        <translation>Confronto tra le ultime due valutazioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ora</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Prima</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Scala 1–5: 1 = supporto intensivo, 5 = piena autonomia · %1</source>
        <translation>Scala 1–5: 1 = supporto intensivo, 5 = piena autonomia · %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Servono due valutazioni per il confronto.</source>
        <translation>Servono due valutazioni per il confronto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Variazione</source>
        <translation>Variazione</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Incaricato:</source>
        <translation>&amp;Incaricato:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chi interviene</source>
        <translation>Chi interviene</translation>
    </message>
</context>
<context>
    <name>AssignEducatorDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Assegna</source>
        <translation>&amp;Assegna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Dal *</source>
        <translation>&amp;Dal *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Educatore *</source>
        <translation>&amp;Educatore *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Referente del caso (sostituisce l'attuale)</source>
        <translation>&amp;Referente del caso (sostituisce l'attuale)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assegna educatore</source>
        <translation>Assegna educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Caricamento…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
    </message>
</context>
<context>
    <name>AttachDocumentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Allega</source>
        <translation>&amp;Allega</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;File *</source>
        <translation>&amp;File *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Rilasciato il</source>
        <translation>&amp;Rilasciato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Scegli file…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Tipo *</source>
        <translation>&amp;Tipo *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Allega documento – %1</source>
        <translation>Allega documento – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documenti (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)</source>
        <translation>Documenti (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documento non allegato</source>
        <translation>Documento non allegato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>File da allegare</source>
        <translation>File da allegare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Il documento non è stato allegato. Chiudere senza allegarlo?</source>
        <translation>Il documento non è stato allegato. Chiudere senza allegarlo?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scad&amp;e il</source>
        <translation>Scad&amp;e il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare</source>
        <translation>Scegli il file da allegare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare.</source>
        <translation>Scegli il file da allegare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>T&amp;itolo *</source>
        <translation>T&amp;itolo *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Tutto il nucleo</source>
        <translation>Tutto il nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>es. Carta d'identità di Amina</source>
        <translation>es. Carta d'identità di Amina</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>gg/mm/aaaa, facoltativa</source>
        <translation>gg/mm/aaaa, facoltativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>nessun file scelto</source>
        <translation>nessun file scelto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Salva presenze</source>
        <translation>&amp;Salva presenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Foglio firme</source>
        <translation>Foglio firme</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Le presenze segnate non sono state salvate. Chiudere comunque?</source>
        <translation>Le presenze segnate non sono state salvate. Chiudere comunque?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nessun beneficiario partecipa a questo appuntamento.</source>
        <translation>Nessun beneficiario partecipa a questo appuntamento.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nome</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza di %1</source>
        <translation>Presenza di %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze non salvate</source>
        <translation>Presenze non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Stampa &amp;foglio firme…</source>
        <translation>Stampa &amp;foglio firme…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>— da segnare —</source>
        <translation>— da segnare —</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%1 da stampare, un PDF per progetto (codice del caso e versione nel nome del file).</source>
        <translation>%1 da stampare, un PDF per progetto (codice del caso e versione nel nome del file).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%n progetti</source>
        <translation>
            <numerusform>%n progetto</numerusform>
            <numerusform>%n progetti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%v di %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Avvia stampa</source>
        <translation>&amp;Avvia stampa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Cartella:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Avvio dei processi di stampa…</source>
        <translation>Avvio dei processi di stampa…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Cartella dei PDF</source>
        <translation>Cartella dei PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Interruzione in corso: i PDF già completati restano nella cartella.</source>
        <translation>Interruzione in corso: i PDF già completati restano nella cartella.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>S&amp;foglia…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Scegli una cartella esistente.</source>
        <translation>Scegli una cartella esistente.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Stampa dei progetti</source>
        <translation>Stampa dei progetti</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n letti</source>
        <translation>
            <numerusform>%n letto</numerusform>
            <numerusform>%n letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n posti liberi</source>
        <translation>
            <numerusform>%n posto libero</numerusform>
            <numerusform>%n posti liberi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Dal:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation>&amp;Nuovo inserimento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>C&amp;erca:</source>
        <translation>C&amp;erca:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento non riuscito.</source>
        <translation>Caricamento non riuscito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Mese</source>
        <translation>Mese</translation>
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
        <translation>Oggi %1: &lt;b&gt;%2&lt;/b&gt; su %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente (Maiusc+←)</source>
        <translation>Periodo precedente (Maiusc+←)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo</source>
        <translation>Periodo successivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo (Maiusc+→)</source>
        <translation>Periodo successivo (Maiusc+→)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Settimana</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Trimestre</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Tutti i Municipi</source>
        <translation>Tutti i Municipi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>alloggio, indirizzo o nucleo</source>
        <translation>alloggio, indirizzo o nucleo</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Nessun alloggio corrisponde al filtro.</source>
        <translation>Nessun alloggio corrisponde al filtro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Oggi: %1</source>
        <translation>Oggi: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Tabellone occupazione</source>
        <translation>Tabellone occupazione</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n appuntamenti</source>
        <translation>
            <numerusform>%n appuntamento</numerusform>
            <numerusform>%n appuntamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n scadenze</source>
        <translation>
            <numerusform>%n scadenza</numerusform>
            <numerusform>%n scadenze</numerusform>
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
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Educatore</source>
        <translation>&amp;Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Giorno</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Mese</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Nuovo…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Settimana</source>
        <translation>&amp;Settimana</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>(Invio: apri, tasto menu: azioni)</source>
        <translation>(Invio: apri, tasto menu: azioni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>A&amp;lloggio</source>
        <translation>A&amp;lloggio</translation>
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
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Mostra sca&amp;denze</source>
        <translation>Mostra sca&amp;denze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente (PgSu)</source>
        <translation>Periodo precedente (PgSu)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo</source>
        <translation>Periodo successivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo (PgGiù)</source>
        <translation>Periodo successivo (PgGiù)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Tutti</source>
        <translation>Tutti</translation>
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
        <translation>%1 è già uscito/a dal nucleo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Cartella in cui salvare i dati di %1</source>
        <translation>Cartella in cui salvare i dati di %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Dati esportati</source>
        <translation>Dati esportati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Già uscito/a</source>
        <translation>Già uscito/a</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>I dati di %1 sono stati esportati nella cartella:
%2</source>
        <translation>I dati di %1 sono stati esportati nella cartella:
%2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Nessuna persona selezionata</source>
        <translation>Nessuna persona selezionata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Seleziona prima una persona nell'elenco dei componenti.</source>
        <translation>Seleziona prima una persona nell'elenco dei componenti.</translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;0 Patto e quote</source>
        <translation>&amp;0 Patto e quote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;1 Anagrafica</source>
        <translation>&amp;1 Anagrafica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;2 Percorso</source>
        <translation>&amp;2 Percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;3 Inserimenti</source>
        <translation>&amp;3 Inserimenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;4 Diario</source>
        <translation>&amp;4 Diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;5 Documenti</source>
        <translation>&amp;5 Documenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;6 Scheda FSE</source>
        <translation>&amp;6 Scheda FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;7 Cronologia</source>
        <translation>&amp;7 Cronologia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;8 Progetto</source>
        <translation>&amp;8 Progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;9 Autonomia</source>
        <translation>&amp;9 Autonomia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Modifica persona…</source>
        <translation>&amp;Modifica persona…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Uscita dal nucleo…</source>
        <translation>&amp;Uscita dal nucleo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Aggiungi com&amp;ponente…</source>
        <translation>Aggiungi com&amp;ponente…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Alloggio %1 fino al %2</source>
        <translation>Alloggio %1 fino al %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Assegna &amp;educatore…</source>
        <translation>Assegna &amp;educatore…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>C&amp;hi vede il caso…</source>
        <translation>C&amp;hi vede il caso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Capofamiglia: %1</source>
        <translation>Capofamiglia: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up.</source>
        <translation>Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Educatore: %1</source>
        <translation>Educatore: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Esporta dati (art. 15)…</source>
        <translation>Esporta dati (art. 15)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation>Il follow-up si registra sui casi conclusi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Modifica &amp;dati del caso…</source>
        <translation>Modifica &amp;dati del caso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel diario c'è una nota non salvata. Chiudere il fascicolo e perderla?</source>
        <translation>Nel diario c'è una nota non salvata. Chiudere il fascicolo e perderla?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel progetto ci sono modifiche non salvate. Chiudere il fascicolo e perderle?</source>
        <translation>Nel progetto ci sono modifiche non salvate. Chiudere il fascicolo e perderle?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nessun educatore</source>
        <translation>Nessun educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Non in alloggio</source>
        <translation>Non in alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nota non salvata</source>
        <translation>Nota non salvata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Progetto non salvato</source>
        <translation>Progetto non salvato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Registra &amp;follow-up…</source>
        <translation>Registra &amp;follow-up…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Segnalato il %1</source>
        <translation>Segnalato il %1</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Capofamiglia</source>
        <translation>Capofamiglia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Giorni</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Mun.</source>
        <translation>Mun.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Prossima scadenza</source>
        <translation>Prossima scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/list_model.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>CasePlanDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Progetto</source>
        <translation>&amp;Progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>A&amp;utonomia</source>
        <translation>A&amp;utonomia</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Azioni sull'inserimento…</source>
        <translation>&amp;Azioni sull'inserimento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Inserimenti:</source>
        <translation>&amp;Inserimenti:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>In alloggio %1 · oggi l'alloggio è: %2</source>
        <translation>In alloggio %1 · oggi l'alloggio è: %2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Inserimenti del percorso</source>
        <translation>Inserimenti del percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso %1</source>
        <translation>Percorso %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso &lt;b&gt;%1&lt;/b&gt; · stato: %2</source>
        <translation>Percorso &lt;b&gt;%1&lt;/b&gt; · stato: %2</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%1 di %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%n casi</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Apri fascicolo</source>
        <translation>&amp;Apri fascicolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Educatore</source>
        <translation>&amp;Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Filtra:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Municipio</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Nuovo caso…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&lt;h2&gt;Casi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Casi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>All&amp;oggio</source>
        <translation>All&amp;oggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Caricamento dei casi…</source>
        <translation>Caricamento dei casi…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Elenco dei casi</source>
        <translation>Elenco dei casi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Nome, codice, codice fiscale, alloggio…</source>
        <translation>Nome, codice, codice fiscale, alloggio…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Qualsiasi segnalazione</source>
        <translation>Qualsiasi segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>S&amp;tato</source>
        <translation>S&amp;tato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Se&amp;gnalazioni</source>
        <translation>Se&amp;gnalazioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli alloggi</source>
        <translation>Tutti gli alloggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli educatori</source>
        <translation>Tutti gli educatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli stati</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti i Municipi</source>
        <translation>Tutti i Municipi</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Nuova password (almeno 10 caratteri):</source>
        <translation>&amp;Nuova password (almeno 10 caratteri):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Ripeti la nuova password:</source>
        <translation>&amp;Ripeti la nuova password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password</source>
        <translation>Cambia password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Le due password non coincidono.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Password &amp;attuale:</source>
        <translation>Password &amp;attuale:</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/charts.py"/>
        <source>Nessun dato</source>
        <translation>Nessun dato</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Chiusa il:</source>
        <translation>&amp;Chiusa il:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>C&amp;osto (€):</source>
        <translation>C&amp;osto (€):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chiudi la segnalazione</source>
        <translation>Chiudi la segnalazione</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Cosa</source>
        <translation>&amp;Cosa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Nota</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Da rinnovare il</source>
        <translation>Da rinnovare il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra consenso o informativa</source>
        <translation>Registra consenso o informativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>facoltativa, es. firmato anche dal tutore</source>
        <translation>facoltativa, es. firmato anche dal tutore</translation>
    </message>
</context>
<context>
    <name>ConsentsBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Consensi della persona</source>
        <translation>Consensi della persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Cosa</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation>Dato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Informativa e consensi</source>
        <translation>Informativa e consensi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Re&amp;voca</source>
        <translation>Re&amp;voca</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra &amp;consenso…</source>
        <translation>Registra &amp;consenso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata</source>
        <translation>Sessione bloccata</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Apri il calendario</source>
        <translation>Apri il calendario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù).</source>
        <translation>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù). Può restare vuota.</source>
        <translation>Scrivi gg/mm/aaaa (anche 25112026 o 25/11/26) o apri il calendario (Alt+Giù). Può restare vuota.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>gg/mm/aaaa</source>
        <translation>gg/mm/aaaa</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Consenso</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Cosa</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Fine inserim.</source>
        <translation>Fine inserim.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Verifica PI</source>
        <translation>Verifica PI</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n già superate</source>
        <translation>
            <numerusform>%n già superata</numerusform>
            <numerusform>%n già superate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n scadenze</source>
        <translation>
            <numerusform>%n scadenza</numerusform>
            <numerusform>%n scadenze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Caricamento delle scadenze…</source>
        <translation>Caricamento delle scadenze…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze non disponibili.</source>
        <translation>Scadenze non disponibili.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tipo di scadenza</source>
        <translation>Tipo di scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tutte le scadenze</source>
        <translation>Tutte le scadenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>{count} nei prossimi 30 giorni, {late}.</source>
        <translation>{count} nei prossimi 30 giorni, {late}.</translation>
    </message>
</context>
<context>
    <name>DiaryExtractDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Al</source>
        <translation>&amp;Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Crea estratto</source>
        <translation>&amp;Crea estratto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Tipi di nota</source>
        <translation>&amp;Tipi di nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation>Estratto del diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>es. verifica dell'ente finanziatore</source>
        <translation>es. verifica dell'ente finanziatore</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Salva nota</source>
        <translation>&amp;Salva nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Tipo</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Autore</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Ce&amp;rca:</source>
        <translation>Ce&amp;rca:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cerca nel diario…</source>
        <translation>Cerca nel diario…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Colloquio di ingresso</source>
        <translation>Colloquio di ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cosa è successo, cosa si è concordato…</source>
        <translation>Cosa è successo, cosa si è concordato…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Dimissione</source>
        <translation>Dimissione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Le note non si modificano: una correzione è una nuova nota.</source>
        <translation>Le note non si modificano: una correzione è una nuova nota.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Mediazione</source>
        <translation>Mediazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Nota libera</source>
        <translation>Nota libera</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Note del diario</source>
        <translation>Note del diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Nuova nota</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Te&amp;sto</source>
        <translation>Te&amp;sto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo della nota selezionata</source>
        <translation>Testo della nota selezionata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo di nota</source>
        <translation>Tipo di nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tutte le note</source>
        <translation>Tutte le note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Verifica</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Visita domiciliare</source>
        <translation>Visita domiciliare</translation>
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
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>&amp;Da:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione aggiunta</source>
        <translation>Azione aggiunta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione modificata</source>
        <translation>Azione modificata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione tolta</source>
        <translation>Azione tolta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Azione: {action}</source>
        <translation>Azione: {action}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Confronto tra versioni del progetto</source>
        <translation>Confronto tra versioni del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Le due versioni sono uguali.</source>
        <translation>Le due versioni sono uguali.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo aggiunto</source>
        <translation>Obiettivo aggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo modificato</source>
        <translation>Obiettivo modificato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Obiettivo tolto</source>
        <translation>Obiettivo tolto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Sintesi modificata</source>
        <translation>Sintesi modificata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Versione %1 (%2)</source>
        <translation>Versione %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>chi</source>
        <translation>chi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>descrizione</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>indicatore</source>
        <translation>indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>scadenza</source>
        <translation>scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>sintesi</source>
        <translation>sintesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>stato</source>
        <translation>stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>titolo</source>
        <translation>titolo</translation>
    </message>
</context>
<context>
    <name>DocumentType</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Altro documento</source>
        <translation>Altro documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Attestazione ISEE</source>
        <translation>Attestazione ISEE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Patto di accoglienza</source>
        <translation>Patto di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Progetto individualizzato firmato</source>
        <translation>Progetto individualizzato firmato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Relazione del servizio sociale</source>
        <translation>Relazione del servizio sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/common_views.py"/>
        <source>Tessera sanitaria</source>
        <translation>Tessera sanitaria</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>%n documenti richiesti mancanti o scaduti.</source>
        <translation>
            <numerusform>%n documento richiesto mancante o scaduto.</numerusform>
            <numerusform>%n documenti richiesti mancanti o scaduti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Allegati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Allegati&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Documenti richiesti&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documenti richiesti&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;llega documento…</source>
        <translation>A&amp;llega documento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;pri documento</source>
        <translation>A&amp;pri documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Allegati</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documenti richiesti</source>
        <translation>Documenti richiesti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento trovato</source>
        <translation>Documento trovato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Nessun documento allegato: usa «Allega documento…».</source>
        <translation>Nessun documento allegato: usa «Allega documento…».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Rilasciato</source>
        <translation>Rilasciato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tutti i documenti richiesti sono presenti.</source>
        <translation>Tutti i documenti richiesti sono presenti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>{date} (scaduto)</source>
        <translation>{date} (scaduto)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>⚠ scaduto</source>
        <translation>⚠ scaduto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>✔ presente</source>
        <translation>✔ presente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>✘ mancante</source>
        <translation>✘ mancante</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data segnalazione *</source>
        <translation>&amp;Data segnalazione *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Inviante</source>
        <translation>&amp;Inviante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Municipio SST</source>
        <translation>&amp;Municipio SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assistente so&amp;ciale</source>
        <translation>Assistente so&amp;ciale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Con&amp;tatto SST</source>
        <translation>Con&amp;tatto SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Le modifiche al caso non sono state salvate. Chiudere e perderle?</source>
        <translation>Le modifiche al caso non sono state salvate. Chiudere e perderle?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifica dati del caso</source>
        <translation>Modifica dati del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Segnalazioni</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Si&amp;ntesi</source>
        <translation>Si&amp;ntesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Situazione &amp;ETHOS all'ingresso</source>
        <translation>Situazione &amp;ETHOS all'ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>chi ha inviato la segnalazione</source>
        <translation>chi ha inviato la segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>telefono o email dell'assistente sociale</source>
        <translation>telefono o email dell'assistente sociale</translation>
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
        <translation>&amp;Salva con queste scelte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>&amp;Tieni tutti i loro valori</source>
        <translation>&amp;Tieni tutti i loro valori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Il loro valore</source>
        <translation>Il loro valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Il tuo valore</source>
        <translation>Il tuo valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Le modifiche dell'altra persona non toccano i campi che hai cambiato: salva di nuovo per tenere le une e le altre.</source>
        <translation>Le modifiche dell'altra persona non toccano i campi che hai cambiato: salva di nuovo per tenere le une e le altre.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Mentre modificavi, qualcun altro ha salvato questi campi. Scegli per ogni campo quale valore tenere, poi salva di nuovo.</source>
        <translation>Mentre modificavi, qualcun altro ha salvato questi campi. Scegli per ogni campo quale valore tenere, poi salva di nuovo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/edit_conflict_dialog.py"/>
        <source>Modifiche in conflitto</source>
        <translation>Modifiche in conflitto</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Cognome *</source>
        <translation>&amp;Cognome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Data di nascita</source>
        <translation>&amp;Data di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Nome *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Rimuovi selezionato</source>
        <translation>&amp;Rimuovi selezionato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Aggiungi identificati&amp;vo</source>
        <translation>Aggiungi identificati&amp;vo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ann&amp;ulla</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati anagrafici</source>
        <translation>Dati anagrafici</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati sanitari e giudiziari</source>
        <translation>Dati sanitari e giudiziari</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Documenti di identità e codici</source>
        <translation>Documenti di identità e codici</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Em&amp;ail</source>
        <translation>Em&amp;ail</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Identificativi della persona</source>
        <translation>Identificativi della persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>L&amp;ingue</source>
        <translation>L&amp;ingue</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Le modifiche alla persona non sono state salvate. Chiudere e perderle?</source>
        <translation>Le modifiche alla persona non sono state salvate. Chiudere e perderle?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Luo&amp;go di nascita</source>
        <translation>Luo&amp;go di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifica persona – %1</source>
        <translation>Modifica persona – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Mostra dati sensi&amp;bili</source>
        <translation>Mostra dati sensi&amp;bili</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nascosti per riservatezza: per aprirli serve una ragione, che viene registrata nel registro accessi.</source>
        <translation>Nascosti per riservatezza: per aprirli serve una ragione, che viene registrata nel registro accessi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Naziona&amp;lità</source>
        <translation>Naziona&amp;lità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>No&amp;te</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note &amp;giudiziarie</source>
        <translation>Note &amp;giudiziarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note giudiziarie</source>
        <translation>Note giudiziarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note sanita&amp;rie</source>
        <translation>Note sanita&amp;rie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note sanitarie</source>
        <translation>Note sanitarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nu&amp;mero *</source>
        <translation>Nu&amp;mero *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Numero</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciat&amp;o da</source>
        <translation>Rilasciat&amp;o da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciato da</source>
        <translation>Rilasciato da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovere %1 %2?</source>
        <translation>Rimuovere %1 %2?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovi identificativo</source>
        <translation>Rimuovi identificativo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>S&amp;esso</source>
        <translation>S&amp;esso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scaden&amp;za</source>
        <translation>Scaden&amp;za</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tele&amp;fono</source>
        <translation>Tele&amp;fono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ti&amp;po</source>
        <translation>Ti&amp;po</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. IT, MA, RO</source>
        <translation>es. IT, MA, RO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. arabo, francese</source>
        <translation>es. arabo, francese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>facoltativo</source>
        <translation>facoltativo</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>%1 non farà più parte del nucleo dalla data indicata. La storia del nucleo resta visibile nell'Anagrafica.</source>
        <translation>%1 non farà più parte del nucleo dalla data indicata. La storia del nucleo resta visibile nell'Anagrafica.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Conferma uscita</source>
        <translation>&amp;Conferma uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscita dal nucleo – %1</source>
        <translation>Uscita dal nucleo – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscito/a &amp;il</source>
        <translation>Uscito/a &amp;il</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation>Ci sono modifiche non salvate. Chiudere senza salvare?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono sovrapposizioni:</source>
        <translation>Ci sono sovrapposizioni:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Le modifiche valgono per tutte le ripetizioni.</source>
        <translation>Le modifiche valgono per tutte le ripetizioni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifica appuntamento</source>
        <translation>Modifica appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Nuovo appuntamento</source>
        <translation>Nuovo appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Salvare comunque?</source>
        <translation>Salvare comunque?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Sovrapposizioni</source>
        <translation>Sovrapposizioni</translation>
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
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Dalle</source>
        <translation>&amp;Dalle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Giorno</source>
        <translation>&amp;Giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Note interne</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Organizzatore</source>
        <translation>&amp;Organizzatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Partecipanti</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Ripetizione</source>
        <translation>&amp;Ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Titolo</source>
        <translation>&amp;Titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;fino alle</source>
        <translation>&amp;fino alle</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;verifica dell'accordo il</source>
        <translation>&amp;verifica dell'accordo il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>A&amp;lloggio</source>
        <translation>A&amp;lloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Acco&amp;rdo raggiunto</source>
        <translation>Acco&amp;rdo raggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Accordo raggiunto</source>
        <translation>Accordo raggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Caso</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Inizio</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Luogo (&amp;testo)</source>
        <translation>Luogo (&amp;testo)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Note interne</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Organizzatore</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Parti della &amp;mediazione</source>
        <translation>Parti della &amp;mediazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Parti della mediazione</source>
        <translation>Parti della mediazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Ripetizione</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Tutto il giorno</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>conviventi, vicini, amministratore di condominio</source>
        <translation>conviventi, vicini, amministratore di condominio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>es. Sala comune, Via Padova 112</source>
        <translation>es. Sala comune, Via Padova 112</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>tutto il &amp;giorno</source>
        <translation>tutto il &amp;giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun alloggio —</source>
        <translation>— nessun alloggio —</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun caso —</source>
        <translation>— nessun caso —</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Decisa il:</source>
        <translation>&amp;Decisa il:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Motivo:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nuova fine prevista:</source>
        <translation>&amp;Nuova fine prevista:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Proroga dell'inserimento</source>
        <translation>Proroga dell'inserimento</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Password (almeno 10 caratteri):</source>
        <translation>&amp;Password (almeno 10 caratteri):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&lt;b&gt;Chiave di recupero&lt;/b&gt;&lt;br&gt;È l'unico modo per aprire il database se tutte le password vengono dimenticate. Viene mostrata solo ora: stampala o salvala su una chiavetta e conservala in cassaforte, lontano dal portatile.</source>
        <translation>&lt;b&gt;Chiave di recupero&lt;/b&gt;&lt;br&gt;È l'unico modo per aprire il database se tutte le password vengono dimenticate. Viene mostrata solo ora: stampala o salvala su una chiavetta e conservala in cassaforte, lontano dal portatile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Amministratore</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Benvenuto. Crea l'amministratore: il database verrà creato cifrato e si aprirà solo con una password. L'amministratore aggiunge poi gli operatori.</source>
        <translation>Benvenuto. Crea l'amministratore: il database verrà creato cifrato e si aprirà solo con una password. L'amministratore aggiunge poi gli operatori.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Benvenuto. Il database sul server non ha ancora operatori: crea l'amministratore. L'amministratore aggiunge poi gli operatori, che entreranno con il proprio nome e la propria password.</source>
        <translation>Benvenuto. Il database sul server non ha ancora operatori: crea l'amministratore. L'amministratore aggiunge poi gli operatori, che entreranno con il proprio nome e la propria password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Chiave di recupero RTS</source>
        <translation>Chiave di recupero RTS</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Continua</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Copia</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Crea</source>
        <translation>Crea</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Esci</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Ho conservato la chiave di recupero in un luogo sicuro</source>
        <translation>Ho conservato la chiave di recupero in un luogo sicuro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Le due password non coincidono.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Nome e &amp;cognome:</source>
        <translation>Nome e &amp;cognome:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Non salvata: %1</source>
        <translation>Non salvata: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Primo avvio – RTS Desktop</source>
        <translation>Primo avvio – RTS Desktop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Questo database è stato creato da una versione precedente e non è cifrato. Crea l'amministratore: il database verrà cifrato (prima ne viene fatta una copia di sicurezza) e da ora si aprirà solo con una password.</source>
        <translation>Questo database è stato creato da una versione precedente e non è cifrato. Crea l'amministratore: il database verrà cifrato (prima ne viene fatta una copia di sicurezza) e da ora si aprirà solo con una password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva in un file…</source>
        <translation>Salva in un file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva la chiave di recupero</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salvata in %1</source>
        <translation>Salvata in %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Testo (*.txt)</source>
        <translation>Testo (*.txt)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Esito *</source>
        <translation>&amp;Esito *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Dove vive ora il nucleo, lavoro, contatti…</source>
        <translation>Dove vive ora il nucleo, lavoro, contatti…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Follow-up a 6 mesi</source>
        <translation>Follow-up a 6 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Previsto entro il {date}.</source>
        <translation>Previsto entro il {date}.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Inventario:</source>
        <translation>&amp;Inventario:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Pianifica</source>
        <translation>&amp;Pianifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Proroga</source>
        <translation>&amp;Proroga</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Quali chiavi:</source>
        <translation>&amp;Quali chiavi:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Sposta</source>
        <translation>&amp;Sposta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation>Ci sono modifiche non salvate. Chiudere senza salvare?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;gas:</source>
        <translation>Contatore &amp;gas:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;luce:</source>
        <translation>Contatore &amp;luce:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore ac&amp;qua:</source>
        <translation>Contatore ac&amp;qua:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Es.: Cucina: tavolo, 4 sedie, frigorifero</source>
        <translation>Es.: Cucina: tavolo, 4 sedie, frigorifero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>N. &amp;chiavi:</source>
        <translation>N. &amp;chiavi:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Registra &amp;ingresso</source>
        <translation>Registra &amp;ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Registra &amp;uscita</source>
        <translation>Registra &amp;uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>S&amp;tato dell'alloggio:</source>
        <translation>S&amp;tato dell'alloggio:</translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Indicatori FSE derivati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indicatori FSE derivati&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Schede partecipante&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schede partecipante&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Condizione lavorativa</source>
        <translation>Condizione lavorativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Da completare per gli indicatori:</source>
        <translation>Da completare per gli indicatori:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>FSE 2014–2020</source>
        <translation>FSE 2014–2020</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>FSE+ 2021–2027</source>
        <translation>FSE+ 2021–2027</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Gli indicatori sui dati particolari (art. 9) non sono mostrati qui.</source>
        <translation>Gli indicatori sui dati particolari (art. 9) non sono mostrati qui.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatore</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatori FSE derivati dalle schede</source>
        <translation>Indicatori FSE derivati dalle schede</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Istruzione</source>
        <translation>Istruzione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Manca la scheda di ingresso di: %1.</source>
        <translation>Manca la scheda di ingresso di: %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Momento</source>
        <translation>Momento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni adulto.</source>
        <translation>Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni adulto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Programmazione degli indicatori</source>
        <translation>Programmazione degli indicatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;ingresso…</source>
        <translation>Scheda di &amp;ingresso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;uscita…</source>
        <translation>Scheda di &amp;uscita…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Schede partecipante FSE</source>
        <translation>Schede partecipante FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Situazione familiare</source>
        <translation>Situazione familiare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Svantaggi</source>
        <translation>Svantaggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>{status} (%n mesi senza lavoro)</source>
        <translation>
            <numerusform>{status} (%n mese senza lavoro)</numerusform>
            <numerusform>{status} (%n mesi senza lavoro)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona</source>
        <translation>Cerca persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona: nome, codice, codice fiscale (Ctrl+F)</source>
        <translation>Cerca persona: nome, codice, codice fiscale (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>GoalActions</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>Elimina</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>Eliminare %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>l'azione</source>
        <translation>l'azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_actions.py"/>
        <source>l'obiettivo e le sue azioni</source>
        <translation>l'obiettivo e le sue azioni</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Ambito</source>
        <translation>&amp;Ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation>&amp;Entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Indicatore</source>
        <translation>&amp;Indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Obiettivo</source>
        <translation>&amp;Obiettivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Come sapremo che è raggiunto (es. «tre mesi di quota pagata»)</source>
        <translation>Come sapremo che è raggiunto (es. «tre mesi di quota pagata»)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica obiettivo</source>
        <translation>Modifica obiettivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuovo obiettivo</source>
        <translation>Nuovo obiettivo</translation>
    </message>
</context>
<context>
    <name>GoalsTree</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Chi</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Entro il</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Indicatore</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivi e azioni</source>
        <translation>Obiettivi e azioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivo / azione</source>
        <translation>Obiettivo / azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Stato / ultimo esito</source>
        <translation>Stato / ultimo esito</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Elenco alloggi</source>
        <translation>&amp;Elenco alloggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Tabellone occupazione</source>
        <translation>&amp;Tabellone occupazione</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Esito:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuovo sopralluogo</source>
        <translation>Nuovo sopralluogo</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Accetta segnalazione e avvia valutazione…</source>
        <translation>&amp;Accetta segnalazione e avvia valutazione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Chiudi caso…</source>
        <translation>&amp;Chiudi caso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Conferma</source>
        <translation>&amp;Conferma</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Esito del percorso</source>
        <translation>&amp;Esito del percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Motivo</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Riprendi…</source>
        <translation>&amp;Riprendi…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Sospendi…</source>
        <translation>&amp;Sospendi…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>A&amp;nnulla</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>A&amp;ttiva percorso…</source>
        <translation>A&amp;ttiva percorso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Accetta la segnalazione</source>
        <translation>Accetta la segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Attiva il percorso</source>
        <translation>Attiva il percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Chiudi il caso</source>
        <translation>Chiudi il caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>De&amp;stinazione</source>
        <translation>De&amp;stinazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso diventa «Attivo» e la data indicata è l'inizio del percorso: gli inserimenti in alloggio devono iniziare da quel giorno in poi.</source>
        <translation>Il caso diventa «Attivo» e la data indicata è l'inizio del percorso: gli inserimenti in alloggio devono iniziare da quel giorno in poi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso diventa «Concluso» e si fissa il follow-up a 6 mesi dall'uscita. Il nucleo deve essere già uscito dall'alloggio.</source>
        <translation>Il caso diventa «Concluso» e si fissa il follow-up a 6 mesi dall'uscita. Il nucleo deve essere già uscito dall'alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso passa a «In valutazione»: si possono fissare i colloqui e proporre un alloggio.</source>
        <translation>Il caso passa a «In valutazione»: si possono fissare i colloqui e proporre un alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso resta aperto ma «Sospeso»: indica il motivo, resterà nella cronologia.</source>
        <translation>Il caso resta aperto ma «Sospeso»: indica il motivo, resterà nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso torna «Attivo».</source>
        <translation>Il caso torna «Attivo».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Il caso torna «In valutazione»; l'uscita precedente resta nella cronologia.</source>
        <translation>Il caso torna «In valutazione»; l'uscita precedente resta nella cronologia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Ria&amp;pri…</source>
        <translation>Ria&amp;pri…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Riapri il caso</source>
        <translation>Riapri il caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Riprendi il percorso</source>
        <translation>Riprendi il percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Scegli l'esito del percorso.</source>
        <translation>Scegli l'esito del percorso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Sospendi il percorso</source>
        <translation>Sospendi il percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>{action} – {code}</source>
        <translation>{action} – {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso – RTS Desktop</source>
        <translation>Accesso – RTS Desktop</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/shots.py"/>
        <source>Database dimostrativo: utenti admin, coordinatore, educatore, assistente.</source>
        <translation>Database dimostrativo: utenti admin, coordinatore, educatore, assistente.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Esci</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Password dimenticata…</source>
        <translation>Password dimenticata…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Scrivi il tuo nome utente.</source>
        <translation>Scrivi il tuo nome utente.</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Annulla</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Copia</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Esci</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Incolla</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Informazioni su %1</source>
        <translation>&amp;Informazioni su %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Lingua</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Modifica</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Nuovo caso…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Ripeti</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Scorciatoie da tastiera</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Seleziona tutto</source>
        <translation>&amp;Seleziona tutto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>&amp;Visualizza</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>A&amp;iuto</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>C&amp;erca…</source>
        <translation>C&amp;erca…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>La lingua cambierà al prossimo avvio.</source>
        <translation>La lingua cambierà al prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>S&amp;tampa…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>Sca&amp;denze</source>
        <translation>Sca&amp;denze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>Ta&amp;glia</source>
        <translation>Ta&amp;glia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%1, conflitti aperti: %2</source>
        <translation>%1, conflitti aperti: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%n conflitti aperti</source>
        <translation>
            <numerusform>%n conflitto aperto</numerusform>
            <numerusform>%n conflitti aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%n dispositivi associati</source>
        <translation>
            <numerusform>%n dispositivo associato</numerusform>
            <numerusform>%n dispositivi associati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Apertura del database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Cerca:</source>
        <translation>Cerca:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>La persona non ha ancora un caso.</source>
        <translation>La persona non ha ancora un caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Operatore: %1</source>
        <translation>Operatore: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>RTS Desktop – Residenzialità Temporanea Sociale</source>
        <translation>RTS Desktop – Residenzialità Temporanea Sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Scadenze</source>
        <translation>Scadenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sezioni</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: nessun altro dispositivo associato</source>
        <translation>Sincronizzazione: nessun altro dispositivo associato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: {devices}</source>
        <translation>Sincronizzazione: {devices}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: {devices}, {conflicts}</source>
        <translation>Sincronizzazione: {devices}, {conflicts}</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>%1 in tutto</source>
        <translation>%1 in tutto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altre aree</source>
        <translation>
            <numerusform>+%n altra area</numerusform>
            <numerusform>+%n altre aree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altri</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenza: {kind} {code}</source>
        <translation>Scadenza: {kind} {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenze: %1</source>
        <translation>Scadenze: %1</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation>&amp;Alloggio:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Dal giorno:</source>
        <translation>&amp;Dal giorno:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation>&amp;Stanza:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation>P&amp;osti:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza libera dove spostarsi.</source>
        <translation>Scegli la stanza libera dove spostarsi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sposta il nucleo</source>
        <translation>Sposta il nucleo</translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di ingresso:</source>
        <translation>&amp;Data di ingresso:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Ingresso e consegna chiavi</source>
        <translation>Ingresso e consegna chiavi</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di uscita:</source>
        <translation>&amp;Data di uscita:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Chiavi consegnate all'ingresso: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Chiavi consegnate all'ingresso: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Uscita e riconsegna chiavi</source>
        <translation>Uscita e riconsegna chiavi</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Assistente sociale</source>
        <translation>&amp;Assistente sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Data segnalazione *</source>
        <translation>&amp;Data segnalazione *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Inviante</source>
        <translation>&amp;Inviante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Municipio SST</source>
        <translation>&amp;Municipio SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>&amp;Salva segnalazione</source>
        <translation>&amp;Salva segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>A&amp;nnulla</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation>Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>La segnalazione non è stata salvata. Chiudere e perdere i dati inseriti?</source>
        <translation>La segnalazione non è stata salvata. Chiudere e perdere i dati inseriti?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Modifiche non salvate</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Nome del n&amp;ucleo *</source>
        <translation>Nome del n&amp;ucleo *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nucleo %1</source>
        <translation>Nucleo %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Nucleo e segnalazione</source>
        <translation>Nucleo e segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nuova segnalazione</source>
        <translation>Nuova segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Persona di riferimento (capofamiglia)</source>
        <translation>Persona di riferimento (capofamiglia)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Segnalazioni:</source>
        <translation>Segnalazioni:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>Situazione &amp;ETHOS</source>
        <translation>Situazione &amp;ETHOS</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>chi ha inviato la segnalazione</source>
        <translation>chi ha inviato la segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case_layout.py"/>
        <source>es. Nucleo Rossi</source>
        <translation>es. Nucleo Rossi</translation>
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
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Apri / modifica…</source>
        <translation>&amp;Apri / modifica…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Presenze…</source>
        <translation>&amp;Presenze…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Sposta questa ripetizione…</source>
        <translation>&amp;Sposta questa ripetizione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>&amp;Tutta la serie</source>
        <translation>&amp;Tutta la serie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>A&amp;nnulla questa ripetizione</source>
        <translation>A&amp;nnulla questa ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla appuntamento</source>
        <translation>Annulla appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla l'&amp;appuntamento</source>
        <translation>Annulla l'&amp;appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annulla ripetizione</source>
        <translation>Annulla ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare la ripetizione del %1? Le altre restano.</source>
        <translation>Annullare la ripetizione del %1? Le altre restano.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare «{title}» e tutte le sue ripetizioni?</source>
        <translation>Annullare «{title}» e tutte le sue ripetizioni?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Annullare «{title}»?</source>
        <translation>Annullare «{title}»?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Appuntamento ripetuto</source>
        <translation>Appuntamento ripetuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Nuovo &amp;inizio</source>
        <translation>Nuovo &amp;inizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Solo &amp;questa</source>
        <translation>Solo &amp;questa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Sovrapposizioni</source>
        <translation>Sovrapposizioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Sposta questa ripetizione</source>
        <translation>Sposta questa ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Spostare comunque?</source>
        <translation>Spostare comunque?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Spostare solo questa ripetizione o tutta la serie?</source>
        <translation>Spostare solo questa ripetizione o tutta la serie?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/actions.py"/>
        <source>Stampa &amp;foglio firme…</source>
        <translation>Stampa &amp;foglio firme…</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Esito *</source>
        <translation>&amp;Esito *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Persona *</source>
        <translation>&amp;Persona *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Registra esito</source>
        <translation>&amp;Registra esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito dopo l'uscita – %1</source>
        <translation>Esito dopo l'uscita – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra la situazione della persona dopo l'uscita: nelle quattro settimane successive e intorno ai sei mesi (indicatori di risultato FSE).</source>
        <translation>Registra la situazione della persona dopo l'uscita: nelle quattro settimane successive e intorno ai sei mesi (indicatori di risultato FSE).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
    </message>
</context>
<context>
    <name>OutcomesBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&lt;b&gt;Esiti dopo l'uscita&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esiti dopo l'uscita&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eli&amp;mina esito</source>
        <translation>Eli&amp;mina esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Elimina esito</source>
        <translation>Elimina esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eliminare l'esito «%1» di %2 del %3? Serve per un esito registrato per errore.</source>
        <translation>Eliminare l'esito «%1» di %2 del %3? Serve per un esito registrato per errore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esiti FSE dopo l'uscita</source>
        <translation>Esiti FSE dopo l'uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Nessun esito: si registra nelle settimane dopo l'uscita e a sei mesi.</source>
        <translation>Nessun esito: si registra nelle settimane dopo l'uscita e a sei mesi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Per un esito registrato per errore.</source>
        <translation>Per un esito registrato per errore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra es&amp;ito…</source>
        <translation>Registra es&amp;ito…</translation>
    </message>
</context>
<context>
    <name>ParticipantsPicker</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Operatori</source>
        <translation>&amp;Operatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Togli</source>
        <translation>&amp;Togli</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>A&amp;ggiungi</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari &amp;scelti</source>
        <translation>Beneficiari &amp;scelti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari partecipanti</source>
        <translation>Beneficiari partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca &amp;beneficiario</source>
        <translation>Cerca &amp;beneficiario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca per nome, codice o codice fiscale</source>
        <translation>Cerca per nome, codice o codice fiscale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Operatori partecipanti</source>
        <translation>Operatori partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Persone trovate</source>
        <translation>Persone trovate</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Importo (€) *</source>
        <translation>&amp;Importo (€) *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Modalità *</source>
        <translation>&amp;Modalità *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra pagamento</source>
        <translation>&amp;Registra pagamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Il numero della ricevuta consegnata (es. 2026/0012).</source>
        <translation>Il numero della ricevuta consegnata (es. 2026/0012).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Pagamento della quota di %1</source>
        <translation>Pagamento della quota di %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Quota di %1: dovuti %2, già versati %3, restano %4.</source>
        <translation>Quota di %1: dovuti %2, già versati %3, restano %4.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Ricevuta &amp;n.</source>
        <translation>Ricevuta &amp;n.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 12,50</source>
        <translation>es. 12,50</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>&amp;Lingua del documento:</source>
        <translation>&amp;Lingua del documento:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>&amp;Stampa…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Anteprima del documento</source>
        <translation>Anteprima del documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Il documento è preparato di nuovo nella lingua scelta.</source>
        <translation>Il documento è preparato di nuovo nella lingua scelta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Pagine: %1</source>
        <translation>Pagine: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come &amp;PDF…</source>
        <translation>Salva come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salvataggio non riuscito: %1</source>
        <translation>Salvataggio non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Stampa non riuscita.</source>
        <translation>Stampa non riuscita.</translation>
    </message>
</context>
<context>
    <name>PercorsoTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Educatori&lt;/b&gt;</source>
        <translation>&lt;b&gt;Educatori&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Storia degli stati&lt;/b&gt;</source>
        <translation>&lt;b&gt;Storia degli stati&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Da</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatori</source>
        <translation>Educatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Follow-up a 6 mesi:</source>
        <translation>Follow-up a 6 mesi:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Inizio percorso:</source>
        <translation>Inizio percorso:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Municipio %1</source>
        <translation>Municipio %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Percorso</source>
        <translation>Percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Segnalazione:</source>
        <translation>Segnalazione:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Servizio sociale territoriale:</source>
        <translation>Servizio sociale territoriale:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Sintesi:</source>
        <translation>Sintesi:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Situazione all'ingresso (ETHOS):</source>
        <translation>Situazione all'ingresso (ETHOS):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Stato:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Storia degli stati</source>
        <translation>Storia degli stati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Uscita:</source>
        <translation>Uscita:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>esito: %1</source>
        <translation>esito: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>fatto il %1</source>
        <translation>fatto il %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>previsto entro il %1</source>
        <translation>previsto entro il %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>referente</source>
        <translation>referente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>supporto</source>
        <translation>supporto</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Cognome *</source>
        <translation>&amp;Cognome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Nome *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Telefono</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>&amp;Usa la persona esistente</source>
        <translation>&amp;Usa la persona esistente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Codice &amp;fiscale</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Compila data di nascita e sesso dal codice fiscale</source>
        <translation>Compila data di nascita e sesso dal codice fiscale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Data di &amp;nascita</source>
        <translation>Data di &amp;nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Femmina</source>
        <translation>Femmina</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Il codice fiscale indica nascita il %1, sesso %2.</source>
        <translation>Il codice fiscale indica nascita il %1, sesso %2.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Luo&amp;go di nascita</source>
        <translation>Luo&amp;go di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Maschio</source>
        <translation>Maschio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Naziona&amp;lità</source>
        <translation>Naziona&amp;lità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persona collegata: %1 (%2)</source>
        <translation>Persona collegata: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persona forse già presente</source>
        <translation>Persona forse già presente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Persone già registrate</source>
        <translation>Persone già registrate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>Se&amp;sso</source>
        <translation>Se&amp;sso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>comune o paese</source>
        <translation>comune o paese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>data di nascita ignota</source>
        <translation>data di nascita ignota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>es. IT, MA, RO</source>
        <translation>es. IT, MA, RO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>se disponibile</source>
        <translation>se disponibile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/person_form.py"/>
        <source>È una persona &amp;diversa: registrala</source>
        <translation>È una persona &amp;diversa: registrala</translation>
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
        <translation>%1 non può ospitare in queste date (%2): scegli un altro alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Il nucleo è già qui</source>
        <translation>Il nucleo è già qui</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation>La fine deve essere successiva all'inizio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun alloggio ha posti liberi per tutto il periodo scelto.</source>
        <translation>Nessun alloggio ha posti liberi per tutto il periodo scelto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun letto libero</source>
        <translation>Nessun letto libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli la stanza</source>
        <translation>Scegli la stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli un alloggio con posti liberi</source>
        <translation>Scegli un alloggio con posti liberi</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>%n obiettivi</source>
        <translation>
            <numerusform>%n obiettivo</numerusform>
            <numerusform>%n obiettivi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Condividi…</source>
        <translation>&amp;Condividi…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Elimina</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Versione:</source>
        <translation>&amp;Versione:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;azione…</source>
        <translation>Aggiungi &amp;azione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;obiettivo…</source>
        <translation>Aggiungi &amp;obiettivo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Bozza modificabile. Quando è pronta, condividila con l'assistente sociale SST: da quel momento non si potrà più cambiare.</source>
        <translation>Bozza modificabile. Quando è pronta, condividila con l'assistente sociale SST: da quel momento non si potrà più cambiare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Con&amp;fronta…</source>
        <translation>Con&amp;fronta…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Condiviso il {date} con {who} · prossima verifica: {due}</source>
        <translation>Condiviso il {date} con {who} · prossima verifica: {due}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Condiviso il {date} con {who} · prossima verifica: {due} · versione superata (solo consultazione)</source>
        <translation>Condiviso il {date} con {who} · prossima verifica: {due} · versione superata (solo consultazione)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Eliminare la bozza della versione %1?</source>
        <translation>Eliminare la bozza della versione %1?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Estratto del diario…</source>
        <translation>Estratto del diario…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Il caso non ha ancora un progetto individualizzato: crea la prima bozza.</source>
        <translation>Il caso non ha ancora un progetto individualizzato: crea la prima bozza.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>La sintesi della bozza è stata modificata ma non salvata. Perdere le modifiche?</source>
        <translation>La sintesi della bozza è stata modificata ma non salvata. Perdere le modifiche?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nessun progetto</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/editor_texts.py"/>
        <source>Nessuna verifica registrata.</source>
        <translation>Nessuna verifica registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;bozza</source>
        <translation>Nuova &amp;bozza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;versione</source>
        <translation>Nuova &amp;versione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Patto di accoglienza…</source>
        <translation>Patto di accoglienza…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Prima veri&amp;fica prevista:</source>
        <translation>Prima veri&amp;fica prevista:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Prima verifica prevista</source>
        <translation>Prima verifica prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Progetto individualizzato…</source>
        <translation>Progetto individualizzato…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>S&amp;tampa</source>
        <translation>S&amp;tampa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Salva si&amp;ntesi</source>
        <translation>Salva si&amp;ntesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Scarta bozza</source>
        <translation>Scarta bozza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi del progetto</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi non salvata</source>
        <translation>Sintesi non salvata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Situazione di partenza e direzione del percorso, in poche righe.</source>
        <translation>Situazione di partenza e direzione del percorso, in poche righe.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Veri&amp;fica…</source>
        <translation>Veri&amp;fica…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Verifiche</source>
        <translation>Verifiche</translation>
    </message>
</context>
<context>
    <name>PlanStayDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation>&amp;Alloggio:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Fine prevista:</source>
        <translation>&amp;Fine prevista:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Ingresso dal:</source>
        <translation>&amp;Ingresso dal:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nucleo:</source>
        <translation>&amp;Nucleo:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation>&amp;Stanza:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Attiva prima il percorso dei casi {codes} per inserirli.</source>
        <translation>
            <numerusform>Attiva prima il percorso del caso {codes} per inserirlo.</numerusform>
            <numerusform>Attiva prima il percorso dei casi {codes} per inserirli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>I percorsi dei casi {codes} sono sospesi: riprendili prima di inserirli.</source>
        <translation>
            <numerusform>Il percorso del caso {codes} è sospeso: riprendilo prima di inserirlo.</numerusform>
            <numerusform>I percorsi dei casi {codes} sono sospesi: riprendili prima di inserirli.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>La fine prevista è il primo giorno libero: quella notte il posto è già disponibile.</source>
        <translation>La fine prevista è il primo giorno libero: quella notte il posto è già disponibile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nessun nucleo può essere inserito ora.</source>
        <translation>Nessun nucleo può essere inserito ora.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nuovo inserimento</source>
        <translation>Nuovo inserimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation>P&amp;osti:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire</source>
        <translation>Scegli il nucleo da inserire</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire.</source>
        <translation>Scegli il nucleo da inserire.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza.</source>
        <translation>Scegli la stanza.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli un alloggio con posti liberi in queste date.</source>
        <translation>Scegli un alloggio con posti liberi in queste date.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sono in grigio nell'elenco.</source>
        <translation>Sono in grigio nell'elenco.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>{codes} e altri %n</source>
        <translation>
            <numerusform>{codes} e %n altro</numerusform>
            <numerusform>{codes} e altri %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>%n progetti</source>
        <translation>
            <numerusform>%n progetto</numerusform>
            <numerusform>%n progetti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Apri progetto…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Stato:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Assistente sociale</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Caso</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Condiviso il</source>
        <translation>Condiviso il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>In vigore e bozze</source>
        <translation>In vigore e bozze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Le verifiche in scadenza sono in cima. Doppio clic per aprire il progetto del caso; «Stampa tutti» prepara un PDF per ciascun progetto elencato.</source>
        <translation>Le verifiche in scadenza sono in cima. Doppio clic per aprire il progetto del caso; «Stampa tutti» prepara un PDF per ciascun progetto elencato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Obiettivi</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti individualizzati</source>
        <translation>Progetti individualizzati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation>Progetto individualizzato %1 v%2</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Prossima verifica</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>S&amp;tampa…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Stampa &amp;tutti in una cartella…</source>
        <translation>Stampa &amp;tutti in una cartella…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica &amp;entro il</source>
        <translation>Verifica &amp;entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica entro il</source>
        <translation>Verifica entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Versione</source>
        <translation>Versione</translation>
    </message>
</context>
<context>
    <name>PrintMixin</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation>Estratto del diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario %1</source>
        <translation>Estratto del diario %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Il caso non ha ancora un patto di accoglienza registrato.</source>
        <translation>Il caso non ha ancora un patto di accoglienza registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza</source>
        <translation>Patto di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza %1</source>
        <translation>Patto di accoglienza %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation>Progetto individualizzato %1 v%2</translation>
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
            <numerusform>%n ambito</numerusform>
            <numerusform>%n ambiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n valutazioni</source>
        <translation>
            <numerusform>%n valutazione</numerusform>
            <numerusform>%n valutazioni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Grafico dell'andamento per ambito</source>
        <translation>Grafico dell'andamento per ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Nessuna valutazione registrata per questa persona.</source>
        <translation>Nessuna valutazione registrata per questa persona.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Amministratore:</source>
        <translation>&amp;Amministratore:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Chiave di recupero:</source>
        <translation>&amp;Chiave di recupero:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nuova password:</source>
        <translation>&amp;Nuova password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation>&amp;Ripeti la password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso con la chiave di recupero</source>
        <translation>Accesso con la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>La chiave di recupero è stata mostrata una sola volta, alla creazione del database (inizia con RTSR-). Con essa puoi dare una nuova password a un amministratore.</source>
        <translation>La chiave di recupero è stata mostrata una sola volta, alla creazione del database (inizia con RTSR-). Con essa puoi dare una nuova password a un amministratore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le due password non coincidono.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Reimposta ed entra</source>
        <translation>Reimposta ed entra</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>&amp;senza fine</source>
        <translation>&amp;senza fine</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Intervallo della ripetizione</source>
        <translation>Intervallo della ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Nessuna</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Numero di volte</source>
        <translation>Numero di volte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni giorno</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni mese</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni settimana</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ripetizione</source>
        <translation>Ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Termina:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ultimo giorno della ripetizione</source>
        <translation>Ultimo giorno della ripetizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>fino al &amp;giorno</source>
        <translation>fino al &amp;giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>ogni </source>
        <translation>ogni </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>per &amp;N volte</source>
        <translation>per &amp;N volte</translation>
    </message>
</context>
<context>
    <name>RecurrenceWords</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>%1 volte</source>
        <translation>%1 volte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Nessuna</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 giorni</source>
        <translation>Ogni %1 giorni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 mesi</source>
        <translation>Ogni %1 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni %1 settimane</source>
        <translation>Ogni %1 settimane</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni giorno</source>
        <translation>Ogni giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni mese</source>
        <translation>Ogni mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>Ogni settimana</source>
        <translation>Ogni settimana</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>fino al %1</source>
        <translation>fino al %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>senza fine</source>
        <translation>senza fine</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_words.py"/>
        <source>una volta</source>
        <translation>una volta</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Anno</source>
        <translation>&amp;Anno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Municipio</source>
        <translation>&amp;Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Programmazione FSE</source>
        <translation>&amp;Programmazione FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;ggiorna</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;l</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Aggiorna i report</source>
        <translation>Aggiorna i report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Anno</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>I casi secondo il Municipio del loro servizio sociale, gli alloggi il loro.</source>
        <translation>I casi secondo il Municipio del loro servizio sociale, gli alloggi il loro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo del report, estremi inclusi.</source>
        <translation>Il periodo del report, estremi inclusi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo di programmazione del Fondo sociale europeo per gli indicatori.</source>
        <translation>Il periodo di programmazione del Fondo sociale europeo per gli indicatori.</translation>
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
        <translation>Periodo libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Programmazione FSE</source>
        <translation>Programmazione FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Sceglie l'intero anno solare (1/1–31/12). All'apertura è proposto l'ultimo anno concluso, quello su cui si rendiconta.</source>
        <translation>Sceglie l'intero anno solare (1/1–31/12). All'apertura è proposto l'ultimo anno concluso, quello su cui si rendiconta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Tutti</source>
        <translation>Tutti</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source> (%1 file)</source>
        <translation> (%1 file)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>%n partecipanti</source>
        <translation>
            <numerusform>%n partecipante</numerusform>
            <numerusform>%n partecipanti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Panoramica</source>
        <translation>&amp;Panoramica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>&amp;Partecipanti pseudonimizzati…</source>
        <translation>&amp;Partecipanti pseudonimizzati…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Aggiornamento annullato.</source>
        <translation>Aggiornamento annullato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla il calcolo dei report</source>
        <translation>Annulla il calcolo dei report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report in corso</source>
        <translation>Calcolo dei report in corso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report per %1…</source>
        <translation>Calcolo dei report per %1…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dati da &amp;completare</source>
        <translation>Dati da &amp;completare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio su una riga per aprire il caso.</source>
        <translation>Doppio clic o Invio su una riga per aprire il caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio: apre il caso.</source>
        <translation>Doppio clic o Invio: apre il caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Elenco dei report</source>
        <translation>Elenco dei report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Errore imprevisto: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta &amp;tutto…</source>
        <translation>Esporta &amp;tutto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Esporta i partecipanti pseudonimizzati</source>
        <translation>Esporta i partecipanti pseudonimizzati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Esporta l'elenco pseudonimizzato dei partecipanti</source>
        <translation>Esporta l'elenco pseudonimizzato dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta tutti i report</source>
        <translation>Esporta tutti i report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Gli indicatori del servizio per il periodo scelto, contando i casi che vedi. Ogni report si esporta in Excel, CSV o PDF.</source>
        <translation>Gli indicatori del servizio per il periodo scelto, contando i casi che vedi. Ogni report si esporta in Excel, CSV o PDF.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Il file non si può scrivere: %1</source>
        <translation>Il file non si può scrivere: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun controllo dei dati.</source>
        <translation>Nessun controllo dei dati.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun report.</source>
        <translation>Nessun report.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Non hai il permesso di vedere i report: %1</source>
        <translation>Non hai il permesso di vedere i report: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Partecipanti pseudonimizzati {start} {end}.csv</source>
        <translation>Partecipanti pseudonimizzati {start} {end}.csv</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report per %1.</source>
        <translation>Report per %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvataggio di %1…</source>
        <translation>Salvataggio di %1…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Salvato in %1</source>
        <translation>Salvato in %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvato in {path} ({saved})</source>
        <translation>Salvato in {path} ({saved})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Salvato in {path} ({saved}) — nuova chiave di pseudonimizzazione in {key}: conservala</source>
        <translation>Salvato in {path} ({saved}) — nuova chiave di pseudonimizzazione in {key}: conservala</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Scegli il periodo e premi «Aggiorna».</source>
        <translation>Scegli il periodo e premi «Aggiorna».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Solo tabelle: vedi «Dettagli».</source>
        <translation>Solo tabelle: vedi «Dettagli».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Tutti i report in un file Excel o PDF.</source>
        <translation>Tutti i report in un file Excel o PDF.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/participants.py"/>
        <source>Un file CSV per le statistiche del Comune: un pseudonimo stabile per persona, nessun nome, identificativo o testo libero.</source>
        <translation>Un file CSV per le statistiche del Comune: un pseudonimo stabile per persona, nessun nome, identificativo o testo libero.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Descrizione:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Segnalato da:</source>
        <translation>&amp;Segnalato da:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuova segnalazione guasto</source>
        <translation>Nuova segnalazione guasto</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Data della verifica</source>
        <translation>&amp;Data della verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation>&amp;Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Registra verifica</source>
        <translation>&amp;Registra verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Commento&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commento&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Esito&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esito&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Obiettivo&lt;/b&gt;</source>
        <translation>&lt;b&gt;Obiettivo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Verifica del progetto (versione %1)</source>
        <translation>Verifica del progetto (versione %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>— non valutato —</source>
        <translation>— non valutato —</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Non valutato (ambito non pertinente o non affrontato)</source>
        <translation>&amp;Non valutato (ambito non pertinente o non affrontato)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Persona</source>
        <translation>&amp;Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambiti</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambito &amp;successivo ▶</source>
        <translation>Ambito &amp;successivo ▶</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Che cosa avete osservato insieme (facoltativo)</source>
        <translation>Che cosa avete osservato insieme (facoltativo)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>I punteggi inseriti non sono stati salvati. Chiudere e perderli?</source>
        <translation>I punteggi inseriti non sono stati salvati. Chiudere e perderli?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>N&amp;ota sull'ambito</source>
        <translation>N&amp;ota sull'ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Nessuna valutazione precedente per questo ambito.</source>
        <translation>Nessuna valutazione precedente per questo ambito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Note &amp;generali</source>
        <translation>Note &amp;generali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Sa&amp;lva valutazione</source>
        <translation>Sa&amp;lva valutazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation>Valutazione dell'autonomia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione precedente: %1 (%2)</source>
        <translation>Valutazione precedente: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>◀ Ambito p&amp;recedente</source>
        <translation>◀ Ambito p&amp;recedente</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../rts_desktop/ui/today/section.py"/>
        <source>%1 voci; Invio per aprire</source>
        <translation>%1 voci; Invio per aprire</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Con</source>
        <translation>&amp;Con</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Condividi</source>
        <translation>&amp;Condividi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Imposta</source>
        <translation>&amp;Imposta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Motivo *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Operatrice</source>
        <translation>&amp;Operatrice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Termina la condivisione selezionata</source>
        <translation>&amp;Termina la condivisione selezionata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Assistente sociale che segue il caso</source>
        <translation>Assistente sociale che segue il caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Chi vede il caso %1</source>
        <translation>Chi vede il caso %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condivisioni del caso</source>
        <translation>Condivisioni del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condiviso con</source>
        <translation>Condiviso con</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>es. sostituzione per ferie</source>
        <translation>es. sostituzione per ferie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>fino al</source>
        <translation>fino al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>— nessuna —</source>
        <translation>— nessuna —</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source> mesi</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Background migratorio</source>
        <translation>&amp;Background migratorio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Istruzione (ISCED)</source>
        <translation>&amp;Istruzione (ISCED)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Momento *</source>
        <translation>&amp;Momento *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Persona *</source>
        <translation>&amp;Persona *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Salva scheda</source>
        <translation>&amp;Salva scheda</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>0 – Nessun titolo / prima infanzia</source>
        <translation>0 – Nessun titolo / prima infanzia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>1 – Licenza elementare</source>
        <translation>1 – Licenza elementare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>2 – Licenza media</source>
        <translation>2 – Licenza media</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>3 – Diploma di scuola superiore</source>
        <translation>3 – Diploma di scuola superiore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>4 – Post-diploma non terziario</source>
        <translation>4 – Post-diploma non terziario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>5 – Istruzione terziaria breve (ITS)</source>
        <translation>5 – Istruzione terziaria breve (ITS)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>6 – Laurea triennale</source>
        <translation>6 – Laurea triennale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>7 – Laurea magistrale</source>
        <translation>7 – Laurea magistrale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>8 – Dottorato</source>
        <translation>8 – Dottorato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Background migratorio, disabilità, minoranza: la ragione va nel registro.</source>
        <translation>Background migratorio, disabilità, minoranza: la ragione va nel registro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Con&amp;dizione abitativa</source>
        <translation>Con&amp;dizione abitativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Condizione &amp;lavorativa *</source>
        <translation>Condizione &amp;lavorativa *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Da quanti mesi la persona è senza lavoro alla data della scheda: lunga durata oltre 6 mesi sotto i 25 anni, oltre 12 dai 25.</source>
        <translation>Da quanti mesi la persona è senza lavoro alla data della scheda: lunga durata oltre 6 mesi sotto i 25 anni, oltre 12 dai 25.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Dati particolari</source>
        <translation>Dati particolari</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Disa&amp;bilità</source>
        <translation>Disa&amp;bilità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Domande art. 9 poste il</source>
        <translation>Domande art. 9 poste il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Il giorno in cui sono state poste le domande sui dati particolari.</source>
        <translation>Il giorno in cui sono state poste le domande sui dati particolari.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>La scheda FSE non è stata salvata. Chiudere e perdere le modifiche?</source>
        <translation>La scheda FSE non è stata salvata. Chiudere e perdere le modifiche?</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mesi senza lavo&amp;ro</source>
        <translation>Mesi senza lavo&amp;ro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mi&amp;noranza</source>
        <translation>Mi&amp;noranza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mostra dati particolari (art. 9)…</source>
        <translation>Mostra dati particolari (art. 9)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>S&amp;vantaggi</source>
        <translation>S&amp;vantaggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda non salvata</source>
        <translation>Scheda non salvata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda partecipante FSE – %1</source>
        <translation>Scheda partecipante FSE – %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Senza dimora o in esclusione abitativa all'ingresso</source>
        <translation>Senza dimora o in esclusione abitativa all'ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Situazione &amp;familiare</source>
        <translation>Situazione &amp;familiare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non chiesto</source>
        <translation>non chiesto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicata</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>— scegli —</source>
        <translation>— scegli —</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Scorciatoie da tastiera</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Tasti</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Dal:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Nota:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Stato:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Cambia stato dell'alloggio</source>
        <translation>Cambia stato dell'alloggio</translation>
    </message>
</context>
<context>
    <name>StayActions</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Apri percorso %1</source>
        <translation>&amp;Apri percorso %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Proroga…</source>
        <translation>&amp;Proroga…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Sposta in altra stanza…</source>
        <translation>&amp;Sposta in altra stanza…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>A&amp;nnulla inserimento pianificato…</source>
        <translation>A&amp;nnulla inserimento pianificato…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annulla inserimento</source>
        <translation>Annulla inserimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annullare l'inserimento pianificato di &lt;b&gt;%1&lt;/b&gt;%2 dal %3 al %4?&lt;br&gt;I posti tornano liberi; l'annullamento resta nel registro attività.</source>
        <translation>Annullare l'inserimento pianificato di &lt;b&gt;%1&lt;/b&gt;%2 dal %3 al %4?&lt;br&gt;I posti tornano liberi; l'annullamento resta nel registro attività.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;ingresso (consegna chiavi)…</source>
        <translation>Registra &amp;ingresso (consegna chiavi)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;uscita (riconsegna chiavi)…</source>
        <translation>Registra &amp;uscita (riconsegna chiavi)…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;consegna</source>
        <translation>Stampa verbale di &amp;consegna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;riconsegna</source>
        <translation>Stampa verbale di &amp;riconsegna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Verbale chiavi</source>
        <translation>Verbale chiavi</translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation>&amp;Nuovo inserimento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Altre a&amp;zioni sull'inserimento…</source>
        <translation>Altre a&amp;zioni sull'inserimento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Annu&amp;lla inserimento pianificato…</source>
        <translation>Annu&amp;lla inserimento pianificato…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Concluso</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Fine prevista</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In corso</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Ingresso</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Inserimenti</source>
        <translation>Inserimenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Nessun inserimento in alloggio per questo caso.</source>
        <translation>Nessun inserimento in alloggio per questo caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Pianificato</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Posti</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Proroghe</source>
        <translation>Proroghe</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Registra in&amp;gresso…</source>
        <translation>Registra in&amp;gresso…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Si annulla solo un inserimento non ancora iniziato, senza chiavi consegnate.</source>
        <translation>Si annulla solo un inserimento non ancora iniziato, senza chiavi consegnate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stanza</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Uscita</source>
        <translation>Uscita</translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Cambia utente</source>
        <translation>Cambia utente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le finestre aperte verranno chiuse: salva prima quello che stai scrivendo.</source>
        <translation>Le finestre aperte verranno chiuse: salva prima quello che stai scrivendo.</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <source>%n appuntamenti</source>
        <translation>
            <numerusform>%n appuntamento</numerusform>
            <numerusform>%n appuntamenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>+%n altri</source>
        <translation>
            <numerusform>+%n altro</numerusform>
            <numerusform>+%n altri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/dense.py"/>
        <source>Clic: apri l'agenda a quest'ora</source>
        <translation>Clic: apri l'agenda a quest'ora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Griglia oraria</source>
        <translation>Griglia oraria</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Scadenza – {kind} {code}</source>
        <translation>Scadenza – {kind} {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>giorno</source>
        <translation>giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>oggi</source>
        <translation>oggi</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Mostra:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;Già avvenuto&lt;/b&gt;</source>
        <translation>&lt;b&gt;Già avvenuto&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;In programma&lt;/b&gt;</source>
        <translation>&lt;b&gt;In programma&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>C&amp;erca:</source>
        <translation>C&amp;erca:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cerca nella cronologia…</source>
        <translation>Cerca nella cronologia…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cronologia</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Dettagli</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Evento</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In programma</source>
        <translation>In programma</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tutto</source>
        <translation>Tutto</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>%1 posti</source>
        <translation>%1 posti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>1 posto</source>
        <translation>1 posto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>A&amp;ggiorna</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Aggiornato alle %1 · settimana dal %2 al %3</source>
        <translation>Aggiornato alle %1 · settimana dal %2 al %3</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Appuntamenti di domani</source>
        <translation>Appuntamenti di domani</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Appuntamenti di oggi</source>
        <translation>Appuntamenti di oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Arrivi e partenze della settimana</source>
        <translation>Arrivi e partenze della settimana</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento non riuscito.</source>
        <translation>Caricamento non riuscito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>I tuoi appuntamenti e i tuoi casi</source>
        <translation>I tuoi appuntamenti e i tuoi casi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun appuntamento domani.</source>
        <translation>Nessun appuntamento domani.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun appuntamento oggi.</source>
        <translation>Nessun appuntamento oggi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun arrivo o partenza questa settimana.</source>
        <translation>Nessun arrivo o partenza questa settimana.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessun posto libero oggi.</source>
        <translation>Nessun posto libero oggi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna nota da scrivere per gli appuntamenti di ieri.</source>
        <translation>Nessuna nota da scrivere per gli appuntamenti di ieri.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna presenza da segnare.</source>
        <translation>Nessuna presenza da segnare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna quota arretrata.</source>
        <translation>Nessuna quota arretrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Nessuna scadenza nei prossimi 14 giorni.</source>
        <translation>Nessuna scadenza nei prossimi 14 giorni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Note da scrivere sugli appuntamenti di ieri</source>
        <translation>Note da scrivere sugli appuntamenti di ieri</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Posti liberi oggi</source>
        <translation>Posti liberi oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Presenze da segnare</source>
        <translation>Presenze da segnare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Quote non pagate</source>
        <translation>Quote non pagate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Rileggi i dati della giornata (F5)</source>
        <translation>Rileggi i dati della giornata (F5)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Scadenze dei prossimi 14 giorni</source>
        <translation>Scadenze dei prossimi 14 giorni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Tutto il servizio</source>
        <translation>Tutto il servizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>in %1 alloggi</source>
        <translation>in %1 alloggi</translation>
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
        <translation>Esci dall'applicazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>La sessione di %1 è bloccata. Scrivi la password per continuare.</source>
        <translation>La sessione di %1 è bloccata. Scrivi la password per continuare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sblocca</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata – RTS Desktop</source>
        <translation>Sessione bloccata – RTS Desktop</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation>&amp;Data *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Motivo *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra richiamo</source>
        <translation>&amp;Registra richiamo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo formale previsto dal patto firmato il %1.</source>
        <translation>Richiamo formale previsto dal patto firmato il %1.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. ospiti non autorizzati in alloggio</source>
        <translation>es. ospiti non autorizzati in alloggio</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia utente</source>
        <translation>Cambia utente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Chiudi prima le finestre aperte, poi cambia utente.</source>
        <translation>Chiudi prima le finestre aperte, poi cambia utente.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Operatore: %1 (%2)</source>
        <translation>Operatore: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>amministratore</source>
        <translation>amministratore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>assistente sociale</source>
        <translation>assistente sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>coordinatore</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>educatore</source>
        <translation>educatore</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../rts_desktop/ui/app.py"/>
        <source>Immagine salvata: {path}</source>
        <translation>Immagine salvata: {path}</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Alloggi</source>
        <translation>&amp;Alloggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Casi</source>
        <translation>&amp;Casi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Oggi</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Piani e documenti</source>
        <translation>&amp;Piani e documenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>&amp;Sincronizzazione</source>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Alloggi e stanze, posti liberi, inserimenti, consegne chiavi e guasti.</source>
        <translation>Alloggi e stanze, posti liberi, inserimenti, consegne chiavi e guasti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Appuntamenti, attività di gruppo con presenze, scadenze.</source>
        <translation>Appuntamenti, attività di gruppo con presenze, scadenze.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Ca&amp;lendario</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Chi ha letto o modificato i dati: filtri ed esportazione (coordinatori).</source>
        <translation>Chi ha letto o modificato i dati: filtri ed esportazione (coordinatori).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Elenco dei casi, ricerca delle persone, fascicolo di ogni nucleo.</source>
        <translation>Elenco dei casi, ricerca delle persone, fascicolo di ogni nucleo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Indicatori del servizio ed esportazioni.</source>
        <translation>Indicatori del servizio ed esportazioni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>La giornata: appuntamenti, presenze e note da fare, arrivi, scadenze.</source>
        <translation>La giornata: appuntamenti, presenze e note da fare, arrivi, scadenze.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Progetti individualizzati, valutazioni dell'autonomia, stampe.</source>
        <translation>Progetti individualizzati, valutazioni dell'autonomia, stampe.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Re&amp;gistro accessi</source>
        <translation>Re&amp;gistro accessi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/areas.py"/>
        <source>Scambio di pacchetti tra portatili e conflitti da risolvere.</source>
        <translation>Scambio di pacchetti tra portatili e conflitti da risolvere.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source> (predefinito: %(default)s)</source>
        <translation> (predefinito: %(default)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>%(prog)s: avviso: %(message)s
</source>
        <translation>%(prog)s: avviso: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>%(prog)s: errore: %(message)s
</source>
        <translation>%(prog)s: errore: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomenti non riconosciuti: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomenti posizionali</source>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento "-" con modalità %r</source>
        <translation>argomento "-" con modalità %r</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>argomento esplicito ignorato: %r</source>
        <translation>argomento esplicito ignorato: %r</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>attesi %n valori</source>
        <translation>attesi %n valori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso al massimo un valore</source>
        <translation>atteso al massimo un valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso almeno un valore</source>
        <translation>atteso almeno un valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>atteso un valore</source>
        <translation>atteso un valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>comandi</source>
        <translation>comandi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>comando sconosciuto %(parser_name)r (scelte: %(choices)s)</source>
        <translation>comando sconosciuto %(parser_name)r (scelte: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>il comando '%(parser_name)s' è deprecato</source>
        <translation>il comando '%(parser_name)s' è deprecato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>impossibile aprire '%(filename)s': %(error)s</source>
        <translation>impossibile aprire '%(filename)s': %(error)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>l'argomento '%(argument_name)s' è deprecato</source>
        <translation>l'argomento '%(argument_name)s' è deprecato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>l'opzione '%(option)s' è deprecata</source>
        <translation>l'opzione '%(option)s' è deprecata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mancano questi argomenti obbligatori: %s</source>
        <translation>mancano questi argomenti obbligatori: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mostra la versione del programma ed esci</source>
        <translation>mostra la versione del programma ed esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>mostra questo aiuto ed esci</source>
        <translation>mostra questo aiuto ed esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>non ammesso insieme all'argomento %s</source>
        <translation>non ammesso insieme all'argomento %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzione ambigua: %(option)s può essere %(matches)s</source>
        <translation>opzione ambigua: %(option)s può essere %(matches)s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzione inattesa: %s</source>
        <translation>opzione inattesa: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>opzioni</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>scelta non valida: %(value)r (scegli tra %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>scelta non valida: %(value)r, forse intendevi %(closest)r? (scegli tra %(choices)s)</source>
        <translation>scelta non valida: %(value)r, forse intendevi %(closest)r? (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>serve uno di questi argomenti: %s</source>
        <translation>serve uno di questi argomenti: %s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>uso: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/argparse_texts.py"/>
        <source>valore %(type)s non valido: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Abitare</source>
        <translation>Abitare</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Autonomia quasi piena</source>
        <translation>Autonomia quasi piena</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Bilancio familiare, pagamento della quota di compartecipazione e delle utenze, debiti, risparmio.</source>
        <translation>Bilancio familiare, pagamento della quota di compartecipazione e delle utenze, debiti, risparmio.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Bisogno di supporto intensivo</source>
        <translation>Bisogno di supporto intensivo</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cerca lavoro o frequenta un corso con costanza (candidature, colloqui, tirocinio) e fa il punto periodicamente con l'educatore.</source>
        <translation>Cerca lavoro o frequenta un corso con costanza (candidature, colloqui, tirocinio) e fa il punto periodicamente con l'educatore.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Con l'educatore ha preparato il curriculum e si è iscritta al Centro per l'impiego, ma cerca lavoro in modo discontinuo e solo se sollecitata.</source>
        <translation>Con l'educatore ha preparato il curriculum e si è iscritta al Centro per l'impiego, ma cerca lavoro in modo discontinuo e solo se sollecitata.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Conflitti frequenti o gravi con coinquilini o vicini (liti, rumori notturni, lamentele scritte all'amministratore); rifiuta la mediazione.</source>
        <translation>Conflitti frequenti o gravi con coinquilini o vicini (liti, rumori notturni, lamentele scritte all'amministratore); rifiuta la mediazione.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Convive senza problemi rilevanti; affronta da sé i piccoli disaccordi parlando con gli interessati e conosce il regolamento condominiale.</source>
        <translation>Convive senza problemi rilevanti; affronta da sé i piccoli disaccordi parlando con gli interessati e conosce il regolamento condominiale.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Convivenza e condominio</source>
        <translation>Convivenza e condominio</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cura dell'alloggio, pulizia e igiene degli ambienti, uso sicuro di impianti ed elettrodomestici, rispetto delle regole della casa.</source>
        <translation>Cura dell'alloggio, pulizia e igiene degli ambienti, uso sicuro di impianti ed elettrodomestici, rispetto delle regole della casa.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Cura l'alloggio come una casa propria: organizza pulizie, piccola manutenzione e raccolta differenziata, e gestisce gli imprevisti contattando da sé i referenti giusti.</source>
        <translation>Cura l'alloggio come una casa propria: organizza pulizie, piccola manutenzione e raccolta differenziata, e gestisce gli imprevisti contattando da sé i referenti giusti.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti e pratiche</source>
        <translation>Documenti e pratiche</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti mancanti, scaduti o smarriti (permesso di soggiorno, carta d'identità); non conosce le scadenze e non sa da dove cominciare.</source>
        <translation>Documenti mancanti, scaduti o smarriti (permesso di soggiorno, carta d'identità); non conosce le scadenze e non sa da dove cominciare.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Documenti personali, residenza, permesso di soggiorno, tessera sanitaria, ISEE, domande a enti e servizi.</source>
        <translation>Documenti personali, residenza, permesso di soggiorno, tessera sanitaria, ISEE, domande a enti e servizi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestione del denaro</source>
        <translation>Gestione del denaro</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce alcuni aspetti, ma ha bisogno di aiuto regolare e ravvicinato.</source>
        <translation>Gestisce alcuni aspetti, ma ha bisogno di aiuto regolare e ravvicinato.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce da sé visite, esami e terapie; chiede supporto solo per pratiche sanitarie complesse come esenzioni o invalidità.</source>
        <translation>Gestisce da sé visite, esami e terapie; chiede supporto solo per pratiche sanitarie complesse come esenzioni o invalidità.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce in autonomia documenti e pratiche, anche online con SPID, compresa la domanda di casa popolare, e sa a quale ufficio o patronato rivolgersi.</source>
        <translation>Gestisce in autonomia documenti e pratiche, anche online con SPID, compresa la domanda di casa popolare, e sa a quale ufficio o patronato rivolgersi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito con promemoria e verifiche periodiche dell'educatore.</source>
        <translation>Gestisce l'ambito con promemoria e verifiche periodiche dell'educatore.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito da sé e chiede aiuto solo in situazioni nuove o difficili.</source>
        <translation>Gestisce l'ambito da sé e chiede aiuto solo in situazioni nuove o difficili.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Gestisce l'ambito in modo stabile, sa a chi rivolgersi quando serve e non ha più bisogno del servizio.</source>
        <translation>Gestisce l'ambito in modo stabile, sa a chi rivolgersi quando serve e non ha più bisogno del servizio.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha i documenti in corso di validità e li conserva in ordine; rinnova ISEE e permessi con promemoria e con aiuto nella compilazione dei moduli.</source>
        <translation>Ha i documenti in corso di validità e li conserva in ordine; rinnova ISEE e permessi con promemoria e con aiuto nella compilazione dei moduli.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha interessi stabili e un tempo libero equilibrato, coinvolge familiari o amici e conosce le opportunità gratuite della città.</source>
        <translation>Ha interessi stabili e un tempo libero equilibrato, coinvolge familiari o amici e conosce le opportunità gratuite della città.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha persone su cui contare e coltiva da sé questi legami; usa senza mediazione le risorse del territorio (biblioteca, parrocchia, centro di quartiere, doposcuola dei figli).</source>
        <translation>Ha persone su cui contare e coltiva da sé questi legami; usa senza mediazione le risorse del territorio (biblioteca, parrocchia, centro di quartiere, doposcuola dei figli).</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha pochi contatti, quasi solo con gli operatori; accetta di conoscere una realtà del quartiere se accompagnata.</source>
        <translation>Ha pochi contatti, quasi solo con gli operatori; accetta di conoscere una realtà del quartiere se accompagnata.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha scelto una strada realistica e fa i primi passi con l'educatore: domanda di casa popolare, ricerca di annunci, calcolo dei costi, risparmio per la caparra.</source>
        <translation>Ha scelto una strada realistica e fa i primi passi con l'educatore: domanda di casa popolare, ricerca di annunci, calcolo dei costi, risparmio per la caparra.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un lavoro, anche a termine, o segue un percorso formativo; gestisce da sé orari, rapporti con il datore di lavoro e rinnovi, e chiede aiuto solo per leggere contratti o buste paga.</source>
        <translation>Ha un lavoro, anche a termine, o segue un percorso formativo; gestisce da sé orari, rapporti con il datore di lavoro e rinnovi, e chiede aiuto solo per leggere contratti o buste paga.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un medico di base ma va alle visite solo se accompagnata; segue la terapia in modo irregolare.</source>
        <translation>Ha un medico di base ma va alle visite solo se accompagnata; segue la terapia in modo irregolare.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha un'occupazione stabile o un reddito sufficiente e prevedibile; cura da sé la propria formazione e sa orientarsi tra servizi per il lavoro, patronati e sindacati.</source>
        <translation>Ha un'occupazione stabile o un reddito sufficiente e prevedibile; cura da sé la propria formazione e sa orientarsi tra servizi per il lavoro, patronati e sindacati.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha una rete stabile e varia che la sostiene nei momenti difficili e a cui a sua volta offre aiuto; non ha più bisogno della mediazione del servizio.</source>
        <translation>Ha una rete stabile e varia che la sostiene nei momenti difficili e a cui a sua volta offre aiuto; non ha più bisogno della mediazione del servizio.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ha una soluzione abitativa definita o imminente e sostenibile nel tempo; ha organizzato trasloco, volture delle utenze e cambio di residenza.</source>
        <translation>Ha una soluzione abitativa definita o imminente e sostenibile nel tempo; ha organizzato trasloco, volture delle utenze e cambio di residenza.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>I documenti sono in via di regolarizzazione; l'educatore prenota gli appuntamenti e la accompagna agli uffici.</source>
        <translation>I documenti sono in via di regolarizzazione; l'educatore prenota gli appuntamenti e la accompagna agli uffici.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Interessi, attività sportive, culturali e di volontariato, uso del tempo non impegnato da lavoro e cura.</source>
        <translation>Interessi, attività sportive, culturali e di volontariato, uso del tempo non impegnato da lavoro e cura.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>L'alloggio è trascurato (rifiuti accumulati, igiene carente) o usato in modo pericoloso per impianti e sicurezza; le regole della casa non sono rispettate nonostante i richiami.</source>
        <translation>L'alloggio è trascurato (rifiuti accumulati, igiene carente) o usato in modo pericoloso per impianti e sicurezza; le regole della casa non sono rispettate nonostante i richiami.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>La persona non riesce ancora a gestire l'ambito senza un intervento costante dell'équipe.</source>
        <translation>La persona non riesce ancora a gestire l'ambito senza un intervento costante dell'équipe.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Lavoro e formazione</source>
        <translation>Lavoro e formazione</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Le giornate passano senza attività né interessi; noia e isolamento aumentano il rischio di comportamenti dannosi.</source>
        <translation>Le giornate passano senza attività né interessi; noia e isolamento aumentano il rischio di comportamenti dannosi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Legami familiari e amicali, rapporti con servizi, associazioni e realtà del quartiere, persone di riferimento.</source>
        <translation>Legami familiari e amicali, rapporti con servizi, associazioni e realtà del quartiere, persone di riferimento.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Mantiene alcune relazioni significative (familiari, amici, connazionali) e frequenta un servizio o un'associazione proposti dall'educatore.</source>
        <translation>Mantiene alcune relazioni significative (familiari, amici, connazionali) e frequenta un servizio o un'associazione proposti dall'educatore.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Mantiene l'alloggio pulito e sicuro senza sollecitazioni, segnala da sé i guasti e rispetta il regolamento; chiede aiuto solo per imprevisti (per esempio un'infiltrazione).</source>
        <translation>Mantiene l'alloggio pulito e sicuro senza sollecitazioni, segnala da sé i guasti e rispetta il regolamento; chiede aiuto solo per imprevisti (per esempio un'infiltrazione).</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Medico di base, cure e terapie, prevenzione, igiene personale, benessere psicologico, uso di sostanze.</source>
        <translation>Medico di base, cure e terapie, prevenzione, igiene personale, benessere psicologico, uso di sostanze.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Nessun reddito da lavoro né un'idea di percorso; non ha un curriculum, non è iscritta al Centro per l'impiego e manca agli appuntamenti di orientamento.</source>
        <translation>Nessun reddito da lavoro né un'idea di percorso; non ha un curriculum, non è iscritta al Centro per l'impiego e manca agli appuntamenti di orientamento.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha ancora pensato al dopo o ha aspettative lontane dalla realtà; evita di parlare della fine dell'accoglienza.</source>
        <translation>Non ha ancora pensato al dopo o ha aspettative lontane dalla realtà; evita di parlare della fine dell'accoglienza.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha un medico di base o non vi si rivolge; trascura cure necessarie e usa il pronto soccorso come unico riferimento.</source>
        <translation>Non ha un medico di base o non vi si rivolge; trascura cure necessarie e usa il pronto soccorso come unico riferimento.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Non ha un quadro di entrate e spese; quota di compartecipazione e bollette restano spesso non pagate e i debiti crescono.</source>
        <translation>Non ha un quadro di entrate e spese; quota di compartecipazione e bollette restano spesso non pagate e i debiti crescono.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Paga l'affitto e le utenze con promemoria dell'educatore; tiene un semplice quaderno delle spese che rivede con lui ogni mese.</source>
        <translation>Paga l'affitto e le utenze con promemoria dell'educatore; tiene un semplice quaderno delle spese che rivede con lui ogni mese.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Paga le scadenze principali solo se l'educatore la guida passo per passo o la accompagna allo sportello; i mesi scoperti sono frequenti.</source>
        <translation>Paga le scadenze principali solo se l'educatore la guida passo per passo o la accompagna allo sportello; i mesi scoperti sono frequenti.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Partecipa con regolarità ad attività proposte (laboratori, uscite, corsi di italiano) e ne parla con l'educatore.</source>
        <translation>Partecipa con regolarità ad attività proposte (laboratori, uscite, corsi di italiano) e ne parla con l'educatore.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Partecipa in modo saltuario alle attività di gruppo del servizio, solo se invitata e accompagnata.</source>
        <translation>Partecipa in modo saltuario alle attività di gruppo del servizio, solo se invitata e accompagnata.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Pianifica entrate e uscite, mette da parte una piccola somma ogni mese, usa domiciliazioni o home banking e ha saldato i debiti o li rimborsa con regolarità.</source>
        <translation>Pianifica entrate e uscite, mette da parte una piccola somma ogni mese, usa domiciliazioni o home banking e ha saldato i debiti o li rimborsa con regolarità.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Piena autonomia</source>
        <translation>Piena autonomia</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Porta avanti da sé la ricerca della casa e le domande, con un budget sostenibile; chiede aiuto per il contratto o per le visite agli alloggi.</source>
        <translation>Porta avanti da sé la ricerca della casa e le domande, con un budget sostenibile; chiede aiuto per il contratto o per le visite agli alloggi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Prenota e frequenta le visite con promemoria dell'educatore, segue le terapie e accetta l'invio ai servizi specialistici quando serve.</source>
        <translation>Prenota e frequenta le visite con promemoria dell'educatore, segue le terapie e accetta l'invio ai servizi specialistici quando serve.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Preparazione all'uscita dalla residenzialità temporanea: soluzione abitativa successiva, sostenibilità economica, tempi.</source>
        <translation>Preparazione all'uscita dalla residenzialità temporanea: soluzione abitativa successiva, sostenibilità economica, tempi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Progetto di uscita</source>
        <translation>Progetto di uscita</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Pulisce e riordina con regolarità seguendo un piano concordato con l'educatore; segnala i guasti se sollecitata durante le visite.</source>
        <translation>Pulisce e riordina con regolarità seguendo un piano concordato con l'educatore; segnala i guasti se sollecitata durante le visite.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rapporti con coinquilini e vicini, uso degli spazi comuni, rispetto degli orari di quiete, gestione dei conflitti.</source>
        <translation>Rapporti con coinquilini e vicini, uso degli spazi comuni, rispetto degli orari di quiete, gestione dei conflitti.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Relazioni e rete</source>
        <translation>Relazioni e rete</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Ricerca e mantenimento del lavoro, orientamento, corsi di formazione e di lingua italiana, reddito.</source>
        <translation>Ricerca e mantenimento del lavoro, orientamento, corsi di formazione e di lingua italiana, reddito.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Riconosce che l'accoglienza è temporanea e con l'educatore ha elencato le strade possibili (casa popolare, housing sociale, affitto, rientro in famiglia), senza passi concreti.</source>
        <translation>Riconosce che l'accoglienza è temporanea e con l'educatore ha elencato le strade possibili (casa popolare, housing sociale, affitto, rientro in famiglia), senza passi concreti.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Riordina gli spazi solo dopo le visite domiciliari e su indicazioni puntuali; segnala i guasti in ritardo o non li segnala affatto.</source>
        <translation>Riordina gli spazi solo dopo le visite domiciliari e su indicazioni puntuali; segnala i guasti in ritardo o non li segnala affatto.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rispetta le scadenze da sé e tiene un bilancio mensile; chiede consiglio per spese straordinarie o per concordare un piano di rientro dai debiti.</source>
        <translation>Rispetta le scadenze da sé e tiene un bilancio mensile; chiede consiglio per spese straordinarie o per concordare un piano di rientro dai debiti.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Rispetta quasi sempre turni di pulizia e orari di quiete; davanti a un conflitto chiede l'intervento dell'educatore e mantiene gli accordi.</source>
        <translation>Rispetta quasi sempre turni di pulizia e orari di quiete; davanti a un conflitto chiede l'intervento dell'educatore e mantiene gli accordi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Salute e benessere</source>
        <translation>Salute e benessere</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Sceglie e organizza da sé attività che le piacciono (sport, volontariato, corsi), adattandole ai propri impegni e al proprio budget.</source>
        <translation>Sceglie e organizza da sé attività che le piacciono (sport, volontariato, corsi), adattandole ai propri impegni e al proprio budget.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Si prende cura della propria salute anche con la prevenzione (screening, vaccinazioni, alimentazione), riconosce i segnali di malessere e sa dove chiedere aiuto.</source>
        <translation>Si prende cura della propria salute anche con la prevenzione (screening, vaccinazioni, alimentazione), riconosce i segnali di malessere e sa dove chiedere aiuto.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Strumento dell'équipe RTS per osservare, insieme alla persona, quanto supporto le serve in ciascun ambito del progetto individualizzato. Il punteggio descrive la situazione attuale, non un giudizio sulla persona: si sceglie il livello la cui descrizione è più vicina a quanto osservato nelle ultime settimane.</source>
        <translation>Strumento dell'équipe RTS per osservare, insieme alla persona, quanto supporto le serve in ciascun ambito del progetto individualizzato. Il punteggio descrive la situazione attuale, non un giudizio sulla persona: si sceglie il livello la cui descrizione è più vicina a quanto osservato nelle ultime settimane.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Supporto frequente</source>
        <translation>Supporto frequente</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Supporto periodico</source>
        <translation>Supporto periodico</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tempo libero</source>
        <translation>Tempo libero</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tensioni ricorrenti; accetta la mediazione proposta dall'educatore ma fatica a rispettare gli accordi presi.</source>
        <translation>Tensioni ricorrenti; accetta la mediazione proposta dall'educatore ma fatica a rispettare gli accordi presi.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Tiene sotto controllo le scadenze e presenta da sé la maggior parte delle domande (ISEE, rinnovi, bonus); chiede aiuto solo per pratiche nuove o procedure online complicate.</source>
        <translation>Tiene sotto controllo le scadenze e presenta da sé la maggior parte delle domande (ISEE, rinnovi, bonus); chiede aiuto solo per pratiche nuove o procedure online complicate.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Valutazione dell'autonomia – RTS</source>
        <translation>Valutazione dell'autonomia – RTS</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>Vive in isolamento: non ha persone di riferimento né contatti con il territorio, oppure frequenta soprattutto relazioni che la danneggiano.</source>
        <translation>Vive in isolamento: non ha persone di riferimento né contatti con il territorio, oppure frequenta soprattutto relazioni che la danneggiano.</translation>
    </message>
    <message>
        <location filename="../../resources/assessment/autonomia-v1.json"/>
        <source>È una presenza positiva nel caseggiato: conosce i vicini, partecipa alla vita comune (assemblee, iniziative di cortile) e risolve i disaccordi in autonomia.</source>
        <translation>È una presenza positiva nel caseggiato: conosce i vicini, partecipa alla vita comune (assemblee, iniziative di cortile) e risolve i disaccordi in autonomia.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%1 di %n voci</source>
        <translation>
            <numerusform>%1 di %n voce</numerusform>
            <numerusform>%1 di %n voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%n voci mostrate</source>
        <translation>
            <numerusform>%n voce mostrata</numerusform>
            <numerusform>%n voci mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>%n voci mostrate (altre disponibili)</source>
        <translation>
            <numerusform>%n voce mostrata (altre disponibili)</numerusform>
            <numerusform>%n voci mostrate (altre disponibili)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Cerca</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Dal</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Esporta CSV…</source>
        <translation>&amp;Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>&amp;Operatore</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>A&amp;l</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Altre &amp;voci</source>
        <translation>Altre &amp;voci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Azio&amp;ne</source>
        <translation>Azio&amp;ne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Azione</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Ca&amp;so</source>
        <translation>Ca&amp;so</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Chi ha letto o modificato i dati, quando, da quale portatile e perché. Riservato a coordinatori e amministratori.</source>
        <translation>Chi ha letto o modificato i dati, quando, da quale portatile e perché. Riservato a coordinatori e amministratori.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Codice/id</source>
        <translation>Codice/id</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Dettaglio</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Dispositivo</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Entità</source>
        <translation>Entità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Errore imprevisto: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Esporta registro accessi</source>
        <translation>Esporta registro accessi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Esportate %n voci in {path}</source>
        <translation>
            <numerusform>Esportata %n voce in {path}</numerusform>
            <numerusform>Esportate %n voci in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Finalità</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Il registro accessi è riservato a coordinatori e amministratori.</source>
        <translation>Il registro accessi è riservato a coordinatori e amministratori.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Quando</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Registro accessi</source>
        <translation>Registro accessi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>Voci del registro accessi</source>
        <translation>Voci del registro accessi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>es. RTS-2026-0042</source>
        <translation>es. RTS-2026-0042</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/audit/page.py"/>
        <source>nome utente o nome e cognome</source>
        <translation>nome utente o nome e cognome</translation>
    </message>
</context>
<context>
    <name>board</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>%n liberi</source>
        <translation>
            <numerusform>%n libero</numerusform>
            <numerusform>%n liberi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>&lt;b&gt;Fine prevista superata: prorogare o registrare l'uscita&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fine prevista superata: prorogare o registrare l'uscita&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Alloggio / stanza</source>
        <translation>Alloggio / stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Dal {date}</source>
        <translation>Dal {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Fine prevista: {date}</source>
        <translation>Fine prevista: {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Posti: {places}</source>
        <translation>Posti: {places}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Proroghe: {count} (fine iniziale {date})</source>
        <translation>Proroghe: {count} (fine iniziale {date})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>Uscita: {date}</source>
        <translation>Uscita: {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>completo</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>previsto: {text}</source>
        <translation>previsto: {text}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{household} · fino al {date}</source>
        <translation>{household} · fino al {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{household} · scaduto il {date}</source>
        <translation>{household} · scaduto il {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{room} · %n letti</source>
        <translation>
            <numerusform>{room} · %n letto</numerusform>
            <numerusform>{room} · %n letti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_paint.py"/>
        <source>{text} (prorogato)</source>
        <translation>{text} (prorogato)</translation>
    </message>
</context>
<context>
    <name>buttons</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Ann&amp;ulla</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation>Caso concluso: solo consultazione.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>%n allegati</source>
        <translation>
            <numerusform>%n allegato</numerusform>
            <numerusform>%n allegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n allegati rimossi</source>
        <translation>
            <numerusform>%n allegato rimosso</numerusform>
            <numerusform>%n allegati rimossi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>%n elementi</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n righe</source>
        <translation>
            <numerusform>%n riga</numerusform>
            <numerusform>%n righe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>%n righe eliminate</source>
        <translation>
            <numerusform>%n riga eliminata</numerusform>
            <numerusform>%n righe eliminate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>%n voci</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>(disattivato)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>--demo apre il database dimostrativo: non si combina con altri comandi o --db</source>
        <translation>--demo apre il database dimostrativo: non si combina con altri comandi o --db</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>AZIONE</source>
        <translation>AZIONE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Amministratore: {name}</source>
        <translation>Amministratore: {name}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Attenzione: i due portatili risultano divergenti ({what}): prepara un pacchetto completo.</source>
        <translation>Attenzione: i due portatili risultano divergenti ({what}): prepara un pacchetto completo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Backup completo salvato: {path}</source>
        <translation>Backup completo salvato: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>COMANDO</source>
        <translation>COMANDO</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>Calendario esportato: {path} (%n appuntamenti)</source>
        <translation>
            <numerusform>Calendario esportato: {path} (%n appuntamento)</numerusform>
            <numerusform>Calendario esportato: {path} (%n appuntamenti)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero (mostrata una sola volta: stampala e conservala in cassaforte):</source>
        <translation>Chiave di recupero (mostrata una sola volta: stampala e conservala in cassaforte):</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero scritta in {path} (leggibile solo da te): conservala al sicuro.</source>
        <translation>Chiave di recupero scritta in {path} (leggibile solo da te): conservala al sicuro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Chiave di recupero: </source>
        <translation>Chiave di recupero: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Codice scritto in {path}</source>
        <translation>Codice scritto in {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Conflitti aperti: {conflicts}; modifiche in attesa: {pending}</source>
        <translation>Conflitti aperti: {conflicts}; modifiche in attesa: {pending}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Conservazione: dati particolari {special} anni, persona {person} anni dalla chiusura dell'ultimo caso</source>
        <translation>Conservazione: dati particolari {special} anni, persona {person} anni dalla chiusura dell'ultimo caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Controllo: {outcome} (revisione {rev})</source>
        <translation>Controllo: {outcome} (revisione {rev})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>DISPOSITIVO</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Da fare: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</source>
        <translation>Da fare: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database creato (cifrato): {path} (dispositivo {device})</source>
        <translation>Database creato (cifrato): {path} (dispositivo {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database creato: {path} (dispositivo {device})</source>
        <translation>Database creato: {path} (dispositivo {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>Database dimostrativo: utenti {names}; password {password} per tutti.</source>
        <translation>Database dimostrativo: utenti {names}; password {password} per tutti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database già presente, aggiornato: {path} (dispositivo {device})</source>
        <translation>Database già presente, aggiornato: {path} (dispositivo {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Database già presente, ora cifrato: {path} (dispositivo {device})</source>
        <translation>Database già presente, ora cifrato: {path} (dispositivo {device})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Database ripristinato da {file} (copia dello stato precedente: {safety})</source>
        <translation>Database ripristinato da {file} (copia dello stato precedente: {safety})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Dati di {code} cancellati ({rows}, {files})</source>
        <translation>Dati di {code} cancellati ({rows}, {files})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Dati di {code} esportati in {out} ({rows}, {files})</source>
        <translation>Dati di {code} esportati in {out} ({rows}, {files})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Dati dimostrativi «{size}» creati in {seconds} s: {summary}</source>
        <translation>Dati dimostrativi «{size}» creati in {seconds} s: {summary}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>Dimensione su disco: {size} MiB</source>
        <translation>Dimensione su disco: {size} MiB</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Dispositivo: {name} ({id})</source>
        <translation>Dispositivo: {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Eseguito: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</source>
        <translation>Eseguito: {what} {code}  chiuso il {closed:%d/%m/%Y}, dovuto dal {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>FILE_O_CHIAVE</source>
        <translation>FILE_O_CHIAVE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Importato da {origin}: {new} nuovi, {updated} aggiornati, {deleted} eliminati, {unchanged} già presenti, {conflicts} conflitti, {pending} in attesa.</source>
        <translation>Importato da {origin}: {new} nuovi, {updated} aggiornati, {deleted} eliminati, {unchanged} già presenti, {conflicts} conflitti, {pending} in attesa.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>LINGUA</source>
        <translation>LINGUA</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Modifiche applicate: {applied}; conflitti: {conflicts}; ancora in attesa: {waiting}</source>
        <translation>Modifiche applicate: {applied}; conflitti: {conflicts}; ancora in attesa: {waiting}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <location filename="../../rts_desktop/cli/options.py"/>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>NOME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>NON SUPERATO</source>
        <translation>NON SUPERATO</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>Nulla da cancellare oggi.</source>
        <translation>Nulla da cancellare oggi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Nuova chiave di pseudonimizzazione in {path}: conservala per avere gli stessi pseudonimi nelle prossime esportazioni.</source>
        <translation>Nuova chiave di pseudonimizzazione in {path}: conservala per avere gli stessi pseudonimi nelle prossime esportazioni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Nuova password di {name}: </source>
        <translation>Nuova password di {name}: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Nuova password: </source>
        <translation>Nuova password: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Nuova serie dei codici: {series}</source>
        <translation>Nuova serie dei codici: {series}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Operatore {name} creato ({role})</source>
        <translation>Operatore {name} creato ({role})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Operatore {name} disattivato</source>
        <translation>Operatore {name} disattivato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>PROBLEMI</source>
        <translation>PROBLEMI</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Pacchetto già importato: nessuna modifica.</source>
        <translation>Pacchetto già importato: nessuna modifica.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Pacchetto scritto: {path} ({items}, {files}, {size} KiB)</source>
        <translation>Pacchetto scritto: {path} ({items}, {files}, {size} KiB)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Partecipanti esportati: {path} ({count})</source>
        <translation>Partecipanti esportati: {path} ({count})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password attuale: </source>
        <translation>Password attuale: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Password del pacchetto: </source>
        <translation>Password del pacchetto: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password di {name} cambiata</source>
        <translation>Password di {name} cambiata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Password di {name} reimpostata con la chiave di recupero</source>
        <translation>Password di {name} reimpostata con la chiave di recupero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>Password di {name}: </source>
        <translation>Password di {name}: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>Progetto stampato: {path}</source>
        <translation>Progetto stampato: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>RTS Desktop – Residenzialità Temporanea Sociale. Senza comando avvia l'interfaccia.</source>
        <translation>RTS Desktop – Residenzialità Temporanea Sociale. Senza comando avvia l'interfaccia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Registrato: {name} ({id}), impronta {fingerprint}</source>
        <translation>Registrato: {name} ({id}), impronta {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Report scritto: {paths}</source>
        <translation>Report scritto: {paths}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Revocato: {name} ({id})</source>
        <translation>Revocato: {name} ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>Ripeti: </source>
        <translation>Ripeti: </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>URL SQLAlchemy (es. postgresql+psycopg://...)</source>
        <translation>URL SQLAlchemy (es. postgresql+psycopg://...)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Un report del periodo, contando solo i casi che l'operatore vede. participants: l'elenco pseudonimizzato dei partecipanti (solo coordinatori).</source>
        <translation>Un report del periodo, contando solo i casi che l'operatore vede. participants: l'elenco pseudonimizzato dei partecipanti (solo coordinatori).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>al massimo N voci, le più recenti</source>
        <translation>al massimo N voci, le più recenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>allegati</source>
        <translation>allegati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>allegati controllati: {n}</source>
        <translation>allegati controllati: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>amministratore da reimpostare</source>
        <translation>amministratore da reimpostare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>anche i disattivati</source>
        <translation>anche i disattivati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>anelli del registro controllati: {n}</source>
        <translation>anelli del registro controllati: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>applica le modifiche in attesa da più di N giorni (coordinatori)</source>
        <translation>applica le modifiche in attesa da più di N giorni (coordinatori)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>apri il database dimostrativo (creato al primo uso)</source>
        <translation>apri il database dimostrativo (creato al primo uso)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>azione</source>
        <translation>azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>azione (es. read, create, update)</source>
        <translation>azione (es. read, create, update)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>cancella i dati personali di una persona (oblio, art. 17 GDPR)</source>
        <translation>cancella i dati personali di una persona (oblio, art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>cartella da creare (nuova o vuota)</source>
        <translation>cartella da creare (nuova o vuota)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>cartella dei PDF</source>
        <translation>cartella dei PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>catena registro</source>
        <translation>catena registro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>chiave di recupero (o RTS_RECOVERY_KEY): serve se il database è danneggiato</source>
        <translation>chiave di recupero (o RTS_RECOVERY_KEY): serve se il database è danneggiato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>chiavi esterne</source>
        <translation>chiavi esterne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>codice RTS1-... o file JSON</source>
        <translation>codice RTS1-... o file JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>codice del caso (es. RTS-2026-0042)</source>
        <translation>codice del caso (es. RTS-2026-0042)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>codice del caso (es. RTS-2026-0042): il caso e i suoi dati</source>
        <translation>codice del caso (es. RTS-2026-0042): il caso e i suoi dati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>codice dell'alloggio</source>
        <translation>codice dell'alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>codice della persona (es. BEN-2024-00001)</source>
        <translation>codice della persona (es. BEN-2024-00001)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>codice della persona (es. BEN-2024-00002)</source>
        <translation>codice della persona (es. BEN-2024-00002)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>codice/id</source>
        <translation>codice/id</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>come --snapshot --for-device</source>
        <translation>come --snapshot --for-device</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>conservazione dei dati: cosa va cancellato oggi (con --apply lo cancella)</source>
        <translation>conservazione dei dati: cosa va cancellato oggi (con --apply lo cancella)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>copia di sicurezza completa (database e allegati)</source>
        <translation>copia di sicurezza completa (database e allegati)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>crea il database cifrato con il suo amministratore (o aggiorna/cifra uno esistente)</source>
        <translation>crea il database cifrato con il suo amministratore (o aggiorna/cifra uno esistente)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>destinatario in più (chiave age, codice RTS1- o file; ripetibile)</source>
        <translation>destinatario in più (chiave age, codice RTS1- o file; ripetibile)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>dettaglio</source>
        <translation>dettaglio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>dimensioni finestra LxA</source>
        <translation>dimensioni finestra LxA</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>disattiva un operatore</source>
        <translation>disattiva un operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>dispositivo</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>documento {id}: file alterato (sha256 diverso)</source>
        <translation>documento {id}: file alterato (sha256 diverso)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>documento {id}: file mancante</source>
        <translation>documento {id}: file mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>elenca gli operatori</source>
        <translation>elenca gli operatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>elenca i dispositivi</source>
        <translation>elenca i dispositivi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>entità</source>
        <translation>entità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>errore imprevisto ({kind}): dettagli nel registro</source>
        <translation>errore imprevisto ({kind}): dettagli nel registro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <source>esegui le cancellazioni dovute</source>
        <translation>esegui le cancellazioni dovute</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>esporta il calendario in .ics</source>
        <translation>esporta il calendario in .ics</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>esporta tutti i dati di una persona (accesso, art. 15 GDPR)</source>
        <translation>esporta tutti i dati di una persona (accesso, art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .ics da scrivere</source>
        <translation>file .ics da scrivere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .pdf da scrivere</source>
        <translation>file .pdf da scrivere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>file .png da scrivere</source>
        <translation>file .png da scrivere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>file .rtsbackup da scrivere (predefinito: cartella backups)</source>
        <translation>file .rtsbackup da scrivere (predefinito: cartella backups)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>file .xlsx, .csv o .pdf da scrivere</source>
        <translation>file .xlsx, .csv o .pdf da scrivere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>file con la password del pacchetto</source>
        <translation>file con la password del pacchetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>file da scrivere</source>
        <translation>file da scrivere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>file del database SQLite</source>
        <translation>file del database SQLite</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>file di backup (.rtsbackup, o .db solo database)</source>
        <translation>file di backup (.rtsbackup, o .db solo database)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>finalità</source>
        <translation>finalità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>giorni di attesa (predefinito 7)</source>
        <translation>giorni di attesa (predefinito 7)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>giorno AAAA-MM-GG</source>
        <translation>giorno AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>giorno AAAA-MM-GG (predefinito: oggi)</source>
        <translation>giorno AAAA-MM-GG (predefinito: oggi)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>giorno AAAA-MM-GG a cui riferire i dati (predefinito: oggi)</source>
        <translation>giorno AAAA-MM-GG a cui riferire i dati (predefinito: oggi)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>id o nome</source>
        <translation>id o nome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>id o nome del dispositivo</source>
        <translation>id o nome del dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>immagine di una vista (per README e revisioni)</source>
        <translation>immagine di una vista (per README e revisioni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>importa un pacchetto di sincronizzazione</source>
        <translation>importa un pacchetto di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>in attesa di modifiche da {name}: {n}</source>
        <translation>in attesa di modifiche da {name}: {n}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>integrità</source>
        <translation>integrità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>integrità, chiavi esterne, allegati, catena del registro e conteggi</source>
        <translation>integrità, chiavi esterne, allegati, catena del registro e conteggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>interrotto</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>leggi la chiave di recupero da FILE (quello scritto da init --recovery-key-out)</source>
        <translation>leggi la chiave di recupero da FILE (quello scritto da init --recovery-key-out)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>lingua dei messaggi (it o en; predefinita: l'impostazione ui.language)</source>
        <translation>lingua dei messaggi (it o en; predefinita: l'impostazione ui.language)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>lingua del documento: it o en (predefinita: it)</source>
        <translation>lingua del documento: it o en (predefinita: it)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/language.py"/>
        <source>lingua sconosciuta: {lang} (lingue: {known})</source>
        <translation>lingua sconosciuta: {lang} (lingue: {known})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>mostra il codice di registrazione di questo portatile</source>
        <translation>mostra il codice di registrazione di questo portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>mostra la versione del programma ed esci</source>
        <translation>mostra la versione del programma ed esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>motivo, scritto nel registro accessi</source>
        <translation>motivo, scritto nel registro accessi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome di questo portatile (es. «Laptop via Padova»)</source>
        <translation>nome di questo portatile (es. «Laptop via Padova»)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome e cognome dell'amministratore</source>
        <translation>nome e cognome dell'amministratore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>nome utente dell'amministratore (predefinito: admin); password da RTS_PASSWORD</source>
        <translation>nome utente dell'amministratore (predefinito: admin); password da RTS_PASSWORD</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>nome utente o nome e cognome dell'educatore</source>
        <translation>nome utente o nome e cognome dell'educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>nome utente o nome e cognome dell'operatore</source>
        <translation>nome utente o nome e cognome dell'operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>numero di versione (predefinito: quella condivisa)</source>
        <translation>numero di versione (predefinito: quella condivisa)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>nuova password (da RTS_NEW_PASSWORD o richiesta)</source>
        <translation>nuova password (da RTS_NEW_PASSWORD o richiesta)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>nuova serie per i codici dei casi emessi da questo portatile</source>
        <translation>nuova serie per i codici dei casi emessi da questo portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>nuovo operatore (password da RTS_NEW_PASSWORD)</source>
        <translation>nuovo operatore (password da RTS_NEW_PASSWORD)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>operatore</source>
        <translation>operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>operatore che esegue il comando (o RTS_USER); password da RTS_PASSWORD o richiesta</source>
        <translation>operatore che esegue il comando (o RTS_USER); password da RTS_PASSWORD o richiesta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>operatori: elenco, nuovi, password</source>
        <translation>operatori: elenco, nuovi, password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>pacchetto completo (portatile nuovo)</source>
        <translation>pacchetto completo (portatile nuovo)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>pacchetto da importare</source>
        <translation>pacchetto da importare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>pacchetto non trovato: {path}</source>
        <translation>pacchetto non trovato: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>participants: chiave di pseudonimizzazione (creata se manca; predefinita nella cartella dei dati)</source>
        <translation>participants: chiave di pseudonimizzazione (creata se manca; predefinita nella cartella dei dati)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>password da {env} o chiesta</source>
        <translation>password da {env} o chiesta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>password perse: apri con la chiave di recupero (RTS_RECOVERY_KEY) e reimposta</source>
        <translation>password perse: apri con la chiave di recupero (RTS_RECOVERY_KEY) e reimposta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>portatili registrati per la sincronizzazione</source>
        <translation>portatili registrati per la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>posti liberi per alloggio e stanza</source>
        <translation>posti liberi per alloggio e stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>prepara un pacchetto di sincronizzazione</source>
        <translation>prepara un pacchetto di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>primo giorno AAAA-MM-GG</source>
        <translation>primo giorno AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>processi in parallelo (2)</source>
        <translation>processi in parallelo (2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>programmazione FSE degli indicatori (2021-2027)</source>
        <translation>programmazione FSE degli indicatori (2021-2027)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>prova l'installazione (database cifrato, accesso, PDF, traduzioni, finestra) ed esci</source>
        <translation>prova l'installazione (database cifrato, accesso, PDF, traduzioni, finestra) ed esci</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>quando</source>
        <translation>quando</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>questo portatile</source>
        <translation>questo portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>registra un portatile dal suo codice o file</source>
        <translation>registra un portatile dal suo codice o file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>registro accessi: anello {seq}, voce {entry}: {problem}</source>
        <translation>registro accessi: anello {seq}, voce {entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>registro accessi: chi ha fatto cosa, quando e perché</source>
        <translation>registro accessi: chi ha fatto cosa, quando e perché</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>registro accessi: voce {entry}: {problem}</source>
        <translation>registro accessi: voce {entry}: {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>report del servizio e indicatori FSE (xlsx, csv, pdf o JSON)</source>
        <translation>report del servizio e indicatori FSE (xlsx, csv, pdf o JSON)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>revoca un portatile (smarrito)</source>
        <translation>revoca un portatile (smarrito)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>revocato</source>
        <translation>revocato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>riempi un database vuoto di dati dimostrativi</source>
        <translation>riempi un database vuoto di dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>ripristina database e allegati da un backup</source>
        <translation>ripristina database e allegati da un backup</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/retention_commands.py"/>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>risultato in JSON</source>
        <translation>risultato in JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>risultato in JSON (una lista)</source>
        <translation>risultato in JSON (una lista)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>scrivi anche un file CSV per Excel (UTF-8 con BOM, «;»)</source>
        <translation>scrivi anche un file CSV per Excel (UTF-8 con BOM, «;»)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>scrivi il codice in un file JSON</source>
        <translation>scrivi il codice in un file JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>scrivi la chiave di recupero in FILE (0600) invece di mostrarla</source>
        <translation>scrivi la chiave di recupero in FILE (0600) invece di mostrarla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>solo i casi di un Municipio (1-9)</source>
        <translation>solo i casi di un Municipio (1-9)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>spazio su disco esaurito: libera spazio e riprova (nulla è stato scritto a metà)</source>
        <translation>spazio su disco esaurito: libera spazio e riprova (nulla è stato scritto a metà)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>stampa i progetti con verifica prima di una data</source>
        <translation>stampa i progetti con verifica prima di una data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>stampa in PDF il progetto di un caso</source>
        <translation>stampa in PDF il progetto di un caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>stampa le cifre in JSON</source>
        <translation>stampa le cifre in JSON</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>stato della sincronizzazione</source>
        <translation>stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/language.py"/>
        <source>traduzioni non disponibili: il programma continua in italiano</source>
        <translation>traduzioni non disponibili: il programma continua in italiano</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>ultimo giorno AAAA-MM-GG</source>
        <translation>ultimo giorno AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>usa {a} oppure {b}, non entrambi</source>
        <translation>usa {a} oppure {b}, non entrambi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>vista da riprendere (main)</source>
        <translation>vista da riprendere (main)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/options.py"/>
        <source>{flag} indicato due volte con valori diversi</source>
        <translation>{flag} indicato due volte con valori diversi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>{problem} (vedi --help)</source>
        <translation>{problem} (vedi --help)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/__init__.py"/>
        <source>{prog}: {message} (vedi --help)</source>
        <translation>{prog}: {message} (vedi --help)</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>revocato il {date}</source>
        <translation>revocato il {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>scaduto il {date}</source>
        <translation>scaduto il {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>valido</source>
        <translation>valido</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>valido fino al {date}</source>
        <translation>valido fino al {date}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source> — Residenzialità Temporanea Sociale — PON Metro 2014-2020 / MI3.1.1.c</source>
        <translation> — Residenzialità Temporanea Sociale — PON Metro 2014-2020 / MI3.1.1.c</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>%n mesi</source>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>(nome e cognome)</source>
        <translation>(nome e cognome)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>(nota vuota)</source>
        <translation>(nota vuota)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>&lt;b&gt;Oggetto:&lt;/b&gt; {subject}</source>
        <translation>&lt;b&gt;Oggetto:&lt;/b&gt; {subject}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>&lt;i&gt;Indicatore:&lt;/i&gt; {text}</source>
        <translation>&lt;i&gt;Indicatore:&lt;/i&gt; {text}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>&lt;i&gt;corregge la nota del {date}&lt;/i&gt;</source>
        <translation>&lt;i&gt;corregge la nota del {date}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Alloggio {code} · {date}</source>
        <translation>Alloggio {code} · {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Ambiente</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Anagrafica</source>
        <translation>Anagrafica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Andamento della valutazione dell'autonomia</source>
        <translation>Andamento della valutazione dell'autonomia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Arredo / dotazione</source>
        <translation>Arredo / dotazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Art. {number} – {title}</source>
        <translation>Art. {number} – {title}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Assistente sociale SST</source>
        <translation>Assistente sociale SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Attività</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Beneficiario/a</source>
        <translation>Beneficiario/a</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Caso / alloggio</source>
        <translation>Caso / alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Caso {code} · firmato il {date}</source>
        <translation>Caso {code} · firmato il {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Caso {code} · pagamento del {date}</source>
        <translation>Caso {code} · pagamento del {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Caso {code} · versione {number} · stato: {status}</source>
        <translation>Caso {code} · versione {number} · stato: {status}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Caso {code} · {period}</source>
        <translation>Caso {code} · {period}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Chi</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Chi ha pagato</source>
        <translation>Chi ha pagato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Chiavi consegnate</source>
        <translation>Chiavi consegnate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Chiavi riconsegnate</source>
        <translation>Chiavi riconsegnate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Codice caso</source>
        <translation>Codice caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Comune di Milano</source>
        <translation>Comune di Milano</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Comune di Milano — Residenzialità Temporanea Sociale</source>
        <translation>Comune di Milano — Residenzialità Temporanea Sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Con questo pagamento la quota del mese è saldata.</source>
        <translation>Con questo pagamento la quota del mese è saldata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Condiviso il</source>
        <translation>Condiviso il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Condizioni dell'accoglienza</source>
        <translation>Condizioni dell'accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Contatore</source>
        <translation>Contatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Contenuto: {contents}</source>
        <translation>Contenuto: {contents}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Copia dei dati personali trattati dal servizio Residenzialità Temporanea Sociale, rilasciata ai sensi dell'art. 15 del Regolamento (UE) 2016/679. Questo documento è un riepilogo leggibile; l'elenco completo dei dati è nel file persona.json che lo accompagna, i documenti allegati nella cartella allegati. Non sono riportati i dati che riguardano altre persone.</source>
        <translation>Copia dei dati personali trattati dal servizio Residenzialità Temporanea Sociale, rilasciata ai sensi dell'art. 15 del Regolamento (UE) 2016/679. Questo documento è un riepilogo leggibile; l'elenco completo dei dati è nel file persona.json che lo accompagna, i documenti allegati nella cartella allegati. Non sono riportati i dati che riguardano altre persone.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Da versare</source>
        <translation>Da versare</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Dai nostri registri risultano ancora da versare %n mensilità della quota di compartecipazione prevista dal patto di accoglienza firmato il {date}, per un totale di {total}:</source>
        <translation>
            <numerusform>Dai nostri registri risulta ancora da versare %n mensilità della quota di compartecipazione prevista dal patto di accoglienza firmato il {date}, per un totale di {total}:</numerusform>
            <numerusform>Dai nostri registri risultano ancora da versare %n mensilità della quota di compartecipazione prevista dal patto di accoglienza firmato il {date}, per un totale di {total}:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Data del pagamento</source>
        <translation>Data del pagamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Descrizione</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Distinti saluti.</source>
        <translation>Distinti saluti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Durata</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Educatore di riferimento</source>
        <translation>Educatore di riferimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatore {number}</source>
        <translation>Educatore {number}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Educatori</source>
        <translation>Educatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Entrata</source>
        <translation>Entrata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Entro il</source>
        <translation>Entro il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto dei dati personali</source>
        <translation>Estratto dei dati personali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Estratto del diario del caso</source>
        <translation>Estratto del diario del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto preparato il {date} da {name}.</source>
        <translation>Estratto preparato il {date} da {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Estratto preparato il {date}.</source>
        <translation>Estratto preparato il {date}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Filtro</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Fine prevista</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Firma</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Firmato il</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Foglio firme</source>
        <translation>Foglio firme</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Foglio «{name}»</source>
        <translation>Foglio «{name}»</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Gentile</source>
        <translation>Gentile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, d'intesa con il Servizio sociale territoriale ({sst}), e le persone accolte indicate di seguito convengono quanto segue.</source>
        <translation>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, d'intesa con il Servizio sociale territoriale ({sst}), e le persone accolte indicate di seguito convengono quanto segue.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, e le persone accolte indicate di seguito convengono quanto segue.</source>
        <translation>Il Comune di Milano – Residenzialità Temporanea Sociale, tramite {body}, rappresentato dall'educatore di riferimento {educator}, e le persone accolte indicate di seguito convengono quanto segue.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}, dal {start} al {end}.</source>
        <translation>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}, dal {start} al {end}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}.</source>
        <translation>Il Comune mette a disposizione, a titolo temporaneo, {place} per la durata di {duration}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Importo</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Indicatore</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Inizio accoglienza</source>
        <translation>Inizio accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Inventario</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>L'accoglienza può essere prorogata, su proposta dell'équipe e d'intesa con il Servizio sociale territoriale, in funzione del progetto individualizzato.</source>
        <translation>L'accoglienza può essere prorogata, su proposta dell'équipe e d'intesa con il Servizio sociale territoriale, in funzione del progetto individualizzato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>L'educatore attesta le presenze sopra riportate.</source>
        <translation>L'educatore attesta le presenze sopra riportate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>La invitiamo a versare quanto dovuto entro {days} giorni dal ricevimento di questa lettera, oppure a fissare un colloquio con l'educatore di riferimento per concordare insieme un piano di rientro.</source>
        <translation>La invitiamo a versare quanto dovuto entro {days} giorni dal ricevimento di questa lettera, oppure a fissare un colloquio con l'educatore di riferimento per concordare insieme un piano di rientro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Le note del diario non sono modificabili: una correzione è registrata come nuova nota che rimanda a quella corretta. L'estratto riporta le note nell'ordine in cui sono state scritte.</source>
        <translation>Le note del diario non sono modificabili: una correzione è registrata come nuova nota che rimanda a quella corretta. L'estratto riporta le note nell'ordine in cui sono state scritte.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Le parti</source>
        <translation>Le parti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Le parti confermano quanto sopra riportato e danno atto delle chiavi consegnate.</source>
        <translation>Le parti confermano quanto sopra riportato e danno atto delle chiavi consegnate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Le parti confermano quanto sopra riportato e danno atto delle chiavi riconsegnate.</source>
        <translation>Le parti confermano quanto sopra riportato e danno atto delle chiavi riconsegnate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Le persone accolte versano una quota mensile di compartecipazione di {amount}, entro il giorno 10 di ogni mese.</source>
        <translation>Le persone accolte versano una quota mensile di compartecipazione di {amount}, entro il giorno 10 di ogni mese.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Le persone che firmano dichiarano di aver costruito e condiviso il presente progetto individualizzato e si impegnano, ciascuna per quanto di propria competenza, a realizzare le azioni indicate e a partecipare alle verifiche periodiche.</source>
        <translation>Le persone che firmano dichiarano di aver costruito e condiviso il presente progetto individualizzato e si impegnano, ciascuna per quanto di propria competenza, a realizzare le azioni indicate e a partecipare alle verifiche periodiche.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Le ricordiamo che il rispetto degli impegni presi con il patto, compreso il versamento della quota, è condizione per proseguire il percorso di accoglienza. Se ha già provveduto al pagamento, la preghiamo di non tenere conto di questa lettera e di consegnarci copia della ricevuta.</source>
        <translation>Le ricordiamo che il rispetto degli impegni presi con il patto, compreso il versamento della quota, è condizione per proseguire il percorso di accoglienza. Se ha già provveduto al pagamento, la preghiamo di non tenere conto di questa lettera e di consegnarci copia della ricevuta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Letto, compreso e sottoscritto. Una copia del presente patto è consegnata a ciascun beneficiario.</source>
        <translation>Letto, compreso e sottoscritto. Una copia del presente patto è consegnata a ciascun beneficiario.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Lettura</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Letture dei contatori</source>
        <translation>Letture dei contatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Linee distanziate di poco in verticale per non sovrapporsi; i punteggi esatti sono nella tabella.</source>
        <translation>Linee distanziate di poco in verticale per non sovrapporsi; i punteggi esatti sono nella tabella.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Matricola</source>
        <translation>Matricola</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Milano, lì ____________________</source>
        <translation>Milano, lì ____________________</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Milano, {date}</source>
        <translation>Milano, {date}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Modalità</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Motivo della richiesta: {purpose}</source>
        <translation>Motivo della richiesta: {purpose}</translation>
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
        <translation>N.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Nessun beneficiario indicato.</source>
        <translation>Nessun beneficiario indicato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessun componente indicato.</source>
        <translation>Nessun componente indicato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Nessun componente registrato.</source>
        <translation>Nessun componente registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun dato da rappresentare.</source>
        <translation>Nessun dato da rappresentare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun dato nel periodo.</source>
        <translation>Nessun dato nel periodo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/person.py"/>
        <source>Nessun dato registrato.</source>
        <translation>Nessun dato registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessun esito registrato.</source>
        <translation>Nessun esito registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessun inventario registrato.</source>
        <translation>Nessun inventario registrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessun obiettivo definito.</source>
        <translation>Nessun obiettivo definito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna azione definita.</source>
        <translation>Nessuna azione definita.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna chiave registrata.</source>
        <translation>Nessuna chiave registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna lettura registrata.</source>
        <translation>Nessuna lettura registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Nessuna nota nel periodo selezionato.</source>
        <translation>Nessuna nota nel periodo selezionato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Nessuna osservazione.</source>
        <translation>Nessuna osservazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna sintesi inserita.</source>
        <translation>Nessuna sintesi inserita.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna valutazione registrata.</source>
        <translation>Nessuna valutazione registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nessuna verifica registrata.</source>
        <translation>Nessuna verifica registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Nota a «{name}»</source>
        <translation>Nota a «{name}»</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Note estratte</source>
        <translation>Note estratte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Note: {notes}</source>
        <translation>Note: {notes}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Nucleo beneficiario</source>
        <translation>Nucleo beneficiario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivi e azioni</source>
        <translation>Obiettivi e azioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivo</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Obiettivo / azione</source>
        <translation>Obiettivo / azione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Orario</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Osservazioni</source>
        <translation>Osservazioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>Pagina {number} di {total}</source>
        <translation>Pagina {number} di {total}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Patto di accoglienza</source>
        <translation>Patto di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Per copia conforme al diario informatico</source>
        <translation>Per copia conforme al diario informatico</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per il mese di {month} restano da versare {amount}.</source>
        <translation>Per il mese di {month} restano da versare {amount}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Per il periodo indicato non è dovuta alcuna quota di compartecipazione.</source>
        <translation>Per il periodo indicato non è dovuta alcuna quota di compartecipazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per presa visione</source>
        <translation>Per presa visione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Per ricevuta, l'operatore</source>
        <translation>Per ricevuta, l'operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Periodo {start}–{end} · {where}</source>
        <translation>Periodo {start}–{end} · {where}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Premesse</source>
        <translation>Premesse</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Progetto individualizzato</source>
        <translation>Progetto individualizzato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Programmazione FSE</source>
        <translation>Programmazione FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Prossima verifica</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/charts.py"/>
        <source>Punteggio (1–5)</source>
        <translation>Punteggio (1–5)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Q.tà</source>
        <translation>Q.tà</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Quantità</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Quota del mese</source>
        <translation>Quota del mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Quota dovuta</source>
        <translation>Quota dovuta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Quota mensile</source>
        <translation>Quota mensile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Regolamento della casa</source>
        <translation>Regolamento della casa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>Regolamento non allegato.</source>
        <translation>Regolamento non allegato.</translation>
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
        <translation>Report del servizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta di pagamento</source>
        <translation>Ricevuta di pagamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta n.</source>
        <translation>Ricevuta n.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuta n. {number} – caso {code}</source>
        <translation>Ricevuta n. {number} – caso {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Ricevuto da</source>
        <translation>Ricevuto da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Richiami già comunicati</source>
        <translation>Richiami già comunicati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Richiesto da</source>
        <translation>Richiesto da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Riepilogo</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/blocks.py"/>
        <source>Ruolo nel nucleo</source>
        <translation>Ruolo nel nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Scala: {scale}. {note}</source>
        <translation>Scala: {scale}. {note}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Servizio sociale territoriale ed équipe</source>
        <translation>Servizio sociale territoriale ed équipe</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Si dichiara di aver ricevuto da {payer} la somma di {amount} ({method}) a titolo di quota di compartecipazione per il mese di {month}, prevista dal patto di accoglienza firmato il {date}.</source>
        <translation>Si dichiara di aver ricevuto da {payer} la somma di {amount} ({method}) a titolo di quota di compartecipazione per il mese di {month}, prevista dal patto di accoglienza firmato il {date}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Sintesi del progetto</source>
        <translation>Sintesi del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Sollecito di pagamento</source>
        <translation>Sollecito di pagamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Stanza</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/handover.py"/>
        <source>Stato dell'alloggio</source>
        <translation>Stato dell'alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Storico delle verifiche</source>
        <translation>Storico delle verifiche</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Tabella</source>
        <translation>Tabella</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Tipi di nota</source>
        <translation>Tipi di nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Totale</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>Tutti</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Valido dal</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Valore</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Verbale di consegna chiavi</source>
        <translation>Verbale di consegna chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/content.py"/>
        <source>Verbale di riconsegna chiavi</source>
        <translation>Verbale di riconsegna chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica condotta da {name}.</source>
        <translation>Verifica condotta da {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Verifica condotta da {name}. {notes}</source>
        <translation>Verifica condotta da {name}. {notes}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>Versato</source>
        <translation>Versato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>Versione</source>
        <translation>Versione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Voce</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>agosto</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>aprile</source>
        <translation>aprile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/attendance.py"/>
        <source>attività del</source>
        <translation>attività del</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/diary.py"/>
        <source>dal {start} al {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>dicembre</source>
        <translation>dicembre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>domenica</source>
        <translation>domenica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>febbraio</source>
        <translation>febbraio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>gennaio</source>
        <translation>gennaio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>giovedì</source>
        <translation>giovedì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>giugno</source>
        <translation>giugno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'alloggio {code} in {address}</source>
        <translation>l'alloggio {code} in {address}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'alloggio {code} in {address} ({room})</source>
        <translation>l'alloggio {code} in {address} ({room})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>l'ente gestore del servizio</source>
        <translation>l'ente gestore del servizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>luglio</source>
        <translation>luglio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>lunedì</source>
        <translation>lunedì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>maggio</source>
        <translation>maggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>martedì</source>
        <translation>martedì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>marzo</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>mercoledì</source>
        <translation>mercoledì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>novembre</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>ottobre</source>
        <translation>ottobre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/agreement.py"/>
        <source>regolamento v. {version}</source>
        <translation>regolamento v. {version}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>sabato</source>
        <translation>sabato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>settembre</source>
        <translation>settembre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/layout.py"/>
        <source>stampato il</source>
        <translation>stampato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>tutti</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>tutti i Municipi</source>
        <translation>tutti i Municipi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>venerdì</source>
        <translation>venerdì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>versione {number} ({status})</source>
        <translation>versione {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/plan.py"/>
        <source>{date} (registrato da {name})</source>
        <translation>{date} (registrato da {name})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/language.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>{filter} · programmazione {programme}</source>
        <translation>{filter} · programmazione {programme}</translation>
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
        <translation>{name} · {code} · art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>{title} delle quote di compartecipazione – caso {code}</source>
        <translation>{title} delle quote di compartecipazione – caso {code}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/documents/payments.py"/>
        <source>{title} n. {number}</source>
        <translation>{title} n. {number}</translation>
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
        <translation>{title} – caso {code}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source> (interrotto)</source>
        <translation> (interrotto)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>(vuoto)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>, {f} non riusciti</source>
        <translation>, {f} non riusciti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>--days va da 0 a 3650.</source>
        <translation>--days va da 0 a 3650.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>--processes va da 1 a 64.</source>
        <translation>--processes va da 1 a 64.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>--recipient: né una chiave age né un file leggibile: {ref}</source>
        <translation>--recipient: né una chiave age né un file leggibile: {ref}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>1 letto</source>
        <translation>1 letto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>1 posto libero</source>
        <translation>1 posto libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>12 mesi e oltre</source>
        <translation>12 mesi e oltre</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Abbandono</source>
        <translation>Abbandono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Abitare</source>
        <translation>Abitare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Accessibile</source>
        <translation>Accessibile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Accompagnamento all'uscita</source>
        <translation>Accompagnamento all'uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Affitto sul mercato libero</source>
        <translation>Affitto sul mercato libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Aggiornamento del database non riuscito, ripristinato il backup: {err}</source>
        <translation>Aggiornamento del database non riuscito, ripristinato il backup: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al</source>
        <translation>Al</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Al massimo 200 caratteri.</source>
        <translation>Al massimo 200 caratteri.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al massimo {n} caratteri.</source>
        <translation>Al massimo {n} caratteri.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Alloggio</source>
        <translation>Alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Alloggio non trovato.</source>
        <translation>Alloggio non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Alloggio non trovato: {c}.</source>
        <translation>Alloggio non trovato: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Alloggio {apt}</source>
        <translation>Alloggio {apt}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altra situazione</source>
        <translation>Altra situazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altri esiti</source>
        <translation>Altri esiti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altro</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Altro esito</source>
        <translation>Altro esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altro svantaggio</source>
        <translation>Altro svantaggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Ambito non previsto: {d}.</source>
        <translation>Ambito non previsto: {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Amministratore</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Ancora in uso: da conservare</source>
        <translation>Ancora in uso: da conservare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Animali domestici</source>
        <translation>Animali domestici</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Annullata</source>
        <translation>Annullata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Annullato</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Anteprima non pronta.</source>
        <translation>Anteprima non pronta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Aperta</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Aperto il</source>
        <translation>Aperto il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Appuntamento</source>
        <translation>Appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Appuntamento non trovato.</source>
        <translation>Appuntamento non trovato.</translation>
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
        <translation>Ascensore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Assente</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale</source>
        <translation>Assistente sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale (operatore)</source>
        <translation>Assistente sociale (operatore)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Assistente sociale SST</source>
        <translation>Assistente sociale SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Assistente sociale SST – {municipio}</source>
        <translation>Assistente sociale SST – {municipio}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Attenzione</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa media (giorni)</source>
        <translation>Attesa media (giorni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa mediana (giorni)</source>
        <translation>Attesa mediana (giorni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Attestazione ISEE</source>
        <translation>Attestazione ISEE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Attiva prima il percorso del caso {c} per inserirlo.</source>
        <translation>Attiva prima il percorso del caso {c} per inserirlo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Attività di gruppo: appuntamenti non legati a un caso. Incontri con almeno una presenza o assenza segnata nel periodo; ore = presenze × durata dell'incontro.</source>
        <translation>Attività di gruppo: appuntamenti non legati a un caso. Incontri con almeno una presenza o assenza segnata nel periodo; ore = presenze × durata dell'incontro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Attivo</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Autonomia: distanza percorsa</source>
        <translation>Autonomia: distanza percorsa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Azione del progetto</source>
        <translation>Azione del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Azione non trovata.</source>
        <translation>Azione non trovata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>BYSETPOS si usa solo con ripetizioni mensili o annuali.</source>
        <translation>BYSETPOS si usa solo con ripetizioni mensili o annuali.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Beneficiaria</source>
        <translation>Beneficiaria</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Beneficiario</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Beneficiario non trovato ({id}).</source>
        <translation>Beneficiario non trovato ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Beneficiario non trovato.</source>
        <translation>Beneficiario non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bollettino postale</source>
        <translation>Bollettino postale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bonifico bancario</source>
        <translation>Bonifico bancario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Bozza</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cambio di stato del caso</source>
        <translation>Cambio di stato del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Campo obbligatorio.</source>
        <translation>Campo obbligatorio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Campo previsto solo per la mediazione.</source>
        <translation>Campo previsto solo per la mediazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Capofamiglia</source>
        <translation>Capofamiglia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Carta d'identità</source>
        <translation>Carta d'identità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Carta o bancomat (POS)</source>
        <translation>Carta o bancomat (POS)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <location filename="../../rts_desktop/cli/common.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/kernel/fileio.py"/>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Cartella inesistente: {p}.</source>
        <translation>Cartella inesistente: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Casi con data di uscita nel periodo; la quota è sul totale delle uscite.</source>
        <translation>Casi con data di uscita nel periodo; la quota è sul totale delle uscite.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Casi con dati da completare</source>
        <translation>Casi con dati da completare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi con inizio del percorso nel periodo. Progetto condiviso in tempo: entro {n} giorni dall'inizio (prima condivisione di qualsiasi versione).</source>
        <translation>Casi con inizio del percorso nel periodo. Progetto condiviso in tempo: entro {n} giorni dall'inizio (prima condivisione di qualsiasi versione).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Casi con morosità</source>
        <translation>Casi con morosità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati</source>
        <translation>Casi entrati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati nel periodo</source>
        <translation>Casi entrati nel periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Casi segnalati nel periodo; attesa dalla segnalazione all'inizio del percorso, per i percorsi avviati.</source>
        <translation>Casi segnalati nel periodo; attesa dalla segnalazione all'inizio del percorso, per i percorsi avviati.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Caso</source>
        <translation>Caso</translation>
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
        <translation>Caso non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Caso non trovato: {c}.</source>
        <translation>Caso non trovato: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Caso sconosciuto: {c}.</source>
        <translation>Caso sconosciuto: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Categoria ETHOS</source>
        <translation>Categoria ETHOS</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Categoria ETHOS all'ingresso</source>
        <translation>Categoria ETHOS all'ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Chiave del destinatario non valida.</source>
        <translation>Chiave del destinatario non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Chiave di pseudonimizzazione non valida in {p}.</source>
        <translation>Chiave di pseudonimizzazione non valida in {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>Chiave di recupero non valida: controlla di averla copiata tutta.</source>
        <translation>Chiave di recupero non valida: controlla di averla copiata tutta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Chiavi</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Chiavi consegnate all'ingresso: {g}, riconsegnate: {r}. Scrivi in «Quali chiavi» quali mancano e perché.</source>
        <translation>Chiavi consegnate all'ingresso: {g}, riconsegnate: {r}. Scrivi in «Quali chiavi» quali mancano e perché.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Chiusa</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Chiuso il</source>
        <translation>Chiuso il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cittadinanza</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Codice di registrazione del dispositivo non valido.</source>
        <translation>Codice di registrazione del dispositivo non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Codice fiscale</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Codice fiscale non valido.</source>
        <translation>Codice fiscale non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cognome</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Colloquio</source>
        <translation>Colloquio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Colloquio di ingresso</source>
        <translation>Colloquio di ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Commento</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Compila il modello prima di salvare la nota.</source>
        <translation>Compila il modello prima di salvare la nota.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Componente del nucleo</source>
        <translation>Componente del nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Componenti non validi.</source>
        <translation>Componenti non validi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Comunità</source>
        <translation>Comunità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Concluso</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Condivisione</source>
        <translation>Condivisione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Condivisione con il SST</source>
        <translation>Condivisione con il SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condivisione del caso</source>
        <translation>Condivisione del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Condivisione del progetto</source>
        <translation>Condivisione del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Condiviso</source>
        <translation>Condiviso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso con</source>
        <translation>Condiviso con</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso il</source>
        <translation>Condiviso il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Condizione all'ingresso</source>
        <translation>Condizione all'ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condizioni</source>
        <translation>Condizioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Conflitto non trovato o già risolto ({id}).</source>
        <translation>Conflitto non trovato o già risolto ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Coniuge</source>
        <translation>Coniuge</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Consegna</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Consegna chiavi</source>
        <translation>Consegna chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso a foto e video delle attività</source>
        <translation>Consenso a foto e video delle attività</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso al trattamento di dati sanitari e giudiziari</source>
        <translation>Consenso al trattamento di dati sanitari e giudiziari</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso alla condivisione con il servizio sociale</source>
        <translation>Consenso alla condivisione con il servizio sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Consenso da rinnovare</source>
        <translation>Consenso da rinnovare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Conservazione</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Contanti</source>
        <translation>Contanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contatto SST</source>
        <translation>Contatto SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo</source>
        <translation>Contributo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo mensile</source>
        <translation>Contributo mensile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Controllo dopo l'aggiornamento fallito: {err}</source>
        <translation>Controllo dopo l'aggiornamento fallito: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Convivenza e condominio</source>
        <translation>Convivenza e condominio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Coordinatore</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Costo</source>
        <translation>Costo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 3 a 6 mesi</source>
        <translation>Da 3 a 6 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 6 a 12 mesi</source>
        <translation>Da 6 a 12 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Da completare</source>
        <translation>Da completare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Da fare</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Data di fine ripetizione (UNTIL) non valida: {v}.</source>
        <translation>Data di fine ripetizione (UNTIL) non valida: {v}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di inizio</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di nascita</source>
        <translation>Data di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data di nascita non plausibile.</source>
        <translation>Data di nascita non plausibile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di segnalazione</source>
        <translation>Data di segnalazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di uscita</source>
        <translation>Data di uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data e ora non valide.</source>
        <translation>Data e ora non valide.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Data e ora senza fuso orario.</source>
        <translation>Data e ora senza fuso orario.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Data non leggibile: «{text}». Scrivi gg/mm/aaaa, per esempio 25/11/2026.</source>
        <translation>Data non leggibile: «{text}». Scrivi gg/mm/aaaa, per esempio 25/11/2026.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non plausibile: usa una data tra il {a} e il {b}.</source>
        <translation>Data non plausibile: usa una data tra il {a} e il {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non valida.</source>
        <translation>Data non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data obiettivo</source>
        <translation>Data obiettivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Database non trovato: {path} (crealo con 'rts-desktop init').</source>
        <translation>Database non trovato: {path} (crealo con 'rts-desktop init').</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Dati da completare</source>
        <translation>Dati da completare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dati particolari</source>
        <translation>Dati particolari</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Decesso</source>
        <translation>Decesso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Descrivi l'esito del sopralluogo.</source>
        <translation>Descrivi l'esito del sopralluogo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Descrizione</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Destinazione</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Destinazione all'uscita</source>
        <translation>Destinazione all'uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Destinazione ignota</source>
        <translation>Destinazione ignota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Deve essere un testo.</source>
        <translation>Deve essere un testo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Diario</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Dimensione non prevista: usa small o large.</source>
        <translation>Dimensione non prevista: usa small o large.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dimissione</source>
        <translation>Dimissione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Disoccupati + inattivi + occupati</source>
        <translation>Disoccupati + inattivi + occupati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disoccupato</source>
        <translation>Disoccupato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disoccupato di lunga durata</source>
        <translation>Disoccupato di lunga durata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Disponibile</source>
        <translation>Disponibile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Dispositivo destinatario sconosciuto: registralo prima.</source>
        <translation>Dispositivo destinatario sconosciuto: registralo prima.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Dispositivo non trovato ({id}).</source>
        <translation>Dispositivo non trovato ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Dispositivo non trovato o ambiguo: {ref}.</source>
        <translation>Dispositivo non trovato o ambiguo: {ref}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Distanza percorsa per ambito</source>
        <translation>Distanza percorsa per ambito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Documenti e pratiche</source>
        <translation>Documenti e pratiche</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento d'identità</source>
        <translation>Documento d'identità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Documento d'identità (carta d'identità o permesso di soggiorno)</source>
        <translation>Documento d'identità (carta d'identità o permesso di soggiorno)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Documento in scadenza</source>
        <translation>Documento in scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Domande art. 9 poste il</source>
        <translation>Domande art. 9 poste il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Donne</source>
        <translation>Donne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Dormitorio</source>
        <translation>Dormitorio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dovuto</source>
        <translation>Dovuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Dovuto e versato per mese</source>
        <translation>Dovuto e versato per mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Due stanze hanno lo stesso nome.</source>
        <translation>Due stanze hanno lo stesso nome.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Durata (mesi)</source>
        <translation>Durata (mesi)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Durata delle permanenze</source>
        <translation>Durata delle permanenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata media (giorni)</source>
        <translation>Durata media (giorni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata mediana (giorni)</source>
        <translation>Durata mediana (giorni)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ENI</source>
        <translation>ENI</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 1 – Senza tetto: in strada o in spazi pubblici</source>
        <translation>ETHOS 1 – Senza tetto: in strada o in spazi pubblici</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 10 – Sistemazione insicura: minacciata da violenza</source>
        <translation>ETHOS 10 – Sistemazione insicura: minacciata da violenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11 – Sistemazione inadeguata: strutture temporanee o non convenzionali</source>
        <translation>ETHOS 11 – Sistemazione inadeguata: strutture temporanee o non convenzionali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.1 – Sistemazione inadeguata: roulotte o case mobili</source>
        <translation>ETHOS 11.1 – Sistemazione inadeguata: roulotte o case mobili</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.2 – Sistemazione inadeguata: edificio non destinato ad abitazione</source>
        <translation>ETHOS 11.2 – Sistemazione inadeguata: edificio non destinato ad abitazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 11.3 – Sistemazione inadeguata: struttura provvisoria (baracca)</source>
        <translation>ETHOS 11.3 – Sistemazione inadeguata: struttura provvisoria (baracca)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 12 – Sistemazione inadeguata: alloggio inidoneo</source>
        <translation>ETHOS 12 – Sistemazione inadeguata: alloggio inidoneo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 13 – Sistemazione inadeguata: sovraffollamento grave</source>
        <translation>ETHOS 13 – Sistemazione inadeguata: sovraffollamento grave</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 2 – Senza tetto: dormitorio / accoglienza notturna</source>
        <translation>ETHOS 2 – Senza tetto: dormitorio / accoglienza notturna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3 – Senza casa: struttura per persone senza dimora</source>
        <translation>ETHOS 3 – Senza casa: struttura per persone senza dimora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.1 – Senza casa: centro di accoglienza</source>
        <translation>ETHOS 3.1 – Senza casa: centro di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.2 – Senza casa: alloggio temporaneo</source>
        <translation>ETHOS 3.2 – Senza casa: alloggio temporaneo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 3.3 – Senza casa: alloggio temporaneo con accompagnamento</source>
        <translation>ETHOS 3.3 – Senza casa: alloggio temporaneo con accompagnamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 4 – Senza casa: casa rifugio per donne</source>
        <translation>ETHOS 4 – Senza casa: casa rifugio per donne</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5 – Senza casa: accoglienza per migranti</source>
        <translation>ETHOS 5 – Senza casa: accoglienza per migranti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5.1 – Senza casa: centro di accoglienza per richiedenti asilo e migranti</source>
        <translation>ETHOS 5.1 – Senza casa: centro di accoglienza per richiedenti asilo e migranti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 5.2 – Senza casa: alloggio per lavoratori migranti</source>
        <translation>ETHOS 5.2 – Senza casa: alloggio per lavoratori migranti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6 – Senza casa: in uscita da istituzioni</source>
        <translation>ETHOS 6 – Senza casa: in uscita da istituzioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.1 – Senza casa: in uscita dal carcere</source>
        <translation>ETHOS 6.1 – Senza casa: in uscita dal carcere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.2 – Senza casa: in uscita da strutture sanitarie</source>
        <translation>ETHOS 6.2 – Senza casa: in uscita da strutture sanitarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 6.3 – Senza casa: in uscita da comunità per minori</source>
        <translation>ETHOS 6.3 – Senza casa: in uscita da comunità per minori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7 – Senza casa: sostegno di lungo periodo</source>
        <translation>ETHOS 7 – Senza casa: sostegno di lungo periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7.1 – Senza casa: struttura residenziale per anziani senza dimora</source>
        <translation>ETHOS 7.1 – Senza casa: struttura residenziale per anziani senza dimora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 7.2 – Senza casa: alloggio con sostegno per ex senza dimora</source>
        <translation>ETHOS 7.2 – Senza casa: alloggio con sostegno per ex senza dimora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8 – Sistemazione insicura</source>
        <translation>ETHOS 8 – Sistemazione insicura</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.1 – Sistemazione insicura: ospite temporaneo da parenti o amici</source>
        <translation>ETHOS 8.1 – Sistemazione insicura: ospite temporaneo da parenti o amici</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.2 – Sistemazione insicura: senza contratto di locazione</source>
        <translation>ETHOS 8.2 – Sistemazione insicura: senza contratto di locazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 8.3 – Sistemazione insicura: occupazione senza titolo</source>
        <translation>ETHOS 8.3 – Sistemazione insicura: occupazione senza titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9 – Sistemazione insicura: sotto sfratto</source>
        <translation>ETHOS 9 – Sistemazione insicura: sotto sfratto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9.1 – Sistemazione insicura: sfratto esecutivo (affitto)</source>
        <translation>ETHOS 9.1 – Sistemazione insicura: sfratto esecutivo (affitto)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>ETHOS 9.2 – Sistemazione insicura: pignoramento (proprietà)</source>
        <translation>ETHOS 9.2 – Sistemazione insicura: pignoramento (proprietà)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Eccezione di un appuntamento</source>
        <translation>Eccezione di un appuntamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Edilizia residenziale pubblica (ERP)</source>
        <translation>Edilizia residenziale pubblica (ERP)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educatore</source>
        <translation>Educatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Educatore del caso</source>
        <translation>Educatore del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educazione all'abitare</source>
        <translation>Educazione all'abitare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Educazione finanziaria</source>
        <translation>Educazione finanziaria</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminato</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminazione</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esclusione abitativa</source>
        <translation>Esclusione abitativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Esigenze di accessibilità</source>
        <translation>Esigenze di accessibilità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Esiste già un alloggio con codice {c}.</source>
        <translation>Esiste già un alloggio con codice {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste già una bozza del progetto (versione {n}): completa quella.</source>
        <translation>Esiste già una bozza del progetto (versione {n}): completa quella.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Esiste già una valutazione di questa persona in questa data.</source>
        <translation>Esiste già una valutazione di questa persona in questa data.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste una versione più recente (versione {n}): parti da quella.</source>
        <translation>Esiste una versione più recente (versione {n}): parti da quella.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Esiti non validi.</source>
        <translation>Esiti non validi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esito FSE</source>
        <translation>Esito FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito FSE dopo l'uscita</source>
        <translation>Esito FSE dopo l'uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito del percorso</source>
        <translation>Esito del percorso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito della verifica</source>
        <translation>Esito della verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Esito negativo</source>
        <translation>Esito negativo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Età all'ingresso</source>
        <translation>Età all'ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Fatta</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Figlio</source>
        <translation>Figlio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>File del destinatario illeggibile: {ref}</source>
        <translation>File del destinatario illeggibile: {ref}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>File dell'allegato mancante nell'archivio: {p}.</source>
        <translation>File dell'allegato mancante nell'archivio: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>File dell'allegato mancante nell'archivio: {t} (esegui check).</source>
        <translation>File dell'allegato mancante nell'archivio: {t} (esegui check).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password illeggibile: {p}</source>
        <translation>File della password illeggibile: {p}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password troppo grande.</source>
        <translation>File della password troppo grande.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi con parametri non ammessi.</source>
        <translation>File delle chiavi con parametri non ammessi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi danneggiato.</source>
        <translation>File delle chiavi danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi di una versione sconosciuta: {p}.</source>
        <translation>File delle chiavi di una versione sconosciuta: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi illeggibile: {p}.</source>
        <translation>File delle chiavi illeggibile: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi mancante: {p} (va tenuto accanto al database).</source>
        <translation>File delle chiavi mancante: {p} (va tenuto accanto al database).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>File di backup non trovato: {path}</source>
        <translation>File di backup non trovato: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>File non trovato.</source>
        <translation>File non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>File non trovato: {path}.</source>
        <translation>File non trovato: {path}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine effettiva</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Fine inserimento</source>
        <translation>Fine inserimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine prevista</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Fino a 3 mesi</source>
        <translation>Fino a 3 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Firma del pacchetto non valida: è stato alterato o non viene da {name}.</source>
        <translation>Firma del pacchetto non valida: è stato alterato o non viene da {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Firmato il</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Follow-up a 6 mesi</source>
        <translation>Follow-up a 6 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up previsto</source>
        <translation>Follow-up previsto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up svolto</source>
        <translation>Follow-up svolto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Formato non previsto: usa .xlsx, .csv o .pdf.</source>
        <translation>Formato non previsto: usa .xlsx, .csv o .pdf.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Fratello</source>
        <translation>Fratello</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Frequenza non ammessa: usa giornaliera, settimanale, mensile o annuale.</source>
        <translation>Frequenza non ammessa: usa giornaliera, settimanale, mensile o annuale.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Fuori servizio</source>
        <translation>Fuori servizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Genere</source>
        <translation>Genere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Genere non indicato</source>
        <translation>Genere non indicato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Genitore</source>
        <translation>Genitore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Gestione del denaro</source>
        <translation>Gestione del denaro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Giustificato</source>
        <translation>Giustificato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Gruppo di esito</source>
        <translation>Gruppo di esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Guasto</source>
        <translation>Guasto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ha ottenuto una qualifica</source>
        <translation>Ha ottenuto una qualifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ha un lavoro (anche autonomo)</source>
        <translation>Ha un lavoro (anche autonomo)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Housing sociale</source>
        <translation>Housing sociale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>I dati di questa persona sono già stati cancellati.</source>
        <translation>I dati di questa persona sono già stati cancellati.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>I mesi senza lavoro si indicano solo per chi è disoccupato.</source>
        <translation>I mesi senza lavoro si indicano solo per chi è disoccupato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>ISCED</source>
        <translation>ISCED</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il CAP è di cinque cifre.</source>
        <translation>Il CAP è di cinque cifre.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Il CSV contiene un report solo: scegli Excel o PDF.</source>
        <translation>Il CSV contiene un report solo: scegli Excel o PDF.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il Municipio va da 1 a 9.</source>
        <translation>Il Municipio va da 1 a 9.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il backup da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_dump.</source>
        <translation>Il backup da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_dump.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} non si apre con questa chiave.</source>
        <translation>Il backup {path} non si apre con questa chiave.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} è cifrato (o non è un database): serve la chiave.</source>
        <translation>Il backup {path} è cifrato (o non è un database): serve la chiave.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup è danneggiato: {err}</source>
        <translation>Il backup è danneggiato: {err}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>Il backup è danneggiato: {name}</source>
        <translation>Il backup è danneggiato: {name}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>Il beneficiario</source>
        <translation>Il beneficiario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso del nucleo è concluso: i componenti si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation>Il caso del nucleo è concluso: i componenti si possono solo consultare. Per modificarli, riapri il caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha un progetto condiviso da stampare.</source>
        <translation>Il caso {c} non ha un progetto condiviso da stampare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha una versione {n} del progetto.</source>
        <translation>Il caso {c} non ha una versione {n} del progetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation>Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il caso è concluso: non si apre una nuova versione del progetto.</source>
        <translation>Il caso è concluso: non si apre una nuova versione del progetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il caso è concluso: patto, quote e richiami non si modificano più. Per registrare altro, riapri il caso.</source>
        <translation>Il caso è concluso: patto, quote e richiami non si modificano più. Per registrare altro, riapri il caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Il caso è già condiviso con questo operatore.</source>
        <translation>Il caso è già condiviso con questo operatore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita a {code}, non a {given}.</source>
        <translation>Il codice fiscale indica nascita a {code}, non a {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita il {code}, non il {given}.</source>
        <translation>Il codice fiscale indica nascita il {code}, non il {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita in {code}, non a {given}.</source>
        <translation>Il codice fiscale indica nascita in {code}, non a {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica sesso {code}, non {given}.</source>
        <translation>Il codice fiscale indica sesso {code}, non {given}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Il consenso è già stato revocato.</source>
        <translation>Il consenso è già stato revocato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto non è un archivio valido.</source>
        <translation>Il contenuto del pacchetto non è un archivio valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto è danneggiato.</source>
        <translation>Il contenuto del pacchetto è danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il database contiene già dei dati: i dati dimostrativi vanno in un database vuoto.</source>
        <translation>Il database contiene già dei dati: i dati dimostrativi vanno in un database vuoto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/demo/small.py"/>
        <source>Il database contiene già dei dati: usa un database nuovo per la demo.</source>
        <translation>Il database contiene già dei dati: usa un database nuovo per la demo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non si apre con questa chiave: la chiave è errata oppure il file è danneggiato o non è di RTS Desktop (usa 'rts-desktop restore').</source>
        <translation>Il database {path} non si apre con questa chiave: la chiave è errata oppure il file è danneggiato o non è di RTS Desktop (usa 'rts-desktop restore').</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non è cifrato: va prima convertito.</source>
        <translation>Il database {path} non è cifrato: va prima convertito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è danneggiato ({err}); usa 'rts-desktop restore'.</source>
        <translation>Il database {path} è danneggiato ({err}); usa 'rts-desktop restore'.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>Il database {path} è in uso: chiudi RTS Desktop e riprova.</source>
        <translation>Il database {path} è in uso: chiudi RTS Desktop e riprova.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è stato creato da una versione più recente di RTS Desktop (revisione {rev}): aggiorna l'applicazione.</source>
        <translation>Il database {path} è stato creato da una versione più recente di RTS Desktop (revisione {rev}): aggiorna l'applicazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} esiste già.</source>
        <translation>Il database {p} esiste già.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} non è ancora cifrato: proteggilo con 'rts-desktop init --db {p}' (crea l'amministratore).</source>
        <translation>Il database {p} non è ancora cifrato: proteggilo con 'rts-desktop init --db {p}' (crea l'amministratore).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Il database è occupato da un altro salvataggio: riprova tra qualche secondo.</source>
        <translation>Il database è occupato da un altro salvataggio: riprova tra qualche secondo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo destinatario non ha i dati iniziali: prepara per lui un pacchetto completo (snapshot).</source>
        <translation>Il dispositivo destinatario non ha i dati iniziali: prepara per lui un pacchetto completo (snapshot).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il dispositivo usa la stessa serie di codici ({series}) di «{name}»: sul dispositivo da registrare scegli una nuova serie (rts-desktop devices new-series) e ripeti la registrazione.</source>
        <translation>Il dispositivo usa la stessa serie di codici ({series}) di «{name}»: sul dispositivo da registrare scegli una nuova serie (rts-desktop devices new-series) e ripeti la registrazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo {name} è revocato.</source>
        <translation>Il dispositivo {name} è revocato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il dispositivo è già registrato con chiavi diverse: revocalo prima.</source>
        <translation>Il dispositivo è già registrato con chiavi diverse: revocalo prima.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il file changes.jsonl non è testo UTF-8.</source>
        <translation>Il file changes.jsonl non è testo UTF-8.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Il file della password è vuoto.</source>
        <translation>Il file della password è vuoto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il file di backup non è un database RTS: {path}</source>
        <translation>Il file di backup non è un database RTS: {path}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file non è ancora disponibile su questo dispositivo: attendi la sincronizzazione.</source>
        <translation>Il file non è ancora disponibile su questo dispositivo: attendi la sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato.</source>
        <translation>Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file supera il limite di {n} MB.</source>
        <translation>Il file supera il limite di {n} MB.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file {name!r} del pacchetto non corrisponde al manifest (alterato).</source>
        <translation>Il file {name!r} del pacchetto non corrisponde al manifest (alterato).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il file {path} esiste già.</source>
        <translation>Il file {path} esiste già.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il file {ref} non contiene chiavi age valide.</source>
        <translation>Il file {ref} non contiene chiavi age valide.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file è vuoto.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation>Il follow-up si registra sui casi conclusi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il manifest del pacchetto non è leggibile.</source>
        <translation>Il manifest del pacchetto non è leggibile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il manifest del pacchetto è troppo grande (al massimo {n} MiB).</source>
        <translation>Il manifest del pacchetto è troppo grande (al massimo {n} MiB).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Il nome utente {u} esiste già nel pacchetto completo per un'altra persona: rinomina l'operatore di questo portatile e riprova.</source>
        <translation>Il nome utente {u} esiste già nel pacchetto completo per un'altra persona: rinomina l'operatore di questo portatile e riprova.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo deve avere almeno una persona.</source>
        <translation>Il nucleo deve avere almeno una persona.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo di un caso non si cambia: apri un nuovo caso.</source>
        <translation>Il nucleo di un caso non si cambia: apri un nuovo caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo ha già un capofamiglia.</source>
        <translation>Il nucleo ha già un capofamiglia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo risulta ancora inserito in alloggio: registra prima l'uscita.</source>
        <translation>Il nucleo risulta ancora inserito in alloggio: registra prima l'uscita.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già entrato il {d} (chiavi consegnate): l'inserimento non si può annullare, registra invece l'uscita.</source>
        <translation>Il nucleo è già entrato il {d} (chiavi consegnate): l'inserimento non si può annullare, registra invece l'uscita.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già in questa stanza.</source>
        <translation>Il nucleo è già in questa stanza.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/pending.py"/>
        <source>Il numero di giorni non può essere negativo.</source>
        <translation>Il numero di giorni non può essere negativo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene due volte lo stesso file: {name!r}.</source>
        <translation>Il pacchetto contiene due volte lo stesso file: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche di questo portatile che non conosce: il database potrebbe essere stato ripristinato da un backup vecchio.</source>
        <translation>Il pacchetto contiene modifiche di questo portatile che non conosce: il database potrebbe essere stato ripristinato da un backup vecchio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche incoerenti con quelle già presenti (dispositivo {dev}, n. {seq}).</source>
        <translation>Il pacchetto contiene modifiche incoerenti con quelle già presenti (dispositivo {dev}, n. {seq}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene troppi file ({n}).</source>
        <translation>Il pacchetto contiene troppi file ({n}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un collegamento o una cartella: {name!r}.</source>
        <translation>Il pacchetto contiene un collegamento o una cartella: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file cifrato non previsto.</source>
        <translation>Il pacchetto contiene un file cifrato non previsto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file non elencato nel manifest: {name!r}.</source>
        <translation>Il pacchetto contiene un file non elencato nel manifest: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto contiene un file non previsto: {name!r}.</source>
        <translation>Il pacchetto contiene un file non previsto: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file troppo grande.</source>
        <translation>Il pacchetto contiene un file troppo grande.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un nome di file pericoloso: {name!r}.</source>
        <translation>Il pacchetto contiene un nome di file pericoloso: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto fa riferimento a un record che questo portatile non ha ({table} {id}).</source>
        <translation>Il pacchetto fa riferimento a un record che questo portatile non ha ({table} {id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto ha un rapporto di compressione sospetto.</source>
        <translation>Il pacchetto ha un rapporto di compressione sospetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non ha un manifest firmato.</source>
        <translation>Il pacchetto non ha un manifest firmato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non è destinato a questo portatile (chiave di cifratura diversa).</source>
        <translation>Il pacchetto non è destinato a questo portatile (chiave di cifratura diversa).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password richiederebbe troppa memoria per essere aperto (scrypt 2^{n}): preparalo per il dispositivo destinatario (senza password).</source>
        <translation>Il pacchetto protetto da password richiederebbe troppa memoria per essere aperto (scrypt 2^{n}): preparalo per il dispositivo destinatario (senza password).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password supera {n} MiB, il massimo per questo tipo di pacchetto: preparalo per il dispositivo destinatario (senza password).</source>
        <translation>Il pacchetto protetto da password supera {n} MiB, il massimo per questo tipo di pacchetto: preparalo per il dispositivo destinatario (senza password).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto supera i limiti di dimensione (zip bomb?).</source>
        <translation>Il pacchetto supera i limiti di dimensione (zip bomb?).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto usa una compressione non supportata.</source>
        <translation>Il pacchetto usa una compressione non supportata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione più recente di RTS Desktop: aggiorna l'applicazione alla versione ≥ {app} (il file non è stato modificato).</source>
        <translation>Il pacchetto viene da una versione più recente di RTS Desktop: aggiorna l'applicazione alla versione ≥ {app} (il file non è stato modificato).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione troppo vecchia di RTS Desktop.</source>
        <translation>Il pacchetto viene da una versione troppo vecchia di RTS Desktop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.</source>
        <translation>Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è destinato a un altro dispositivo: rifiutato (pacchetto destinato a un altro dispositivo).</source>
        <translation>Il pacchetto è destinato a un altro dispositivo: rifiutato (pacchetto destinato a un altro dispositivo).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è protetto da password: indicala per importarlo.</source>
        <translation>Il pacchetto è protetto da password: indicala per importarlo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è scaduto il {date}: chiedine uno nuovo.</source>
        <translation>Il pacchetto è scaduto il {date}: chiedine uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è troppo grande.</source>
        <translation>Il pacchetto è troppo grande.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è concluso: non si può più inserire.</source>
        <translation>Il percorso del caso {c} è concluso: non si può più inserire.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è sospeso: riprendilo prima di inserirlo.</source>
        <translation>Il percorso del caso {c} è sospeso: riprendilo prima di inserirlo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>Il periodo da esportare non può superare i 10 anni.</source>
        <translation>Il periodo da esportare non può superare i 10 anni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il periodo può essere lungo al più vent'anni.</source>
        <translation>Il periodo può essere lungo al più vent'anni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Il primo appuntamento della ripetizione cadrebbe il {d:%d/%m/%Y} alle {d:%H:%M}, non nel giorno scelto: scegli tra i giorni della ripetizione anche quello dell'appuntamento.</source>
        <translation>Il primo appuntamento della ripetizione cadrebbe il {d:%d/%m/%Y} alle {d:%H:%M}, non nel giorno scelto: scegli tra i giorni della ripetizione anche quello dell'appuntamento.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il progetto deve avere almeno un obiettivo per essere condiviso.</source>
        <translation>Il progetto deve avere almeno un obiettivo per essere condiviso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Il progetto è già stato condiviso con i servizi sociali e non si può modificare: crea una nuova versione.</source>
        <translation>Il progetto è già stato condiviso con i servizi sociali e non si può modificare: crea una nuova versione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record del conflitto non esiste più.</source>
        <translation>Il record del conflitto non esiste più.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record è ancora collegato ad altri dati ({table}): non si può eliminare.</source>
        <translation>Il record è ancora collegato ad altri dati ({table}): non si può eliminare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Il record è stato modificato da qualcun altro nel frattempo.</source>
        <translation>Il record è stato modificato da qualcun altro nel frattempo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.</source>
        <translation>Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il registro del pacchetto completo non è valido.</source>
        <translation>Il registro del pacchetto completo non è valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il richiamo non può precedere la firma del patto ({d:%d/%m/%Y}).</source>
        <translation>Il richiamo non può precedere la firma del patto ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il ripristino da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_restore.</source>
        <translation>Il ripristino da riga di comando è per i database SQLite: per un server PostgreSQL usa pg_restore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il server usa i codici senza serie: non ne ha una.</source>
        <translation>Il server usa i codici senza serie: non ne ha una.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Il testo non è cambiato.</source>
        <translation>Il testo non è cambiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Il testo {what}.</source>
        <translation>Il testo {what}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/access.py"/>
        <source>Il tuo ruolo non consente questa operazione.</source>
        <translation>Il tuo ruolo non consente questa operazione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il {d:%d/%m/%Y} l'alloggio {c} ha un inserimento: non può essere «{s}».</source>
        <translation>Il {d:%d/%m/%Y} l'alloggio {c} ha un inserimento: non può essere «{s}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} il nucleo è già inserito nell'alloggio {c}, stanza «{r}»: non può stare in due posti.</source>
        <translation>Il {d} il nucleo è già inserito nell'alloggio {c}, stanza «{r}»: non può stare in due posti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} l'alloggio {c} è «{s}»: non può ospitare nessuno.</source>
        <translation>Il {d} l'alloggio {c} è «{s}»: non può ospitare nessuno.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Immagini</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Importazione completata.</source>
        <translation>Importazione completata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Importo non valido (es. 120,50).</source>
        <translation>Importo non valido (es. 120,50).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Importo non valido: scrivi ad esempio 12,50.</source>
        <translation>Importo non valido: scrivi ad esempio 12,50.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Importo troppo alto: per questo mese si possono registrare al massimo {e}.</source>
        <translation>Importo troppo alto: per questo mese si possono registrare al massimo {e}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Impossibile salvare l'immagine {path}.</source>
        <translation>Impossibile salvare l'immagine {path}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <source>Impronta non valida.</source>
        <translation>Impronta non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In cerca di lavoro</source>
        <translation>In cerca di lavoro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In corso</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In istruzione o formazione</source>
        <translation>In istruzione o formazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>In quella data la persona non faceva parte del nucleo.</source>
        <translation>In quella data la persona non faceva parte del nucleo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>In ristrutturazione</source>
        <translation>In ristrutturazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>In valutazione</source>
        <translation>In valutazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Inattivo</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Incaricato</source>
        <translation>Incaricato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Incompatibilità</source>
        <translation>Incompatibilità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Incontri</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica --for-device DISPOSITIVO oppure --snapshot.</source>
        <translation>Indica --for-device DISPOSITIVO oppure --snapshot.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Indica --out FILE (o --json per le sole cifre).</source>
        <translation>Indica --out FILE (o --json per le sole cifre).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Indica almeno un destinatario o una password per il pacchetto.</source>
        <translation>Indica almeno un destinatario o una password per il pacchetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Indica almeno un punteggio.</source>
        <translation>Indica almeno un punteggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Indica almeno una stanza con i suoi letti.</source>
        <translation>Indica almeno una stanza con i suoi letti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Indica data e ora.</source>
        <translation>Indica data e ora.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il caso o la persona a cui appartiene.</source>
        <translation>Indica il caso o la persona a cui appartiene.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Indica il destinatario (dispositivo registrato) o una password.</source>
        <translation>Indica il destinatario (dispositivo registrato) o una password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Indica il motivo della cancellazione (--reason).</source>
        <translation>Indica il motivo della cancellazione (--reason).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il nome del file.</source>
        <translation>Indica il nome del file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica il numero di ripetizioni oppure la data di fine, non entrambi.</source>
        <translation>Indica il numero di ripetizioni oppure la data di fine, non entrambi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Indica quando sono state poste le domande sui dati particolari.</source>
        <translation>Indica quando sono state poste le domande sui dati particolari.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Indica un capofamiglia.</source>
        <translation>Indica un capofamiglia.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica un solo dispositivo destinatario.</source>
        <translation>Indica un solo dispositivo destinatario.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Indica una data.</source>
        <translation>Indica una data.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica una sola regola RRULE (senza EXDATE o altre righe).</source>
        <translation>Indica una sola regola RRULE (senza EXDATE o altre righe).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indicatore</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Indicatori</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Indicatori FSE dei partecipanti</source>
        <translation>Indicatori FSE dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Indirizzo e-mail non valido.</source>
        <translation>Indirizzo e-mail non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Informativa</source>
        <translation>Informativa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Informativa privacy consegnata</source>
        <translation>Informativa privacy consegnata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Ingresso</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inizio</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inserimento</source>
        <translation>Inserimento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Inserimento non trovato.</source>
        <translation>Inserimento non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Intero record</source>
        <translation>Intero record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Intervallo di ripetizione tra 1 e 366.</source>
        <translation>Intervallo di ripetizione tra 1 e 366.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inventario</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inviante</source>
        <translation>Inviante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Istituto</source>
        <translation>Istituto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>L'allegato {name!r} non corrisponde alla sua impronta.</source>
        <translation>L'allegato {name!r} non corrisponde alla sua impronta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} non corrisponde alla sua impronta.</source>
        <translation>L'allegato {sha} non corrisponde alla sua impronta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non si decifra: chiave errata o file danneggiato.</source>
        <translation>L'allegato {sha} non si decifra: chiave errata o file danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non è cifrato o è danneggiato.</source>
        <translation>L'allegato {sha} non è cifrato o è danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} è cifrato: serve la chiave.</source>
        <translation>L'allegato {sha} è cifrato: serve la chiave.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>L'alloggio ha già una stanza «{n}».</source>
        <translation>L'alloggio ha già una stanza «{n}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>L'appuntamento è annullato.</source>
        <translation>L'appuntamento è annullato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>L'educatore è già assegnato al caso.</source>
        <translation>L'educatore è già assegnato al caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>L'elenco dei partecipanti si esporta in .csv.</source>
        <translation>L'elenco dei partecipanti si esporta in .csv.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'ingresso deve precedere la fine prevista.</source>
        <translation>L'ingresso deve precedere la fine prevista.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'ingresso non può seguire l'uscita ({d:%d/%m/%Y}).</source>
        <translation>L'ingresso non può seguire l'uscita ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento continua lo spostamento del {d} nello stesso alloggio: non si può annullare.</source>
        <translation>L'inserimento continua lo spostamento del {d} nello stesso alloggio: non si può annullare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento deve finire entro la conclusione del percorso ({d}).</source>
        <translation>L'inserimento deve finire entro la conclusione del percorso ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>L'inserimento non appartiene al caso.</source>
        <translation>L'inserimento non appartiene al caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento non può iniziare prima dell'avvio del percorso ({d}).</source>
        <translation>L'inserimento non può iniziare prima dell'avvio del percorso ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>L'inserimento non è in questo alloggio.</source>
        <translation>L'inserimento non è in questo alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è già concluso ({d}).</source>
        <translation>L'inserimento è già concluso ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è iniziato il {d}: non si può più annullare. Se il nucleo non è mai entrato, registra l'uscita.</source>
        <translation>L'inserimento è iniziato il {d}: non si può più annullare. Se il nucleo non è mai entrato, registra l'uscita.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>L'obiettivo non appartiene a questo progetto.</source>
        <translation>L'obiettivo non appartiene a questo progetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>L'operatore</source>
        <translation>L'operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore non è più attivo.</source>
        <translation>L'operatore non è più attivo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore scelto non è un'assistente sociale.</source>
        <translation>L'operatore scelto non è un'assistente sociale.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>L'operatore {u} è disattivato.</source>
        <translation>L'operatore {u} è disattivato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>L'ordine deve elencare ogni obiettivo una volta.</source>
        <translation>L'ordine deve elencare ogni obiettivo una volta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'uscita deve seguire l'inizio dell'inserimento ({d}).</source>
        <translation>L'uscita deve seguire l'inizio dell'inserimento ({d}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'uscita non può precedere l'ingresso ({d:%d/%m/%Y}).</source>
        <translation>L'uscita non può precedere l'ingresso ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>La cartella esiste e non è vuota: {p}.</source>
        <translation>La cartella esiste e non è vuota: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>La chiave di recupero non apre questo database.</source>
        <translation>La chiave di recupero non apre questo database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La chiusura non può precedere l'apertura ({d:%d/%m/%Y}).</source>
        <translation>La chiusura non può precedere l'apertura ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La condivisione è già terminata.</source>
        <translation>La condivisione è già terminata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>La copia cifrata di {path} non corrisponde all'originale: niente è cambiato.</source>
        <translation>La copia cifrata di {path} non corrisponde all'originale: niente è cambiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La data di fine non può essere nel passato.</source>
        <translation>La data di fine non può essere nel passato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data finale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation>La data finale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>La data finale precede quella iniziale.</source>
        <translation>La data finale precede quella iniziale.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data iniziale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation>La data iniziale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La data non può essere futura.</source>
        <translation>La data non può essere futura.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data non può essere nel futuro.</source>
        <translation>La data non può essere nel futuro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>La data non può precedere quella di inizio.</source>
        <translation>La data non può precedere quella di inizio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'assegnazione attuale.</source>
        <translation>La data precede l'assegnazione attuale.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'ultimo cambio di stato ({d:%d/%m/%Y}).</source>
        <translation>La data precede l'ultimo cambio di stato ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La data precede la condivisione della versione in vigore ({d:%d/%m/%Y}).</source>
        <translation>La data precede la condivisione della versione in vigore ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>La data precede la segnalazione ({d:%d/%m/%Y}).</source>
        <translation>La data precede la segnalazione ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La data precede la segnalazione del caso ({d:%d/%m/%Y}).</source>
        <translation>La data precede la segnalazione del caso ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>La data {day:02d}/{month:02d}/{year} non esiste.</source>
        <translation>La data {day:02d}/{month:02d}/{year} non esiste.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>La fine del periodo precede l'inizio.</source>
        <translation>La fine del periodo precede l'inizio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation>La fine deve essere successiva all'inizio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>La nota è già stata corretta: correggi la versione più recente.</source>
        <translation>La nota è già stata corretta: correggi la versione più recente.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password attuale non è corretta.</source>
        <translation>La password attuale non è corretta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>La password deve avere almeno 8 caratteri.</source>
        <translation>La password deve avere almeno 8 caratteri.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password deve avere almeno {n} caratteri.</source>
        <translation>La password deve avere almeno {n} caratteri.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>La password di {u} non apre questo backup.</source>
        <translation>La password di {u} non apre questo backup.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password non può iniziare o finire con spazi.</source>
        <translation>La password non può iniziare o finire con spazi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona fa già parte del nucleo.</source>
        <translation>La persona fa già parte del nucleo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La persona non fa parte del nucleo del caso.</source>
        <translation>La persona non fa parte del nucleo del caso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>La persona non partecipa a questo appuntamento.</source>
        <translation>La persona non partecipa a questo appuntamento.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona è già uscita dal nucleo.</source>
        <translation>La persona è già uscita dal nucleo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La proroga deve spostare la fine oltre il {d}.</source>
        <translation>La proroga deve spostare la fine oltre il {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La prossima verifica va fissata dopo questa.</source>
        <translation>La prossima verifica va fissata dopo questa.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>La regola non produce alcuna ripetizione.</source>
        <translation>La regola non produce alcuna ripetizione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La revoca non può precedere il consenso.</source>
        <translation>La revoca non può precedere il consenso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>La ricevuta n. {n} è già stata registrata (pagamento del {d:%d/%m/%Y}).</source>
        <translation>La ricevuta n. {n} è già stata registrata (pagamento del {d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La scadenza deve seguire la data del consenso.</source>
        <translation>La scadenza deve seguire la data del consenso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La segnalazione è già chiusa.</source>
        <translation>La segnalazione è già chiusa.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza non appartiene all'alloggio scelto.</source>
        <translation>La stanza non appartiene all'alloggio scelto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La stanza non è in questo alloggio.</source>
        <translation>La stanza non è in questo alloggio.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>La stanza «{r}» il {d:%d/%m/%Y} ha {n} posti occupati: non può avere solo {b} letti.</source>
        <translation>La stanza «{r}» il {d:%d/%m/%Y} ha {n} posti occupati: non può avere solo {b} letti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza «{r}» sarebbe oltre la capienza il {d} ({n} posti su {b}).</source>
        <translation>La stanza «{r}» sarebbe oltre la capienza il {d} ({n} posti su {b}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La verifica non può precedere la condivisione del progetto ({d:%d/%m/%Y}).</source>
        <translation>La verifica non può precedere la condivisione del progetto ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La verifica va fissata dopo la data di condivisione.</source>
        <translation>La verifica va fissata dopo la data di condivisione.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Lavoro</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Lavoro e formazione</source>
        <translation>Lavoro e formazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Le chiavi di questo inserimento sono già consegnate.</source>
        <translation>Le chiavi di questo inserimento sono già consegnate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Le verifiche si registrano sul progetto condiviso in vigore.</source>
        <translation>Le verifiche si registrano sul progetto condiviso in vigore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Libera</source>
        <translation>Libera</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Libero</source>
        <translation>Libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Lingue</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Lo spostamento deve cadere tra il {a} e il {b} esclusi.</source>
        <translation>Lo spostamento deve cadere tra il {a} e il {b} esclusi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo di nascita</source>
        <translation>Luogo di nascita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Manca un file del pacchetto: {name!r}.</source>
        <translation>Manca un file del pacchetto: {name!r}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Mancato rispetto del patto</source>
        <translation>Mancato rispetto del patto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Manutenzione</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Mediazione</source>
        <translation>Mediazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Mese</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Mesi non saldati</source>
        <translation>Mesi non saldati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Mesi senza lavoro</source>
        <translation>Mesi senza lavoro</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Minoranza</source>
        <translation>Minoranza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Minoranza (comprese le comunità emarginate come i Rom)</source>
        <translation>Minoranza (comprese le comunità emarginate come i Rom)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Minori nel nucleo</source>
        <translation>Minori nel nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modifica</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modificato (da conservare)</source>
        <translation>Modificato (da conservare)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Modificato da qualcun altro alle {time}.</source>
        <translation>Modificato da qualcun altro alle {time}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>Modificato da {name} alle {time}.</source>
        <translation>Modificato da {name} alle {time}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità</source>
        <translation>Morosità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità per caso</source>
        <translation>Morosità per caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo dell'uscita</source>
        <translation>Motivo dell'uscita</translation>
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
        <translation>Municipio SST</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Municipio del SST</source>
        <translation>Municipio del SST</translation>
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
        <translation>Nessun cambiamento</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/shots.py"/>
        <source>Nessun caso attivo nel database.</source>
        <translation>Nessun caso attivo nel database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun database da proteggere in {u}.</source>
        <translation>Nessun database da proteggere in {u}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun operatore collegato.</source>
        <translation>Nessun operatore collegato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Nessun progetto condiviso nel database.</source>
        <translation>Nessun progetto condiviso nel database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun report da esportare.</source>
        <translation>Nessun report da esportare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>Nessuna ripetizione dell'appuntamento inizia a quell'ora.</source>
        <translation>Nessuna ripetizione dell'appuntamento inizia a quell'ora.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome e cognome</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome utente</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Nome utente già in uso.</source>
        <translation>Nome utente già in uso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nome utente o password errati.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Non binari</source>
        <translation>Non binari</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Non ci sono quote arretrate: non c'è nessun sollecito da stampare.</source>
        <translation>Non ci sono quote arretrate: non c'è nessun sollecito da stampare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicata</source>
        <translation>Non indicata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicato</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Non puoi revocare questo stesso portatile.</source>
        <translation>Non puoi revocare questo stesso portatile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Non raggiunto</source>
        <translation>Non raggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Non riesco a leggere la chiave di recupero da {p}.</source>
        <translation>Non riesco a leggere la chiave di recupero da {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Non risponde</source>
        <translation>Non risponde</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Non si può passare da «{a}» a «{b}».</source>
        <translation>Non si può passare da «{a}» a «{b}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota di diario</source>
        <translation>Nota di diario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Nota senza punteggio per l'ambito {d}.</source>
        <translation>Nota senza punteggio per l'ambito {d}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note di follow-up</source>
        <translation>Note di follow-up</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note giudiziarie</source>
        <translation>Note giudiziarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sanitarie</source>
        <translation>Note sanitarie</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sulle chiavi</source>
        <translation>Note sulle chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nucleo</source>
        <translation>Nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora</source>
        <translation>Nucleo in cui nessuno lavora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora, con figli a carico</source>
        <translation>Nucleo in cui nessuno lavora, con figli a carico</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>Nucleo non trovato ({id}).</source>
        <translation>Nucleo non trovato ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Nucleo non trovato.</source>
        <translation>Nucleo non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero</source>
        <translation>Numero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero di chiavi</source>
        <translation>Numero di chiavi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Numero di ripetizioni tra 1 e {n}.</source>
        <translation>Numero di ripetizioni tra 1 e {n}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Numero di telefono non valido.</source>
        <translation>Numero di telefono non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nuova fine</source>
        <translation>Nuova fine</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Obiettivo</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Obiettivo non trovato.</source>
        <translation>Obiettivo non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Occupato</source>
        <translation>Occupato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per alloggio</source>
        <translation>Occupazione per alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per mese</source>
        <translation>Occupazione per mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Operatore</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Operatore non trovato.</source>
        <translation>Operatore non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Operatore non trovato: {n}.</source>
        <translation>Operatore non trovato: {n}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Operatore non trovato: {o}.</source>
        <translation>Operatore non trovato: {o}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Operatore sconosciuto: {u}.</source>
        <translation>Operatore sconosciuto: {u}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/progress.py"/>
        <source>Operazione annullata.</source>
        <translation>Operazione annullata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante</source>
        <translation>Ore-partecipante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante per area</source>
        <translation>Ore-partecipante per area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo non registrato ({name}): registralo prima di importare.</source>
        <translation>Pacchetto di un dispositivo non registrato ({name}): registralo prima di importare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo revocato ({name}): rifiutato.</source>
        <translation>Pacchetto di un dispositivo revocato ({name}): rifiutato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Pacchetto pronto.</source>
        <translation>Pacchetto pronto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto rifiutato: riga {n} di {member}, tabella {table}, campo {field}, record {record}: {message}</source>
        <translation>Pacchetto rifiutato: riga {n} di {member}, tabella {table}, campo {field}, record {record}: {message}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Pacchetto rifiutato: un suo dato viola una regola del database ({what}); nessuna modifica è stata fatta.</source>
        <translation>Pacchetto rifiutato: un suo dato viola una regola del database ({what}); nessuna modifica è stata fatta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto {file} di {origin} rifiutato: il suo orologio è avanti di {h} ore rispetto a questo portatile (al massimo {max}). Controlla data e ora del portatile che lo ha preparato.</source>
        <translation>Pacchetto {file} di {origin} rifiutato: il suo orologio è avanti di {h} ore rispetto a questo portatile (al massimo {max}). Controlla data e ora del portatile che lo ha preparato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Pagamento della quota</source>
        <translation>Pagamento della quota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Pagamento non trovato.</source>
        <translation>Pagamento non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Parte della regola non supportata: {k}.</source>
        <translation>Parte della regola non supportata: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Partecipante</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Partecipanti (pseudonimizzati)</source>
        <translation>Partecipanti (pseudonimizzati)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti entrati nel periodo</source>
        <translation>Partecipanti entrati nel periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti non conteggiabili (dati mancanti)</source>
        <translation>Partecipanti non conteggiabili (dati mancanti)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipanti presenti</source>
        <translation>Partecipanti presenti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti usciti nel periodo</source>
        <translation>Partecipanti usciti nel periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Partecipazione alle attività di gruppo</source>
        <translation>Partecipazione alle attività di gruppo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipazione per area</source>
        <translation>Partecipazione per area</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato</source>
        <translation>Parzialmente occupato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato ({p})</source>
        <translation>Parzialmente occupato ({p})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Parzialmente raggiunto</source>
        <translation>Parzialmente raggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Passaporto</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Password del pacchetto errata (o pacchetto danneggiato).</source>
        <translation>Password del pacchetto errata (o pacchetto danneggiato).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Password errata.</source>
        <translation>Password errata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Patto di accoglienza</source>
        <translation>Patto di accoglienza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Patto di accoglienza firmato</source>
        <translation>Patto di accoglienza firmato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Patto di accoglienza non trovato.</source>
        <translation>Patto di accoglienza non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Percorsi avviati</source>
        <translation>Percorsi avviati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Periodo</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Periodo di programmazione non previsto: {p}.</source>
        <translation>Periodo di programmazione non previsto: {p}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse</source>
        <translation>Permanenze concluse</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse nel periodo (uscita effettiva), in giorni dall'ingresso all'uscita; un cambio di stanza o di alloggio non è un'uscita. 6 mesi = 183 giorni.</source>
        <translation>Permanenze concluse nel periodo (uscita effettiva), in giorni dall'ingresso all'uscita; un cambio di stanza o di alloggio non è un'uscita. 6 mesi = 183 giorni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per alloggio</source>
        <translation>Permanenze concluse per alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per durata</source>
        <translation>Permanenze concluse per durata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze in corso a fine periodo</source>
        <translation>Permanenze in corso a fine periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Permesso di soggiorno</source>
        <translation>Permesso di soggiorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Persona forse già presente: {names}.</source>
        <translation>Persona forse già presente: {names}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>Persona sconosciuta: {c}.</source>
        <translation>Persona sconosciuta: {c}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone</source>
        <translation>Persone</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone con almeno due valutazioni della stessa scheda, l'ultima nel periodo: prima e ultima valutazione a confronto per ambito (variazione positiva = più autonomia).</source>
        <translation>Persone con almeno due valutazioni della stessa scheda, l'ultima nel periodo: prima e ultima valutazione a confronto per ambito (variazione positiva = più autonomia).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Piano</source>
        <translation>Piano</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti letto</source>
        <translation>Posti letto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili</source>
        <translation>Posti-notte disponibili</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili: letti dell'alloggio nelle notti in cui è disponibile od occupato (escluse ristrutturazione e fuori servizio). Usati: posti di ogni permanenza per le notti dall'ingresso al giorno prima dell'uscita (o della fine prevista). Si contano i letti, non le persone: tutte le permanenze, anche dei casi non visibili.</source>
        <translation>Posti-notte disponibili: letti dell'alloggio nelle notti in cui è disponibile od occupato (escluse ristrutturazione e fuori servizio). Usati: posti di ogni permanenza per le notti dall'ingresso al giorno prima dell'uscita (o della fine prevista). Si contano i letti, non le persone: tutte le permanenze, anche dei casi non visibili.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte usati</source>
        <translation>Posti-notte usati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparazione del pacchetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Preparazione della stampa…</source>
        <translation>Preparazione della stampa…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Presente</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Presenza</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Presenze</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Presenze e assenze si segnano dopo l'inizio dell'appuntamento.</source>
        <translation>Presenze e assenze si segnano dopo l'inizio dell'appuntamento.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Primo ingresso</source>
        <translation>Primo ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Progetti individualizzati</source>
        <translation>Progetti individualizzati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Progetto</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in ritardo</source>
        <translation>Progetto condiviso in ritardo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in tempo</source>
        <translation>Progetto condiviso in tempo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Progetto di uscita</source>
        <translation>Progetto di uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Progetto individualizzato</source>
        <translation>Progetto individualizzato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Progetto individualizzato firmato</source>
        <translation>Progetto individualizzato firmato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine non ancora scaduto</source>
        <translation>Progetto non condiviso, termine non ancora scaduto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine scaduto</source>
        <translation>Progetto non condiviso, termine scaduto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Progetto non trovato.</source>
        <translation>Progetto non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Progetto v{version}</source>
        <translation>Progetto v{version}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Proroga</source>
        <translation>Proroga</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Prossima verifica</source>
        <translation>Prossima verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Proveniente da zona rurale</source>
        <translation>Proveniente da zona rurale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Pseudonimo</source>
        <translation>Pseudonimo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio di valutazione</source>
        <translation>Punteggio di valutazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio iniziale medio</source>
        <translation>Punteggio iniziale medio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio più recente medio</source>
        <translation>Punteggio più recente medio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Qualità dei dati</source>
        <translation>Qualità dei dati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Questa ripetizione è stata annullata.</source>
        <translation>Questa ripetizione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Questa versione del progetto è stata superata e non si può modificare.</source>
        <translation>Questa versione del progetto è stata superata e non si può modificare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Questo campo non può restare vuoto.</source>
        <translation>Questo campo non può restare vuoto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non ha una chiave di recupero.</source>
        <translation>Questo database non ha una chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non è cifrato.</source>
        <translation>Questo database non è cifrato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Questo pacchetto è stato preparato da questo stesso portatile.</source>
        <translation>Questo pacchetto è stato preparato da questo stesso portatile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Questo portatile ha modifiche che il pacchetto completo non contiene: invia prima un pacchetto a {name}.</source>
        <translation>Questo portatile ha modifiche che il pacchetto completo non contiene: invia prima un pacchetto a {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Questo è il codice di questo stesso portatile.</source>
        <translation>Questo è il codice di questo stesso portatile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Quota avviata</source>
        <translation>Quota avviata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con autonomia raggiunta</source>
        <translation>Quota con autonomia raggiunta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con esito negativo</source>
        <translation>Quota con esito negativo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota di almeno 6 mesi</source>
        <translation>Quota di almeno 6 mesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di progetti condivisi in tempo</source>
        <translation>Quota di progetti condivisi in tempo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di verifiche puntuali</source>
        <translation>Quota di verifiche puntuali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quota versata</source>
        <translation>Quota versata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Quote di compartecipazione e morosità</source>
        <translation>Quote di compartecipazione e morosità</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote mensili dei mesi del periodo, in euro. Morosità: dovuto meno versato di ogni mese, quando positivo.</source>
        <translation>Quote mensili dei mesi del periodo, in euro. Morosità: dovuto meno versato di ogni mese, quando positivo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Quote non pagate</source>
        <translation>Quote non pagate</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote per mese</source>
        <translation>Quote per mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Raggiunta autonomia</source>
        <translation>Raggiunta autonomia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Raggiunto</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Registra prima la scheda di ingresso.</source>
        <translation>Registra prima la scheda di ingresso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Registro accessi</source>
        <translation>Registro accessi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida.</source>
        <translation>Regola di ripetizione non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida: «{p}».</source>
        <translation>Regola di ripetizione non valida: «{p}».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione vuota.</source>
        <translation>Regola di ripetizione vuota.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Relazione</source>
        <translation>Relazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Relazione del servizio sociale (SST)</source>
        <translation>Relazione del servizio sociale (SST)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Relazioni e rete</source>
        <translation>Relazioni e rete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Report sconosciuto: {k}.</source>
        <translation>Report sconosciuto: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Responsabile</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Richiamo</source>
        <translation>Richiamo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Riconsegna</source>
        <translation>Riconsegna</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Rientro in famiglia</source>
        <translation>Rientro in famiglia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Rifiuto</source>
        <translation>Rifiuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl fuori ordine o ripetuta.</source>
        <translation>Riga {n} di changes.jsonl fuori ordine o ripetuta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl non valida.</source>
        <translation>Riga {n} di changes.jsonl non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di rows.jsonl non valida.</source>
        <translation>Riga {n} di rows.jsonl non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato da</source>
        <translation>Rilasciato da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato il</source>
        <translation>Rilasciato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Ruolo</source>
        <translation>Ruolo</translation>
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
        <translation>Salute e benessere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scadenza</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Scegli il dispositivo a cui è destinato.</source>
        <translation>Scegli il dispositivo a cui è destinato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scegli la persona.</source>
        <translation>Scegli la persona.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Scegli un educatore.</source>
        <translation>Scegli un educatore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Scegli un operatore.</source>
        <translation>Scegli un operatore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scegli un valore da tenere oppure scrivine uno nuovo.</source>
        <translation>Scegli un valore da tenere oppure scrivine uno nuovo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Scegli un valore.</source>
        <translation>Scegli un valore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scelta non valida.</source>
        <translation>Scelta non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Scheda</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scheda FSE</source>
        <translation>Scheda FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scheda partecipante FSE+</source>
        <translation>Scheda partecipante FSE+</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non disponibile: {name}.</source>
        <translation>Schema di valutazione non disponibile: {name}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non valido ({source}): {problem}</source>
        <translation>Schema di valutazione non valido ({source}): {problem}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi data e ora come gg/mm/aaaa hh:mm.</source>
        <translation>Scrivi data e ora come gg/mm/aaaa hh:mm.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi la data come gg/mm/aaaa.</source>
        <translation>Scrivi la data come gg/mm/aaaa.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Scrivi perché servono questi dati: la ragione va nel registro.</source>
        <translation>Scrivi perché servono questi dati: la ragione va nel registro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi un numero intero.</source>
        <translation>Scrivi un numero intero.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi «sì» oppure «no».</source>
        <translation>Scrivi «sì» oppure «no».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Segnalato</source>
        <translation>Segnalato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazione non prevista: {f}.</source>
        <translation>Segnalazione non prevista: {f}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Segnalazioni</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Segnalazioni e attese</source>
        <translation>Segnalazioni e attese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazioni non valide.</source>
        <translation>Segnalazioni non valide.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Segnalazioni per Municipio</source>
        <translation>Segnalazioni per Municipio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Senza dimora</source>
        <translation>Senza dimora</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Senza questi dati gli indicatori FSE del caso non si possono calcolare.</source>
        <translation>Senza questi dati gli indicatori FSE del caso non si possono calcolare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Senza stato</source>
        <translation>Senza stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Serve interprete</source>
        <translation>Serve interprete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sesso</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/diff.py"/>
        <source>Si possono confrontare solo versioni dello stesso progetto.</source>
        <translation>Si possono confrontare solo versioni dello stesso progetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Si è verificato un errore imprevisto: %1</source>
        <translation>Si è verificato un errore imprevisto: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sintesi</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Situazione lavorativa migliorata</source>
        <translation>Situazione lavorativa migliorata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Socializzazione</source>
        <translation>Socializzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Solo un amministratore può gestire un amministratore.</source>
        <translation>Solo un amministratore può gestire un amministratore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sopralluogo</source>
        <translation>Sopralluogo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Sospeso</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Spazio su disco insufficiente per importare il pacchetto: servono circa {n} MiB liberi.</source>
        <translation>Spazio su disco insufficiente per importare il pacchetto: servono circa {n} MiB liberi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {d} di {t}</source>
        <translation>Stampati {d} di {t}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {n} progetti su {t} in {s:.1f} s</source>
        <translation>Stampati {n} progetti su {t} in {s:.1f} s</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stanza</source>
        <translation>Stanza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/listing.py"/>
        <source>Stato del progetto sconosciuto.</source>
        <translation>Stato del progetto sconosciuto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato dell'alloggio</source>
        <translation>Stato dell'alloggio</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Strada</source>
        <translation>Strada</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Studente</source>
        <translation>Studente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Superato</source>
        <translation>Superato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sì</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Tabella non presente nel report: {k}.</source>
        <translation>Tabella non presente nel report: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Tasso di occupazione</source>
        <translation>Tasso di occupazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Tasso di occupazione per mese</source>
        <translation>Tasso di occupazione per mese</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Telefono</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Tempo libero</source>
        <translation>Tempo libero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Tessera sanitaria</source>
        <translation>Tessera sanitaria</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Testo</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Testo troppo lungo (massimo {n} caratteri).</source>
        <translation>Testo troppo lungo (massimo {n} caratteri).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>Tipo di nota sconosciuto: {k}.</source>
        <translation>Tipo di nota sconosciuto: {k}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Titolo</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Totale</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/lockout.py"/>
        <source>Troppi tentativi falliti: riprova tra {wait}.</source>
        <translation>Troppi tentativi falliti: riprova tra {wait}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tutto il giorno</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>URL del database non valido o driver non installato: {u}</source>
        <translation>URL del database non valido o driver non installato: {u}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Un appuntamento dura al massimo {n} giorni.</source>
        <translation>Un appuntamento dura al massimo {n} giorni.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita (manca la scheda di uscita della persona e il caso non è concluso).</source>
        <translation>Un esito si registra dopo l'uscita (manca la scheda di uscita della persona e il caso non è concluso).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita ({d:%d/%m/%Y}).</source>
        <translation>Un esito si registra dopo l'uscita ({d:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Un obiettivo ha più di un esito.</source>
        <translation>Un obiettivo ha più di un esito.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un solo adulto con figli a carico</source>
        <translation>Un solo adulto con figli a carico</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/contention.py"/>
        <source>Un'altra persona stava salvando gli stessi dati nello stesso momento: riprova.</source>
        <translation>Un'altra persona stava salvando gli stessi dati nello stesso momento: riprova.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Uomini</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Usa --recipient oppure una password, non entrambi.</source>
        <translation>Usa --recipient oppure una password, non entrambi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Usa il codice del paese a due lettere (es. IT).</source>
        <translation>Usa il codice del paese a due lettere (es. IT).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Usa solo lettere, numeri, punto e trattino basso.</source>
        <translation>Usa solo lettere, numeri, punto e trattino basso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data dal {a} in poi.</source>
        <translation>Usa una data dal {a} in poi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data fino al {b}.</source>
        <translation>Usa una data fino al {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data tra il {a} e il {b}.</source>
        <translation>Usa una data tra il {a} e il {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Uscita</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Uscita finale</source>
        <translation>Uscita finale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>Uscita verso: {place}</source>
        <translation>Uscita verso: {place}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite</source>
        <translation>Uscite</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per destinazione</source>
        <translation>Uscite per destinazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Uscite per destinazione ed esito</source>
        <translation>Uscite per destinazione ed esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per esito</source>
        <translation>Uscite per esito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valido dal</source>
        <translation>Valido dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore non ammesso.</source>
        <translation>Valore non ammesso.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Valore non ammesso: {v}.</source>
        <translation>Valore non ammesso: {v}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Valore non valido per questo campo.</source>
        <translation>Valore non valido per questo campo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valore non valido.</source>
        <translation>Valore non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore sì/no non valido.</source>
        <translation>Valore sì/no non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Valore tra 1 e {b}.</source>
        <translation>Valore tra 1 e {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore tra {a} e {b}.</source>
        <translation>Valore tra {a} e {b}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Valori non validi.</source>
        <translation>Valori non validi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Valutazione</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation>Valutazione dell'autonomia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Variazione media</source>
        <translation>Variazione media</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/printing.py"/>
        <source>Verbale non trovato.</source>
        <translation>Verbale non trovato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Verbale non valido.</source>
        <translation>Verbale non valido.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <location filename="../../rts_desktop/services/cases/timeline.py"/>
        <source>Verifica</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Verifica PI</source>
        <translation>Verifica PI</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case_list.py"/>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Verifica del progetto</source>
        <translation>Verifica del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Verifica e importazione del pacchetto…</source>
        <translation>Verifica e importazione del pacchetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifica puntuale: entro la data prevista (per le verifiche registrate prima che la data fosse conservata: entro {n} giorni dalla precedente o dalla condivisione del progetto). Mancante: progetto condiviso con la prossima verifica prevista nel periodo, già passata e non svolta.</source>
        <translation>Verifica puntuale: entro la data prevista (per le verifiche registrate prima che la data fosse conservata: entro {n} giorni dalla precedente o dalla condivisione del progetto). Mancante: progetto condiviso con la prossima verifica prevista nel periodo, già passata e non svolta.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche del progetto</source>
        <translation>Verifiche del progetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche in ritardo</source>
        <translation>Verifiche in ritardo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche mancanti</source>
        <translation>Verifiche mancanti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche previste nel periodo, da svolgere</source>
        <translation>Verifiche previste nel periodo, da svolgere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche puntuali</source>
        <translation>Verifiche puntuali</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche scadute nel periodo e non svolte</source>
        <translation>Verifiche scadute nel periodo e non svolte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte</source>
        <translation>Verifiche svolte</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte nel periodo</source>
        <translation>Verifiche svolte nel periodo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato</source>
        <translation>Versato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato il</source>
        <translation>Versato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Versione dello schema del pacchetto non valida.</source>
        <translation>Versione dello schema del pacchetto non valida.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/vocab.py"/>
        <source>Visita domiciliare</source>
        <translation>Visita domiciliare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Visite in coppia</source>
        <translation>Visite in coppia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Vista sconosciuta: {v} (disponibili: {all}).</source>
        <translation>Vista sconosciuta: {v} (disponibili: {all}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Voce</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>categoria ETHOS all'ingresso mancante</source>
        <translation>categoria ETHOS all'ingresso mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>completa</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>condizione occupazionale non indicata nella scheda di ingresso</source>
        <translation>condizione occupazionale non indicata nella scheda di ingresso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri che invertono il verso del testo</source>
        <translation>contiene caratteri che invertono il verso del testo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri di controllo</source>
        <translation>contiene caratteri di controllo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene caratteri non validi (surrogati isolati)</source>
        <translation>contiene caratteri non validi (surrogati isolati)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene il carattere NUL</source>
        <translation>contiene il carattere NUL</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>contiene separatori di riga</source>
        <translation>contiene separatori di riga</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>data di nascita mancante: età all'ingresso non calcolabile</source>
        <translation>data di nascita mancante: età all'ingresso non calcolabile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>data non valida: {v} (usa AAAA-MM-GG)</source>
        <translation>data non valida: {v} (usa AAAA-MM-GG)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>destinazione all'uscita mancante</source>
        <translation>destinazione all'uscita mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>dimensioni non valide: {v} (usa LxA, es. 1280x800)</source>
        <translation>dimensioni non valide: {v} (usa LxA, es. 1280x800)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>esito a sei mesi dall'uscita non registrato</source>
        <translation>esito a sei mesi dall'uscita non registrato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>esito del percorso mancante</source>
        <translation>esito del percorso mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>follow-up scaduto e non registrato</source>
        <translation>follow-up scaduto e non registrato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>indica chi agisce: --user NOME (o la variabile RTS_USER)</source>
        <translation>indica chi agisce: --user NOME (o la variabile RTS_USER)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>indica un numero maggiore di zero</source>
        <translation>indica un numero maggiore di zero</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>le due password non coincidono</source>
        <translation>le due password non coincidono</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>nessun posto libero in queste date</source>
        <translation>nessun posto libero in queste date</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/common.py"/>
        <source>non indicato</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>occupato</source>
        <translation>occupato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>password mancante: impostala in {env} o esegui il comando da un terminale</source>
        <translation>password mancante: impostala in {env} o esegui il comando da un terminale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>record eliminato ({id})</source>
        <translation>record eliminato ({id})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di ingresso mancante</source>
        <translation>scheda FSE di ingresso mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di uscita mancante</source>
        <translation>scheda FSE di uscita mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>senza stato</source>
        <translation>senza stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>sistema</source>
        <translation>sistema</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>situazione del nucleo non determinabile</source>
        <translation>situazione del nucleo non determinabile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/deadlines.py"/>
        <source>{amount} ({months} mesi)</source>
        <translation>{amount} ({months} mesi)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/edit_conflicts.py"/>
        <source>{headline} Ricarica e riprova.</source>
        <translation>{headline} Ricarica e riprova.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{n} letti</source>
        <translation>{n} letti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>{n} posti liberi</source>
        <translation>{n} posti liberi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>{path} non contiene un database RTS Desktop.</source>
        <translation>{path} non contiene un database RTS Desktop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>{path} non è un backup RTS Desktop valido o è danneggiato.</source>
        <translation>{path} non è un backup RTS Desktop valido o è danneggiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} non è un database RTS Desktop (o è cifrato e serve la chiave).</source>
        <translation>{path} non è un database RTS Desktop (o è cifrato e serve la chiave).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>{path} non è un database RTS Desktop.</source>
        <translation>{path} non è un database RTS Desktop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è un database SQLite ma non di RTS Desktop.</source>
        <translation>{path} è un database SQLite ma non di RTS Desktop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è una cartella, non un database.</source>
        <translation>{path} è una cartella, non un database.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>{path} è una cartella, non un pacchetto.</source>
        <translation>{path} è una cartella, non un pacchetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>{p} non è un file delle chiavi di RTS Desktop.</source>
        <translation>{p} non è un file delle chiavi di RTS Desktop.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>{p} non è una chiave di recupero.</source>
        <translation>{p} non è una chiave di recupero.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{s} dal {d}</source>
        <translation>{s} dal {d}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore attivo.</source>
        <translation>{u} non è un amministratore attivo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore.</source>
        <translation>{u} non è un amministratore.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/records.py"/>
        <source>{what} non trovato ({id}).</source>
        <translation>{what} non trovato ({id}).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>{who} è già impegnato in «{t}» il {d:%d/%m/%Y} alle {d:%H:%M}.</source>
        <translation>{who} è già impegnato in «{t}» il {d:%d/%m/%Y} alle {d:%H:%M}.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>È l'unico amministratore attivo: non si può disattivare.</source>
        <translation>È l'unico amministratore attivo: non si può disattivare.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/textrules.py"/>
        <source>è fatto solo di caratteri invisibili</source>
        <translation>è fatto solo di caratteri invisibili</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>Documenti PDF</source>
        <translation>Documenti PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>File CSV</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>Tutti i file</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/files.py"/>
        <source>documento</source>
        <translation>documento</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Alt + lettera sottolineata</source>
        <translation>Alt + lettera sottolineata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Attiva il pulsante o va al campo</source>
        <translation>Attiva il pulsante o va al campo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Calendario: periodo precedente / successivo</source>
        <translation>Calendario: periodo precedente / successivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Chiude il fascicolo del caso</source>
        <translation>Chiude il fascicolo del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Chiude la finestra o il fascicolo (chiede se c'è qualcosa da salvare)</source>
        <translation>Chiude la finestra o il fascicolo (chiede se c'è qualcosa da salvare)</translation>
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
        <translation>Passa al controllo successivo / precedente</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>PgSu / PgGiù</source>
        <translation>PgSu / PgGiù</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Tab / Maiusc+Tab</source>
        <translation>Tab / Maiusc+Tab</translation>
    </message>
</context>
<context>
    <name>housing</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Codice</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Dal</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Fine prevista</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Guasti</source>
        <translation>Guasti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Guasti aperti</source>
        <translation>Guasti aperti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Indirizzo</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Liberi</source>
        <translation>Liberi</translation>
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
        <translation>Nucleo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Occ.</source>
        <translation>Occ.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Posti</source>
        <translation>Posti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Posti liberi oggi</source>
        <translation>Posti liberi oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Posti occupati oggi</source>
        <translation>Posti occupati oggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Proroghe</source>
        <translation>Proroghe</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Stanze</source>
        <translation>Stanze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Stato</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Uscita</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>{who}: dal {start}, fine prevista {end}.</source>
        <translation>{who}: dal {start}, fine prevista {end}.</translation>
    </message>
</context>
<context>
    <name>reason</name>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Aggiornamento della scheda con la persona</source>
        <translation>Aggiornamento della scheda con la persona</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Colloquio o visita programmata</source>
        <translation>Colloquio o visita programmata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Compilazione della scheda FSE</source>
        <translation>Compilazione della scheda FSE</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Dati particolari (art. 9 GDPR)</source>
        <translation>Dati particolari (art. 9 GDPR)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Perché servono questi dati? La ragione va nel registro accessi.</source>
        <translation>Perché servono questi dati? La ragione va nel registro accessi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/reason.py"/>
        <source>Richiesta del servizio sociale territoriale</source>
        <translation>Richiesta del servizio sociale territoriale</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>&amp;Esporta…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Esporta il report %1</source>
        <translation>Esporta il report %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Nessuna riga per il periodo scelto.</source>
        <translation>Nessuna riga per il periodo scelto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/widgets.py"/>
        <source>Salva questo report in Excel, CSV o PDF.</source>
        <translation>Salva questo report in Excel, CSV o PDF.</translation>
    </message>
</context>
<context>
    <name>self_test</name>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>ERRORE – {what}: {why}</source>
        <translation>ERRORE – {what}: {why}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>PDF generato ({kb} kB)</source>
        <translation>PDF generato ({kb} kB)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova interrotta.</source>
        <translation>Prova interrotta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova non superata: %n passi non riusciti.</source>
        <translation>
            <numerusform>Prova non superata: %n passo non riuscito.</numerusform>
            <numerusform>Prova non superata: %n passi non riusciti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>Prova superata: l'installazione funziona.</source>
        <translation>Prova superata: l'installazione funziona.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>accesso</source>
        <translation>accesso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>accesso come {user}</source>
        <translation>accesso come {user}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>database cifrato</source>
        <translation>database cifrato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>database cifrato creato con le migrazioni (revisione {rev})</source>
        <translation>database cifrato creato con le migrazioni (revisione {rev})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>dati e licenze inclusi</source>
        <translation>dati e licenze inclusi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>driver PostgreSQL</source>
        <translation>driver PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>driver PostgreSQL caricato (psycopg {version}, libpq {libpq})</source>
        <translation>driver PostgreSQL caricato (psycopg {version}, libpq {libpq})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>finestra principale</source>
        <translation>finestra principale</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>finestra principale mostrata ({platform})</source>
        <translation>finestra principale mostrata ({platform})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>fuso orario e licenze di {n} componenti inclusi</source>
        <translation>fuso orario e licenze di {n} componenti inclusi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>icona dell'applicazione mancante</source>
        <translation>icona dell'applicazione mancante</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>il database non è cifrato</source>
        <translation>il database non è cifrato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>il file prodotto non è un PDF</source>
        <translation>il file prodotto non è un PDF</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>la finestra non si è disegnata</source>
        <translation>la finestra non si è disegnata</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>licenze mancanti: {names}</source>
        <translation>licenze mancanti: {names}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>non eseguito: un passo precedente non è riuscito</source>
        <translation>non eseguito: un passo precedente non è riuscito</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>ok – {what}</source>
        <translation>ok – {what}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>psycopg senza la sua libpq (psycopg_binary mancante)</source>
        <translation>psycopg senza la sua libpq (psycopg_binary mancante)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>record scritto e riletto (alloggio {code})</source>
        <translation>record scritto e riletto (alloggio {code})</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>scrittura e lettura</source>
        <translation>scrittura e lettura</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>traduzioni</source>
        <translation>traduzioni</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/self_test.py"/>
        <source>traduzioni caricate ({langs}) e testi di Qt in italiano</source>
        <translation>traduzioni caricate ({langs}) e testi di Qt in italiano</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source> (mostrato ora)</source>
        <translation> (mostrato ora)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>%1 (questo portatile)</source>
        <translation>%1 (questo portatile)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>%1 modifiche ricevute sono in attesa di modifiche da %2: saranno applicate quando arriverà il pacchetto che le precede.</source>
        <translation>%1 modifiche ricevute sono in attesa di modifiche da %2: saranno applicate quando arriverà il pacchetto che le precede.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%1 record (pacchetto completo)</source>
        <translation>%1 record (pacchetto completo)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%n allegati</source>
        <translation>
            <numerusform>%n allegato</numerusform>
            <numerusform>%n allegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>%n modifiche</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Codice:</source>
        <translation>&amp;Codice:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Destinatario:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>&amp;Dispositivi</source>
        <translation>&amp;Dispositivi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;File del pacchetto:</source>
        <translation>&amp;File del pacchetto:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;Importa</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>&amp;Importa pacchetto…</source>
        <translation>&amp;Importa pacchetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>&amp;Modifica…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Prepara</source>
        <translation>&amp;Prepara</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>&amp;Prepara pacchetto per…</source>
        <translation>&amp;Prepara pacchetto per…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Registra</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>&amp;Registra dispositivo…</source>
        <translation>&amp;Registra dispositivo…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>&amp;Ripeti password:</source>
        <translation>&amp;Ripeti password:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>&amp;Salva</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/fields.py"/>
        <source>&amp;Sfoglia…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>&amp;Valore da tenere:</source>
        <translation>&amp;Valore da tenere:</translation>
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
        <translation>Aggiornati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Allegati</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Altri valori</source>
        <translation>Altri valori</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Annulla</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Apri la scheda «Conflitti» per scegliere i valori da tenere.</source>
        <translation>Apri la scheda «Conflitti» per scegliere i valori da tenere.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Attenzione: questi portatili risultano divergenti. Hanno le stesse modifiche ma dati diversi in: %1. Non verranno riallineati da soli.</source>
        <translation>Attenzione: questi portatili risultano divergenti. Hanno le stesse modifiche ma dati diversi in: %1. Non verranno riallineati da soli.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>C&amp;opia</source>
        <translation>C&amp;opia</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Chiudi</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Cifrato per la &amp;chiave del dispositivo</source>
        <translation>Cifrato per la &amp;chiave del dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Codice copiato negli appunti.</source>
        <translation>Codice copiato negli appunti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Codice di &amp;registrazione:</source>
        <translation>Codice di &amp;registrazione:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Completo (snapshot)</source>
        <translation>Completo (snapshot)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Con&amp;flitti</source>
        <translation>Con&amp;flitti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Con&amp;flitti (%1)</source>
        <translation>Con&amp;flitti (%1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Conflitti</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Conflitti da risolvere</source>
        <translation>Conflitti da risolvere</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Copia il codice negli appunti</source>
        <translation>Copia il codice negli appunti</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Da</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Da leggere o incollare sull'altro portatile in «Registra dispositivo…».</source>
        <translation>Da leggere o incollare sull'altro portatile in «Registra dispositivo…».</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Dispositivi</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Dispositivo</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Eliminare il file del pacchetto?
%1

Contiene dati personali: se non serve ad altri portatili è meglio eliminarlo.</source>
        <translation>Eliminare il file del pacchetto?
%1

Contiene dati personali: se non serve ad altri portatili è meglio eliminarlo.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Eliminati</source>
        <translation>Eliminati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>File del pacchetto</source>
        <translation>File del pacchetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>File del pacchetto da salvare</source>
        <translation>File del pacchetto da salvare</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>File di registrazione</source>
        <translation>File di registrazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>File di registrazione salvato: %1</source>
        <translation>File di registrazione salvato: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>I portatili si scambiano le modifiche con pacchetti cifrati (chiavetta USB, cartella condivisa). Prepara un pacchetto per un collega, importa quello che ricevi, poi risolvi qui gli eventuali conflitti.</source>
        <translation>I portatili si scambiano le modifiche con pacchetti cifrati (chiavetta USB, cartella condivisa). Prepara un pacchetto per un collega, importa quello che ricevi, poi risolvi qui gli eventuali conflitti.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Identificativo:</source>
        <translation>Identificativo:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Il pacchetto viene verificato per intero prima di toccare i dati: se è danneggiato o non è destinato a questo portatile non cambia nulla.</source>
        <translation>Il pacchetto viene verificato per intero prima di toccare i dati: se è danneggiato o non è destinato a questo portatile non cambia nulla.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Il record è stato eliminato su un portatile e modificato su un altro.</source>
        <translation>Il record è stato eliminato su un portatile e modificato su un altro.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Importa pacchetto</source>
        <translation>Importa pacchetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Importato il</source>
        <translation>Importato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Importazione del pacchetto…</source>
        <translation>Importazione del pacchetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Impossibile leggere il file.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Impronta</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>In attesa</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>In attesa di altre modifiche</source>
        <translation>In attesa di altre modifiche</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Incolla il codice di registrazione dell'altro portatile (inizia con «RTS1-») oppure scegli il suo file di registrazione. Controlla poi che nome e impronta coincidano con quelli mostrati sull'altro portatile.</source>
        <translation>Incolla il codice di registrazione dell'altro portatile (inizia con «RTS1-») oppure scegli il suo file di registrazione. Controlla poi che nome e impronta coincidano con quelli mostrati sull'altro portatile.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Invariati</source>
        <translation>Invariati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Le due password non coincidono.</source>
        <translation>Le due password non coincidono.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Mantieni &amp;A</source>
        <translation>Mantieni &amp;A</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Mantieni &amp;B</source>
        <translation>Mantieni &amp;B</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Modifiche</source>
        <translation>Modifiche</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Nessun conflitto da risolvere.</source>
        <translation>Nessun conflitto da risolvere.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Nessuna modifica in attesa.</source>
        <translation>Nessuna modifica in attesa.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Nome:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Nuovi</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Nuovo portatile (pacchetto completo)</source>
        <translation>Nuovo portatile (pacchetto completo)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Pacc&amp;hetti importati</source>
        <translation>Pacc&amp;hetti importati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Pacchetti importati</source>
        <translation>Pacchetti importati</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto &amp;completo (per riallineare un portatile)</source>
        <translation>Pacchetto &amp;completo (per riallineare un portatile)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto RTS (*.rtsbundle)</source>
        <translation>Pacchetto RTS (*.rtsbundle)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto RTS per</source>
        <translation>Pacchetto RTS per</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Pacchetto di «%1» importato.</source>
        <translation>Pacchetto di «%1» importato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Pacchetto importato</source>
        <translation>Pacchetto importato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pacchetto pronto: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, %4 kB. Consegnalo con una chiavetta o una cartella condivisa; dopo l'importazione può essere eliminato.</source>
        <translation>Pacchetto pronto: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, %4 kB. Consegnalo con una chiavetta o una cartella condivisa; dopo l'importazione può essere eliminato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>Parti da %1</source>
        <translation>Parti da %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Prepara pacchetto</source>
        <translation>Prepara pacchetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Preparazione del pacchetto…</source>
        <translation>Preparazione del pacchetto…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Protetto da &amp;password</source>
        <translation>Protetto da &amp;password</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Protezione:</source>
        <translation>Protezione:</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Questi portatili hanno ricevuto le stesse modifiche ma i loro dati non coincidono (per esempio dopo un ripristino da backup o una modifica fatta fuori dal programma). Per riallinearli senza perdere nulla:

1. su questo portatile prepara prima un pacchetto per «%1» e fallo importare;
2. poi chiedi a chi usa «%1» di preparare per questo portatile un «pacchetto completo» (Prepara pacchetto per… → Pacchetto completo);
3. importalo qui: i dati di questo portatile saranno sostituiti da quelli completi.</source>
        <translation>Questi portatili hanno ricevuto le stesse modifiche ma i loro dati non coincidono (per esempio dopo un ripristino da backup o una modifica fatta fuori dal programma). Per riallinearli senza perdere nulla:

1. su questo portatile prepara prima un pacchetto per «%1» e fallo importare;
2. poi chiedi a chi usa «%1» di preparare per questo portatile un «pacchetto completo» (Prepara pacchetto per… → Pacchetto completo);
3. importalo qui: i dati di questo portatile saranno sostituiti da quelli completi.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Questo pacchetto di «%1» era già stato importato: nulla è cambiato.</source>
        <translation>Questo pacchetto di «%1» era già stato importato: nulla è cambiato.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Questo portatile</source>
        <translation>Questo portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Re&amp;voca…</source>
        <translation>Re&amp;voca…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Registra dispositivo</source>
        <translation>Registra dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Registrato il</source>
        <translation>Registrato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Registrato «%1» (impronta %2).</source>
        <translation>Registrato «%1» (impronta %2).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Registrazione</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Registrazione RTS (*.json)</source>
        <translation>Registrazione RTS (*.json)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Revoca dispositivo</source>
        <translation>Revoca dispositivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Revocare «%1»? I suoi pacchetti saranno rifiutati e non potrai più preparare pacchetti per lui (ad esempio se il portatile è stato smarrito).</source>
        <translation>Revocare «%1»? I suoi pacchetti saranno rifiutati e non potrai più preparare pacchetti per lui (ad esempio se il portatile è stato smarrito).</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Revocato il</source>
        <translation>Revocato il</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Riallineare i portatili</source>
        <translation>Riallineare i portatili</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/report_dialog.py"/>
        <source>Richiedi &amp;snapshot…</source>
        <translation>Richiedi &amp;snapshot…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/edit_value.py"/>
        <source>Risolvi il conflitto scrivendo il valore</source>
        <translation>Risolvi il conflitto scrivendo il valore</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/layout.py"/>
        <source>Salva file di re&amp;gistrazione…</source>
        <translation>Salva file di re&amp;gistrazione…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Salva file di registrazione</source>
        <translation>Salva file di registrazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Salva pacchetto</source>
        <translation>Salva pacchetto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>Scegli &amp;file…</source>
        <translation>Scegli &amp;file…</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Scegli dove salvare il pacchetto.</source>
        <translation>Scegli dove salvare il pacchetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/import_dialog.py"/>
        <source>Scegli il file del pacchetto.</source>
        <translation>Scegli il file del pacchetto.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>Scrivi una password.</source>
        <translation>Scrivi una password.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/busy.py"/>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>Sincronizzazione</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Tipo</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Ultimo pacchetto inviato</source>
        <translation>Ultimo pacchetto inviato</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Ultimo pacchetto ricevuto</source>
        <translation>Ultimo pacchetto ricevuto</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/models.py"/>
        <source>Valore di partenza</source>
        <translation>Valore di partenza</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/conflicts.py"/>
        <source>Valore di partenza: %1</source>
        <translation>Valore di partenza: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>completo</source>
        <translation>completo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/prepare_dialog.py"/>
        <source>nuovo portatile</source>
        <translation>nuovo portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>portatile</source>
        <translation>portatile</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/page.py"/>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/sync/devices.py"/>
        <source>«%1» revocato.</source>
        <translation>«%1» revocato.</translation>
    </message>
</context>
<context>
    <name>today</name>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>%1 di %2 segnati</source>
        <translation>%1 di %2 segnati</translation>
    </message>
    <message numerus="yes">
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>%n posti liberi su {beds}</source>
        <translation>
            <numerusform>%n posto libero su {beds}</numerusform>
            <numerusform>%n posti liberi su {beds}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Appuntamento che si ripete</source>
        <translation>Appuntamento che si ripete</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Arrivo</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Arrivo in ritardo (previsto il %1)</source>
        <translation>Arrivo in ritardo (previsto il %1)</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il diario del caso per scrivere la nota del %1</source>
        <translation>Invio: apri il diario del caso per scrivere la nota del %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il fascicolo del caso</source>
        <translation>Invio: apri il fascicolo del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il giorno nel calendario</source>
        <translation>Invio: apri il giorno nel calendario</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il patto e le quote del caso</source>
        <translation>Invio: apri il patto e le quote del caso</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: apri il tabellone degli alloggi</source>
        <translation>Invio: apri il tabellone degli alloggi</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Invio: segna le presenze</source>
        <translation>Invio: segna le presenze</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Le chiavi non sono ancora state consegnate.</source>
        <translation>Le chiavi non sono ancora state consegnate.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Quota non pagata più vecchia: %1</source>
        <translation>Quota non pagata più vecchia: %1</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Scaduta: {description}</source>
        <translation>Scaduta: {description}</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita</source>
        <translation>Uscita</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita non ancora registrata.</source>
        <translation>Uscita non ancora registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita prevista</source>
        <translation>Uscita prevista</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>Uscita registrata.</source>
        <translation>Uscita registrata.</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/lines.py"/>
        <source>tutto il giorno</source>
        <translation>tutto il giorno</translation>
    </message>
</context>
</TS>
