; Inno Setup script: per-user install (no administrator rights needed on office laptops).
; Build on Windows after PyInstaller:  iscc installer\rts-desktop.iss
#define AppName "RTS Desktop"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F4C2A0E-7D1B-4C55-9E2A-5B1D8E3C9A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Comune di Milano - Residenzialità Temporanea Sociale
DefaultDirName={localappdata}\Programs\RTS Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=rts-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\rts-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\rts-desktop.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\rts-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\rts-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
