/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a file the user chose, whatever it turns out to be. g_file_load_bytes() reads
 * until the end: from /dev/zero or a FIFO that is never, and a file that grows while it
 * is read can take all memory. This reads regular files only, and never more than a
 * limit. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "esc-file-read.h"

/* Reads this much at a time, so that cancelling a big read takes effect soon. */
#define CHUNK_SIZE (8 * 1024 * 1024)
/* Where the size is not known, the buffer starts here and doubles. */
#define FIRST_CAPACITY (64 * 1024)

/**
 * esc_file_too_large_message:
 * @size: the size of the file, or -1 when only "larger than @limit" is known
 *
 * Returns: (transfer full): a sentence giving the size and the limit
 */
char *
esc_file_too_large_message (goffset size,
                            gsize   limit)
{
  g_autofree char *most = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *actual = NULL;

  if (size < 0)
    return g_strdup_printf (_("The file is larger than %s, the most this reader accepts."), most);

  /* The long form gives the bytes too: a file one byte over would read "128.0 MiB". */
  actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
  /* Translators: "The file is 3.0 GiB (3221225472 bytes), larger than 128.0 MiB, …" */
  return g_strdup_printf (_("The file is %s, larger than %s, the most this reader accepts."), actual, most);
}

static const char *
not_regular_message (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("This is a directory, not a file: only regular files can be read.");
  if (S_ISFIFO (mode))
    return _("This is a named pipe (FIFO), not a regular file: only regular files can be read.");
  if (S_ISCHR (mode))
    return _("This is a character device, not a regular file: only regular files can be read.");
  if (S_ISBLK (mode))
    return _("This is a block device, not a regular file: only regular files can be read.");
  if (S_ISSOCK (mode))
    return _("This is a socket, not a regular file: only regular files can be read.");
  return _("This is not a regular file: only regular files can be read.");
}

static gboolean
check_regular (mode_t   mode,
               GError **error)
{
  if (S_ISREG (mode))
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, not_regular_message (mode));
  return FALSE;
}

static void
refuse_size (goffset  size,
             gsize    limit,
             GError **error)
{
  g_autofree char *message = esc_file_too_large_message (size, limit);

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE, message);
}

/* The buffer is sized from what the file says it holds, plus one byte: reading that byte
 * means the file grew, and only then does the buffer grow, never past @limit + 1. */
static GBytes *
read_stream (GInputStream  *stream,
             goffset        size,
             gsize          limit,
             GCancellable  *cancellable,
             GError       **error)
{
  gsize capacity = (size >= 0 ? (gsize) size : 0) + 1;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (size > (goffset) limit)
    {
      refuse_size (size, limit, error);
      return NULL;
    }

  data = g_malloc (capacity);
  for (;;)
    {
      gssize n;

      if (length == capacity)
        {
          if (length > limit)
            {
              refuse_size (-1, limit, error);
              return NULL;
            }
          capacity = MIN (MAX (capacity * 2, FIRST_CAPACITY), limit + 1);
          data = g_realloc (data, capacity);
        }

      n = g_input_stream_read (stream, data + length, MIN (capacity - length, CHUNK_SIZE), cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      length += n;
    }

  /* A file that shrank while it was read leaves room unused: give it back. */
  if (length + 1 < capacity)
    data = g_realloc (data, length);
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static void
set_error_from_errno (GError     **error,
                      int          errsv,
                      const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "%s: %s", what, g_strerror (errsv));
}

static GBytes *
read_local (const char    *path,
            gsize          limit,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  struct stat st;
  int fd, flags;

  /* Opening a device can do something (a tape rewinds, a modem hangs up): refuse what
   * is plainly not a regular file before opening it. */
  if (stat (path, &st) == 0 && !check_regular (st.st_mode, error))
    return NULL;

  /* O_NONBLOCK: a FIFO swapped in since would otherwise wait here for a writer. */
  do
    fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      int errsv = errno;

      set_error_from_errno (error, errsv, _("Could not open the file"));
      return NULL;
    }
  stream = g_unix_input_stream_new (fd, TRUE);

  /* What counts is what was opened, whatever the path names by now. */
  if (fstat (fd, &st) < 0)
    {
      int errsv = errno;

      set_error_from_errno (error, errsv, _("Could not read the file"));
      return NULL;
    }
  if (!check_regular (st.st_mode, error))
    return NULL;
  /* O_NONBLOCK was for the open only: a file on FUSE (the document portal's) could
   * otherwise answer a read with EAGAIN. */
  flags = fcntl (fd, F_GETFL);
  if (flags >= 0)
    fcntl (fd, F_SETFL, flags & ~O_NONBLOCK);

  return read_stream (stream, st.st_size, limit, cancellable, error);
}

