#!/usr/bin/python3
"""Bus tests of interposer-helper (issue 4, DESIGN.md §6).

The real helper code (Manager, Authorizer, Session objects, generated
adaptors) runs on a private system bus (a real dbus-daemon) over the
invented machine of tests/unit/fakes, with a python-dbusmock polkitd
(polkitd_recorder.py) answering. Clients are gdbus processes, run as an
unprivileged uid through setpriv where polkit matters. Every refusal is
checked to leave the machine unchanged: the helper prints each change it
makes, and no new line may appear.

    bus-test.py FAKE_HELPER
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import dbus

FAKE_HELPER = None
NOBODY = 65534
HELPER = 'org.interposer.Helper1'
MANAGER = '/org/interposer/Helper1'
MOCK_IFACE = 'org.freedesktop.DBus.Mock'
TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polkitd_recorder.py')


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
        with open(conf, 'w') as f:
            f.write(f'''<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={self.socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
''')
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
        self.helper = subprocess.Popen([FAKE_HELPER], stdout=self.helper_out, stderr=self.helper_err)
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

    def changes(self):
        self.helper_out.flush()
        with open(self.helper_out.name) as f:
            return [line.strip() for line in f if line.startswith('change:')]

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
        for action in ('attach', 'snapshot', 'detach', 'reconfigure', 'export'):
            self.svc.mock.SetAnswer(f'org.interposer.{action}', 'deny')
        self.svc.mock.Hold(False)
        self.before = self.svc.changes()

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

    def test_reconfigure_live(self):
        self.assertEqual(attach('/dev/sda1', 'delay', "{'read-ms': <uint32 50>}").returncode, 0)
        path = '/org/interposer/Helper1/sessions/8_1'
        r = session_call(path, 'Reconfigure', "{'read-ms': <uint32 80>, 'write-ms': <uint32 5>}")
        self.assertEqual(r.returncode, 0, r.stderr)
        reload = [c for c in self.svc.changes() if c.startswith('change: dm.reload interposer-8_1 ')]
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
        self.assertRegex(str(props['Version']), r'^\d+\.\d+\.\d+$')


if __name__ == '__main__':
    FAKE_HELPER = sys.argv.pop(1)
    unittest.main(verbosity=2)
