"""A python-dbusmock template of polkitd for Interposer's bus tests.

Unlike the stock polkitd template it answers per action with one of
"allow", "deny", "challenge" or "dismiss", can hold answers back (to let a
caller disconnect while polkit "asks"), and records every
CheckAuthorization: the subject, the uid owning the subject's bus name at
the time of the check, the action, the details and the flags.
"""

import dbus
import dbus.service

from dbusmock import MOCK_IFACE

BUS_NAME = 'org.freedesktop.PolicyKit1'
MAIN_OBJ = '/org/freedesktop/PolicyKit1/Authority'
MAIN_IFACE = 'org.freedesktop.PolicyKit1.Authority'
SYSTEM_BUS = True


def load(mock, _parameters):
    mock.AddProperties(MAIN_IFACE, dbus.Dictionary({
        'BackendName': 'interposer-test',
        'BackendVersion': '0',
        'BackendFeatures': dbus.UInt32(1, variant_level=1),
    }, signature='sv'))
    mock.answers = {}
    mock.hold = False
    mock.held = []
    mock.checks = []


@dbus.service.method(MAIN_IFACE, in_signature='(sa{sv})sa{ss}us', out_signature='(bba{ss})',
                     async_callbacks=('ok_cb', 'err_cb'))
def CheckAuthorization(self, subject, action_id, details, flags, _cancel, ok_cb, err_cb):
    kind, subject_details = subject
    name = str(subject_details.get('name', ''))
    try:
        bus = dbus.SystemBus()
        uid = int(bus.call_blocking('org.freedesktop.DBus', '/org/freedesktop/DBus',
                                    'org.freedesktop.DBus', 'GetConnectionUnixUser', 's', [name]))
    except dbus.exceptions.DBusException:
        uid = -1
    self.checks.append({'kind': str(kind), 'name': name, 'uid': uid, 'action': str(action_id),
                        'details': {str(k): str(v) for k, v in details.items()},
                        'flags': int(flags)})
    answer = self.answers.get(str(action_id), 'deny')
    if answer == 'allow':
        ret = (True, False, {})
    elif answer == 'challenge':
        ret = (False, True, {})
    elif answer == 'dismiss':
        ret = (False, True, {'polkit.dismissed': 'true'})
    else:
        ret = (False, False, {})
    if self.hold:
        self.held.append((ok_cb, ret))
    else:
        ok_cb(ret)


@dbus.service.method(MOCK_IFACE, in_signature='ss', out_signature='')
def SetAnswer(self, action, answer):
    self.answers[str(action)] = str(answer)


@dbus.service.method(MOCK_IFACE, in_signature='b', out_signature='')
def Hold(self, hold):
    self.hold = bool(hold)


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='u')
def HeldCount(self):
    return len(self.held)


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='')
def ReleaseHeld(self):
    for callback, ret in self.held:
        callback(ret)
    self.held = []


@dbus.service.method(MOCK_IFACE, in_signature='', out_signature='s')
def Checks(self):
    import json
    return json.dumps(self.checks)
