/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a dataset's `tallies` (docs/dataset-format.md, "Tallies"). A tally is what the
 * app wrote after counting a file; a hand-edited or hostile one is checked member by
 * member, and its counts must add up, since the views draw them as they are. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "esc-dataset-reader-private.h"
#include "esc-tally-json.h"
#include "esc-tally-private.h"

/* Counts are whole and not negative, written as integers, which json-glib reads
 * exactly whatever their size. */
static gboolean
count_of_node (Context    *ctx,
               JsonNode   *node,
               gint64     *out)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      esc_reader_error (&ctx->reader, "wrong-type", _("This should be a whole number, 0 or more."));
      return FALSE;
    }
  *out = json_node_get_int (node);
  if (*out < 0)
    {
      esc_reader_error (&ctx->reader, "out-of-range", _("This should be a whole number, 0 or more."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_count (Context    *ctx,
            JsonObject *object,
            const char *name,
            gboolean    required,
            gint64     *out)
{
  JsonNode *node = esc_reader_member (&ctx->reader, object, name, required);
  gsize mark;
  gboolean ok;

  if (node == NULL)
    return !required;
  mark = esc_reader_push_member (&ctx->reader, name);
  ok = count_of_node (ctx, node, out);
  esc_reader_pop (&ctx->reader, mark);
  return ok;
}

/* An array member of @length counts, or any length where @length is G_MAXUINT. */
static gint64 *
read_counts (Context    *ctx,
             JsonObject *object,
             const char *name,
             guint       length)
{
  JsonArray *array = esc_reader_array (&ctx->reader, object, name, TRUE, FALSE);
  g_autofree gint64 *counts = NULL;
  gsize mark;
  gboolean ok = TRUE;

  if (array == NULL)
    return NULL;
  mark = esc_reader_push_member (&ctx->reader, name);
  if (json_array_get_length (array) != length)
    {
      esc_reader_error (&ctx->reader, "wrong-length", _("This should hold %u numbers."), length);
      esc_reader_pop (&ctx->reader, mark);
      return NULL;
    }
  counts = g_new0 (gint64, MAX (length, 1));
  for (guint i = 0; i < length; i++)
    {
      gsize index_mark = esc_reader_push_index (&ctx->reader, i);

      ok = count_of_node (ctx, json_array_get_element (array, i), &counts[i]) && ok;
      esc_reader_pop (&ctx->reader, index_mark);
    }
  esc_reader_pop (&ctx->reader, mark);
  return ok ? g_steal_pointer (&counts) : NULL;
}

static gboolean
read_column (Context    *ctx,
             JsonObject *object,
             EscTally   *tally)
{
  static const char *known[] = { "header", "role", "candidate", "per_centre", NULL };
  const char *header, *candidate;
  int role;
  EscTallyColumn *column;

  esc_reader_check_members (&ctx->reader, object, known);
  header = esc_reader_text (&ctx->reader, object, "header", TRUE);
  candidate = esc_reader_text (&ctx->reader, object, "candidate", FALSE);
  if (!esc_reader_enum (&ctx->reader, object, "role", ESC_TYPE_TALLY_ROLE, TRUE, &role) || header == NULL)
    return FALSE;
  if (role == ESC_TALLY_VOTES && candidate == NULL)
    {
      esc_reader_error_at (&ctx->reader, "candidate", "missing-member", _("A column of votes names its candidate."));
      return FALSE;
    }
  column = esc_tally_column_new (header, role, candidate);
  column->per_centre = esc_reader_boolean (&ctx->reader, object, "per_centre", FALSE);
  g_ptr_array_add (tally->columns, column);
  return TRUE;
}

static gboolean
read_rejection (Context    *ctx,
                JsonObject *object,
                EscTally   *tally)
{
  static const char *known[] = { "line", "reason", "column", "value", "first_line", NULL };
  EscTallyRejection rejection = { 0 };
  gint64 line = 0, first_line = 0;
  int reason;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  ok = read_count (ctx, object, "line", TRUE, &line) && read_count (ctx, object, "first_line", FALSE, &first_line);
  ok = esc_reader_enum (&ctx->reader, object, "reason", ESC_TYPE_TALLY_REJECT, TRUE, &reason) && ok;
  if (!ok)
    return FALSE;
  rejection.line = (guint) MIN (line, G_MAXUINT);
  rejection.first_line = (guint) MIN (first_line, G_MAXUINT);
  rejection.reason = reason;
  rejection.column = g_strdup (esc_reader_text (&ctx->reader, object, "column", FALSE));
  rejection.value = g_strdup (esc_reader_text (&ctx->reader, object, "value", FALSE));
  g_array_append_val (tally->rejections, rejection);
  return TRUE;
}

static gboolean
read_candidate (Context    *ctx,
                JsonObject *object,
                EscTally   *tally)
{
  static const char *known[] = { "name", "party", "votes", "histogram", NULL };
  const char *name = esc_reader_text (&ctx->reader, object, "name", TRUE);
  g_autofree gint64 *bins = NULL;
  EscTallyCandidate candidate = { NULL, NULL, 0 };

  esc_reader_check_members (&ctx->reader, object, known);
  if (!read_count (ctx, object, "votes", TRUE, &candidate.votes) || name == NULL)
    return FALSE;
  bins = read_counts (ctx, object, "histogram", ESC_TALLY_BINS);
  if (bins == NULL)
    return FALSE;
  candidate.name = g_strdup (name);
  candidate.party = esc_reader_dup_id (&ctx->reader, object, "party", FALSE);
  g_array_append_val (tally->candidates, candidate);
  for (guint k = 0; k < ESC_TALLY_BINS; k++)
    {
      double weight = (double) bins[k];

      g_array_append_val (tally->histograms, weight);
    }
  return TRUE;
}

static gboolean
read_region (Context    *ctx,
             JsonObject *object,
             EscTally   *tally)
{
  static const char *known[] = { "name", "sheets", "valid", "registered", "votes", NULL };
  const char *name = esc_reader_text (&ctx->reader, object, "name", TRUE);
  g_autofree gint64 *votes = read_counts (ctx, object, "votes", tally->candidates->len);
  gint64 sheets = 0, valid = 0, registered = -1;
  EscTallyRegion *region;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  ok = read_count (ctx, object, "sheets", TRUE, &sheets);
  ok = read_count (ctx, object, "valid", TRUE, &valid) && ok;
  ok = read_count (ctx, object, "registered", FALSE, &registered) && ok;
  if (!ok || name == NULL || votes == NULL)
    return FALSE;
  region = esc_tally_region_new (name, tally->candidates->len);
  if (tally->candidates->len > 0)
    memcpy (region->votes, votes, tally->candidates->len * sizeof (gint64));
  region->sheets = (guint) MIN (sheets, G_MAXUINT);
  region->valid = valid;
  region->registered = registered;
  g_ptr_array_add (tally->regions, region);
  return TRUE;
}

static gboolean
read_totals (Context    *ctx,
             JsonObject *object,
             EscTally   *tally)
{
  static const char *known[] = { "valid", "null", "blank", "registered", "voters", NULL };
  JsonObject *totals = esc_reader_object (&ctx->reader, object, "totals", TRUE);
  gsize mark;
  gboolean ok = TRUE;

  if (totals == NULL)
    return FALSE;
  mark = esc_reader_push_member (&ctx->reader, "totals");
  esc_reader_check_members (&ctx->reader, totals, known);
  for (EscTallyRole role = ESC_TALLY_VALID; role <= ESC_TALLY_VOTERS; role++)
    ok = read_count (ctx, totals, esc_tally_role_nick (role), FALSE, &tally->totals[role]) && ok;
  esc_reader_pop (&ctx->reader, mark);
  return ok;
}

typedef gboolean (*ReadInto) (Context *ctx, JsonObject *object, EscTally *tally);

/* Reads each element of the array @name into @tally; FALSE if one is broken. */
static gboolean
read_into (Context    *ctx,
           JsonObject *object,
           const char *name,
           gboolean    required,
           ReadInto    read,
           EscTally   *tally)
{
  JsonArray *array = esc_reader_array (&ctx->reader, object, name, required, required);
  gsize member_mark;
  gboolean ok = TRUE;

  if (array == NULL)
    return !required && !json_object_has_member (object, name);
  member_mark = esc_reader_push_member (&ctx->reader, name);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize mark = esc_reader_push_index (&ctx->reader, i);
      JsonObject *element = esc_reader_element_object (&ctx->reader, array, i);

      ok = element != NULL && read (ctx, element, tally) && ok;
      esc_reader_pop (&ctx->reader, mark);
    }
  esc_reader_pop (&ctx->reader, member_mark);
  return ok;
}

static gboolean
read_provenance (Context    *ctx,
                 JsonObject *object,
                 EscTally   *tally)
{
  const char *file = esc_reader_string (&ctx->reader, object, "file", TRUE);
  const char *sha256 = esc_reader_string (&ctx->reader, object, "sha256", TRUE);
  gboolean ok = file != NULL && sha256 != NULL;

  if (sha256 != NULL && (strlen (sha256) != 64 || strspn (sha256, "0123456789abcdef") != 64))
    {
      esc_reader_error_at (&ctx->reader, "sha256", "invalid-value", _("This should be 64 lower-case hexadecimal digits."));
      ok = FALSE;
    }
  tally->file = g_strdup (file);
  tally->sha256 = g_strdup (sha256);
  tally->by = g_strdup (esc_reader_text (&ctx->reader, object, "by", FALSE));
  ok = read_into (ctx, object, "columns", TRUE, read_column, tally) && ok;
  return read_into (ctx, object, "rejections", FALSE, read_rejection, tally) && ok;
}

static gboolean
read_rows (Context    *ctx,
           JsonObject *object,
           EscTally   *tally)
{
  gint64 rows = 0, used = 0, set_aside = 0, expected = 0, electorate = 0, missing = 0;

  /* Each read, so that each wrong one is reported. */
  gboolean ok = read_count (ctx, object, "rows", TRUE, &rows);

  ok = read_count (ctx, object, "used", TRUE, &used) && ok;
  ok = read_count (ctx, object, "set_aside", TRUE, &set_aside) && ok;
  ok = read_count (ctx, object, "expected", FALSE, &expected) && ok;
  ok = read_count (ctx, object, "electorate", FALSE, &electorate) && ok;
  ok = read_count (ctx, object, "missing_registered", FALSE, &missing) && ok;
  if (!ok)
    return FALSE;
  if (used + set_aside != rows || rows > G_MAXUINT || expected > G_MAXUINT)
    {
      esc_reader_error_at (&ctx->reader, "rows", "invalid-value",
                           _("The rows used and set aside should add up to the rows."));
      return FALSE;
    }
  tally->rows = rows;
  tally->used = used;
  tally->n_rejected = set_aside;
  tally->expected = expected;
  tally->electorate = electorate;
  tally->missing = missing;
  return TRUE;
}

/* One element of `tallies`; NULL where it is broken, with its problems reported. */
gpointer
esc_read_tally (Context    *ctx,
                JsonObject *object,
                gpointer    data)
{
  static const char *known[] = {
    "id", "file", "sha256", "columns", "by", "rows", "used", "set_aside", "rejections",
    "expected", "electorate", "missing_registered", "candidates", "totals", "regions", NULL
  };
  g_autoptr(EscTally) tally = esc_tally_new ();
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  tally->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  ok = read_provenance (ctx, object, tally);
  ok = read_rows (ctx, object, tally) && ok;
  ok = read_into (ctx, object, "candidates", TRUE, read_candidate, tally) && ok;
  ok = read_totals (ctx, object, tally) && ok;
  ok = read_into (ctx, object, "regions", FALSE, read_region, tally) && ok;
  if (!ok || tally->id == NULL)
    return NULL;
  /* Most votes first, as the views take the first two for the leader and runner-up,
   * whatever order a hand-edited file gives. */
  esc_tally_sort (tally);
  return g_steal_pointer (&tally);
}

gboolean
esc_merge_tally (Context  *ctx,
                 gpointer  item,
                 gboolean  keep)
{
  return esc_merge_by_id (ctx, ctx->tallies, ((EscTally *) item)->id, item, keep);
}
