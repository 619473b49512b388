/* SPDX-License-Identifier: GPL-3.0-or-later */
/* esc_file_read_bounded() on its own: the limit to the byte, files whose size says
 * nothing or too much, locations that are not local files, cancelling. What the loader
 * makes of devices, FIFOs and huge files is in test-loader.c. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "esc-file-read.h"

#define RESOURCE_URI "resource:///io/github/escrutinio/Escrutinio/tests/referendum.json"

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("escrutinio-read-XXXXXX", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static GBytes *
read_path (const char  *path,
           gsize        limit,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return esc_file_read_bounded (file, limit, NULL, error);
}

/* A file of exactly the limit is read; one byte less of limit and it is refused, with
 * its size in bytes. */
static void
test_limit (void)
{
  g_autofree char *path = write_temp ("0123456789");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = read_path (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "0123456789", 10);

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = read_path (path, 9, &error);
  g_unlink (path);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "10 bytes, larger than 9 bytes"));
}

static void
test_empty (void)
{
  g_autofree char *path = write_temp ("");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_path (path, 10, &error);

  g_unlink (path);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
}

/* /proc files are regular but say they are empty: what they hold is read all the same,
 * and a limit still holds where the size gave none (as for a file that grows). */
static void
test_size_unknown (void)
{
  const char *path = "/proc/self/status";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size != 0)
    {
      g_test_skip ("no /proc/self/status of size 0 here");
      return;
    }

  bytes = read_path (path, 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 8);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "Name:", 5);

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = read_path (path, 8, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "larger than 8 bytes"));
}

/* sysfs files say 4096 bytes and hold a few: like a file that shrank while read. */
static void
test_size_too_big (void)
{
  const char *candidates[] = { "/sys/kernel/uevent_seqnum", "/sys/kernel/profiling", "/sys/power/state" };
  const char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && path == NULL; i++)
    if (g_stat (candidates[i], &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 4096)
      path = candidates[i];
  if (path == NULL)
    {
      g_test_skip ("no sysfs file here");
      return;
    }

  bytes = read_path (path, 1024 * 1024, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
  g_assert_cmpuint (g_bytes_get_size (bytes), <, 4096);
}

/* resource:// is not a local file: it goes through a GFileInputStream, as sftp:// would. */
static void
test_not_local (void)
{
  g_autoptr(GFile) file = g_file_new_for_uri (RESOURCE_URI);
  g_autoptr(GFile) missing = g_file_new_for_uri ("resource:///io/github/escrutinio/Escrutinio/tests/none.json");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  g_assert_false (g_file_is_native (file));
  bytes = esc_file_read_bounded (file, 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  size = g_bytes_get_size (bytes);
  g_assert_cmpuint (size, >, 100);
  g_assert_cmpint (((const char *) g_bytes_get_data (bytes, NULL))[0], ==, '{');

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = esc_file_read_bounded (file, size - 1, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_clear_error (&error);

  bytes = esc_file_read_bounded (missing, 1024, NULL, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_cancelled (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_cancellable_cancel (cancellable);
  bytes = esc_file_read_bounded (file, 1024, cancellable, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/file-read/limit", test_limit);
  g_test_add_func ("/model/file-read/empty", test_empty);
  g_test_add_func ("/model/file-read/size-unknown", test_size_unknown);
  g_test_add_func ("/model/file-read/size-too-big", test_size_too_big);
  g_test_add_func ("/model/file-read/not-local", test_not_local);
  g_test_add_func ("/model/file-read/cancelled", test_cancelled);

  return g_test_run ();
}
