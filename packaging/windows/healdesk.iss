; Inno Setup script for a per-user Windows installer of the PyInstaller bundle.
; UNTESTED: written from the Inno Setup documentation; see packaging/windows/README.md.
;   1. packaging\pyinstaller\build.sh equivalent on Windows (README.md), giving dist\healdesk\
;   2. iscc /DAppVersion=0.1.0 packaging\windows\healdesk.iss  ->  dist\HealDesk-0.1.0-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId=org.healdesk.HealDesk
AppName=HealDesk
AppVersion={#AppVersion}
AppPublisher=The HealDesk developers
DefaultDirName={autopf}\HealDesk
DefaultGroupName=HealDesk
DisableProgramGroupPage=yes
; Per-user by default: no administrator rights needed, nothing outside the user's profile.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=HealDesk-{#AppVersion}-setup
SetupIconFile=healdesk.ico
UninstallDisplayIcon={app}\healdesk-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\healdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
; The same AppUserModelID the app sets for itself (healdesk.gui.base.identity), so the taskbar
; groups the running window with this shortcut.
Name: "{autoprograms}\HealDesk"; Filename: "{app}\healdesk-app.exe"; AppUserModelID: "org.healdesk.HealDesk"

[Run]
Filename: "{app}\healdesk-app.exe"; Description: "Start HealDesk"; Flags: nowait postinstall skipifsilent

; The journal lives in %LOCALAPPDATA%\org.healdesk.HealDesk and is deliberately NOT removed
; on uninstall: it is the user's data, and it is encrypted.
