; Inno Setup 6 script: per-user install (no administrator rights needed on office laptops).
; Build on Windows after PyInstaller (see installer/README.md):
;   iscc /DAppVersion=0.1.0 installer\rts-desktop.iss
; The uninstaller keeps the person's data (database, backups, attachments, settings) unless
; she answers yes to the question it asks.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "RTS Desktop"
#define AppExe "rts-desktop.exe"
#define BundleClass "RTSDesktop.Bundle"

[Setup]
AppId={{6F4C2A0E-7D1B-4C55-9E2A-5B1D8E3C9A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Comune di Milano - Residenzialità Temporanea Sociale
DefaultDirName={localappdata}\Programs\RTS Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=rts-desktop-{#AppVersion}-setup
SetupIconFile=..\build\icons\rts-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ChangesAssociations=yes
CloseApplications=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
italian.BundleType=Pacchetto di sincronizzazione RTS Desktop
english.BundleType=RTS Desktop sync bundle
italian.AdminTools=RTS Desktop (riga di comando)
english.AdminTools=RTS Desktop (command line)
italian.DeleteData=Eliminare anche i dati di RTS Desktop su questo computer (database, copie di sicurezza, allegati e impostazioni)?%n%nSe rispondi No restano nella cartella %1 e la prossima installazione li ritrova.
english.DeleteData=Also delete RTS Desktop's data on this computer (database, backups, attachments and settings)?%n%nIf you answer No they stay in the folder %1 and the next installation finds them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "..\dist\rts-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .rtsbundle files: the type, its icon and "open with RTS Desktop" (per user: HKA is HKCU here)
Root: HKA; Subkey: "Software\Classes\.rtsbundle"; ValueType: string; ValueName: ""; ValueData: "{#BundleClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.rtsbundle\OpenWithProgids"; ValueType: string; ValueName: "{#BundleClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleClass}"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The folders the program writes to (platformdirs on Windows, see kernel/config.py) and its
  window settings (QSettings: the registry). Removed only if the person says so. }
function DataFolder(): String;
begin
  Result := ExpandConstant('{localappdata}\rts-desktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if UninstallSilent() then
    exit;  { a silent uninstall (an upgrade, an administrator's script) never deletes data }
  if MsgBox(FmtMessage(CustomMessage('DeleteData'), [DataFolder()]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(DataFolder(), True, True, True);
    DelTree(ExpandConstant('{localappdata}\RTS Desktop'), True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\Comune di Milano\RTS Desktop');
  end;
end;
