; Inno Setup script for Daybook: a per-user install, no administrator rights needed.
; packaging/build runs it on Windows when Inno Setup 6's iscc is on PATH:
;   iscc /DAppVersion=0.1.0 /DBundle=dist\daybook /Odist packaging\windows\daybook.iss
; It leaves no "recent" or jump-list traces: the shortcut asks Windows not to pin or track
; the program (AppUserModel.PreventPinning and ExcludeFromShowInNewInstall below), Daybook
; registers no file types, and the app never adds to the recent-documents list.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\daybook"
#endif

[Setup]
AppId={{6F1B6C2E-4B7E-4D0B-9B3A-0D5A1E2C7F10}
AppName=Daybook
AppVersion={#AppVersion}
AppPublisher=Daybook
; Per user, into the user's own programs folder: no administrator, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={userpf}\Daybook
DefaultGroupName=Daybook
DisableProgramGroupPage=yes
DisableReadyPage=no
; Nothing telling in the installer or the Apps list: it is a diary.
UninstallDisplayName=Daybook
UninstallDisplayIcon={app}\daybookw.exe
SetupIconFile=..\..\resources\icons\daybook.ico
OutputBaseFilename=daybook-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The installer does not remember the last folder in the registry beyond its own uninstall key.
UsePreviousAppDir=no
UsePreviousGroup=no
CloseApplications=yes

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID ties the shortcut to the running app; PreventPinning keeps Daybook out of the
; taskbar's and Start menu's jump lists and frequent-programs list.
Name: "{userprograms}\Daybook"; Filename: "{app}\daybookw.exe"; \
  AppUserModelID: "org.daybook.Daybook"; \
  Flags: preventpinning excludefromshowinnewinstall

[Run]
Filename: "{app}\daybookw.exe"; Description: "Open Daybook now"; \
  Flags: nowait postinstall skipifsilent unchecked

[UninstallDelete]
; Program files only. The diary (in the user's data folder, or beside a portable copy) is
; never removed by uninstalling: the person decides what happens to it.
Type: filesandordirs; Name: "{app}\_internal"
