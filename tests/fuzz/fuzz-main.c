/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A fuzz target without libFuzzer: each file named on the command line, and each file
 * in each folder named there, goes through LLVMFuzzerTestOneInput once. This is how the
 * corpus keeps running as a plain test in every build, with any compiler, and how a
 * finding is replayed under a debugger. */
#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Optional, as in libFuzzer: a target without one-time setup leaves it out. */
int LLVMFuzzerInitialize (int    *argc,
                          char ***argv) __attribute__ ((weak));
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
run_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  /* Said before the input runs, so a crash names its input. */
  printf ("%s\n", path);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The files of @dir in name order, so runs compare. */
static guint
run_dir (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    run_file (g_ptr_array_index (names, i));
  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  guint inputs = 0;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s FILE|DIR…\n", argv[0]);
      return 2;
    }

  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);
  for (int i = 1; i < argc; i++)
    {
      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        inputs += run_dir (argv[i]);
      else
        {
          run_file (argv[i]);
          inputs++;
        }
    }
  printf ("%u inputs\n", inputs);
  return 0;
}
