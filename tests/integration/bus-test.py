#!/usr/bin/python3
"""Bus tests of interposer-helper (issue 4, DESIGN.md §6).

The real helper code (Manager, Authorizer, Session objects, generated
adaptors) runs on a private system bus (a real dbus-daemon) over the
invented machine of tests/unit/fakes, with a python-dbusmock polkitd
(polkitd_recorder.py) answering. Clients are gdbus processes, run as an
unprivileged uid through setpriv where polkit matters. Every refusal is
checked to leave the machine unchanged: the helper prints each change it
makes, and no new line may appear.

    bus-test.py FAKE_HELPER SESSION_WATCHER_PROBE
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import dbus
import dbus.mainloop.glib
from gi.repository import Gio, GLib

FAKE_HELPER = None
PROBE = None
NOBODY = 65534
HELPER = 'org.interposer.Helper1'
MANAGER = '/org/interposer/Helper1'
MOCK_IFACE = 'org.freedesktop.DBus.Mock'
TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polkitd_recorder.py')
BUS_CONF = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'support', 'private-system-bus.conf')


def wait_until(what, predicate, timeout=30.0):
    """Polls predicate until it holds; a failure names what was awaited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f'timed out after {timeout} s waiting for {what}')


class Bus:
    def __init__(self, workdir):
        self.dir = workdir
        os.chmod(workdir, 0o755)
        self.socket = os.path.join(workdir, 'system_bus_socket')
        conf = os.path.join(workdir, 'bus.conf')
        with open(BUS_CONF) as template, open(conf, 'w') as f:
            f.write(template.read().replace('@SOCKET@', self.socket))
        self.daemon = subprocess.Popen(['dbus-daemon', f'--config-file={conf}', '--nofork'])
        wait_until('the private bus socket', lambda: os.path.exists(self.socket))
        os.chmod(self.socket, 0o777)
        self.address = f'unix:path={self.socket}'
        os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = self.address
        self.conn = dbus.bus.BusConnection(self.address)

    def has_owner(self, name):
        return bool(self.conn.name_has_owner(name))

    def stop(self):
        self.daemon.terminate()
        self.daemon.wait()


class Services:
    """polkitd mock and fake helper on the bus."""

    def __init__(self, bus):
        self.bus = bus
        self.polkit = None
        self.start_polkit()
        self.helper_out = open(os.path.join(bus.dir, 'helper.out'), 'w+')
        self.helper_err = open(os.path.join(bus.dir, 'helper.err'), 'w+')
        # What the helper's exports read in place of a snapshot device.
        self.export_source = os.path.join(bus.dir, 'export-source')
        # Files in the bus directory are on the invented sda1's filesystem.
        self.helper = subprocess.Popen([FAKE_HELPER, self.export_source, 'sda1'], stdin=subprocess.PIPE,
                                       stdout=self.helper_out, stderr=self.helper_err, text=True)
        wait_until('the helper on the bus', lambda: self.bus.has_owner(HELPER))

    def start_polkit(self):
        self.polkit = subprocess.Popen([sys.executable, '-m', 'dbusmock', '--template', TEMPLATE],
                                       stdout=subprocess.DEVNULL)
        wait_until('the polkitd mock', lambda: self.bus.has_owner('org.freedesktop.PolicyKit1'))
        self.mock = dbus.Interface(self.bus.conn.get_object('org.freedesktop.PolicyKit1',
                                                             '/org/freedesktop/PolicyKit1/Authority'),
                                   MOCK_IFACE)

    def stop_polkit(self):
        self.polkit.terminate()
        self.polkit.wait()
        wait_until('polkitd gone', lambda: not self.bus.has_owner('org.freedesktop.PolicyKit1'))

    def lines(self, prefix):
        self.helper_out.flush()
        with open(self.helper_out.name) as f:
            return [line.strip() for line in f if line.startswith(prefix)]

    def changes(self):
        return self.lines('change:')

    def probes(self):
        return self.lines('probe:')

    def command(self, line):
        """Changes the invented machine (fake-helper.cpp), and waits for it."""
        before = len(self.lines('done:'))
        self.helper.stdin.write(line + '\n')
        self.helper.stdin.flush()
        wait_until(f'the helper to do "{line}"', lambda: len(self.lines('done:')) > before)

    def helper_log(self):
        self.helper_err.flush()
        with open(self.helper_err.name) as f:
            return f.read()

    def stop(self):
        for p in (self.helper, self.polkit):
            if p and p.poll() is None:
                p.terminate()
                p.wait()
        self.helper_out.close()
        self.helper_err.close()


def pump_until(what, predicate, timeout=30.0):
    """wait_until, dispatching the signals of GLib main-loop connections."""
    ctx = GLib.MainContext.default()

    def dispatched():
        while ctx.pending():
            ctx.iteration(False)
        return predicate()
    wait_until(what, dispatched, timeout)


def gdbus(args, uid=None, interactive=True, background=False):
    cmd = ['gdbus', 'call', '--system', '--dest', HELPER] + args
    if interactive:
        cmd.insert(2, '--interactive')
    if uid is not None:
        cmd = ['setpriv', f'--reuid={uid}', f'--regid={uid}', '--clear-groups'] + cmd
    if background:
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def attach(device, kind, options='{}', **kw):
    return gdbus(['--object-path', MANAGER, '--method', 'org.interposer.Helper1.Manager.Attach',
                  device, kind, options], **kw)


def session_call(path, method, *args, **kw):
    return gdbus(['--object-path', path, '--method', f'org.interposer.Helper1.Session.{method}'] + list(args), **kw)


class BusTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='interposer-bus-')
        cls.bus = Bus(cls.tmp)
        cls.svc = Services(cls.bus)

    @classmethod
    def tearDownClass(cls):
        cls.svc.stop()
        cls.bus.stop()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def setUp(self):
        self.assertIsNone(self.svc.helper.poll(), 'the helper died:\n' + self.svc.helper_log())
        if self.svc.polkit.poll() is not None:
            self.svc.start_polkit()
        for action in ('attach', 'snapshot', 'detach', 'reconfigure', 'export', 'fail-writes', 'overwrite-store'):
            self.svc.mock.SetAnswer(f'org.interposer.{action}', 'deny')
        self.svc.mock.Hold(False)
        self.before = self.svc.changes()
        self.before_probes = self.svc.probes()

    def tearDown(self):
        # Leave no session behind for the next test (as root: no polkit).
        for path in self.sessions():
            r = session_call(path, 'Detach', '{}')
            self.assertEqual(r.returncode, 0, r.stderr)

    def sessions(self):
        manager = self.bus.conn.get_object(HELPER, MANAGER)
        objects = manager.GetManagedObjects(dbus_interface='org.freedesktop.DBus.ObjectManager')
        return [str(p) for p in objects]

    def checks(self):
        return json.loads(self.svc.mock.Checks())

    def assertRefused(self, result, error, *mentions):
        self.assertNotEqual(result.returncode, 0, f'accepted: {result.stdout}')
        self.assertIn(f'org.interposer.Error.{error}', result.stderr)
        for m in mentions:
            self.assertIn(m, result.stderr)
        self.assertEqual(self.svc.changes(), self.before, 'a refusal changed the machine')

    # --- polkit answers -------------------------------------------------

    def test_allowed(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'allow')
        r = attach('/dev/sda1', 'linear', uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('/org/interposer/Helper1/sessions/8_1', r.stdout)
        self.assertEqual(self.sessions(), ['/org/interposer/Helper1/sessions/8_1'])
        self.assertIn('change: attach 8:1 253:1', self.svc.changes())
        check = self.checks()[-1]
        self.assertEqual(check['kind'], 'system-bus-name')
        self.assertTrue(check['name'].startswith(':'), check)
        self.assertEqual(check['uid'], NOBODY, 'the subject is not the caller')
        self.assertEqual(check['action'], 'org.interposer.attach')
        self.assertEqual(check['details'].get('device'), '/dev/sda1')
        self.assertEqual(check['flags'], 1, 'interaction should be allowed')
        # Detach by the same user, allowed.
        self.svc.mock.SetAnswer('org.interposer.detach', 'allow')
        r = session_call('/org/interposer/Helper1/sessions/8_1', 'Detach', '{}', uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.sessions(), [])
        self.assertIn('change: destroyBypass 8:1', self.svc.changes())

    def test_snapshot_asks_for_its_own_action(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'allow')
        r = attach('/dev/sda1', 'snapshot', "{'store': <'/store'>}", uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1')
        self.assertEqual(self.checks()[-1]['action'], 'org.interposer.snapshot')

    def test_denied(self):
        r = attach('/dev/sda1', 'linear', uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1', 'denied')

    def test_dismissed(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'dismiss')
        r = attach('/dev/sda1', 'linear', uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1', 'dismissed')

    def test_no_user_interaction(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'challenge')
        r = attach('/dev/sda1', 'linear', "{'auth.no_user_interaction': <true>}", uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1', 'did not allow interaction')
        self.assertEqual(self.checks()[-1]['flags'], 0)

    def test_interactive_flag_honoured(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'challenge')
        r = attach('/dev/sda1', 'linear', uid=NOBODY, interactive=False)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1')
        self.assertEqual(self.checks()[-1]['flags'], 0,
                         'a call without ALLOW_INTERACTIVE_AUTHORIZATION must not let polkit ask')

    def test_polkit_absent(self):
        self.svc.stop_polkit()
        r = attach('/dev/sda1', 'linear', uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1', 'polkit did not answer')
        # Root needs no polkit.
        r = attach('/dev/sda1', 'linear')
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_caller_disconnects_during_check(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'allow')
        self.svc.mock.Hold(True)
        client = attach('/dev/sda1', 'linear', uid=NOBODY, background=True)
        wait_until('the helper asking polkit', lambda: self.svc.mock.HeldCount() == 1)
        name = self.checks()[-1]['name']
        client.kill()
        client.wait()
        wait_until('the caller gone from the bus', lambda: not self.bus.has_owner(name))
        self.svc.mock.ReleaseHeld()
        self.sessions()  # processed after polkit's answer: same bus, in order
        self.assertEqual(self.svc.changes(), self.before, 'acted for a caller that had left')
        self.assertIn('disconnected while polkit was asked', self.svc.helper_log())
        self.assertEqual(self.sessions(), [])

    def test_someone_elses_session(self):
        r = attach('/dev/sda1', 'linear')  # root's session
        self.assertEqual(r.returncode, 0, r.stderr)
        self.before = self.svc.changes()
        self.svc.mock.SetAnswer('org.interposer.detach', 'allow')
        self.svc.mock.SetAnswer('org.interposer.reconfigure', 'allow')
        path = '/org/interposer/Helper1/sessions/8_1'
        self.assertRefused(session_call(path, 'Detach', '{}', uid=NOBODY), 'NotAuthorized', '/dev/sda1', 'uid 0')

    # --- export jobs ---------------------------------------------------

    SDE = '/org/interposer/Helper1/sessions/8_64'  # the fake's 4 MiB disk
    SDE_BYTES = 4 << 20

    def export_setup(self, fifo):
        """A snapshot of sde, a connection that sees the job's signals, a
        target file with more (stale) bytes than the image. With fifo,
        the export reads a FIFO the test feeds; else 4 MiB of random data."""
        src = self.svc.export_source
        if os.path.lexists(src):
            os.unlink(src)
        if fifo:
            os.mkfifo(src)
            self.feed = os.open(src, os.O_RDWR)  # no wait for a reader
            self.addCleanup(lambda: os.close(self.feed) if self.feed is not None else None)
        else:
            with open(src, 'wb') as f:
                f.write(os.urandom(self.SDE_BYTES))
        r = attach('/dev/sde', 'snapshot', "{'store': <'/store'>}")  # root: no polkit
        self.assertEqual(r.returncode, 0, r.stderr)
        self.target = os.path.join(self.tmp, 'export.img')
        with open(self.target, 'wb') as f:
            f.write(b'x' * (self.SDE_BYTES + 4096))
        conn = dbus.bus.BusConnection(self.bus.address, mainloop=dbus.mainloop.glib.DBusGMainLoop())
        self.addCleanup(conn.close)
        events = []
        conn.add_signal_receiver(
            lambda iface, changed, invalidated, path=None: events.append(('props', str(path), dict(changed))),
            signal_name='PropertiesChanged', dbus_interface='org.freedesktop.DBus.Properties',
            path_keyword='path')
        conn.add_signal_receiver(
            lambda ok, message, path=None: events.append(('completed', str(path), bool(ok), str(message))),
            signal_name='Completed', dbus_interface='org.interposer.Helper1.Job', path_keyword='path')
        return conn, events

    def export(self, conn):
        fd = os.open(self.target, os.O_WRONLY)
        try:
            return str(conn.get_object(HELPER, self.SDE).ExportSnapshot(
                dbus.types.UnixFd(fd), dbus.Dictionary({}, signature='sv'),
                dbus_interface='org.interposer.Helper1.Session'))
        finally:
            os.close(fd)

    @staticmethod
    def completion(events, job):
        done = [e for e in events if e[0] == 'completed' and e[1] == job]
        return done[0] if done else None

    @staticmethod
    def job_properties(events, job):
        return [e[2] for e in events if e[0] == 'props' and e[1] == job]

    def job_exists(self, job):
        try:
            self.bus.conn.get_object(HELPER, job, introspect=False).Get('org.interposer.Helper1.Job', 'Progress',
                                                      dbus_interface='org.freedesktop.DBus.Properties')
            return True
        except dbus.exceptions.DBusException as e:
            self.assertIn('UnknownObject', e.get_dbus_name() + str(e))
            return False

    def test_export_runs_to_the_end(self):
        conn, events = self.export_setup(fifo=False)
        job = self.export(conn)
        self.assertRegex(job, r'^/org/interposer/Helper1/jobs/\d+$')
        pump_until('the export to complete', lambda: self.completion(events, job))
        self.assertEqual(self.completion(events, job), ('completed', job, True, ''))
        self.assertFalse(any('Failure' in p for p in self.job_properties(events, job)), 'a Failure without one')
        progress = [float(p['Progress']) for p in self.job_properties(events, job) if 'Progress' in p]
        self.assertEqual(progress[-1], 1.0, progress)
        self.assertEqual(progress, sorted(progress), 'progress went backwards')
        with open(self.svc.export_source, 'rb') as a, open(self.target, 'rb') as b:
            self.assertTrue(a.read() == b.read(), 'the exported image differs from its source')
        self.assertFalse(self.job_exists(job), 'the ended job is still on the bus')

    def test_export_progress_rate_and_cancel(self):
        conn, events = self.export_setup(fifo=True)
        job = self.export(conn)
        chunk = os.urandom(1 << 20)
        os.write(self.feed, chunk)
        pump_until('a quarter of the export',
                   lambda: any(float(p.get('Progress', 0)) == 0.25 for p in self.job_properties(events, job)))
        self.assertTrue(any(int(p.get('Rate', 0)) > 0 for p in self.job_properties(events, job)),
                        f'no Rate above 0 while 1 MiB was copied: {self.job_properties(events, job)}')
        # Somebody else may not cancel it.
        r = gdbus(['--object-path', job, '--method', 'org.interposer.Helper1.Job.Cancel'], uid=NOBODY)
        self.assertNotEqual(r.returncode, 0, r.stdout)
        self.assertIn('org.interposer.Error.NotAuthorized', r.stderr)
        self.assertIn('/dev/sde', r.stderr)
        self.assertTrue(self.job_exists(job))
        self.assertIsNone(self.completion(events, job))
        # Its owner may. The copy waits in read(): the end of the FIFO wakes it.
        conn.get_object(HELPER, job).Cancel(dbus_interface='org.interposer.Helper1.Job')
        os.close(self.feed)
        self.feed = None
        pump_until('the cancelled export to complete', lambda: self.completion(events, job))
        _, _, ok, message = self.completion(events, job)
        self.assertFalse(ok)
        self.assertIn('cancelled', message)
        # The sentence's parts came before it, for a window to say it in
        # its user's language (Job.Failure).
        failed = [i for i, e in enumerate(events) if e[0] == 'props' and e[1] == job and 'Failure' in e[2]]
        self.assertEqual(len(failed), 1, events)
        source, parameters = events[failed[0]][2]['Failure']
        self.assertEqual((str(source), [str(p) for p in parameters]),
                         ('The export of the snapshot of %1 was cancelled.', ['/dev/sde']))
        self.assertLess(failed[0], events.index(self.completion(events, job)))
        self.assertIn('/dev/sde', message)
        with open(self.target, 'rb') as f:
            self.assertTrue(f.read(len(chunk)) == chunk, 'the copied part differs')

    def test_export_of_an_unreadable_snapshot(self):
        conn, events = self.export_setup(fifo=False)
        os.unlink(self.svc.export_source)  # the "snapshot device" cannot be opened
        with self.assertRaises(dbus.exceptions.DBusException) as caught:
            self.export(conn)
        self.assertEqual(caught.exception.get_dbus_name(), 'org.interposer.Error.Failed')
        self.assertIn('Cannot read the snapshot of /dev/sde', str(caught.exception))
        with open(self.target, 'rb') as f:
            self.assertTrue(f.read() == b'x' * (self.SDE_BYTES + 4096), 'a failed export changed the file')

    def test_export_cancelled_when_its_client_leaves(self):
        conn, events = self.export_setup(fifo=True)
        client = subprocess.run([sys.executable, '-c', '''
import dbus, os, sys
conn = dbus.bus.BusConnection(sys.argv[1])
fd = os.open(sys.argv[2], os.O_WRONLY)
job = conn.get_object('org.interposer.Helper1', sys.argv[3]).ExportSnapshot(
    dbus.types.UnixFd(fd), dbus.Dictionary({}, signature='sv'), dbus_interface='org.interposer.Helper1.Session')
print(conn.get_unique_name(), job)
''', self.bus.address, self.target, self.SDE], capture_output=True, text=True, timeout=60)
        self.assertEqual(client.returncode, 0, client.stderr)
        name, job = client.stdout.split()
        wait_until('the client gone from the bus', lambda: not self.bus.has_owner(name))
        self.sessions()  # the helper has seen the name go: same bus, in order
        os.close(self.feed)  # wakes the copy; without the cancel, this would read as the device's end
        self.feed = None
        pump_until('the abandoned export to complete', lambda: self.completion(events, job))
        _, _, ok, message = self.completion(events, job)
        self.assertFalse(ok)
        self.assertIn('cancelled', message)

    def test_object_manager_signals(self):
        conn = dbus.bus.BusConnection(self.bus.address, mainloop=dbus.mainloop.glib.DBusGMainLoop())
        self.addCleanup(conn.close)
        events = []
        for name in ('InterfacesAdded', 'InterfacesRemoved'):
            conn.add_signal_receiver(lambda path, what, name=name: events.append((name, str(path), what)),
                                     signal_name=name, dbus_interface='org.freedesktop.DBus.ObjectManager',
                                     path=MANAGER)
        self.assertEqual(attach('/dev/sda1', 'delay', "{'read-ms': <uint32 7>}").returncode, 0)
        path = '/org/interposer/Helper1/sessions/8_1'
        pump_until('InterfacesAdded', lambda: any(e[0] == 'InterfacesAdded' for e in events))
        name, added, interfaces = events[0]
        self.assertEqual(added, path)
        session = interfaces['org.interposer.Helper1.Session']
        self.assertEqual(str(session['Kind']), 'delay')
        self.assertEqual(int(session['Options']['read-ms']), 7)
        self.assertEqual(session_call(path, 'Detach', '{}').returncode, 0)
        pump_until('InterfacesRemoved', lambda: any(e[0] == 'InterfacesRemoved' for e in events))
        self.assertEqual(events[-1], ('InterfacesRemoved', path, ['org.interposer.Helper1.Session']))

    def test_session_watcher_follows_the_helper(self):
        """The GUI's SessionWatcher sees sessions come, change and go."""
        probe = subprocess.Popen([PROBE], stdout=subprocess.PIPE, text=True)
        self.addCleanup(probe.wait)
        self.addCleanup(probe.terminate)
        seen = []
        threading.Thread(target=lambda: [seen.append(json.loads(line)) for line in probe.stdout],
                         daemon=True).start()

        def shows(what, sessions):
            wait_until(what, lambda: seen and seen[-1] == sessions)

        shows('the first, empty list', [])
        self.assertEqual(attach('/dev/sda1', 'delay', "{'read-ms': <uint32 7>}").returncode, 0)
        shows('the new session', [{'device': '/dev/sda1', 'kind': 'delay', 'state': 'active',
                                   'options': {'read-ms': 7, 'write-ms': 0, 'flush-ms': 0}}])
        path = '/org/interposer/Helper1/sessions/8_1'
        self.assertEqual(session_call(path, 'Reconfigure', "{'read-ms': <uint32 9>}").returncode, 0)
        shows('the new delay', [{'device': '/dev/sda1', 'kind': 'delay', 'state': 'active',
                                 'options': {'read-ms': 9, 'write-ms': 0, 'flush-ms': 0}}])
        self.assertEqual(session_call(path, 'Detach', '{}').returncode, 0)
        shows('the session gone', [])

    # --- hostile callers (issue 16) ------------------------------------

    SDA1 = '/org/interposer/Helper1/sessions/8_1'

    def exporting(self, path, fd):
        """ExportSnapshot(fd) as root (no polkit): the job path or the error."""
        try:
            return str(self.bus.conn.get_object(HELPER, path).ExportSnapshot(
                dbus.types.UnixFd(fd), dbus.Dictionary({}, signature='sv'),
                dbus_interface='org.interposer.Helper1.Session'))
        except dbus.exceptions.DBusException as e:
            return e

    def test_export_targets_that_are_not_files_to_write(self):
        self.export_setup(fifo=False)
        fifo = os.path.join(self.tmp, 'target.fifo')
        os.mkfifo(fifo)
        self.addCleanup(os.unlink, fifo)
        a, b = __import__('socket').socketpair()
        self.addCleanup(a.close)
        self.addCleanup(b.close)
        cases = [
            ('a FIFO', lambda: os.open(fifo, os.O_RDWR), 'FIFO'),
            ('a socket', lambda: os.dup(a.fileno()), 'socket'),
            ('a directory', lambda: os.open(self.tmp, os.O_RDONLY | os.O_DIRECTORY), 'directory'),
            ('read-only', lambda: os.open(self.target, os.O_RDONLY), 'not open for writing'),
            ('O_PATH', lambda: os.open(self.target, os.O_PATH), 'not open for writing'),
            ('O_APPEND', lambda: os.open(self.target, os.O_WRONLY | os.O_APPEND), 'O_APPEND'),
        ]
        for what, opener, reason in cases:
            with self.subTest(target=what):
                fd = opener()
                try:
                    answer = self.exporting(self.SDE, fd)
                finally:
                    os.close(fd)
                self.assertIsInstance(answer, dbus.exceptions.DBusException, f'{what} accepted: {answer}')
                self.assertEqual(answer.get_dbus_name(), 'org.interposer.Error.InvalidArgument')
                self.assertIn('/dev/sde', str(answer))
                self.assertIn(reason, str(answer))
        with open(self.target, 'rb') as f:
            self.assertTrue(f.read() == b'x' * (self.SDE_BYTES + 4096), 'a refused export changed the file')

    def test_export_onto_the_original(self):
        """Files in the test's directory are on sda1's filesystem (fake-helper)."""
        self.assertEqual(attach('/dev/sda1', 'snapshot', "{'store': <'/store'>}").returncode, 0)
        target = os.path.join(self.tmp, 'on-sda1.img')
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self.addCleanup(os.unlink, target)
        try:
            answer = self.exporting(self.SDA1, fd)
        finally:
            os.close(fd)
        self.assertIsInstance(answer, dbus.exceptions.DBusException, f'accepted: {answer}')
        self.assertEqual(answer.get_dbus_name(), 'org.interposer.Error.InvalidArgument')
        self.assertIn('on a filesystem on /dev/sda1 itself', str(answer))

    def test_export_jobs_are_capped(self):
        conn, events = self.export_setup(fifo=True)
        jobs = []
        for n in range(5):
            target = os.path.join(self.tmp, f'capped-{n}.img')
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            self.addCleanup(os.unlink, target)
            try:
                jobs.append(self.exporting(self.SDE, fd))
            finally:
                os.close(fd)
        refused = jobs.pop()
        self.assertEqual([type(j) for j in jobs], [str] * 4, jobs)
        self.assertIsInstance(refused, dbus.exceptions.DBusException, f'a fifth export ran: {refused}')
        self.assertEqual(refused.get_dbus_name(), 'org.interposer.Error.Busy')
        self.assertIn('/dev/sde', str(refused))
        for job in jobs:
            conn.get_object(HELPER, job).Cancel(dbus_interface='org.interposer.Helper1.Job')
        os.close(self.feed)  # wakes the copies waiting in read()
        self.feed = None
        pump_until('the cancelled exports to complete', lambda: all(self.completion(events, j) for j in jobs))

    def test_pending_checks_are_bounded(self):
        self.svc.mock.SetAnswer('org.interposer.attach', 'allow')
        self.svc.mock.Hold(True)
        client = subprocess.Popen(['setpriv', f'--reuid={NOBODY}', f'--regid={NOBODY}', '--clear-groups',
                                   sys.executable, '-c', """
import dbus, dbus.mainloop.glib, sys
from gi.repository import GLib
dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
bus = dbus.bus.BusConnection(sys.argv[1])
manager = bus.get_object('org.interposer.Helper1', '/org/interposer/Helper1')
loop = GLib.MainLoop()
def refused(e):
    print(e.get_dbus_name(), str(e), flush=True)
    loop.quit()
for n in range(5):
    manager.Attach('/dev/sda1', 'linear', dbus.Dictionary({}, signature='sv'),
                   dbus_interface='org.interposer.Helper1.Manager', timeout=600,
                   reply_handler=lambda path: print('accepted', path, flush=True), error_handler=refused)
loop.run()
""", self.bus.address], stdout=subprocess.PIPE, text=True)
        out = client.stdout.readline()
        wait_until('four checks held', lambda: self.svc.mock.HeldCount() == 4)
        client.kill()
        client.wait()
        self.assertIn('org.interposer.Error.Busy', out)
        self.assertIn('/dev/sda1', out)
        self.svc.mock.ReleaseHeld()
        self.assertEqual(self.sessions(), [])
        self.assertEqual(self.svc.changes(), self.before)

    def test_caller_strings_are_escaped_in_the_log(self):
        r = attach('/dev/nope\nFORGED: attach 8:1 by uid 0', 'linear', uid=NOBODY)
        self.assertRefused(r, 'NotFound', 'FORGED')
        log = self.svc.helper_log()
        self.assertNotIn('\nFORGED', log, 'a caller wrote a line of its own into the log')
        self.assertIn('/dev/nope\\x0aFORGED', log)

    def test_nothing_opened_exclusively_before_authorization(self):
        r = attach('/dev/sda1', 'snapshot', "{'store': <'/dev/sdb'>}", uid=NOBODY)
        self.assertRefused(r, 'NotAuthorized', '/dev/sda1')
        self.assertEqual(self.svc.probes(), self.before_probes,
                         'an unauthorized call opened a device exclusively')
        # Authorized, the store is checked for other holders.
        self.svc.mock.SetAnswer('org.interposer.snapshot', 'allow')
        r = attach('/dev/sda1', 'snapshot', "{'store': <'/dev/sdb'>}", uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn('probe: exclusive-open 8:16', self.svc.probes()[len(self.before_probes):])

    def test_a_second_helper_recovers_nothing(self):
        """Recovery only after owning the name: a second helper started by
        hand must not take the live one's work for a crashed helper's."""
        env = dict(os.environ, INTERPOSER_FAKE_LEFTOVER='1')
        second = subprocess.run([FAKE_HELPER], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                                text=True, timeout=60)
        self.assertEqual(second.returncode, 1, second.stdout + second.stderr)
        self.assertIn('cannot own org.interposer.Helper1', second.stderr)
        self.assertNotIn('change:', second.stdout, 'the second helper recovered before owning the name')
        # Alone on the bus, the same machine is recovered.
        self.svc.stop()
        wait_until('the helper name to go', lambda: not self.bus.has_owner(HELPER))
        alone = subprocess.Popen([FAKE_HELPER], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            self.assertIn('change: dm.remove interposer-8_99', alone.stdout.readline())
        finally:
            alone.terminate()
            alone.wait()
            alone.stdout.close()
            alone.stderr.close()
            BusTest.svc = Services(self.bus)

    def test_the_helper_ends_when_its_bus_goes(self):
        """A helper that lost the system bus can answer nobody, and a
        restarted bus would activate another: it ends, saying why."""
        saved = os.environ['DBUS_SYSTEM_BUS_ADDRESS']
        with tempfile.TemporaryDirectory() as d:
            try:
                other = Bus(d)
                helper = subprocess.Popen([FAKE_HELPER], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, text=True)
                try:
                    wait_until('the helper on the other bus', lambda: other.has_owner(HELPER))
                    other.conn.close()
                    other.stop()
                    out, err = helper.communicate(timeout=30)
                except subprocess.TimeoutExpired:
                    helper.kill()
                    helper.communicate()
                    self.fail('the helper outlived its bus by 30 s')
            finally:
                os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = saved
        self.assertEqual(helper.returncode, 1, out + err)
        self.assertIn('lost its connection to the system bus', err)

    def test_polkit_is_told_kernel_names_and_kinds(self):
        for action in ('attach', 'detach', 'reconfigure', 'export'):
            self.svc.mock.SetAnswer(f'org.interposer.{action}', 'allow')
        r = attach('/dev/disk/by-uuid/1111-aaaa', 'delay', "{'read-ms': <uint32 5>}", uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.checks()[-1]['details'], {'device': '/dev/sda1', 'kind': 'delay', 'settings': 'delay'})
        r = session_call(self.SDA1, 'Reconfigure', "{'read-ms': <uint32 9>}", uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.checks()[-1]['details'], {'device': '/dev/sda1', 'kind': 'delay', 'settings': 'delay'},
                         'Reconfigure told polkit the path the caller used in Attach')
        r = session_call(self.SDA1, 'Detach', '{}', uid=NOBODY)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(self.checks()[-1]['action'], 'org.interposer.detach')
        self.assertEqual(self.checks()[-1]['details'], {'device': '/dev/sda1', 'kind': 'delay'},
                         'Detach told polkit the path the caller used in Attach')

    def test_faults_that_lose_writes_of_a_mounted_filesystem_ask_their_own_action(self):
        flakey = "{'up-seconds': <uint32 5>, 'down-seconds': <uint32 5>, 'mode': <'%s'>}"
        cases = [  # sda1 is mounted, sdb is not
            ('/dev/sda1', 'drop-writes', 'org.interposer.fail-writes'),
            ('/dev/sda1', 'error-writes', 'org.interposer.fail-writes'),
            ('/dev/sda1', 'error-reads', 'org.interposer.attach'),
            ('/dev/sdb', 'drop-writes', 'org.interposer.attach'),
        ]
        for device, mode, action in cases:
            with self.subTest(device=device, mode=mode):
                self.assertRefused(attach(device, 'flakey', flakey % mode, uid=NOBODY), 'NotAuthorized', device)
                check = self.checks()[-1]
                self.assertEqual(check['action'], action)
                self.assertEqual(check['details'], {'device': device, 'kind': 'flakey', 'mode': mode,
                                                    'settings': 'flakey ' + mode})
        # Reconfigure towards lost writes asks it too, even of the owner.
        self.assertEqual(attach('/dev/sda1', 'flakey', flakey % 'error-reads').returncode, 0)
        self.before = self.svc.changes()
        self.assertRefused(session_call(self.SDA1, 'Reconfigure', "{'mode': <'drop-writes'>}", uid=NOBODY),
                           'NotAuthorized', '/dev/sda1')
        self.assertEqual(self.checks()[-1]['action'], 'org.interposer.fail-writes')

    def test_snapshot_stores_are_part_of_the_question(self):
        self.assertRefused(attach('/dev/sda1', 'snapshot', "{'store': <'/dev/sdb'>}", uid=NOBODY),
                           'NotAuthorized', '/dev/sda1')
        check = self.checks()[-1]
        self.assertEqual(check['action'], 'org.interposer.snapshot')
        self.assertEqual(check['details'], {'device': '/dev/sda1', 'kind': 'snapshot', 'store': '/dev/sdb',
                                            'settings': 'snapshot'})
        # A store that holds a filesystem is refused before polkit is asked...
        asked = len(self.checks())
        self.assertRefused(attach('/dev/sda1', 'snapshot', "{'store': <'/dev/sdf'>}", uid=NOBODY),
                           'InvalidArgument', '/dev/sdf', 'ext4')
        self.assertEqual(len(self.checks()), asked)
        # ... unless its overwrite is asked for, as its own action.
        self.svc.mock.SetAnswer('org.interposer.snapshot', 'allow')
        self.assertRefused(attach('/dev/sda1', 'snapshot', "{'store': <'/dev/sdf'>, 'store-overwrite': <true>}",
                                  uid=NOBODY), 'NotAuthorized', '/dev/sda1')
        self.assertEqual(self.checks()[-1]['action'], 'org.interposer.overwrite-store')
        self.assertEqual(self.checks()[-1]['details']['store'], '/dev/sdf')
        # A user's loop device is no store.
        self.assertRefused(attach('/dev/sda1', 'snapshot', "{'store': <'/dev/loop63'>}", uid=NOBODY),
                           'InvalidArgument', '/dev/loop63', 'loop device')

    def test_symlinks_repointed_while_polkit_asks(self):
        """What polkit was asked about is what is done."""
        self.svc.command('repoint /dev/disk/by-label/scratch sdb')
        self.addCleanup(self.svc.command, 'repoint /dev/disk/by-uuid/1111-aaaa sda1')
        self.svc.mock.SetAnswer('org.interposer.snapshot', 'allow')
        self.svc.mock.Hold(True)
        client = attach('/dev/disk/by-uuid/1111-aaaa', 'snapshot', "{'store': <'/dev/disk/by-label/scratch'>}",
                        uid=NOBODY, background=True)
        wait_until('the helper asking polkit', lambda: self.svc.mock.HeldCount() == 1)
        self.assertEqual(self.checks()[-1]['details']['device'], '/dev/sda1')
        self.assertEqual(self.checks()[-1]['details']['store'], '/dev/sdb')
        self.svc.command('repoint /dev/disk/by-uuid/1111-aaaa sdc')
        self.svc.command('repoint /dev/disk/by-label/scratch sdf')
        self.svc.mock.ReleaseHeld()
        out, err = client.communicate(timeout=60)
        self.assertEqual(client.returncode, 0, err)
        made = self.svc.changes()[len(self.before):]
        self.assertTrue(any(c.startswith('change: attach 8:1 253:') for c in made), made)
        snap = [c for c in made if 'interposer-8_1-snap' in c]
        self.assertEqual(len(snap), 1, made)
        self.assertIn(' 8:16 P ', snap[0], 'the store is not the device polkit was told of')

    # --- validation through the bus ------------------------------------

    def test_refusals_through_the_bus(self):
        cases = [
            (('relative', 'linear', '{}'), 'InvalidArgument', 'relative'),
            (('/dev/mapper/vg-data', 'linear', '{}'), 'InvalidArgument', 'vg-data'),
            (('/dev/sda', 'linear', '{}'), 'InvalidArgument', '/dev/sda'),
            (('/dev/sda1', 'mirror', '{}'), 'InvalidArgument', 'mirror'),
            (('/dev/sda1', 'delay', "{'read-ms': <int32 -5>}"), 'InvalidArgument', 'read-ms'),
            (('/dev/sda1', 'delay', "{'read-ms': <uint32 4294967291>}"), 'InvalidArgument', '4294967291'),
            (('/dev/sda1', 'linear', "{'bogus': <1>}"), 'InvalidArgument', 'bogus'),
            (('/dev/sda1', 'snapshot', "{'store': <'/dev/sda1'>}"), 'InvalidArgument', '/dev/sda1'),
            (('/dev/nope', 'linear', '{}'), 'NotFound', '/dev/nope'),
        ]
        self.svc.mock.SetAnswer('org.interposer.attach', 'allow')
        self.svc.mock.SetAnswer('org.interposer.snapshot', 'allow')
        for args, error, mention in cases:
            with self.subTest(args=args):
                self.assertRefused(attach(*args, uid=NOBODY), error, mention)
        # Already interposed.
        self.assertEqual(attach('/dev/sda1', 'linear').returncode, 0)
        self.before = self.svc.changes()
        self.assertRefused(attach('/dev/disk/by-uuid/1111-aaaa', 'linear'), 'Busy', '1111-aaaa')
        path = '/org/interposer/Helper1/sessions/8_1'
        self.assertRefused(session_call(path, 'Reconfigure', "{'read-ms': <uint32 5>}"), 'NotSupported', '/dev/sda1')
        self.assertRefused(session_call(path, 'Detach', "{'force': <true>}"), 'InvalidArgument', 'force')

    def test_errors_carry_their_parameters_when_asked(self):
        """error.parameters: the English sentence, then its source text and
        parameters, for a client to say it in its user's language (the
        window; errortext.h). Not asked: one string, all GLib shows."""
        # GDBus's message API: it hands the error reply over as it came
        # (dbus-python's blocking calls keep its first string only).
        conn = Gio.DBusConnection.new_for_address_sync(
            self.bus.address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT |
            Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
        self.addCleanup(conn.close_sync, None)

        class Refusal:
            def __init__(self, reply):
                self.name = reply.get_error_name()
                self.args = reply.get_body().unpack()

            def get_dbus_name(self):
                return self.name

        def refusal(device, kind, options):
            call = Gio.DBusMessage.new_method_call(HELPER, MANAGER, 'org.interposer.Helper1.Manager', 'Attach')
            call.set_body(GLib.Variant('(ssa{sv})', (device, kind, options)))
            reply, _ = conn.send_message_with_reply_sync(call, Gio.DBusSendMessageFlags.NONE, 30000, None)
            self.assertEqual(reply.get_message_type(), Gio.DBusMessageType.ERROR, 'accepted')
            return Refusal(reply)

        asked = {'error.parameters': GLib.Variant('b', True)}
        e = refusal('/dev/sda', 'linear', asked)
        self.assertEqual(e.get_dbus_name(), 'org.interposer.Error.InvalidArgument')
        self.assertEqual(list(e.args), ['/dev/sda is a whole disk with partitions; choose one of its partitions.',
                                        '%1 is a whole disk with partitions; choose one of its partitions.',
                                        ['/dev/sda']])
        # A number stays a number (the window writes it in its locale).
        e = refusal('/dev/sda1', 'delay', dict(asked, **{'read-ms': GLib.Variant('u', 4294967291)}))
        self.assertEqual(e.args[1], 'Option “%1” for %2 is %3 %4; it must be between %5 and %6 %4.')
        self.assertEqual(e.args[2][:3], ['read-ms', '/dev/sda1', 4294967291])
        e = refusal('/dev/nope', 'linear', asked)
        self.assertEqual(e.get_dbus_name(), 'org.interposer.Error.NotFound')
        self.assertEqual(e.args[2], ['/dev/nope'])
        # An unknown option's refusal carries them too, and names the option.
        e = refusal('/dev/sda1', 'linear', dict(asked, bogus=GLib.Variant('i', 1)))
        self.assertEqual(len(e.args), 3)
        self.assertIn('error.parameters', e.args[0])
        # Not asked for, or asked with the wrong type: one string.
        self.assertEqual(len(refusal('/dev/sda', 'linear', {}).args), 1)
        e = refusal('/dev/sda1', 'linear', {'error.parameters': GLib.Variant('s', 'yes')})
        self.assertEqual(e.get_dbus_name(), 'org.interposer.Error.InvalidArgument')
        self.assertIn('error.parameters', e.args[0])
        self.assertEqual(len(e.args), 1)
        # GLib's clients see the sentence of a reply without them.
        r = attach('/dev/sda', 'linear')
        self.assertIn('/dev/sda is a whole disk with partitions', r.stderr)
        self.assertEqual(self.svc.changes(), self.before, 'a refusal changed the machine')

    def test_reconfigure_live(self):
        self.assertEqual(attach('/dev/sda1', 'delay', "{'read-ms': <uint32 50>}").returncode, 0)
        path = '/org/interposer/Helper1/sessions/8_1'
        r = session_call(path, 'Reconfigure', "{'read-ms': <uint32 80>, 'write-ms': <uint32 5>}")
        self.assertEqual(r.returncode, 0, r.stderr)
        reload = [c for c in self.svc.changes()[len(self.before):] if c.startswith('change: dm.reload interposer-8_1 ')]
        self.assertEqual(len(reload), 1, self.svc.changes())
        self.assertRegex(reload[0], r'delay (259:\d+) 0 80 \1 0 5 \1 0 0$')
        props = self.bus.conn.get_object(HELPER, path).GetAll('org.interposer.Helper1.Session',
                                                               dbus_interface='org.freedesktop.DBus.Properties')
        self.assertEqual(int(props['Options']['read-ms']), 80)
        self.assertEqual(str(props['Kind']), 'delay')
        self.assertEqual(str(props['Interposer']), '/dev/mapper/interposer-8_1')

    def test_manager_properties(self):
        props = self.bus.conn.get_object(HELPER, MANAGER).GetAll('org.interposer.Helper1.Manager',
                                                                  dbus_interface='org.freedesktop.DBus.Properties')
        self.assertEqual(sorted(str(k) for k in props['SupportedKinds']), ['delay', 'flakey', 'linear', 'snapshot'])
        self.assertTrue(bool(props['KernelModule']['loaded']))
        self.assertEqual(str(props['KernelModule']['cause']), '')
        self.assertEqual(str(props['KernelModule']['kernel']), '6.12.118+deb13-amd64')
        self.assertEqual(dict(props['Unsupported']), {})
        self.assertRegex(str(props['Version']), r'^\d+\.\d+\.\d+$')

    def test_manager_properties_say_what_this_machine_cannot(self):
        """Linux 6.1 without the module: KernelModule names the cause and the
        kernel, Unsupported the flakey mode 6.1 lacks, with the reason."""
        saved = os.environ['DBUS_SYSTEM_BUS_ADDRESS']
        with tempfile.TemporaryDirectory() as d:
            try:
                other = Bus(d)
                env = dict(os.environ, INTERPOSER_FAKE_KERNEL='6.1.0-57-amd64', INTERPOSER_FAKE_MODULE='not-loaded')
                helper = subprocess.Popen([FAKE_HELPER], env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.PIPE, text=True)
                try:
                    wait_until('the helper on the other bus', lambda: other.has_owner(HELPER))
                    props = other.conn.get_object(HELPER, MANAGER).GetAll(
                        'org.interposer.Helper1.Manager', dbus_interface='org.freedesktop.DBus.Properties')
                finally:
                    helper.terminate()
                    helper.communicate(timeout=30)
                    other.conn.close()
                    other.stop()
            finally:
                os.environ['DBUS_SYSTEM_BUS_ADDRESS'] = saved
        module = props['KernelModule']
        self.assertFalse(bool(module['loaded']))
        self.assertEqual(str(module['cause']), 'not-loaded')
        self.assertEqual(str(module['kernel']), '6.1.0-57-amd64')
        self.assertIn('not loaded', str(module['error']))
        self.assertEqual(list(props['Unsupported'].keys()), ['flakey.mode=error-reads'])
        self.assertIn('Linux 6.5', str(props['Unsupported']['flakey.mode=error-reads']))
        self.assertIn('6.1.0-57-amd64', str(props['Unsupported']['flakey.mode=error-reads']))


if __name__ == '__main__':
    FAKE_HELPER = sys.argv.pop(1)
    PROBE = sys.argv.pop(1)
    unittest.main(verbosity=2)
