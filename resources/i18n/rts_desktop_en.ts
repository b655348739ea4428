<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Informazioni su %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Qt %1, PySide6 %2, Python %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Residenzialità Temporanea Sociale: casi, alloggi, calendario, progetti e report per il servizio del Comune di Milano.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Versione %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountButton</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>%n minuti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>%n minuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocca dopo quanti minuti senza attività (0: mai)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocca ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: dopo %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Blocco automatico: mai…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia utente…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Chi la svolge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuova azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>S&amp;tato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Aggiungi al nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Relazione con il capofamiglia *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Aggiungi componente – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, aggiungila al nucleo; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Il componente non è stato aggiunto. Chiudere e perdere i dati inseriti?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Nel nucleo &amp;dal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Assistente sociale SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Condividi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condividi il progetto (versione %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Condiviso &amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Dopo la condivisione questa versione non si potrà più modificare: sarà quella che si stampa e si firma. Per cambiare qualcosa si crea una nuova versione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Nome e cognome dell'assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source> mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Durata *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Firmato il *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Inserimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Quota mensile (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra patto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Regolamento (versione) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Le quote mensili si calcolano per i mesi del patto in cui il nucleo è in alloggio. Scrivi «0» se non è dovuta alcuna quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Nuovo patto di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 50,00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>— nessuno —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Lettera di sollecito…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Nuovo patto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&amp;Patto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Pagamenti&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>&lt;b&gt;Richiami&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>A&amp;ggiorna mensilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Aggiunge le mensilità dei mesi in alloggio (dopo una proroga, per esempio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Arretrati: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Da versare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Dovuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Firmato il %1 · %2 mesi, da %3 a %4 · quota mensile %5 · regolamento v. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Importo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Lettera di sollecito – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Modalità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun arretrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessun patto di accoglienza registrato: usa «Nuovo patto…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Nessuna mensilità: si calcolano per i mesi del patto in cui il nucleo è in alloggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Pagamenti registrati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Quote mensili di compartecipazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Registra &amp;pagamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ric&amp;hiamo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ricevuta n. %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Richiami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>S&amp;tampa ricevuta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Seleziona prima un pagamento nell'elenco dei pagamenti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Sollecito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Ultimo pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>Versato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_tab.py"/>
        <source>firmato il %1 · %2 mesi · %3 al mese</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnagraficaTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Capofam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Componenti del nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>I dati sanitari e giudiziari non sono mostrati qui: si aprono solo su richiesta e l'accesso viene registrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Identificativi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nato/a il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nel nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Relazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>dal %1 al %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>sì</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApartmentFileDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n letti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>%n stanze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Assegna…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Cambia stato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Inserimenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Manutenzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuova segnalazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Nuovo sopralluogo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Stanze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>&amp;Verbali chiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>A&amp;zioni…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Alloggio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>C&amp;hiudi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Inserimenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Manutenzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e &amp;quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Patti e quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>S&amp;torico stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>So&amp;pralluoghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Sopralluoghi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stampa &amp;verbale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Stanze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Storico stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_file.py"/>
        <source>Verbali chiavi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApartmentListView</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%1 · %2 su %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n alloggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>%n posto libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>&amp;Filtra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Apri &amp;scheda alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>S&amp;tato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>Tutti gli stati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/apartment_list.py"/>
        <source>codice o indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Questa sezione sarà disponibile in una prossima versione.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>%n valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>%n valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Nuova valutazione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Confronto tra le ultime due valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Ora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Prima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Scala 1–5: 1 = supporto intensivo, 5 = piena autonomia · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Servono due valutazioni per il confronto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/assessment_widget.py"/>
        <source>Variazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Incaricato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chi interviene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignEducatorDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Assegna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Dal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Educatore *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Referente del caso (sostituisce l'attuale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assegna educatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachDocumentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Allega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;File *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Scegli file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>&amp;Tipo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Allega documento – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documenti (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Documento non allegato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>File da allegare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Il documento non è stato allegato. Chiudere senza allegarlo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scad&amp;e il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Scegli il file da allegare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>T&amp;itolo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>Tutto il nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>es. Carta d'identità di Amina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>gg/mm/aaaa, facoltativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>nessun file scelto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/attach_dialog.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>&amp;Salva presenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Foglio firme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Le presenze segnate non sono state salvate. Chiudere comunque?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nessun beneficiario partecipa a questo appuntamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenza di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Presenze non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>Stampa &amp;foglio firme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/attendance_dialog.py"/>
        <source>— da segnare —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%1 da stampare, un PDF per progetto (codice del caso e versione nel nome del file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%n progetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%n progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>%v di %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Avvia stampa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Cartella:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>&amp;Chiudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Avvio dei processi di stampa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Cartella dei PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Interruzione in corso: i PDF già completati restano nella cartella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>S&amp;foglia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Scegli una cartella esistente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/batch_dialog.py"/>
        <source>Stampa dei progetti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n letti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>%n posto libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Dal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>C&amp;erca:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento non riuscito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Municipio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Oggi %1: &lt;b&gt;%2&lt;/b&gt; su %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo precedente (Maiusc+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Periodo successivo (Maiusc+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Trimestre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>Tutti i Municipi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_view.py"/>
        <source>alloggio, indirizzo o nucleo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Nessun alloggio corrisponde al filtro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Oggi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/board_widget.py"/>
        <source>Tabellone occupazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n appuntamenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n appuntamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>%n scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Educatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Nuovo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Oggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>&amp;Settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>(Invio: apri, tasto menu: azioni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>A&amp;lloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>A&amp;rea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Mostra sca&amp;denze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo precedente (PgSu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Periodo successivo (PgGiù)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/page.py"/>
        <source>Tutti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileActions</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>%1 è già uscito/a dal nucleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Cartella in cui salvare i dati di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Dati esportati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Già uscito/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>I dati di %1 sono stati esportati nella cartella:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Nessuna persona selezionata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/file_actions.py"/>
        <source>Seleziona prima una persona nell'elenco dei componenti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;0 Patto e quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;1 Anagrafica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;2 Percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;3 Inserimenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;4 Diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;5 Documenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;6 Scheda FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;7 Cronologia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;8 Progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;9 Autonomia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Modifica persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>&amp;Uscita dal nucleo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Aggiungi com&amp;ponente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Alloggio %1 fino al %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Assegna &amp;educatore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>C&amp;hi vede il caso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Capofamiglia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Caso concluso: solo consultazione; puoi riaprirlo o aggiungere note e follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Educatore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Esporta dati (art. 15)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Modifica &amp;dati del caso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel diario c'è una nota non salvata. Chiudere il fascicolo e perderla?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nel progetto ci sono modifiche non salvate. Chiudere il fascicolo e perderle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nessun educatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Non in alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Nota non salvata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Progetto non salvato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Registra &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/case_file.py"/>
        <source>Segnalato il %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePlanDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>A&amp;utonomia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Azioni sull'inserimento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>&amp;Inserimenti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>In alloggio %1 · oggi l'alloggio è: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Inserimenti del percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/case_summary.py"/>
        <source>Percorso &lt;b&gt;%1&lt;/b&gt; · stato: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%1 di %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%n casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>%n caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Apri fascicolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Educatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Filtra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&amp;Nuovo caso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>&lt;h2&gt;Casi&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>All&amp;oggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Caricamento dei casi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Caricamento dei casi… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Elenco dei casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Municipio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Nome, codice, codice fiscale, alloggio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Qualsiasi segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>S&amp;tato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Se&amp;gnalazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli alloggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli educatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti gli stati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/page.py"/>
        <source>Tutti i Municipi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Nuova password (almeno 10 caratteri):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>&amp;Ripeti la nuova password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Cambia password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Password &amp;attuale:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/charts.py"/>
        <source>Nessun dato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Chiusa il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>C&amp;osto (€):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Chiudi la segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Cosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>&amp;Registra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Da rinnovare il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra consenso o informativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>facoltativa, es. firmato anche dal tutore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentsBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Consensi della persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Cosa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Dato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Informativa e consensi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Re&amp;voca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Registra &amp;consenso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/consents_box.py"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%1 nei prossimi 30 giorni, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n già superata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n già superate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>%n scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Caricamento delle scadenze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Scadenze non disponibili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tipo di scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/deadlines_panel.py"/>
        <source>Tutte le scadenze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryExtractDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Crea estratto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>&amp;Tipi di nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>es. verifica dell'ente finanziatore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Salva nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>&amp;Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Autore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Ce&amp;rca:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cerca nel diario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Cosa è successo, cosa si è concordato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Le note non si modificano: una correzione è una nuova nota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Note del diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Nuova nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Te&amp;sto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Testo della nota selezionata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tipo di nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>Tutte le note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/diary.py"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>&amp;Da:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Confronto tra versioni del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/diff_dialog.py"/>
        <source>Versione %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source> (scaduto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>%n documenti richiesti mancanti o scaduti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>%n documento richiesto mancante o scaduto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Allegati&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>&lt;b&gt;Documenti richiesti&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;llega documento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>A&amp;pri documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Allegati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documenti richiesti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Documento trovato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Nessun documento allegato: usa «Allega documento…».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Rilasciato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/documents_tab.py"/>
        <source>Tutti i documenti richiesti sono presenti.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data segnalazione *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Inviante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Municipio SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Assistente so&amp;ciale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Con&amp;tatto SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Le modifiche al caso non sono state salvate. Chiudere e perderle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifica dati del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Municipio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Segnalazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Si&amp;ntesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Situazione &amp;ETHOS all'ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>chi ha inviato la segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>telefono o email dell'assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Cognome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Nome *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Rimuovi selezionato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>&amp;Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Aggiungi identificati&amp;vo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ann&amp;ulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati anagrafici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Dati sanitari e giudiziari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Documenti di identità e codici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Em&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Identificativi della persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>L&amp;ingue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Le modifiche alla persona non sono state salvate. Chiudere e perderle?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Luo&amp;go di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifica persona – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Mostra dati sensi&amp;bili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nascosti per riservatezza: per aprirli serve una ragione, che viene registrata nel registro accessi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Naziona&amp;lità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>No&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note &amp;giudiziarie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Note sanita&amp;rie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Nu&amp;mero *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Numero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciat&amp;o da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rilasciato da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovere %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Rimuovi identificativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>S&amp;esso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scaden&amp;za</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tele&amp;fono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Ti&amp;po</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. IT, MA, RO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>es. arabo, francese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_person.py"/>
        <source>facoltativo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>%1 non farà più parte del nucleo dalla data indicata. La storia del nucleo resta visibile nell'Anagrafica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>&amp;Conferma uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscita dal nucleo – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Uscito/a &amp;il</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>&amp;Salva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Ci sono sovrapposizioni:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Le modifiche valgono per tutte le ripetizioni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifica appuntamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Nuovo appuntamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Salvare comunque?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_dialog.py"/>
        <source>Sovrapposizioni</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Dalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Note interne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Organizzatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Partecipanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Ripetizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;fino alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>&amp;verifica dell'accordo il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>A&amp;lloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Acco&amp;rdo raggiunto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Luogo (&amp;testo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>Parti della &amp;mediazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>conviventi, vicini, amministratore di condominio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>es. Sala comune, Via Padova 112</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>tutto il &amp;giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun alloggio —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/event_form.py"/>
        <source>— nessun caso —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Decisa il:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Motivo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nuova fine prevista:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Proroga dell'inserimento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Password (almeno 10 caratteri):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>&lt;b&gt;Chiave di recupero&lt;/b&gt;&lt;br&gt;È l'unico modo per aprire il database se tutte le password vengono dimenticate. Viene mostrata solo ora: stampala o salvala su una chiavetta e conservala in cassaforte, lontano dal portatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Amministratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Benvenuto. Crea l'amministratore: il database verrà creato cifrato e si aprirà solo con una password. L'amministratore aggiunge poi gli operatori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Chiave di recupero RTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Continua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Copia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Crea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Ho conservato la chiave di recupero in un luogo sicuro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Nome e &amp;cognome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Non salvata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Primo avvio – RTS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Questo database è stato creato da una versione precedente e non è cifrato. Crea l'amministratore: il database verrà cifrato (prima ne viene fatta una copia di sicurezza) e da ora si aprirà solo con una password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva in un file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salva la chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Salvata in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/first_run.py"/>
        <source>Testo (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Data *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Esito *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>&amp;Registra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Dove vive ora il nucleo, lavoro, contatti…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Follow-up a 6 mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Previsto entro il %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Inventario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>&amp;Quali chiavi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Ci sono modifiche non salvate. Chiudere senza salvare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;gas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore &amp;luce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Contatore ac&amp;qua:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>Es.: Cucina: tavolo, 4 sedie, frigorifero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>N. &amp;chiavi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/form_dialog.py"/>
        <source>S&amp;tato dell'alloggio:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FseTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source> (%n mese senza lavoro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source> (%n mesi senza lavoro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Indicatori FSE derivati&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>&lt;b&gt;Schede partecipante&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Condizione lavorativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Da completare per gli indicatori:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Gli indicatori sui dati particolari (art. 9) non sono mostrati qui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Indicatori FSE derivati dalle schede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Istruzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Manca la scheda di ingresso di: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Momento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Nessuna scheda FSE: si compila all'ingresso e all'uscita di ogni adulto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Programmazione degli indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;ingresso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Scheda di &amp;uscita…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Schede partecipante FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Situazione familiare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>Svantaggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_tab.py"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/global_search.py"/>
        <source>Cerca persona: nome, codice, codice fiscale (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Entro il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Indicatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>&amp;Obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Come sapremo che è raggiunto (es. «tre mesi di quota pagata»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Modifica obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/goal_dialogs.py"/>
        <source>Nuovo obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTree</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Chi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Entro il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Indicatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivi e azioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Obiettivo / azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_tree.py"/>
        <source>Stato / ultimo esito</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Elenco alloggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/page.py"/>
        <source>&amp;Tabellone occupazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Esito:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuovo sopralluogo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Conferma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Esito del percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>&amp;Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>A&amp;nnulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>De&amp;stinazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>Scegli l'esito del percorso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/lifecycle.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso – RTS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Esci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Password dimenticata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Scrivi il tuo nome utente.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../rts_desktop/ui/main_menu.py"/>
        <source>Sca&amp;denze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%1 conflitti aperti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%1 dispositivi associati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>%1, conflitti aperti: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>1 conflitto aperto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>1 dispositivo associato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Apertura del database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Cerca:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>La persona non ha ancora un caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Operatore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>RTS Desktop – Residenzialità Temporanea Sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Scadenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sezioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/main_window.py"/>
        <source>Sincronizzazione: nessun altro dispositivo associato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>%1 in tutto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altra area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altre aree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>+%n altro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/month_grid.py"/>
        <source>Scadenze: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Dal giorno:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza libera dove spostarsi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sposta il nucleo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveInDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di ingresso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Ingresso e consegna chiavi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Data di uscita:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Chiavi consegnate all'ingresso: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Uscita e riconsegna chiavi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Esiste già una persona con gli stessi dati. Se è lei, collegala alla nuova segnalazione; se è un'altra persona, registrala comunque. Nessun dato viene unito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>La segnalazione non è stata salvata. Chiudere e perdere i dati inseriti?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Modifiche non salvate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nucleo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/new_case.py"/>
        <source>Nuova segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Data *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Esito *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Persona *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&amp;Registra esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito dopo l'uscita – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra la situazione della persona dopo l'uscita: nelle quattro settimane successive e intorno ai sei mesi (indicatori di risultato FSE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesBox</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>&lt;b&gt;Esiti dopo l'uscita&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eli&amp;mina esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Elimina esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Eliminare l'esito «%1» di %2 del %3? Serve per un esito registrato per errore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esiti FSE dopo l'uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Nessun esito: si registra nelle settimane dopo l'uscita e a sei mesi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Per un esito registrato per errore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_outcome.py"/>
        <source>Registra es&amp;ito…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPicker</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Operatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>&amp;Togli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>A&amp;ggiungi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari &amp;scelti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Beneficiari partecipanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca &amp;beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Cerca per nome, codice o codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Operatori partecipanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/participants.py"/>
        <source>Persone trovate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Importo (€) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Modalità *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra pagamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Il numero della ricevuta consegnata (es. 2026/0012).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Pagamento della quota di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Quota di %1: dovuti %2, già versati %3, restano %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Ricevuta &amp;n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. 12,50</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>&amp;Stampa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Anteprima del documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Pagine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salva come PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Salvataggio non riuscito: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/pdf_preview.py"/>
        <source>Stampa non riuscita.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercorsoTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Educatori&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>&lt;b&gt;Storia degli stati&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Educatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Municipio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Storia degli stati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>esito: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>fatto il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>previsto entro il %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>referente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>supporto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>%1 non può ospitare in queste date (%2): scegli un altro alloggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Il nucleo è già qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun alloggio ha posti liberi per tutto il periodo scelto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Nessun letto libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli la stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/place_fields.py"/>
        <source>Scegli un alloggio con posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Condividi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Modifica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>&amp;Versione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;azione…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Aggiungi &amp;obiettivo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Con&amp;fronta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Elimina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Eliminare %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Eliminare la bozza della versione %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Estratto del diario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>La sintesi della bozza è stata modificata ma non salvata. Perdere le modifiche?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nessun progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;bozza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Nuova &amp;versione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Patto di accoglienza…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Prima veri&amp;fica prevista:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Progetto individualizzato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>S&amp;tampa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Salva si&amp;ntesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Scarta bozza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Sintesi non salvata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Situazione di partenza e direzione del percorso, in poche righe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Veri&amp;fica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>Verifiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>l'azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/plan_editor.py"/>
        <source>l'obiettivo e le sue azioni</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStayDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source> e altri %n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source> e un altro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Alloggio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Fine prevista:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Ingresso dal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Nucleo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>&amp;Stanza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Attiva prima il percorso dei casi %1 per inserirli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Attiva prima il percorso del caso %1 per inserirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>I percorsi dei casi %1 sono sospesi: riprendili prima di inserirli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Il percorso del caso %1 è sospeso: riprendilo prima di inserirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>La fine prevista è il primo giorno libero: quella notte il posto è già disponibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nessun nucleo può essere inserito ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Nuovo inserimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>P&amp;osti:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli il nucleo da inserire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli la stanza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Scegli un alloggio con posti liberi in queste date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_dialogs.py"/>
        <source>Sono in grigio nell'elenco.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>%n progetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>%n progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Apri progetto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>&amp;Stato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>In vigore e bozze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Le verifiche in scadenza sono in cima. Doppio clic per aprire il progetto del caso; «Stampa tutti» prepara un PDF per ciascun progetto elencato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetti individualizzati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>S&amp;tampa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Stampa &amp;tutti in una cartella…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica &amp;entro il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/page.py"/>
        <source>Verifica entro il</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintMixin</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Estratto del diario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Il caso non ha ancora un patto di accoglienza registrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Patto di accoglienza %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/printing.py"/>
        <source>Progetto individualizzato %1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n ambiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>%n valutazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Grafico dell'andamento per ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/chart.py"/>
        <source>Nessuna valutazione registrata per questa persona.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Amministratore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Chiave di recupero:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nuova password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Ripeti la password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Accesso con la chiave di recupero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>La chiave di recupero è stata mostrata una sola volta, alla creazione del database (inizia con RTSR-). Con essa puoi dare una nuova password a un amministratore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le due password non coincidono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Reimposta ed entra</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>&amp;senza fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Intervallo della ripetizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Nessuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Numero di volte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ogni settimana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ripetizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Termina:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>Ultimo giorno della ripetizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>fino al &amp;giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>ogni </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/recurrence_editor.py"/>
        <source>per &amp;N volte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>&amp;Programmazione FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;ggiorna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>A&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Aggiorna i report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Anno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>I casi secondo il Municipio del loro servizio sociale, gli alloggi il loro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo del report, estremi inclusi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Il periodo di programmazione del Fondo sociale europeo per gli indicatori.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Municipio %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Periodo libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Programmazione FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Sceglie l'intero anno solare (1/1–31/12). All'apertura è proposto l'ultimo anno concluso, quello su cui si rendiconta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/filters.py"/>
        <source>Tutti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source> (%1 file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Panoramica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Aggiornamento annullato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Annulla il calcolo dei report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report in corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Calcolo dei report per %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dati da &amp;completare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Dettagli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio su una riga per aprire il caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Doppio clic o Invio: apre il caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Elenco dei report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Errore imprevisto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta &amp;tutto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Esporta tutti i report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Gli indicatori del servizio per il periodo scelto, contando i casi che vedi. Ogni report si esporta in Excel, CSV o PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Il file non si può scrivere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun controllo dei dati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Nessun report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Non hai il permesso di vedere i report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Report per %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Salvataggio di %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Salvato in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Scegli il periodo e premi «Aggiorna».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Solo tabelle: vedi «Dettagli».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/reports/page.py"/>
        <source>Tutti i report in un file Excel o PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Descrizione:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Segnalato da:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Nuova segnalazione guasto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Data della verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Prossima verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&amp;Registra verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Commento&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Esito&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>&lt;b&gt;Obiettivo&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>Verifica del progetto (versione %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/agree_review.py"/>
        <source>— non valutato —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Non valutato (ambito non pertinente o non affrontato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>&amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambiti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Ambito &amp;successivo ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Che cosa avete osservato insieme (facoltativo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>I punteggi inseriti non sono stati salvati. Chiudere e perderli?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>N&amp;ota sull'ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Nessuna valutazione precedente per questo ambito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Note &amp;generali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Sa&amp;lva valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>Valutazione precedente: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/scoring_dialog.py"/>
        <source>◀ Ambito p&amp;recedente</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../rts_desktop/ui/today/section.py"/>
        <source>%1 voci; Invio per aprire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Condividi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Imposta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Motivo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Operatrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>&amp;Termina la condivisione selezionata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Assistente sociale che segue il caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Chi vede il caso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condivisioni del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Condiviso con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>es. sostituzione per ferie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>fino al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/sharing_dialog.py"/>
        <source>— nessuna —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source> mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Background migratorio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Data *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Istruzione (ISCED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Momento *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Persona *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>&amp;Salva scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Background migratorio, disabilità, minoranza: la ragione va nel registro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Con&amp;dizione abitativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Condizione &amp;lavorativa *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Da quanti mesi la persona è senza lavoro alla data della scheda: lunga durata oltre 6 mesi sotto i 25 anni, oltre 12 dai 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Dati particolari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Disa&amp;bilità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Domande art. 9 poste il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Il giorno in cui sono state poste le domande sui dati particolari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>La scheda FSE non è stata salvata. Chiudere e perdere le modifiche?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mesi senza lavo&amp;ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mi&amp;noranza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Mostra dati particolari (art. 9)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>S&amp;vantaggi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda non salvata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Scheda partecipante FSE – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Senza dimora o in esclusione abitativa all'ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>Situazione &amp;familiare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non chiesto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/fse_sheet.py"/>
        <source>— scegli —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Azione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Scorciatoie da tastiera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/help_dialogs.py"/>
        <source>Tasti</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Dal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Nota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>&amp;Stato:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Cambia stato dell'alloggio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StayActions</name>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Apri percorso %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Proroga…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>&amp;Sposta in altra stanza…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>A&amp;nnulla inserimento pianificato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annulla inserimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Annullare l'inserimento pianificato di &lt;b&gt;%1&lt;/b&gt;%2 dal %3 al %4?&lt;br&gt;I posti tornano liberi; l'annullamento resta nel registro attività.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;ingresso (consegna chiavi)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Registra &amp;uscita (riconsegna chiavi)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;consegna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Stampa verbale di &amp;riconsegna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/stay_actions.py"/>
        <source>Verbale chiavi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaysTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Nuovo inserimento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Altre a&amp;zioni sull'inserimento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Annu&amp;lla inserimento pianificato…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Concluso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Fine prevista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In corso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Inserimenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Nessun inserimento in alloggio per questo caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Pianificato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Proroghe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Registra in&amp;gresso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Si annulla solo un inserimento non ancora iniziato, senza chiavi consegnate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Uscita</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwitchUserDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Nome utente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Cambia utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Entra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/dialogs.py"/>
        <source>Le finestre aperte verranno chiuse: salva prima quello che stai scrivendo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>+%n altri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>+%n altro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Griglia oraria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/calendar/time_grid.py"/>
        <source>oggi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&amp;Mostra:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;Già avvenuto&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>&lt;b&gt;In programma&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>C&amp;erca:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cerca nella cronologia…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Cronologia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Dettagli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Evento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>In programma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/records_tabs.py"/>
        <source>Tutto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>%1 posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>1 posto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Aggiornato alle %1 · settimana dal %2 al %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento non riuscito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Caricamento…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>I tuoi appuntamenti e i tuoi casi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>Tutto il servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/today/page.py"/>
        <source>in %1 alloggi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Esci dall'applicazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>La sessione di %1 è bloccata. Scrivi la password per continuare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sblocca</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/lock.py"/>
        <source>Sessione bloccata – RTS Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Data *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Motivo *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>&amp;Registra richiamo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Richiamo formale previsto dal patto firmato il %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>es. ospiti non autorizzati in alloggio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>Operatore: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>amministratore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>coordinatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/login/account.py"/>
        <source>educatore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>case_file</name>
    <message>
        <location filename="../../rts_desktop/ui/cases/info_tabs.py"/>
        <source>Caso concluso: solo consultazione.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source> (interrotto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>(vuoto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>, {f} non riusciti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>--days va da 0 a 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>--processes va da 1 a 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>--recipient: né una chiave age né un file leggibile: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>1 letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>1 posto libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>12 mesi e oltre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Accessibile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Aggiornamento del database non riuscito, ripristinato il backup: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Al massimo 200 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Al massimo {n} caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Alloggio non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Alloggio non trovato: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altra situazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Altro svantaggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Ambito non previsto: {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Ancora in uso: da conservare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Annullato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Anteprima non pronta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Aperto il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Appuntamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Appuntamento non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Ascensore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Assistente sociale (operatore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Attenzione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa media (giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Attesa mediana (giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Attestazione ISEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Attiva prima il percorso del caso {c} per inserirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Attività di gruppo: appuntamenti non legati a un caso. Incontri con almeno una presenza o assenza segnata nel periodo; ore = presenze × durata dell'incontro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Attivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Autonomia: distanza percorsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Azione del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Azione non trovata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>BYSETPOS si usa solo con ripetizioni mensili o annuali.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Beneficiario non trovato ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Beneficiario non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cambio di stato del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Campo obbligatorio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Campo previsto solo per la mediazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Capofamiglia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <location filename="../../rts_desktop/cli/common.py"/>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <location filename="../../rts_desktop/kernel/fileio.py"/>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Cartella inesistente: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Casi con data di uscita nel periodo; la quota è sul totale delle uscite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Casi con dati da completare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi con inizio del percorso nel periodo. Progetto condiviso in tempo: entro {n} giorni dall'inizio (prima condivisione di qualsiasi versione).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Casi con morosità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Casi entrati nel periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Casi segnalati nel periodo; attesa dalla segnalazione all'inizio del percorso, per i percorsi avviati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Caso</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Caso non trovato: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Caso sconosciuto: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Categoria ETHOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Categoria ETHOS all'ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Chiave del destinatario non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Chiave di pseudonimizzazione non valida in {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>Chiave di recupero non valida: controlla di averla copiata tutta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Chiavi consegnate all'ingresso: {g}, riconsegnate: {r}. Scrivi in «Quali chiavi» quali mancano e perché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Chiuso il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cittadinanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Codice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Codice di registrazione del dispositivo non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Codice fiscale non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Commento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Compila il modello prima di salvare la nota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Componente del nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Componenti non validi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Condivisione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condivisione del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Condivisione del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso con</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condiviso il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Condizione all'ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Condizioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Conflitto non trovato o già risolto ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Consegna chiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso a foto e video delle attività</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso al trattamento di dati sanitari e giudiziari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Consenso alla condivisione con il servizio sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Conservazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contatto SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Contributo mensile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Controllo dopo l'aggiornamento fallito: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Costo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 3 a 6 mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Da 6 a 12 mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Da completare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Data di fine ripetizione (UNTIL) non valida: {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di inizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data di nascita non plausibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di segnalazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data di uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data e ora non valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Data e ora senza fuso orario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Data non leggibile: «{text}». Scrivi gg/mm/aaaa, per esempio 25/11/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non plausibile: usa una data tra il {a} e il {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Data non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Data obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Database non trovato: {path} (crealo con 'rts-desktop init').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Dati da completare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Descrivi l'esito del sopralluogo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Descrizione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Destinazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Destinazione all'uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Deve essere un testo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Dimensione non prevista: usa small o large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Disoccupati + inattivi + occupati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Dispositivo destinatario sconosciuto: registralo prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Dispositivo non trovato ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Dispositivo non trovato o ambiguo: {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Distanza percorsa per ambito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Documento d'identità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Documento d'identità (carta d'identità o permesso di soggiorno)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Domande art. 9 poste il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Donne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Dovuto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Dovuto e versato per mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Due stanze hanno lo stesso nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Durata (mesi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Durata delle permanenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata media (giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Durata mediana (giorni)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Eccezione di un appuntamento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Educatore del caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Eliminazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esclusione abitativa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Esiste già un alloggio con codice {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste già una bozza del progetto (versione {n}): completa quella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Esiste già una valutazione di questa persona in questa data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Esiste una versione più recente (versione {n}): parti da quella.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Esiti non validi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Esito FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito FSE dopo l'uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito del percorso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Esito della verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Età all'ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>File del destinatario illeggibile: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>File dell'allegato mancante nell'archivio: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>File dell'allegato mancante nell'archivio: {t} (esegui check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password illeggibile: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>File della password troppo grande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi con parametri non ammessi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi di una versione sconosciuta: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi illeggibile: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>File delle chiavi mancante: {p} (va tenuto accanto al database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>File di backup non trovato: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>File non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>File non trovato: {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine effettiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Fine prevista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Fino a 3 mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Firma del pacchetto non valida: è stato alterato o non viene da {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Firmato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up previsto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Follow-up svolto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Formato non previsto: usa .xlsx, .csv o .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Frequenza non ammessa: usa giornaliera, settimanale, mensile o annuale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Fuori servizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Genere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Genere non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Gruppo di esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Guasto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>I dati di questa persona sono già stati cancellati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>I mesi senza lavoro si indicano solo per chi è disoccupato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>ISCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il CAP è di cinque cifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Il CSV contiene un report solo: scegli Excel o PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il Municipio va da 1 a 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il backup da riga di comando è disponibile per i database SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} non si apre con questa chiave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup {path} è cifrato (o non è un database): serve la chiave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il backup è danneggiato: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>Il backup è danneggiato: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>Il beneficiario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso del nucleo è concluso: i componenti si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha un progetto condiviso da stampare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Il caso {c} non ha una versione {n} del progetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/closed.py"/>
        <source>Il caso è concluso: i suoi dati si possono solo consultare. Per modificarli, riapri il caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il caso è concluso: non si apre una nuova versione del progetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il caso è concluso: patto, quote e richiami non si modificano più. Per registrare altro, riapri il caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Il caso è già condiviso con questo operatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita a {code}, non a {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita il {code}, non il {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica nascita in {code}, non a {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fiscal_code.py"/>
        <source>Il codice fiscale indica sesso {code}, non {given}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Il consenso è già stato revocato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto non è un archivio valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il contenuto del pacchetto è danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il database contiene già dei dati: i dati dimostrativi vanno in un database vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/demo/small.py"/>
        <source>Il database contiene già dei dati: usa un database nuovo per la demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non si apre con questa chiave: la chiave è errata oppure il file è danneggiato o non è di RTS Desktop (usa 'rts-desktop restore').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} non è cifrato: va prima convertito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è danneggiato ({err}); usa 'rts-desktop restore'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>Il database {path} è in uso: chiudi RTS Desktop e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>Il database {path} è stato creato da una versione più recente di RTS Desktop (revisione {rev}): aggiorna l'applicazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} esiste già.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Il database {p} non è ancora cifrato: proteggilo con 'rts-desktop init --db {p}' (crea l'amministratore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo destinatario non ha i dati iniziali: prepara per lui un pacchetto completo (snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/export.py"/>
        <source>Il dispositivo {name} è revocato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il dispositivo è già registrato con chiavi diverse: revocalo prima.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il file changes.jsonl non è testo UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Il file della password è vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/backup.py"/>
        <source>Il file di backup non è un database RTS: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file non è ancora disponibile su questo dispositivo: attendi la sincronizzazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file non è un pacchetto RTS (.rtsbundle) o è danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file supera il limite di {n} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il file {name!r} del pacchetto non corrisponde al manifest (alterato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il file {path} esiste già.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Il file {ref} non contiene chiavi age valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Il file è vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il follow-up si registra sui casi conclusi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il manifest del pacchetto non è leggibile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il manifest del pacchetto è troppo grande (al massimo {n} MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Il nome utente {u} esiste già nel pacchetto completo per un'altra persona: rinomina l'operatore di questo portatile e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo deve avere almeno una persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo di un caso non si cambia: apri un nuovo caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Il nucleo ha già un capofamiglia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Il nucleo risulta ancora inserito in alloggio: registra prima l'uscita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già entrato il {d} (chiavi consegnate): l'inserimento non si può annullare, registra invece l'uscita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il nucleo è già in questa stanza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/pending.py"/>
        <source>Il numero di giorni non può essere negativo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene due volte lo stesso file: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche di questo portatile che non conosce: il database potrebbe essere stato ripristinato da un backup vecchio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto contiene modifiche incoerenti con quelle già presenti (dispositivo {dev}, n. {seq}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene troppi file ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un collegamento o una cartella: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file cifrato non previsto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file non elencato nel manifest: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto contiene un file non previsto: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un file troppo grande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto contiene un nome di file pericoloso: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/apply.py"/>
        <source>Il pacchetto fa riferimento a un record che questo portatile non ha ({table} {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto ha un rapporto di compressione sospetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non ha un manifest firmato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto non è destinato a questo portatile (chiave di cifratura diversa).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password richiederebbe troppa memoria per essere aperto (scrypt 2^{n}): preparalo per il dispositivo destinatario (senza password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto protetto da password supera {n} MiB, il massimo per questo tipo di pacchetto: preparalo per il dispositivo destinatario (senza password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto supera i limiti di dimensione (zip bomb?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto usa una compressione non supportata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione più recente di RTS Desktop: aggiorna l'applicazione alla versione ≥ {app} (il file non è stato modificato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto viene da una versione troppo vecchia di RTS Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è danneggiato o incompleto (troncato o alterato): chiedine una copia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è destinato a un altro dispositivo: rifiutato (pacchetto destinato a un altro dispositivo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è protetto da password: indicala per importarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il pacchetto è scaduto il {date}: chiedine uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Il pacchetto è troppo grande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è concluso: non si può più inserire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Il percorso del caso {c} è sospeso: riprendilo prima di inserirlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>Il periodo da esportare non può superare i 10 anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Il periodo può essere lungo al più vent'anni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Il primo appuntamento della ripetizione cadrebbe il {d:%d/%m/%Y} alle {d:%H:%M}, non nel giorno scelto: scegli tra i giorni della ripetizione anche quello dell'appuntamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Il progetto deve avere almeno un obiettivo per essere condiviso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Il progetto è già stato condiviso con i servizi sociali e non si può modificare: crea una nuova versione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record del conflitto non esiste più.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Il record è ancora collegato ad altri dati ({table}): non si può eliminare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/records.py"/>
        <source>Il record è stato modificato da qualcun altro nel frattempo: ricarica e riprova.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Il registro del pacchetto completo non è valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Il richiamo non può precedere la firma del patto ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>Il ripristino da riga di comando è disponibile per i database SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>Il testo non è cambiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Il testo {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/access.py"/>
        <source>Il tuo ruolo non consente questa operazione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Il {d:%d/%m/%Y} l'alloggio {c} ha un inserimento: non può essere «{s}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} il nucleo è già inserito nell'alloggio {c}, stanza «{r}»: non può stare in due posti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Il {d} l'alloggio {c} è «{s}»: non può ospitare nessuno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Importazione completata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/housing/upkeep_dialogs.py"/>
        <source>Importo non valido (es. 120,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/agreement_dialogs.py"/>
        <source>Importo non valido: scrivi ad esempio 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Importo troppo alto: per questo mese si possono registrare al massimo {e}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Impossibile salvare l'immagine {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <source>Impronta non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>In quella data la persona non faceva parte del nucleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>In ristrutturazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Incaricato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Incontri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica --for-device DISPOSITIVO oppure --snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <source>Indica --out FILE (o --json per le sole cifre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Indica almeno un destinatario o una password per il pacchetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Indica almeno un punteggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>Indica almeno una stanza con i suoi letti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Indica data e ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il caso o la persona a cui appartiene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Indica il destinatario (dispositivo registrato) o una password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/gdpr_commands.py"/>
        <source>Indica il motivo della cancellazione (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Indica il nome del file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica il numero di ripetizioni oppure la data di fine, non entrambi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Indica quando sono state poste le domande sui dati particolari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Indica un capofamiglia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Indica un solo dispositivo destinatario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Indica una data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Indica una sola regola RRULE (senza EXDATE o altre righe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indicatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Indicatori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Indicatori FSE dei partecipanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Indirizzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Indirizzo e-mail non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>Informativa privacy consegnata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inizio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inserimento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stay_reads.py"/>
        <source>Inserimento non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Intero record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Intervallo di ripetizione tra 1 e 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inventario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Inviante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>L'allegato {name!r} non corrisponde alla sua impronta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} non corrisponde alla sua impronta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non si decifra: chiave errata o file danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/crypto.py"/>
        <source>L'allegato {sha} non è cifrato o è danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/blobs.py"/>
        <source>L'allegato {sha} è cifrato: serve la chiave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>L'alloggio ha già una stanza «{n}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>L'appuntamento è annullato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>L'educatore è già assegnato al caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/report_commands.py"/>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>L'elenco dei partecipanti si esporta in .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'ingresso deve precedere la fine prevista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'ingresso non può seguire l'uscita ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento continua lo spostamento del {d} nello stesso alloggio: non si può annullare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento deve finire entro la conclusione del percorso ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>L'inserimento non appartiene al caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento non può iniziare prima dell'avvio del percorso ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>L'inserimento non è in questo alloggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è già concluso ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'inserimento è iniziato il {d}: non si può più annullare. Se il nucleo non è mai entrato, registra l'uscita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>L'obiettivo non appartiene a questo progetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>L'operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore non è più attivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>L'operatore scelto non è un'assistente sociale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>L'operatore {u} è disattivato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>L'ordine deve elencare ogni obiettivo una volta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>L'uscita deve seguire l'inizio dell'inserimento ({d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>L'uscita non può precedere l'ingresso ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export_folder.py"/>
        <source>La cartella esiste e non è vuota: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>La chiave di recupero non apre questo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La chiusura non può precedere l'apertura ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La condivisione è già terminata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>La copia cifrata di {path} non corrisponde all'originale: niente è cambiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>La data di fine non può essere nel passato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data finale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>La data finale precede quella iniziale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/ics_export.py"/>
        <source>La data iniziale deve essere compresa tra il 01/01/2000 e il 31/12/2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La data non può essere futura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data non può essere nel futuro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>La data non può precedere quella di inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'assegnazione attuale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>La data precede l'ultimo cambio di stato ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La data precede la condivisione della versione in vigore ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>La data precede la segnalazione ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La data precede la segnalazione del caso ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>La data {day:02d}/{month:02d}/{year} non esiste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>La fine del periodo precede l'inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La fine deve essere successiva all'inizio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <source>La nota è già stata corretta: correggi la versione più recente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password attuale non è corretta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>La password deve avere almeno 8 caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password deve avere almeno {n} caratteri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin_commands.py"/>
        <source>La password di {u} non apre questo backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>La password non può iniziare o finire con spazi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona fa già parte del nucleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>La persona non fa parte del nucleo del caso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>La persona non partecipa a questo appuntamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>La persona è già uscita dal nucleo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La proroga deve spostare la fine oltre il {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La prossima verifica va fissata dopo questa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>La regola non produce alcuna ripetizione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La revoca non può precedere il consenso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>La ricevuta n. {n} è già stata registrata (pagamento del {d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <source>La scadenza deve seguire la data del consenso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La segnalazione è già chiusa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza non appartiene all'alloggio scelto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>La stanza non è in questo alloggio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartments.py"/>
        <source>La stanza «{r}» il {d:%d/%m/%Y} ha {n} posti occupati: non può avere solo {b} letti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>La stanza «{r}» sarebbe oltre la capienza il {d} ({n} posti su {b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>La verifica non può precedere la condivisione del progetto ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>La verifica va fissata dopo la data di condivisione.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Le chiavi di questo inserimento sono già consegnate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Le verifiche si registrano sul progetto condiviso in vigore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Libero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Lingue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>Lo spostamento deve cadere tra il {a} e il {b} esclusi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Luogo di nascita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Manca un file del pacchetto: {name!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Mesi non saldati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Mesi senza lavoro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Minoranza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Minoranza (comprese le comunità emarginate come i Rom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Modificato (da conservare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Morosità per caso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Motivo dell'uscita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Municipio SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Municipio del SST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/common.py"/>
        <source>Municipio {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/shots.py"/>
        <source>Nessun caso attivo nel database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun database da proteggere in {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nessun operatore collegato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/plans/shots.py"/>
        <source>Nessun progetto condiviso nel database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <location filename="../../rts_desktop/reports/pdf.py"/>
        <source>Nessun report da esportare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/services/calendar/events.py"/>
        <source>Nessuna ripetizione dell'appuntamento inizia a quell'ora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome e cognome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nome utente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Nome utente già in uso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Nome utente o password errati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Non binari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Non ci sono quote arretrate: non c'è nessun sollecito da stampare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Non puoi revocare questo stesso portatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>Non riesco a leggere la chiave di recupero da {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Non risponde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Non si può passare da «{a}» a «{b}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <location filename="../../rts_desktop/services/cases/notes.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nota di diario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Nota senza punteggio per l'ambito {d}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note di follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note giudiziarie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sanitarie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Note sulle chiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nucleo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Nucleo in cui nessuno lavora, con figli a carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>Nucleo non trovato ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/households.py"/>
        <source>Nucleo non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Numero di chiavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Numero di ripetizioni tra 1 e {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Numero di telefono non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Nuova fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Obiettivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/plan.py"/>
        <source>Obiettivo non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Occupato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Occupazione per mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Operatore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Operatore non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/view.py"/>
        <source>Operatore non trovato: {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/audit_log.py"/>
        <source>Operatore non trovato: {o}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Operatore sconosciuto: {u}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/progress.py"/>
        <source>Operazione annullata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Ore-partecipante per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo non registrato ({name}): registralo prima di importare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto di un dispositivo revocato ({name}): rifiutato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Pacchetto pronto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto rifiutato: riga {n} di {member}, tabella {table}, campo {field}, record {record}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Pacchetto rifiutato: un suo dato viola una regola del database ({what}); nessuna modifica è stata fatta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Pacchetto {file} di {origin} rifiutato: il suo orologio è avanti di {h} ore rispetto a questo portatile (al massimo {max}). Controlla data e ora del portatile che lo ha preparato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Pagamento della quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/payment_printing.py"/>
        <source>Pagamento non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Parte della regola non supportata: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Partecipante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Partecipanti (pseudonimizzati)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti entrati nel periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti non conteggiabili (dati mancanti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipanti presenti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Partecipanti usciti nel periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Partecipazione alle attività di gruppo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Partecipazione per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Parzialmente occupato ({p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Password del pacchetto errata (o pacchetto danneggiato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Password errata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Patto di accoglienza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Patto di accoglienza firmato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Patto di accoglienza non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Percorsi avviati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Periodo di programmazione non previsto: {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse nel periodo (uscita effettiva), in giorni dall'ingresso all'uscita; un cambio di stanza o di alloggio non è un'uscita. 6 mesi = 183 giorni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze concluse per durata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Permanenze in corso a fine periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <location filename="../../rts_desktop/services/cases/consents.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Persona forse già presente: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/person_export.py"/>
        <source>Persona sconosciuta: {c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Persone con almeno due valutazioni della stessa scheda, l'ultima nel periodo: prima e ultima valutazione a confronto per ambito (variazione positiva = più autonomia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Piano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Posti letto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte disponibili: letti dell'alloggio nelle notti in cui è disponibile od occupato (escluse ristrutturazione e fuori servizio). Usati: posti di ogni permanenza per le notti dall'ingresso al giorno prima dell'uscita (o della fine prevista). Si contano i letti, non le persone: tutte le permanenze, anche dei casi non visibili.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Posti-notte usati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Preparazione del pacchetto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Preparazione della stampa…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Presenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/attendance.py"/>
        <source>Presenze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Presenze e assenze si segnano dopo l'inizio dell'appuntamento.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Primo ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Progetti individualizzati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto condiviso in tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Progetto individualizzato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Progetto individualizzato firmato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine non ancora scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Progetto non condiviso, termine scaduto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <location filename="../../rts_desktop/services/plans/printing.py"/>
        <source>Progetto non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Proroga</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Prossima verifica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Proveniente da zona rurale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Pseudonimo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Punteggio di valutazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio iniziale medio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Punteggio più recente medio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Qualità dei dati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <source>Questa ripetizione è stata annullata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/common.py"/>
        <source>Questa versione del progetto è stata superata e non si può modificare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Questo campo non può restare vuoto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non ha una chiave di recupero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>Questo database non è cifrato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Questo pacchetto è stato preparato da questo stesso portatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/importer.py"/>
        <source>Questo portatile ha modifiche che il pacchetto completo non contiene: invia prima un pacchetto a {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/devices.py"/>
        <source>Questo è il codice di questo stesso portatile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Quota avviata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con autonomia raggiunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Quota con esito negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/stays.py"/>
        <source>Quota di almeno 6 mesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di progetti condivisi in tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Quota di verifiche puntuali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quota versata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Quote di compartecipazione e morosità</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote mensili dei mesi del periodo, in euro. Morosità: dovuto meno versato di ogni mese, quando positivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <source>Quote per mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Registra prima la scheda di ingresso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Registro accessi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione non valida: «{p}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/recurrence.py"/>
        <source>Regola di ripetizione vuota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Relazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Report sconosciuto: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Responsabile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Richiamo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl fuori ordine o ripetuta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di changes.jsonl non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Riga {n} di rows.jsonl non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato da</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Rilasciato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Ruolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scadenza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/api.py"/>
        <source>Scegli il dispositivo a cui è destinato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scegli la persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/cases/edit_case.py"/>
        <source>Scegli un educatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/sharing.py"/>
        <source>Scegli un operatore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scegli un valore da tenere oppure scrivine uno nuovo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/calendar/attendance.py"/>
        <location filename="../../rts_desktop/ui/cases/household_dialogs.py"/>
        <source>Scegli un valore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/resolve.py"/>
        <source>Scelta non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Scheda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Scheda FSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scheda partecipante FSE+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non disponibile: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/frameworks.py"/>
        <source>Schema di valutazione non valido ({source}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi data e ora come gg/mm/aaaa hh:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi la data come gg/mm/aaaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Scrivi perché servono questi dati: la ragione va nel registro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi un numero intero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Scrivi «sì» oppure «no».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazione non prevista: {f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Segnalazioni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Segnalazioni e attese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/case.py"/>
        <source>Segnalazioni non valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/referrals.py"/>
        <source>Segnalazioni per Municipio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Senza dimora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>Senza questi dati gli indicatori FSE del caso non si possono calcolare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>Senza stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sesso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/diff.py"/>
        <source>Si possono confrontare solo versioni dello stesso progetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/field_errors.py"/>
        <source>Si è verificato un errore imprevisto: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sintesi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Solo un amministratore può gestire un amministratore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sopralluogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>Spazio su disco insufficiente per importare il pacchetto: servono circa {n} MiB liberi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {d} di {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_batch.py"/>
        <source>Stampati {n} progetti su {t} in {s:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/listing.py"/>
        <source>Stato del progetto sconosciuto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Stato dell'alloggio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Sì</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/export.py"/>
        <source>Tabella non presente nel report: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Tasso di occupazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/occupancy.py"/>
        <source>Tasso di occupazione per mese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Telefono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/documents.py"/>
        <source>Tessera sanitaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Testo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Testo troppo lungo (massimo {n} caratteri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/printing_diary.py"/>
        <source>Tipo di nota sconosciuto: {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Titolo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Totale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/lockout.py"/>
        <source>Troppi tentativi falliti: riprova tra {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Tutto il giorno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>URL del database non valido o driver non installato: {u}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/models/rules.py"/>
        <location filename="../../rts_desktop/services/calendar/event_records.py"/>
        <source>Un appuntamento dura al massimo {n} giorni.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita (manca la scheda di uscita della persona e il caso non è concluso).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un esito si registra dopo l'uscita ({d:%d/%m/%Y}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/plans/reviews.py"/>
        <source>Un obiettivo ha più di un esito.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Un solo adulto con figli a carico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/report.py"/>
        <source>Uomini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/sync_commands.py"/>
        <source>Usa --recipient oppure una password, non entrambi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/people.py"/>
        <source>Usa il codice del paese a due lettere (es. IT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>Usa solo lettere, numeri, punto e trattino basso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data dal {a} in poi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data fino al {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/common/dates.py"/>
        <source>Usa una data tra il {a} e il {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/participants.py"/>
        <source>Uscita finale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per destinazione</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/registry.py"/>
        <source>Uscite per destinazione ed esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/exits.py"/>
        <source>Uscite per esito</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valido dal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore non ammesso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <source>Valore non ammesso: {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Valore non valido per questo campo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valore non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore sì/no non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/agreements.py"/>
        <source>Valore tra 1 e {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/validation.py"/>
        <source>Valore tra {a} e {b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/cases/fse.py"/>
        <location filename="../../rts_desktop/services/plans/assessments.py"/>
        <source>Valori non validi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Valutazione dell'autonomia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/autonomy.py"/>
        <source>Variazione media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/printing.py"/>
        <source>Verbale non trovato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/upkeep.py"/>
        <source>Verbale non valido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Verifica del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>Verifica e importazione del pacchetto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifica puntuale: entro la data prevista (per le verifiche registrate prima che la data fosse conservata: entro {n} giorni dalla precedente o dalla condivisione del progetto). Mancante: progetto condiviso con la prossima verifica prevista nel periodo, già passata e non svolta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche del progetto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche in ritardo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche mancanti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche previste nel periodo, da svolgere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche puntuali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche scadute nel periodo e non svolte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Verifiche svolte nel periodo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/contributions.py"/>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/labels.py"/>
        <source>Versato il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/validate.py"/>
        <source>Versione dello schema del pacchetto non valida.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/ui/screenshots.py"/>
        <source>Vista sconosciuta: {v} (disponibili: {all}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/plans.py"/>
        <source>Voce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>categoria ETHOS all'ingresso mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>completa</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>condizione occupazionale non indicata nella scheda di ingresso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>data di nascita mancante: età all'ingresso non calcolabile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>data non valida: {v} (usa AAAA-MM-GG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>destinazione all'uscita mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/output_commands.py"/>
        <source>dimensioni non valide: {v} (usa LxA, es. 1280x800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>esito a sei mesi dall'uscita non registrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>esito del percorso mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>follow-up scaduto e non registrato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>indica chi agisce: --user NOME (o la variabile RTS_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/audit_commands.py"/>
        <source>indica un numero maggiore di zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>le due password non coincidono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>nessun posto libero in queste date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/common.py"/>
        <source>non indicato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/visibility.py"/>
        <source>occupato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/common.py"/>
        <source>password mancante: impostala in {env} o esegui il comando da un terminale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>record eliminato ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di ingresso mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/quality.py"/>
        <source>scheda FSE di uscita mancante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <location filename="../../rts_desktop/services/housing/stays.py"/>
        <source>senza stato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/view.py"/>
        <source>sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/reports/esf/classify.py"/>
        <source>situazione del nucleo non determinabile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{n} letti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/apartment_state.py"/>
        <source>{n} posti liberi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/admin.py"/>
        <source>{path} non contiene un database RTS Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/archive.py"/>
        <source>{path} non è un backup RTS Desktop valido o è danneggiato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} non è un database RTS Desktop (o è cifrato e serve la chiave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/encryption.py"/>
        <source>{path} non è un database RTS Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è un database SQLite ma non di RTS Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/migrate.py"/>
        <source>{path} è una cartella, non un database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/sync/bundle_format.py"/>
        <source>{path} è una cartella, non un pacchetto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/kernel/keyring.py"/>
        <source>{p} non è un file delle chiavi di RTS Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/cli/setup.py"/>
        <source>{p} non è una chiave di recupero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/housing/availability.py"/>
        <source>{s} dal {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore attivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/login.py"/>
        <source>{u} non è un amministratore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/db/records.py"/>
        <source>{what} non trovato ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/calendar/queries.py"/>
        <source>{who} è già impegnato in «{t}» il {d:%d/%m/%Y} alle {d:%H:%M}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../rts_desktop/services/operators/__init__.py"/>
        <source>È l'unico amministratore attivo: non si può disattivare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../rts_desktop/ui/sync/busy.py"/>
        <source>Sincronizzazione</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
