/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `escrutinio --tally FILE.csv [--by COLUMN] [--json]`: counts a file of tally sheets
 * with the same reader and rules as the import dialog, for scripts and newsrooms'
 * pipelines. Prints how each column was read, the rows used and set aside, and each
 * candidate's votes and share with two decimals. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "esc-file-read.h"
#include "esc-tally-command.h"
#include "esc-tally-guess.h"
#include "esc-tally-text.h"

typedef struct {
  const char *by;
  const char *encoding;
  gboolean json;
  guint expected;
  gint64 electorate;
  gint64 missing;
  const char **columns;
} TallyOptions;

static gboolean
read_count_option (GVariantDict *options,
                   const char   *name,
                   guint64      *value,
                   GString      *err)
{
  const char *text;

  if (!esc_command_lookup_value (options, name, NULL, &text, err))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, ESC_CSV_MAX_COUNT, value, NULL))
    {
      esc_command_usage (err, _("--%s must be a whole number greater than 0, not “%s”."), name, text);
      return FALSE;
    }
  return TRUE;
}

/* A value given as bytes must be UTF-8 text, as the file's headers are once read. */
static gboolean
check_utf8 (const char *option,
                        const char *value,
                        GString    *err)
{
  if (g_utf8_validate (value, -1, NULL))
    return TRUE;
  esc_command_usage (err, _("--%s must be UTF-8 text."), option);
  return FALSE;
}

static gboolean
read_options (GVariantDict *options,
              TallyOptions *tally,
              GString      *err)
{
  guint64 expected = 0, electorate = 0, missing = 0;

  memset (tally, 0, sizeof *tally);
  tally->json = g_variant_dict_contains (options, "json");
  g_variant_dict_lookup (options, "column", "^a&ay", &tally->columns);
  g_variant_dict_lookup (options, "by", "^&ay", &tally->by);
  for (guint i = 0; tally->columns != NULL && tally->columns[i] != NULL; i++)
    if (!check_utf8 ("column", tally->columns[i], err))
      return FALSE;
  if ((tally->by != NULL && !check_utf8 ("by", tally->by, err))
      || !esc_command_lookup_value (options, "encoding", NULL, &tally->encoding, err)
      || !read_count_option (options, "expected", &expected, err)
      || !read_count_option (options, "electorate", &electorate, err)
      || !read_count_option (options, "missing", &missing, err))
    return FALSE;
  if (expected > G_MAXUINT)
    {
      esc_command_usage (err, _("--%s must be a whole number greater than 0, not “%s”."), "expected", "…");
      return FALSE;
    }
  tally->expected = (guint) expected;
  tally->electorate = (gint64) electorate;
  tally->missing = (gint64) missing;
  return TRUE;
}

static char *
json_string (const char *text)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), text != NULL ? text : "");

  return json_to_string (node, FALSE);
}

/* Two decimals, with a dot, whatever the locale: for scripts. */
static char *
share_text (double share)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", share));
}

static void
print_columns (EscTally *tally,
               GString  *out)
{
  GPtrArray *columns = esc_tally_get_columns (tally);

  g_string_append_printf (out, "%s\n", _("Columns:"));
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      g_string_append_printf (out, "  %-24s %s", column->header, esc_tally_role_nick (column->role));
      if (column->candidate != NULL)
        g_string_append_printf (out, ":%s", column->candidate);
      if (column->per_centre)
        g_string_append (out, "/centre");
      g_string_append_c (out, '\n');
    }
}

static void
print_candidates (GString *out,
                  GArray  *candidates,
                  gint64  *votes,
                  gint64   base)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autofree char *share = share_text (base > 0 ? 100.0 * votes[i] / base : 0);

      g_string_append_printf (out, "  %-24s %12" G_GINT64_FORMAT " %7s %%\n",
                              g_array_index (candidates, EscTallyCandidate, i).name, votes[i], share);
    }
}

static gint64 *
candidate_votes (GArray *candidates)
{
  gint64 *votes = g_new (gint64, candidates->len);

  for (guint i = 0; i < candidates->len; i++)
    votes[i] = g_array_index (candidates, EscTallyCandidate, i).votes;
  return votes;
}

