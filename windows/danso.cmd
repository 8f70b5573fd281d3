@echo off
rem danso.cmd: mở danso trong một cửa sổ dòng lệnh dùng bảng mã UTF-8 (65001)
rem và phông Consolas, có đủ chữ tiếng Việt có dấu.
rem Opens danso in a console window with the UTF-8 code page and the
rem Consolas font (which has the Vietnamese letters). Arguments are passed on:
rem   danso.cmd --db E:\danso.db
rem The console of Windows keeps per-title settings under HKCU\Console\<title>:
rem the window is titled "danso", and its font is set there (current user only).
reg add "HKCU\Console\danso" /v FaceName /t REG_SZ /d "Consolas" /f >nul 2>&1
reg add "HKCU\Console\danso" /v FontFamily /t REG_DWORD /d 54 /f >nul 2>&1
reg add "HKCU\Console\danso" /v FontSize /t REG_DWORD /d 1179648 /f >nul 2>&1
reg add "HKCU\Console\danso" /v WindowSize /t REG_DWORD /d 1638480 /f >nul 2>&1
reg add "HKCU\Console\danso" /v ScreenBufferSize /t REG_DWORD /d 1638480 /f >nul 2>&1
start "danso" cmd /c "chcp 65001 >nul & "%~dp0danso.exe" %*"
