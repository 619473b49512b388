/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A tally as the dataset keeps it (docs/dataset-format.md, "Tallies"): its provenance
 * and its totals, so that the dataset reopens without the file. Counts are integers,
 * which JSON writes exactly. */
#include "config.h"

#include "esc-tally-json.h"
#include "esc-tally-private.h"

G_DEFINE_ENUM_TYPE (EscTallyReject, esc_tally_reject,
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_SHORT, "short"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_UNCLOSED, "unclosed_quote"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_NOT_A_NUMBER, "not_a_number"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_NEGATIVE, "negative"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_FRACTION, "fraction"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_OVER_VOTERS, "over_voters"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_OVER_VALID, "over_valid"),
  G_DEFINE_ENUM_VALUE (ESC_TALLY_REJECT_DUPLICATE, "duplicate"))

static const char *
nick_of (GType type,
         int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return g_enum_get_value (klass, value)->value_nick;
}

static void
add_columns (JsonBuilder *b,
             GPtrArray   *columns)
{
  json_builder_set_member_name (b, "columns");
  json_builder_begin_array (b);
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "header");
      json_builder_add_string_value (b, column->header);
      json_builder_set_member_name (b, "role");
      json_builder_add_string_value (b, esc_tally_role_nick (column->role));
      if (column->candidate != NULL)
        {
          json_builder_set_member_name (b, "candidate");
          json_builder_add_string_value (b, column->candidate);
        }
      if (column->per_centre)
        {
          json_builder_set_member_name (b, "per_centre");
          json_builder_add_boolean_value (b, TRUE);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_rejections (JsonBuilder *b,
                GArray      *rejections)
{
  json_builder_set_member_name (b, "rejections");
  json_builder_begin_array (b);
  for (guint i = 0; i < MIN (rejections->len, ESC_TALLY_KEPT_REJECTIONS); i++)
    {
      EscTallyRejection *rejection = &g_array_index (rejections, EscTallyRejection, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "line");
      json_builder_add_int_value (b, rejection->line);
      json_builder_set_member_name (b, "reason");
      json_builder_add_string_value (b, nick_of (ESC_TYPE_TALLY_REJECT, rejection->reason));
      if (rejection->column != NULL)
        {
          json_builder_set_member_name (b, "column");
          json_builder_add_string_value (b, rejection->column);
        }
      if (rejection->value != NULL)
        {
          json_builder_set_member_name (b, "value");
          json_builder_add_string_value (b, rejection->value);
        }
      if (rejection->first_line > 0)
        {
          json_builder_set_member_name (b, "first_line");
          json_builder_add_int_value (b, rejection->first_line);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_candidates (JsonBuilder *b,
                EscTally    *tally)
{
  json_builder_set_member_name (b, "candidates");
  json_builder_begin_array (b);
  for (guint i = 0; i < tally->candidates->len; i++)
    {
      EscTallyCandidate *candidate = &g_array_index (tally->candidates, EscTallyCandidate, i);
      const double *bins = esc_tally_get_histogram (tally, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, candidate->name);
      if (candidate->party != NULL)
        {
          json_builder_set_member_name (b, "party");
          json_builder_add_string_value (b, candidate->party);
        }
      json_builder_set_member_name (b, "votes");
      json_builder_add_int_value (b, candidate->votes);
      json_builder_set_member_name (b, "histogram");
      json_builder_begin_array (b);
      for (guint k = 0; bins != NULL && k < ESC_TALLY_BINS; k++)
        json_builder_add_int_value (b, (gint64) bins[k]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_totals (JsonBuilder *b,
            EscTally    *tally)
{
  json_builder_set_member_name (b, "totals");
  json_builder_begin_object (b);
  for (EscTallyRole role = ESC_TALLY_VALID; role <= ESC_TALLY_VOTERS; role++)
    if (tally->totals[role] >= 0)
      {
        json_builder_set_member_name (b, esc_tally_role_nick (role));
        json_builder_add_int_value (b, tally->totals[role]);
      }
  json_builder_end_object (b);
}

static void
add_regions (JsonBuilder *b,
             EscTally    *tally)
{
  json_builder_set_member_name (b, "regions");
  json_builder_begin_array (b);
  for (guint r = 0; r < tally->regions->len; r++)
    {
      EscTallyRegion *region = g_ptr_array_index (tally->regions, r);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, region->name);
      json_builder_set_member_name (b, "sheets");
      json_builder_add_int_value (b, region->sheets);
      json_builder_set_member_name (b, "valid");
      json_builder_add_int_value (b, region->valid);
      if (region->registered >= 0)
        {
          json_builder_set_member_name (b, "registered");
          json_builder_add_int_value (b, region->registered);
        }
      json_builder_set_member_name (b, "votes");
      json_builder_begin_array (b);
      for (guint i = 0; i < tally->candidates->len; i++)
        json_builder_add_int_value (b, region->votes[i]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_count (JsonBuilder *b,
           const char  *name,
           gint64       value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

/* The tally as a member of the dataset's `tallies`. */
JsonNode *
esc_tally_to_json (EscTally *tally)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (ESC_IS_TALLY (tally), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, tally->id);
  json_builder_set_member_name (b, "file");
  json_builder_add_string_value (b, tally->file);
  json_builder_set_member_name (b, "sha256");
  json_builder_add_string_value (b, tally->sha256);
  add_columns (b, tally->columns);
  if (tally->by != NULL)
    {
      json_builder_set_member_name (b, "by");
      json_builder_add_string_value (b, tally->by);
    }
  add_count (b, "rows", tally->rows);
  add_count (b, "used", tally->used);
  add_count (b, "set_aside", tally->n_rejected);
  add_rejections (b, tally->rejections);
  if (tally->expected > 0)
    add_count (b, "expected", tally->expected);
  if (tally->electorate > 0)
    add_count (b, "electorate", tally->electorate);
  if (tally->missing > 0)
    add_count (b, "missing_registered", tally->missing);
  add_candidates (b, tally);
  add_totals (b, tally);
  if (tally->by != NULL)
    add_regions (b, tally);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
