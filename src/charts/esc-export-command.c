/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --export DIR [--format png|svg|pdf] [--size WxH] [--scale N] [FILE]`:
 * every chart of every election into DIR, without a window. */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "esc-chart-export.h"
#include "esc-dataset.h"
#include "esc-export-command.h"

enum {
  DONE = 0,
  INVALID_DATASET = 1,
  FAILED = 2,
};

typedef struct {
  const char *dir;
  const char *file;
  gboolean formats[3];
  int width;
  int height;
  double scale;
} Options;

static gboolean
usage (GString    *out,
       const char *problem)
{
  g_string_append_printf (out, "%s\n%s\n", problem,
                          _("Usage: escrutinio --export DIR [--format png|svg|pdf] [--size WIDTHxHEIGHT] [--scale N] [FILE]"));
  return FALSE;
}

static gboolean
parse_options (const char * const *args,
               Options            *options,
               GString            *out)
{
  gboolean any_format = FALSE;

  *options = (Options) { .width = 1600, .height = 900, .scale = 1 };

  for (guint i = 0; args[i] != NULL; i++)
    {
      const char *arg = args[i];
      const char *value = args[i + 1];

      if (g_str_equal (arg, "--format") && value != NULL)
        {
          EscExportFormat format;

          if (!esc_export_format_from_string (value, &format))
            return usage (out, _("The format must be png, svg or pdf."));
          options->formats[format] = any_format = TRUE;
          i++;
        }
      else if (g_str_equal (arg, "--size") && value != NULL)
        {
          if (!esc_command_parse_size (value, &options->width, &options->height))
            return usage (out, _("The size must look like 1600x900, each side from 100 to 20000."));
          i++;
        }
      else if (g_str_equal (arg, "--scale") && value != NULL)
        {
          options->scale = g_ascii_strtod (value, NULL);
          if (!(options->scale >= 0.25 && options->scale <= 8))
            return usage (out, _("The scale must be a number from 0.25 to 8."));
          i++;
        }
      else if (g_str_has_prefix (arg, "--"))
        return usage (out, _("Unknown option."));
      else if (options->dir == NULL)
        options->dir = arg;
      else if (options->file == NULL)
        options->file = arg;
      else
        return usage (out, _("Too many arguments."));
    }

  if (options->dir == NULL)
    return usage (out, _("Say where the charts go."));

  /* Without --format, all three. */
  for (guint f = 0; !any_format && f < G_N_ELEMENTS (options->formats); f++)
    options->formats[f] = TRUE;
  return TRUE;
}

/* "1600x900" into @width and @height, each from 100 to 20000. */
gboolean
esc_command_parse_size (const char *text,
                        int        *width,
                        int        *height)
{
  return sscanf (text, "%dx%d", width, height) == 2
         && *width >= 100 && *height >= 100 && *width <= 20000 && *height <= 20000;
}

/* The dataset of @file, or the built-in one when @file is NULL. On failure, appends the
 * problems to @out and sets @status: 1 for an invalid dataset, 2 for anything else. */
EscDataset *
esc_command_load_dataset (const char *file,
                          GBytes     *default_dataset,
                          GString    *out,
                          int        *status)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  EscDataset *dataset;

  if (file == NULL)
    dataset = esc_dataset_new_from_bytes (default_dataset, &problems, NULL, &error);
  else
    {
      g_autoptr(GFile) gfile = g_file_new_for_commandline_arg (file);
      dataset = esc_dataset_new_from_file (gfile, &problems, NULL, &error);
    }

  if (dataset == NULL)
    {
      g_string_append_printf (out, "%s: %s\n", file ? file : "default", error->message);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          g_autofree char *line = esc_problem_to_string (g_ptr_array_index (problems, i), file);
          g_string_append_printf (out, "%s\n", line);
        }
      *status = g_error_matches (error, ESC_DATASET_ERROR, ESC_DATASET_ERROR_INVALID) ? INVALID_DATASET : FAILED;
    }
  return dataset;
}

/* Names say which chart of which election: "ve-regional--seats.pdf". */
static gboolean
export_map (EscWorld      *world,
            EscElection   *election,
            const Options *options,
            GString       *out)
{
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint f = 0; f < G_N_ELEMENTS (options->formats); f++)
    {
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) error = NULL;

      if (!options->formats[f])
        continue;
      name = g_strdup_printf ("%s--reactions-map.%s", esc_election_get_id (election), esc_export_format_extension (f));
      path = g_build_filename (options->dir, name, NULL);
      if (!esc_map_export (world, election, f, options->width, options->height, options->scale, &style, path, &error))
        {
          g_string_append_printf (out, "%s\n", error->message);
          return FALSE;
        }
      g_string_append_printf (out, "%s\n", path);
    }
  return TRUE;
}

static gboolean
export_election (EscElection   *election,
                 const Options *options,
                 GString       *out)
{
  g_autoptr(GPtrArray) charts = esc_charts_for_election (election);
  EscChartStyle style;

  esc_chart_style_init_default (&style, FALSE);
  for (guint i = 0; i < charts->len; i++)
    for (guint f = 0; f < G_N_ELEMENTS (options->formats); f++)
      {
        EscChart *chart = g_ptr_array_index (charts, i);
        g_autofree char *name = NULL;
        g_autofree char *path = NULL;
        g_autoptr(GError) error = NULL;

        if (!options->formats[f])
          continue;

        name = g_strdup_printf ("%s--%s.%s", esc_election_get_id (election), esc_chart_get_id (chart),
                                esc_export_format_extension (f));
        path = g_build_filename (options->dir, name, NULL);
        if (!esc_chart_export (chart, f, options->width, options->height, options->scale, &style, path, &error))
          {
            g_string_append_printf (out, "%s\n", error->message);
            return FALSE;
          }
        g_string_append_printf (out, "%s\n", path);
      }
  return TRUE;
}

/* Appends each file written (or what went wrong) to @out; returns the exit status:
 * 0 done, 1 the dataset has errors, 2 anything else. */
int
esc_export_command (const char * const *args,
                    GBytes             *default_dataset,
                    GBytes             *world_topojson,
                    GString            *out)
{
  g_autoptr(EscWorld) world = NULL;
  g_autoptr(EscDataset) dataset = NULL;
  GListModel *elections;
  Options options;
  int status = DONE;

  g_return_val_if_fail (args != NULL && out != NULL, FAILED);

  if (!parse_options (args, &options, out))
    return FAILED;

  dataset = esc_command_load_dataset (options.file, default_dataset, out, &status);
  if (dataset == NULL)
    return status;

  if (g_mkdir_with_parents (options.dir, 0755) != 0)
    {
      g_string_append_printf (out, _("Could not create “%s”: %s\n"), options.dir, g_strerror (errno));
      return FAILED;
    }

  elections = esc_dataset_get_elections (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (elections); i++)
    {
      g_autoptr(EscElection) election = g_list_model_get_item (elections, i);

      if (!export_election (election, &options, out))
        return FAILED;
      if (esc_election_get_reactions (election)->len > 0 && world_topojson != NULL)
        {
          g_autoptr(GError) error = NULL;

          if (world == NULL && (world = esc_world_new_from_bytes (world_topojson, &error)) == NULL)
            {
              g_string_append_printf (out, "%s\n", error->message);
              return FAILED;
            }
          if (!export_map (world, election, &options, out))
            return FAILED;
        }
    }
  return DONE;
}
