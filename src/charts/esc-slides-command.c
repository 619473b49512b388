/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --export-slides FILE.pdf|DIR [--election ID] [--size WxH] [--dark] [DATASET]`:
 * the presentation of one election as a PDF, or as PNG images into a folder, without a
 * window. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "esc-export-command.h"
#include "esc-slides.h"

typedef struct {
  const char *output;
  const char *election;
  const char *file;
  int width;
  int height;
  gboolean dark;
} Options;

static gboolean
usage (GString    *out,
       const char *problem)
{
  g_string_append_printf (out, "%s\n%s\n", problem,
                          _("Usage: escrutinio --export-slides FILE.pdf|DIR [--election ID] [--size WIDTHxHEIGHT] [--dark] [FILE]"));
  return FALSE;
}

static gboolean
parse_options (const char * const *args,
               Options            *options,
               GString            *out)
{
  *options = (Options) { .width = 1920, .height = 1080 };

  for (guint i = 0; args[i] != NULL; i++)
    {
      const char *value = args[i + 1];

      if (g_str_equal (args[i], "--election") && value != NULL)
        options->election = args[++i];
      else if (g_str_equal (args[i], "--size") && value != NULL)
        {
          if (!esc_command_parse_size (value, &options->width, &options->height))
            return usage (out, _("The size must look like 1600x900, each side from 100 to 20000."));
          i++;
        }
      else if (g_str_equal (args[i], "--dark"))
        options->dark = TRUE;
      else if (g_str_has_prefix (args[i], "--"))
        return usage (out, _("Unknown option."));
      else if (options->output == NULL)
        options->output = args[i];
      else if (options->file == NULL)
        options->file = args[i];
      else
        return usage (out, _("Too many arguments."));
    }
  if (options->output == NULL)
    return usage (out, _("Say where the slides go: a .pdf file or a folder."));
  return TRUE;
}

/* The election named @id, or the first one when @id is NULL. */
static EscElection *
find_election (EscDataset *dataset,
               const char *id)
{
  GListModel *elections = esc_dataset_get_elections (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      if (id == NULL || g_str_equal (esc_election_get_id (election), id))
        return g_steal_pointer (&election);
    }
  return NULL;
}

static gboolean
write_slides (GPtrArray     *slides,
              EscWorld      *world,
              const Options *options,
              GString       *out)
{
  g_autoptr(GError) error = NULL;
  EscChartStyle style;
  gboolean ok;

  esc_slide_style_init (&style, options->dark);
  if (g_str_has_suffix (options->output, ".pdf"))
    ok = esc_slides_export_pdf (slides, world, &style, options->output, &error);
  else if (g_mkdir_with_parents (options->output, 0755) != 0)
    {
      g_string_append_printf (out, _("Could not create “%s”: %s\n"), options->output, g_strerror (errno));
      return FALSE;
    }
  else
    ok = esc_slides_export_png (slides, world, &style, options->width, options->height, options->output, &error);

  if (!ok)
    g_string_append_printf (out, "%s\n", error->message);
  else
    g_string_append_printf (out, "%s\n", options->output);
  return ok;
}

/* Returns the exit status: 0 done, 1 the dataset has errors, 2 anything else. */
int
esc_slides_command (const char * const *args,
                    GBytes             *default_dataset,
                    GBytes             *world_topojson,
                    GString            *out)
{
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(EscElection) election = NULL;
  g_autoptr(EscWorld) world = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GError) error = NULL;
  Options options;
  int status = 0;

  g_return_val_if_fail (args != NULL && out != NULL, 2);

  if (!parse_options (args, &options, out))
    return 2;
  dataset = esc_command_load_dataset (options.file, default_dataset, out, &status);
  if (dataset == NULL)
    return status;
  election = find_election (dataset, options.election);
  if (election == NULL)
    {
      g_string_append_printf (out, _("The dataset has no election “%s”.\n"), options.election ? options.election : "");
      return 2;
    }
  world = esc_world_new_from_bytes (world_topojson, &error);
  if (world == NULL)
    {
      g_string_append_printf (out, "%s\n", error->message);
      return 2;
    }
  slides = esc_slides_for_election (election);
  return write_slides (slides, world, &options, out) ? 0 : 2;
}