/* Other locations (sftp://, smb://, resource://) go through GVfs: ask the
 * opened stream what it is. A backend that cannot say still gets a bounded read. */
static GBytes *
read_remote (GFile         *file,
             gsize          limit,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GFileInfo) info = NULL;
  goffset size = -1;

  if (stream == NULL)
    return NULL;

  info = g_file_input_stream_query_info (stream,
                                         G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                         G_FILE_ATTRIBUTE_UNIX_MODE,
                                         cancellable, NULL);
  if (info != NULL)
    {
      GFileType type = g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_STANDARD_TYPE);

      if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
        {
          if (!check_regular (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE), error))
            return NULL;
        }
      else if (type != G_FILE_TYPE_UNKNOWN && type != G_FILE_TYPE_REGULAR)
        {
          check_regular (type == G_FILE_TYPE_DIRECTORY ? S_IFDIR : 0, error);
          return NULL;
        }
      if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
        size = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_STANDARD_SIZE);
    }

  return read_stream (G_INPUT_STREAM (stream), size, limit, cancellable, error);
}

/**
 * esc_file_read_bounded:
 * @limit: the most bytes the file may hold
 *
 * Reads the whole of @file if it is a regular file of at most @limit bytes. Anything
 * else is refused before a byte is read: %G_IO_ERROR_NOT_REGULAR_FILE for a directory,
 * FIFO, device or socket, %G_IO_ERROR_MESSAGE_TOO_LARGE for a file larger than @limit
 * (or one that grows past it while read), each with a message that says so. Never
 * blocks on a FIFO and never holds more than the file and one byte.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
esc_file_read_bounded (GFile         *file,
                       gsize          limit,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (limit < G_MAXSIZE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (g_file_is_native (file))
    return read_local (g_file_peek_path (file), limit, cancellable, error);
  return read_remote (file, limit, cancellable, error);
}

/**
 * esc_file_map_bounded:
 * @path: a local file
 *
 * Like esc_file_read_bounded() for a local file, with the same refusals, but mapped into
 * memory rather than copied: for the command line, where reading a large file took
 * longer than counting it. A file cut short by another program while it is mapped
 * would end the process (SIGBUS), which the app, reading what the user chose while it
 * runs, does not risk; it reads with esc_file_read_bounded().
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
esc_file_map_bounded (const char  *path,
                      gsize        limit,
                      GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (stat (path, &st) == 0 && !check_regular (st.st_mode, error))
    return NULL;
  do
    fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  while (fd < 0 && errno == EINTR);
  if (fd < 0)
    {
      int errsv = errno;

      set_error_from_errno (error, errsv, _("Could not open the file"));
      return NULL;
    }
  if (fstat (fd, &st) < 0 || !check_regular (st.st_mode, error))
    {
      int errsv = errno;

      if (error != NULL && *error == NULL)
        set_error_from_errno (error, errsv, _("Could not read the file"));
      close (fd);
      return NULL;
    }
  if (st.st_size > (goffset) limit)
    {
      refuse_size (st.st_size, limit, error);
      close (fd);
      return NULL;
    }
  mapped = g_mapped_file_new_from_fd (fd, FALSE, error);
  close (fd);
  return mapped != NULL ? g_mapped_file_get_bytes (mapped) : NULL;
}
