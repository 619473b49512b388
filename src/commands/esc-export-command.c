/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --export DIR [--format png|svg|pdf] [--size WxH] [--scale N] [FILE]`:
 * every chart of every election into DIR, without a window. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-chart-export.h"
#include "esc-export-command.h"

typedef struct {
  char *dir;
  gboolean formats[3];
  int width;
  int height;
  double scale;
  EscChartStyle style;
} Options;

static void
options_clear (Options *options)
{
  g_clear_pointer (&options->dir, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

/* Every --format given; all three without one. */
static gboolean
read_formats (GVariantDict *dict,
              Options      *options,
              GString      *err)
{
  g_autofree const char **formats = NULL;

  if (!g_variant_dict_lookup (dict, "format", "^a&s", &formats))
    {
      for (guint f = 0; f < G_N_ELEMENTS (options->formats); f++)
        options->formats[f] = TRUE;
      return TRUE;
    }

  for (guint i = 0; formats[i] != NULL; i++)
    {
      EscExportFormat format;

      if (!esc_command_check_value ("format", formats[i], err))
        return FALSE;
      if (!esc_export_format_from_string (formats[i], &format))
        {
          esc_command_usage (err, _("--format: “%s” is not a format. Write png, svg or pdf."), formats[i]);
          return FALSE;
        }
      options->formats[format] = TRUE;
    }
  return TRUE;
}

/* A PNG is the size times the scale: that too must stay within the limit. */
static gboolean
read_scale (GVariantDict *dict,
            Options      *options,
            GString      *err)
{
  const char *scale;
  double width, height;

  if (!esc_command_lookup_value (dict, "scale", "1", &scale, err))
    return FALSE;
  if (!esc_command_parse_scale (scale, &options->scale))
    {
      esc_command_usage (err, _("--scale: “%s” is not a scale. Write a number from 0.25 to 8, such as 2."), scale);
      return FALSE;
    }

  width = ceil (options->width * options->scale);
  height = ceil (options->height * options->scale);
  if (width <= ESC_COMMAND_MAX_SIDE && height <= ESC_COMMAND_MAX_SIDE)
    return TRUE;
  esc_command_usage (err, _("--scale: %s times %dx%d makes images of %.0fx%.0f pixels; the most is %d pixels a side."),
                     scale, options->width, options->height, width, height, ESC_COMMAND_MAX_SIDE);
  return FALSE;
}

static gboolean
read_options (GVariantDict *dict,
              Options      *options,
              GString      *err)
{
  *options = (Options) { .scale = 1 };
  esc_chart_style_init_default (&options->style, FALSE);

  return esc_command_require_path (dict, "export", &options->dir, err)
         && read_formats (dict, options, err)
         && esc_command_read_size (dict, "1600x900", &options->width, &options->height, err)
         && read_scale (dict, options, err);
}

/* Writes one chart or map in one format. */
typedef gboolean (*ExportFunc) (gpointer         item,
                                EscElection     *election,
                                EscExportFormat  format,
                                const Options   *options,
                                const char      *path,
                                GError         **error);

static gboolean
export_chart (gpointer         chart,
              EscElection     *election,
              EscExportFormat  format,
              const Options   *options,
              const char      *path,
              GError         **error)
{
  return esc_chart_export (chart, format, options->width, options->height, options->scale, &options->style, path, error);
}

static gboolean
export_map (gpointer         unused,
            EscElection     *election,
            EscExportFormat  format,
            const Options   *options,
            const char      *path,
            GError         **error)
{
  return esc_map_export (election, format, options->width, options->height, options->scale, &options->style,
                         path, error);
}

/* @item in every format asked for, named for its election and @name:
 * "ve-regional--seats.pdf". */
static gboolean
export_formats (ExportFunc     export,
                gpointer       item,
                EscElection   *election,
                const char    *name,
                const Options *options,
                GString       *out,
                GString       *err)
{
  for (guint f = 0; f < G_N_ELEMENTS (options->formats); f++)
    {
      g_autofree char *basename = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (!options->formats[f])
        continue;
      basename = g_strdup_printf ("%s--%s.%s", esc_election_get_id (election), name, esc_export_format_extension (f));
      path = g_build_filename (options->dir, basename, NULL);
      if (!export (item, election, f, options, path, &error))
        {
          g_string_append_printf (err, "%s\n", error->message);
          return FALSE;
        }
      g_string_append_printf (out, "%s\n", path);
    }
  return TRUE;
}

static gboolean
export_election (EscElection   *election,
                 const Options *options,
                 GString       *out,
                 GString       *err)
{
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);

  for (guint i = 0; i < charts->len; i++)
    {
      EscChart *chart = g_ptr_array_index (charts, i);

      if (!export_formats (export_chart, chart, election, esc_chart_get_id (chart), options, out, err))
        return FALSE;
    }
  return TRUE;
}

static int
export_dataset (EscDataset           *dataset,
                const Options        *options,
                const EscCommandData *data,
                GString              *out,
                GString              *err)
{
  GListModel *elections = esc_dataset_get_elections (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      if (!export_election (election, options, out, err))
        return ESC_EXIT_USAGE;
      if (esc_election_get_reactions (election)->len > 0
          && !export_formats (export_map, NULL, election, "reactions-map", options, out, err))
        return ESC_EXIT_USAGE;
    }
  return ESC_EXIT_OK;
}

/* Appends each file written to @out and what went wrong to @err; returns the exit
 * status: 0 done, 1 the dataset has errors, 2 anything else. */
int
esc_export_command (GVariantDict         *dict,
                    const char * const   *files,
                    const EscCommandData *data,
                    GString              *out,
                    GString              *err)
{
  g_auto(Options) options = { 0 };
  g_autoptr(EscDataset) dataset = NULL;
  int status = ESC_EXIT_OK;

  g_return_val_if_fail (dict != NULL && files != NULL && data != NULL, ESC_EXIT_USAGE);
  g_return_val_if_fail (out != NULL && err != NULL, ESC_EXIT_USAGE);

  if (!read_options (dict, &options, err)
      || !esc_command_check_output_folder ("export", options.dir, err))
    return ESC_EXIT_USAGE;

  dataset = esc_command_load_dataset ("export", files[0], data, err, &status);
  if (dataset == NULL)
    return status;
  if (!esc_command_make_folder (options.dir, err))
    return ESC_EXIT_USAGE;
  return export_dataset (dataset, &options, data, out, err);
}
