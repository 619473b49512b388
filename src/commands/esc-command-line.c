/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless commands in one table: their options as GApplication parses them, which
 * option goes with which command, and the one place that picks and runs a command.
 * A new command is a row here, its options, and a file of its own. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-command-line.h"
#include "esc-export-command.h"
#include "esc-save-command.h"
#include "esc-slides-command.h"
#include "esc-tally-command.h"
#include "esc-validate-command.h"

/* GApplication packs each value into the options dictionary under its long name, so
 * nothing here is parsed by hand. Values are strings where 0 must be told from "not
 * given" (GApplication does not pack a 0) or where the message about a bad value
 * should be this program's own. Descriptions are translated with the program's domain. */
static const GOptionEntry entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "validate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Check dataset files, print their problems and exit"), N_("FILE…") },
  { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write every chart of the dataset FILE, or of the built-in one, into the folder DIR, and exit"), N_("DIR") },
  { "save-as", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the dataset FILE, or the built-in one, as OUT in the form the app saves, and exit"), N_("OUT") },
  { "format", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --export: write this format only, png, svg or pdf (default: all three)"), "png|svg|pdf" },
  { "scale", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --export: PNG pixels per pixel of --size, from 0.25 to 8 (default: 1)"), N_("N") },
  { "export-slides", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the slides of an election of the dataset FILE, or of the built-in one, as a PDF, or as PNG images into a folder, and exit"),
    N_("FILE.pdf|DIR") },
  { "election", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --export-slides: the id of the election to present (default: the first)"), N_("ID") },
  { "dark", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --export-slides: light text on a dark background"), NULL },
  { "size", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --export or --export-slides: the size of each chart or PNG slide in pixels, each side from 100 to 16384 (default: 1600x900 for charts, 1920x1080 for slides)"),
    N_("WIDTHxHEIGHT") },
  { "tally", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Count a CSV file of tally sheets: print how its columns were read, the rows used and set aside, and each candidate's votes and share, and exit"),
    N_("FILE.csv") },
  /* Headers and candidates' names as bytes (FILENAME), checked as UTF-8 by the command:
   * GOption converts strings from the locale's charset, which refuses "González" in
   * the C locale of a script. */
  { "by", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("With --tally: also total the votes by the region column COLUMN"), N_("COLUMN") },
  { "column", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("With --tally: read the column HEADER as ROLE (ignore, region, centre, table, votes[:CANDIDATE], valid, null, blank, registered, voters; /centre for a centre's figure on each of its tables' rows)"),
    N_("HEADER=ROLE") },
  { "encoding", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --tally: the file's encoding where it is not UTF-8, e.g. WINDOWS-1252"), N_("ENCODING") },
  { "expected", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --tally: how many tally sheets there are in all"), N_("N") },
  { "electorate", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --tally: how many people may vote in the whole election"), N_("N") },
  { "missing", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_("With --tally: how many registered voters the sheets not in the file hold, where the file has no registered column"), N_("N") },
  { "json", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("With --tally: print JSON"), NULL },
  G_OPTION_ENTRY_NULL
};

static int
version_command (GVariantDict         *options,
                 const char * const   *files,
                 const EscCommandData *data,
                 GString              *out,
                 GString              *err)
{
  g_string_append_printf (out, "%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
  return ESC_EXIT_OK;
}

typedef struct {
  const char *name;                  /* the option that runs it */
  const char * const *sub_options;   /* the options that go with it */
  guint max_files;                   /* how many arguments it reads after its options */
  EscCommandFunc run;
} Command;

static const char * const no_options[] = { NULL };
static const char * const export_options[] = { "format", "scale", "size", NULL };
static const char * const slides_options[] = { "election", "dark", "size", NULL };
static const char * const tally_options[] = { "by", "column", "encoding", "expected", "electorate", "missing", "json", NULL };

static const Command commands[] = {
  { "version", no_options, 0, version_command },
  { "validate", no_options, G_MAXUINT, esc_validate_command },
  { "export", export_options, 1, esc_export_command },
  { "export-slides", slides_options, 1, esc_slides_command },
  { "save-as", no_options, 1, esc_save_command },
  { "tally", tally_options, 0, esc_tally_command },
};

/* Adds every command and option to @application's --help and parsing. */
void
esc_command_line_add_options (GApplication *application)
{
  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, entries);
  g_application_set_option_context_parameter_string (application, _("[FILE…]"));
  g_application_set_option_context_description (application,
    _("Without a command, each dataset FILE opens in a window.\n"
      "\n"
      "Exit status: 0 done; 1 a dataset has errors; 2 a mistake on the command line, "
      "a FILE that is not a dataset, or an output that cannot be written."));
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

/* The one command given, or NULL for none; FALSE, with a message, for two. */
static gboolean
pick_command (GVariantDict   *options,
              const Command **command,
              GString        *err)
{
  *command = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (!g_variant_dict_contains (options, commands[i].name))
        continue;
      if (*command != NULL)
        {
          esc_command_usage (err, _("--%s and --%s cannot be used together."), (*command)->name, commands[i].name);
          return FALSE;
        }
      *command = &commands[i];
    }
  return TRUE;
}

/* "--export", or "--export, --export-slides": the commands @option goes with. */
static char *
owners_of (const char *option,
           guint      *n_owners)
{
  g_autoptr(GString) owners = g_string_new (NULL);

  *n_owners = 0;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strv_contains (commands[i].sub_options, option))
      g_string_append_printf (owners, "%s--%s", (*n_owners)++ > 0 ? ", " : "", commands[i].name);
  return g_string_free (g_steal_pointer (&owners), FALSE);
}

/* Every option given goes with @command: "--format svg" alone is a mistake, not a
 * request to ignore. */
static gboolean
check_sub_options (GVariantDict  *options,
                   const Command *command,
                   GString       *err)
{
  for (const GOptionEntry *entry = entries; entry->long_name != NULL; entry++)
    {
      g_autofree char *owners = NULL;
      guint n_owners;

      if (find_command (entry->long_name) != NULL || !g_variant_dict_contains (options, entry->long_name)
          || (command != NULL && g_strv_contains (command->sub_options, entry->long_name)))
        continue;

      owners = owners_of (entry->long_name, &n_owners);
      if (n_owners == 1)
        esc_command_usage (err, _("--%s works only with %s."), entry->long_name, owners);
      else
        esc_command_usage (err, _("--%s works only with one of %s."), entry->long_name, owners);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_files (const Command      *command,
             const char * const *files,
             GString            *err)
{
  g_autofree char *display = NULL;

  if (g_strv_length ((char **) files) <= command->max_files)
    return TRUE;

  display = esc_command_display_path (files[command->max_files]);
  if (command->max_files == 0)
    esc_command_usage (err, _("--%s reads no FILE, but “%s” was given."), command->name, display);
  else
    esc_command_usage (err, _("--%s reads one dataset FILE at most; “%s” is one too many."), command->name, display);
  return FALSE;
}

/* Runs the command in @options on @files, appending what it makes to @out and what
 * went wrong to @err. Returns its exit status (an EscExitStatus), or -1 when there is
 * no command, so the application opens @files in windows. */
int
esc_command_line_run (GVariantDict         *options,
                      const char * const   *files,
                      const EscCommandData *data,
                      GString              *out,
                      GString              *err)
{
  const Command *command;

  g_return_val_if_fail (options != NULL && files != NULL && data != NULL, ESC_EXIT_USAGE);
  g_return_val_if_fail (out != NULL && err != NULL, ESC_EXIT_USAGE);

  if (!pick_command (options, &command, err) || !check_sub_options (options, command, err))
    return ESC_EXIT_USAGE;
  if (command == NULL)
    return -1;
  if (!check_files (command, files, err))
    return ESC_EXIT_USAGE;
  return command->run (options, files, data, out, err);
}
