/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --export-slides FILE.pdf|DIR [--election ID] [--size WxH] [--dark] [DATASET]`:
 * the presentation of one election as a PDF, or as PNG images into a folder, without a
 * window. */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-slides.h"
#include "esc-slides-command.h"

typedef struct {
  char *output;
  gboolean pdf;
  const char *election;
  int width;
  int height;
  gboolean dark;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
read_options (GVariantDict *dict,
              Options      *options,
              GString      *err)
{
  *options = (Options) { 0 };

  if (!esc_command_require_path (dict, "export-slides", &options->output, err)
      || !esc_command_lookup_value (dict, "election", NULL, &options->election, err)
      || !esc_command_read_size (dict, "1920x1080", &options->width, &options->height, err))
    return FALSE;

  /* The name says which: "slides.pdf" is one file, anything else a folder of PNGs. */
  options->pdf = g_str_has_suffix (options->output, ".pdf");
  options->dark = g_variant_dict_contains (dict, "dark");
  return TRUE;
}

static char *
list_elections (EscDataset *dataset)
{
  GListModel *elections = esc_dataset_get_elections (dataset);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", esc_election_get_id (election));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* The election named @id, or the first one when @id is NULL. */
static EscElection *
find_election (EscDataset *dataset,
               const char *id,
               GString    *err)
{
  GListModel *elections = esc_dataset_get_elections (dataset);
  g_autofree char *ids = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      if (id == NULL || g_str_equal (esc_election_get_id (election), id))
        return g_steal_pointer (&election);
    }

  ids = list_elections (dataset);
  esc_command_usage (err, _("--election: the dataset has no election “%s”. Its elections are: %s."),
                     id != NULL ? id : "", ids);
  return NULL;
}

static gboolean
write_slides (GPtrArray     *slides,
              const Options *options,
              GString       *out,
              GString       *err)
{
  g_autoptr(GError) error = NULL;
  EscChartStyle style;
  gboolean ok;

  esc_slide_style_init (&style, options->dark);
  if (options->pdf)
    ok = esc_slides_export_pdf (slides, &style, options->output, &error);
  else if (!esc_command_make_folder (options->output, err))
    return FALSE;
  else
    ok = esc_slides_export_png (slides, &style, options->width, options->height, options->output, &error);

  if (!ok)
    g_string_append_printf (err, "%s\n", error->message);
  else
    g_string_append_printf (out, "%s\n", options->output);
  return ok;
}

static gboolean
check_output (const Options *options,
              GString       *err)
{
  if (options->pdf)
    return esc_command_check_output_file ("export-slides", options->output, err);
  return esc_command_check_output_folder ("export-slides", options->output, err);
}

/* Returns the exit status: 0 done, 1 the dataset has errors, 2 anything else. */
int
esc_slides_command (GVariantDict         *dict,
                    const char * const   *files,
                    const EscCommandData *data,
                    GString              *out,
                    GString              *err)
{
  g_auto(Options) options = { 0 };
  g_autoptr(EscDataset) dataset = NULL;
  g_autoptr(EscElection) election = NULL;
  g_autoptr(GPtrArray) slides = NULL;
  g_autoptr(GError) error = NULL;
  int status = ESC_EXIT_OK;

  g_return_val_if_fail (dict != NULL && files != NULL && data != NULL, ESC_EXIT_USAGE);
  g_return_val_if_fail (out != NULL && err != NULL, ESC_EXIT_USAGE);

  if (!read_options (dict, &options, err) || !check_output (&options, err))
    return ESC_EXIT_USAGE;
  dataset = esc_command_load_dataset ("export-slides", files[0], data, err, &status);
  if (dataset == NULL)
    return status;
  election = find_election (dataset, options.election, err);
  if (election == NULL)
    return ESC_EXIT_USAGE;
  slides = esc_slides_for_election (election);
  return write_slides (slides, &options, out, err) ? ESC_EXIT_OK : ESC_EXIT_USAGE;
}