static void
print_text (EscTally *tally,
            GString  *out)
{
  GArray *rejections = esc_tally_get_rejections (tally);
  GArray *candidates = esc_tally_get_candidates (tally);
  GPtrArray *regions = esc_tally_get_regions (tally);
  g_autofree gint64 *votes = candidate_votes (candidates);
  g_autofree char *rows = esc_tally_text_rows (tally);
  g_autofree char *coverage = esc_tally_text_coverage (tally);
  g_autofree char *worst = esc_tally_text_worst_case (tally);
  static const EscTallyRole totals[] = { ESC_TALLY_VALID, ESC_TALLY_NULL, ESC_TALLY_BLANK, ESC_TALLY_REGISTERED, ESC_TALLY_VOTERS };

  g_string_append_printf (out, "%s  SHA-256 %s\n", esc_tally_get_file (tally), esc_tally_get_sha256 (tally));
  print_columns (tally, out);
  g_string_append_printf (out, "%s\n", rows);
  for (guint i = 0; i < rejections->len; i++)
    {
      g_autofree char *why = esc_tally_rejection_describe (&g_array_index (rejections, EscTallyRejection, i));

      g_string_append_printf (out, "  %s\n", why);
    }
  g_string_append_printf (out, "%s\n", _("Votes and shares:"));
  print_candidates (out, candidates, votes, esc_tally_get_share_base (tally));
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      gint64 total;

      if (esc_tally_get_total (tally, totals[i], &total))
        g_string_append_printf (out, "  %-24s %12" G_GINT64_FORMAT "\n", esc_tally_role_label (totals[i]), total);
    }
  g_string_append_printf (out, "%s.\n", coverage);
  if (worst != NULL)
    g_string_append_printf (out, "%s\n", worst);
  for (guint r = 0; r < regions->len; r++)
    {
      EscTallyRegion *region = g_ptr_array_index (regions, r);

      g_string_append_printf (out, "%s: %s (%u)\n", esc_tally_get_by (tally), region->name, region->sheets);
      print_candidates (out, candidates, region->votes, region->valid);
    }
}

static void
append_json_candidates (GString *out,
                        GArray  *candidates,
                        gint64  *votes,
                        gint64   base)
{
  g_string_append (out, "[");
  for (guint i = 0; i < candidates->len; i++)
    {
      g_autofree char *name = json_string (g_array_index (candidates, EscTallyCandidate, i).name);
      g_autofree char *share = share_text (base > 0 ? 100.0 * votes[i] / base : 0);

      g_string_append_printf (out, "%s{\"name\": %s, \"votes\": %" G_GINT64_FORMAT ", \"share\": %s}",
                              i > 0 ? ", " : "", name, votes[i], share);
    }
  g_string_append (out, "]");
}

static void
append_json_columns (GString  *out,
                     EscTally *tally)
{
  GPtrArray *columns = esc_tally_get_columns (tally);

  g_string_append (out, "  \"columns\": [\n");
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);
      g_autofree char *header = json_string (column->header);
      g_autofree char *candidate = json_string (column->candidate);

      g_string_append_printf (out, "    {\"header\": %s, \"role\": \"%s\"", header, esc_tally_role_nick (column->role));
      if (column->candidate != NULL)
        g_string_append_printf (out, ", \"candidate\": %s", candidate);
      if (column->per_centre)
        g_string_append (out, ", \"per_centre\": true");
      g_string_append_printf (out, "}%s\n", i + 1 < columns->len ? "," : "");
    }
  g_string_append (out, "  ],\n");
}

static void
append_json_rejections (GString  *out,
                        EscTally *tally)
{
  GArray *rejections = esc_tally_get_rejections (tally);

  g_string_append (out, "  \"set_aside\": [\n");
  for (guint i = 0; i < rejections->len; i++)
    {
      EscTallyRejection *rejection = &g_array_index (rejections, EscTallyRejection, i);
      g_autofree char *why = esc_tally_rejection_describe (rejection);
      g_autofree char *message = json_string (why);

      g_string_append_printf (out, "    {\"line\": %u, \"message\": %s}%s\n", rejection->line, message,
                              i + 1 < rejections->len ? "," : "");
    }
  g_string_append (out, "  ],\n");
}

