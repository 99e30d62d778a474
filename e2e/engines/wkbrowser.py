#!/usr/bin/python3
"""A bare WebKitGTK browser for WebKitWebDriver (capability webkitgtk:browserOptions.binary).

Why not Debian's MiniBrowser: its toolbar keeps the window at least 447 px wide (no 390 px
phone viewport), and in automation mode its ephemeral session never writes console messages.
Here the window holds only the web view, the data directory is a fresh temporary one, and
every console message (console.*, uncaught exceptions, CSP violations) is written to the log
file, which the test reads as the engine's console.

Options (webkitgtk:browserOptions.args, after --automation), one launch each:
  --log=FILE            console messages and uncaught errors go here
  --user-agent=UA       the navigator.userAgent the page sees
  --init-script=FILE    JavaScript run at document start in every frame, before the page's own
  --proxy=URL           every request (loopback included) goes through this HTTP proxy
  --media=mock|deny     mock camera and microphone, the permission granted; or every request denied
Debian packages: webkit2gtk-driver, gir1.2-webkit2-4.1, python3-gi, xvfb.
"""
import os
import shutil
import sys
import tempfile

import gi
gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

args = sys.argv[1:]
if '--automation' not in args:
    sys.exit('usage: wkbrowser.py --automation [options]  (started by WebKitWebDriver)')
options = dict(a[2:].split('=', 1) for a in args if a.startswith('--') and '=' in a)

if options.get('log'):
    fd = os.open(options['log'], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 1)  # the web processes inherit these
    os.dup2(fd, 2)

data = tempfile.mkdtemp(prefix='wkbrowser-')
manager = WebKit2.WebsiteDataManager(base_data_directory=data, base_cache_directory=data)
if options.get('proxy'):
    manager.set_network_proxy_settings(WebKit2.NetworkProxyMode.CUSTOM, WebKit2.NetworkProxySettings.new(options['proxy'], []))
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)

settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)
if options.get('user-agent'):
    settings.set_user_agent(options['user-agent'])
media = options.get('media')
if media:
    settings.set_property('enable-media-stream', True)
    settings.set_property('enable-mock-capture-devices', media == 'mock')

content = WebKit2.UserContentManager()
if options.get('init-script'):
    with open(options['init-script'], encoding='utf-8') as f:
        content.add_script(WebKit2.UserScript.new(
            f.read(), WebKit2.UserContentInjectedFrames.ALL_FRAMES,
            WebKit2.UserScriptInjectionTime.START, None, None))

windows = set()


def close_view(view, window):
    window.destroy()
    windows.discard(window)
    if not windows:
        Gtk.main_quit()


def permission(view, request):
    if isinstance(request, (WebKit2.UserMediaPermissionRequest, WebKit2.DeviceInfoPermissionRequest)):
        if media == 'mock':
            request.allow()
        else:
            request.deny()
        return True
    return False


def create_view(_session=None):
    view = WebKit2.WebView(web_context=context, settings=settings, user_content_manager=content,
                           is_controlled_by_automation=True)
    view.connect('permission-request', permission)
    window = Gtk.Window()
    window.set_default_size(390, 844)
    window.add(view)
    window.show_all()
    windows.add(window)
    view.connect('close', close_view, window)
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('wkbrowser')
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect('create-web-view', create_view)


context.connect('automation-started', automation_started)
try:
    Gtk.main()
finally:
    shutil.rmtree(data, ignore_errors=True)
