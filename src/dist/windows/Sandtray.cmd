@echo off
rem Sandtray Recorder for Windows. Finds Java 17 or newer: the "runtime" folder beside this file,
rem then JAVA_HOME, then java.exe on PATH. With no arguments it opens the window; with arguments it
rem runs the command line (Sandtray.cmd --help). Kept in UTF-8 in the repository; the build writes
rem it as GBK with CRLF line ends, because cmd.exe reads a batch file in the console's code page
rem (936 on a Chinese Windows). Not run by the project: there is no Windows machine to run it on.
setlocal EnableExtensions DisableDelayedExpansion
set "APP=%~dp0"
set "JAVA="
set "JAVAW="
set "FOUNDOLD="

if exist "%APP%runtime\bin\java.exe" call :try "%APP%runtime\bin"
if defined JAVA goto found
if defined JAVA_HOME call :try "%JAVA_HOME%\bin"
if defined JAVA goto found
for /f "delims=" %%p in ('where java.exe 2^>nul') do (
  call :try "%%~dpp"
  if defined JAVA goto found
)
goto nojava

:found
if not exist "%APP%sandtray.jar" goto nojar
if "%~1"=="" (
  start "Sandtray Recorder" "%JAVAW%" -Dfile.encoding=UTF-8 -jar "%APP%sandtray.jar"
  exit /b 0
)
rem The command line prints UTF-8 (JSON, Chinese names): switch the console to UTF-8 while it runs.
set "OLDCP="
for /f "tokens=*" %%c in ('chcp') do for %%n in (%%c) do set "OLDCP=%%n"
if defined OLDCP set "OLDCP=%OLDCP:.=%"
chcp 65001 >nul
"%JAVA%" -Dfile.encoding=UTF-8 -jar "%APP%sandtray.jar" %*
set "CODE=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %CODE%

:try
rem %1: a folder that may hold java.exe. Sets JAVA and JAVAW when its version is 17 or newer.
set "CANDIDATE=%~1"
if not "%CANDIDATE:~-1%"=="\" set "CANDIDATE=%CANDIDATE%\"
if not exist "%CANDIDATE%java.exe" goto :eof
set "JVER="
set "JMAJOR="
for /f "tokens=3" %%v in ('call "%CANDIDATE%java.exe" -version 2^>^&1 ^| findstr /i /c:" version "') do set "JVER=%%~v"
if not defined JVER goto :eof
for /f "delims=.-+_ " %%m in ("%JVER%") do set "JMAJOR=%%m"
set /a JMAJOR_N=0
set /a JMAJOR_N=%JMAJOR% 2>nul
if %JMAJOR_N% LSS 17 (
  set "FOUNDOLD=%JVER% (%CANDIDATE%)"
  goto :eof
)
set "JAVA=%CANDIDATE%java.exe"
set "JAVAW=%CANDIDATE%javaw.exe"
if not exist "%JAVAW%" set "JAVAW=%JAVA%"
goto :eof

:nojar
echo 找不到 sandtray.jar：请把压缩包完整解压后再运行本文件。
echo sandtray.jar is missing: unpack the whole zip first, then run this file again.
pause
exit /b 1

:nojava
echo.
echo 没有找到 Java 17 或更新的版本，沙盘记录需要它才能运行。
if defined FOUNDOLD echo 找到的 Java 太旧：%FOUNDOLD%
echo 请安装免费的 Java 17（Eclipse Temurin，选 Windows x64 的 .msi 安装包，按默认选项安装）：
echo     https://adoptium.net/zh-CN/temurin/releases/?version=17
echo     国内镜像（清华大学）：https://mirrors.tuna.tsinghua.edu.cn/Adoptium/
echo 也可以把 Java 17 的运行环境解压到本文件旁边，文件夹名为 runtime（runtime\bin\java.exe）。
echo 装好后重新双击 Sandtray.cmd。详见 README.txt。
echo.
echo Java 17 or newer was not found; Sandtray Recorder needs it.
if defined FOUNDOLD echo The Java found is too old: %FOUNDOLD%
echo Install the free Java 17 (Eclipse Temurin, the Windows x64 .msi, default options):
echo     https://adoptium.net/temurin/releases/?version=17
echo or unpack a Java 17 runtime beside this file as a folder named runtime (runtime\bin\java.exe).
echo Then double-click Sandtray.cmd again. See README.txt.
echo.
pause
exit /b 1
