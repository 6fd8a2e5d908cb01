// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * blkinterposer-ctl - drive /dev/blkinterposer's ioctls from test scripts.
 *
 * A test tool, not a user program (interposerctl and the helper are those).
 * Devices are given as paths or MAJOR:MINOR. On failure it prints the
 * command, the devices and the errno name in brackets ("[EEXIST]"), which
 * is what tests match, and exits 1; usage errors exit 2.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include "blkinterposer.h"

static const char *ctl_path = "/dev/" BLKINTERPOSER_CTL_NAME;

static int usage(void)
{
	fprintf(stderr,
		"usage: blkinterposer-ctl COMMAND ...\n"
		"  version\n"
		"  bypass-create DEV        prints the bypass node\n"
		"  bypass-destroy DEV\n"
		"  attach DEV INTERPOSER\n"
		"  detach DEV\n"
		"  freeze DEV [--hold]      --hold: stay frozen until killed\n"
		"  freeze-thaw DEV          freeze, then thaw on the same file\n"
		"  freeze-twice DEV         freeze twice on the same file\n"
		"  thaw DEV                 on a fresh file (holds no freeze)\n"
		"  freeze-run DEV CMD...    freeze, run CMD, thaw (same file)\n"
		"  list\n"
		"  raw NR SIZE              VERSION-direction ioctl NR of SIZE bytes\n"
		"  attach-reserved DEV INTERPOSER   with a reserved field set\n"
		"DEV: a block device path or MAJOR:MINOR\n");
	return 2;
}

static int fail(const char *what, int err)
{
	fprintf(stderr, "blkinterposer-ctl: %s: %s [%s]\n", what, strerror(err),
		strerrorname_np(err) ? strerrorname_np(err) : "?");
	return 1;
}

/* A device argument: a block device path, or MAJOR:MINOR for any number. */
static int parse_dev(const char *arg, struct blkinterposer_dev *dev)
{
	unsigned int major, minor;
	struct stat st;
	char tail;

	if (sscanf(arg, "%u:%u%c", &major, &minor, &tail) == 2) {
		dev->major = major;
		dev->minor = minor;
		return 0;
	}
	if (stat(arg, &st) < 0) {
		fprintf(stderr, "blkinterposer-ctl: %s: %s\n", arg, strerror(errno));
		return -1;
	}
	if (!S_ISBLK(st.st_mode)) {
		fprintf(stderr, "blkinterposer-ctl: %s is not a block device\n", arg);
		return -1;
	}
	dev->major = major(st.st_rdev);
	dev->minor = minor(st.st_rdev);
	return 0;
}

static int open_ctl(void)
{
	int fd = open(ctl_path, O_RDWR | O_CLOEXEC);

	if (fd < 0) {
		fprintf(stderr, "blkinterposer-ctl: cannot open %s: %s [%s]\n", ctl_path,
			strerror(errno), strerrorname_np(errno));
		exit(1);
	}
	return fd;
}

static int do_target(unsigned long cmd, const char *name, const char *arg, int fd)
{
	struct blkinterposer_target t = { 0 };
	char what[256];

	if (parse_dev(arg, &t.original) < 0)
		return 2;
	if (fd < 0)
		fd = open_ctl();
	snprintf(what, sizeof(what), "%s %s", name, arg);
	if (ioctl(fd, cmd, &t) < 0)
		return fail(what, errno);
	return 0;
}

static int cmd_version(void)
{
	struct blkinterposer_version v;

	if (ioctl(open_ctl(), BLKINTERPOSER_IOC_VERSION, &v) < 0)
		return fail("VERSION", errno);
	printf("abi %u features 0x%" PRIx64 "\n", v.abi_version, (uint64_t)v.features);
	return 0;
}

static int cmd_bypass_create(const char *arg)
{
	struct blkinterposer_bypass b = { 0 };
	char what[256];

	if (parse_dev(arg, &b.original) < 0)
		return 2;
	snprintf(what, sizeof(what), "BYPASS_CREATE %s", arg);
	if (ioctl(open_ctl(), BLKINTERPOSER_IOC_BYPASS_CREATE, &b) < 0)
		return fail(what, errno);
	printf("/dev/ipbypass%u %u:%u\n", b.index, b.bypass.major, b.bypass.minor);
	return 0;
}

static int cmd_attach(const char *orig, const char *interposer, int reserved)
{
	struct blkinterposer_attach a = { 0 };
	char what[512];

	if (parse_dev(orig, &a.original) < 0 || parse_dev(interposer, &a.interposer) < 0)
		return 2;
	a.reserved[4] = reserved;
	snprintf(what, sizeof(what), "ATTACH %s -> %s", orig, interposer);
	if (ioctl(open_ctl(), BLKINTERPOSER_IOC_ATTACH, &a) < 0)
		return fail(what, errno);
	return 0;
}