static void
print_json (EscTally *tally,
            GString  *out)
{
  GArray *candidates = esc_tally_get_candidates (tally);
  GPtrArray *regions = esc_tally_get_regions (tally);
  g_autofree gint64 *votes = candidate_votes (candidates);
  g_autofree char *file = json_string (esc_tally_get_file (tally));
  static const EscTallyRole totals[] = { ESC_TALLY_VALID, ESC_TALLY_NULL, ESC_TALLY_BLANK, ESC_TALLY_REGISTERED, ESC_TALLY_VOTERS };
  EscTallyWorstCase worst;

  g_string_append_printf (out, "{\n  \"file\": %s,\n  \"sha256\": \"%s\",\n", file, esc_tally_get_sha256 (tally));
  append_json_columns (out, tally);
  g_string_append_printf (out, "  \"rows\": %u,\n  \"used\": %u,\n", esc_tally_get_rows (tally), esc_tally_get_used (tally));
  append_json_rejections (out, tally);
  g_string_append (out, "  \"candidates\": ");
  append_json_candidates (out, candidates, votes, esc_tally_get_share_base (tally));
  g_string_append_printf (out, ",\n  \"share_base\": %" G_GINT64_FORMAT, esc_tally_get_share_base (tally));
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      gint64 total;

      if (esc_tally_get_total (tally, totals[i], &total))
        g_string_append_printf (out, ",\n  \"%s\": %" G_GINT64_FORMAT, esc_tally_role_nick (totals[i]), total);
    }
  if (esc_tally_get_expected (tally) > 0)
    g_string_append_printf (out, ",\n  \"expected\": %u", esc_tally_get_expected (tally));
  if (esc_tally_get_worst_case (tally, &worst))
    g_string_append_printf (out, ",\n  \"missing_voters\": %" G_GINT64_FORMAT ",\n  \"missing_could_change_winner\": %s",
                            worst.missing, worst.could_change ? "true" : "false");
  if (esc_tally_get_by (tally) != NULL)
    {
      g_string_append (out, ",\n  \"regions\": [");
      for (guint r = 0; r < regions->len; r++)
        {
          EscTallyRegion *region = g_ptr_array_index (regions, r);
          g_autofree char *name = json_string (region->name);

          g_string_append_printf (out, "%s\n    {\"name\": %s, \"sheets\": %u, \"candidates\": ", r > 0 ? "," : "", name, region->sheets);
          append_json_candidates (out, candidates, region->votes, region->valid);
          g_string_append (out, "}");
        }
      g_string_append (out, "\n  ]");
    }
  g_string_append (out, "\n}\n");
}

static gboolean
apply_overrides (GPtrArray      *columns,
                 const char    **overrides,
                 GString        *err)
{
  for (guint i = 0; overrides != NULL && overrides[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!esc_tally_columns_override (columns, overrides[i], &error))
        {
          esc_command_usage (err, "--column: %s", error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static gpointer
hash_file (gpointer bytes)
{
  return g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);
}

static gboolean
has_column (GPtrArray  *columns,
            const char *header)
{
  for (guint i = 0; i < columns->len; i++)
    if (g_ascii_strcasecmp (((EscTallyColumn *) g_ptr_array_index (columns, i))->header, header) == 0)
      return TRUE;
  return FALSE;
}

int
esc_tally_command (GVariantDict         *options,
                   const char * const   *files,
                   const EscCommandData *data,
                   GString              *out,
                   GString              *err)
{
  g_autofree char *path = NULL, *display = NULL;
  g_autofree const char **overrides = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(EscCsv) csv = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(EscTally) tally = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  GThread *hashing;
  TallyOptions tally_options;
  gboolean options_read;

  g_return_val_if_fail (options != NULL, ESC_EXIT_USAGE);

  if (!esc_command_require_path (options, "tally", &path, err))
    return ESC_EXIT_USAGE;
  options_read = read_options (options, &tally_options, err);
  /* Owned here even when a value is refused. */
  overrides = tally_options.columns;
  if (!options_read)
    return ESC_EXIT_USAGE;
  display = esc_command_display_path (path);
  bytes = esc_file_map_bounded (path, ESC_CSV_MAX_SIZE, &error);
  if (bytes != NULL)
    csv = esc_csv_new (bytes, tally_options.encoding, &error);
  if (csv == NULL)
    return esc_command_usage (err, _("--%s: cannot read “%s”: %s"), "tally", display, error->message);

  columns = esc_tally_guess_columns (csv);
  if (!apply_overrides (columns, overrides, err))
    return ESC_EXIT_USAGE;
  if (tally_options.by != NULL && !has_column (columns, tally_options.by))
    return esc_command_usage (err, _("--by: “%s” has no column “%s”."), display, tally_options.by);

  /* The file's SHA-256 on another core while this one counts: each takes about as long. */
  hashing = g_thread_new ("hash", hash_file, bytes);
  tally = esc_tally_count (csv, columns, tally_options.by, NULL, NULL, NULL, NULL);
  sha256 = g_thread_join (hashing);
  esc_tally_set_source (tally, path, sha256);
  esc_tally_set_expected (tally, tally_options.expected);
  esc_tally_set_electorate (tally, tally_options.electorate);
  esc_tally_set_missing (tally, tally_options.missing);
  if (tally_options.json)
    print_json (tally, out);
  else
    print_text (tally, out);
  return ESC_EXIT_OK;
}