static int cmd_freeze(const char *arg, int hold, int thaw, int twice)
{
	int fd = open_ctl();
	int ret = do_target(BLKINTERPOSER_IOC_FREEZE, "FREEZE", arg, fd);

	if (ret)
		return ret;
	if (twice)
		return do_target(BLKINTERPOSER_IOC_FREEZE, "FREEZE again", arg, fd);
	if (thaw)
		return do_target(BLKINTERPOSER_IOC_THAW, "THAW", arg, fd);
	if (hold) {
		/* Tell the test we hold it, then wait to be killed. */
		printf("frozen %s\n", arg);
		fflush(stdout);
		for (;;)
			pause();
	}
	return 0;
}

/* Freeze DEV, run a command while it is frozen, thaw: the snapshot step. */
static int cmd_freeze_run(const char *arg, char **argv)
{
	int fd = open_ctl();
	int ret = do_target(BLKINTERPOSER_IOC_FREEZE, "FREEZE", arg, fd);
	int status;
	pid_t pid;

	if (ret)
		return ret;
	pid = fork();
	if (pid == 0) {
		close(fd);
		execvp(argv[0], argv);
		fprintf(stderr, "blkinterposer-ctl: cannot run %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		status = -1;
	ret = do_target(BLKINTERPOSER_IOC_THAW, "THAW", arg, fd);
	if (status != 0) {
		fprintf(stderr, "blkinterposer-ctl: %s failed while %s was frozen\n", argv[0], arg);
		return 1;
	}
	return ret;
}

/*
 * LIST as callers naturally make it: once without room to learn how many,
 * then again with room, handing back the struct the first call filled in.
 */
static int cmd_list(void)
{
	struct blkinterposer_list l = { 0 };
	struct blkinterposer_entry *entries;
	int fd = open_ctl();
	uint32_t i;

	if (ioctl(fd, BLKINTERPOSER_IOC_LIST, &l) < 0)
		return fail("LIST (counting)", errno);
	entries = calloc(l.count + 1, sizeof(*entries));
	if (!entries)
		return fail("LIST", ENOMEM);
	l.entries = (uintptr_t)entries;
	l.capacity = l.count + 1;
	if (ioctl(fd, BLKINTERPOSER_IOC_LIST, &l) < 0)
		return fail("LIST (again, with room)", errno);
	for (i = 0; i < l.count && i < l.capacity; i++) {
		struct blkinterposer_entry *e = &entries[i];

		printf("%u:%u bypass=%u:%u interposer=%u:%u state=0x%x redirected=%" PRIu64 "\n",
		       e->original.major, e->original.minor, e->bypass.major, e->bypass.minor,
		       e->interposer.major, e->interposer.minor, e->state,
		       (uint64_t)e->redirected);
	}
	free(entries);
	return 0;
}

/* An ioctl of our magic with any number and size, for the refusal tests. */
static int cmd_raw(const char *nr_arg, const char *size_arg)
{
	unsigned long nr = strtoul(nr_arg, NULL, 0), size = strtoul(size_arg, NULL, 0);
	char buf[4096] = { 0 };
	char what[64];

	if (size > sizeof(buf))
		return usage();
	snprintf(what, sizeof(what), "ioctl nr %lu size %lu", nr, size);
	if (ioctl(open_ctl(), _IOC(_IOC_READ, BLKINTERPOSER_IOC_MAGIC, nr, size), buf) < 0)
		return fail(what, errno);
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";

	if (getenv("BLKINTERPOSER_CTL"))
		ctl_path = getenv("BLKINTERPOSER_CTL");
	if (!strcmp(cmd, "version") && argc == 2)
		return cmd_version();
	if (!strcmp(cmd, "bypass-create") && argc == 3)
		return cmd_bypass_create(argv[2]);
	if (!strcmp(cmd, "bypass-destroy") && argc == 3)
		return do_target(BLKINTERPOSER_IOC_BYPASS_DESTROY, "BYPASS_DESTROY", argv[2], -1);
	if (!strcmp(cmd, "attach") && argc == 4)
		return cmd_attach(argv[2], argv[3], 0);
	if (!strcmp(cmd, "attach-reserved") && argc == 4)
		return cmd_attach(argv[2], argv[3], 1);
	if (!strcmp(cmd, "detach") && argc == 3)
		return do_target(BLKINTERPOSER_IOC_DETACH, "DETACH", argv[2], -1);
	if (!strcmp(cmd, "freeze") && argc == 3)
		return cmd_freeze(argv[2], 0, 0, 0);
	if (!strcmp(cmd, "freeze") && argc == 4 && !strcmp(argv[3], "--hold"))
		return cmd_freeze(argv[2], 1, 0, 0);
	if (!strcmp(cmd, "freeze-thaw") && argc == 3)
		return cmd_freeze(argv[2], 0, 1, 0);
	if (!strcmp(cmd, "freeze-twice") && argc == 3)
		return cmd_freeze(argv[2], 0, 0, 1);
	if (!strcmp(cmd, "thaw") && argc == 3)
		return do_target(BLKINTERPOSER_IOC_THAW, "THAW", argv[2], -1);
	if (!strcmp(cmd, "freeze-run") && argc >= 4)
		return cmd_freeze_run(argv[2], argv + 3);
	if (!strcmp(cmd, "list") && argc == 2)
		return cmd_list();
	if (!strcmp(cmd, "raw") && argc == 4)
		return cmd_raw(argv[2], argv[3]);
	return usage();
}
