/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-enums.h"

G_DEFINE_ENUM_TYPE (EscElectionKind, esc_election_kind,
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_PRESIDENTIAL, "presidential"),
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_PARLIAMENTARY, "parliamentary"),
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_REGIONAL, "regional"),
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_MUNICIPAL, "municipal"),
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_REFERENDUM, "referendum"),
  G_DEFINE_ENUM_VALUE (ESC_ELECTION_OTHER, "other"))

G_DEFINE_ENUM_TYPE (EscMeasure, esc_measure,
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_OFFICES_WON, "offices_won"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_OFFICES_CONTESTED, "offices_contested"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_VOTE_SHARE, "vote_share"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_VOTES, "votes"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_TURNOUT, "turnout"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_ELECTORATE, "electorate"),
  G_DEFINE_ENUM_VALUE (ESC_MEASURE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (EscUnit, esc_unit,
  G_DEFINE_ENUM_VALUE (ESC_UNIT_COUNT, "count"),
  G_DEFINE_ENUM_VALUE (ESC_UNIT_PERCENT, "percent"),
  G_DEFINE_ENUM_VALUE (ESC_UNIT_PEOPLE, "people"),
  G_DEFINE_ENUM_VALUE (ESC_UNIT_VOTES, "votes"),
  G_DEFINE_ENUM_VALUE (ESC_UNIT_HOURS, "hours"),
  G_DEFINE_ENUM_VALUE (ESC_UNIT_YEARS, "years"))

G_DEFINE_ENUM_TYPE (EscQualifier, esc_qualifier,
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_EXACT, "exact"),
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_AT_LEAST, "at_least"),
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_AT_MOST, "at_most"),
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_ABOUT, "about"),
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_MORE_THAN, "more_than"),
  G_DEFINE_ENUM_VALUE (ESC_QUALIFIER_FEWER_THAN, "fewer_than"))

G_DEFINE_ENUM_TYPE (EscClaimStatus, esc_claim_status,
  G_DEFINE_ENUM_VALUE (ESC_STATUS_OFFICIAL, "official"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_PRELIMINARY, "preliminary"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_REVISED, "revised"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_CLAIMED, "claimed"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_REPORTED, "reported"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_DISPUTED, "disputed"),
  G_DEFINE_ENUM_VALUE (ESC_STATUS_COMPUTED, "computed"))

G_DEFINE_ENUM_TYPE (EscClaimantKind, esc_claimant_kind,
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_ELECTORAL_AUTHORITY, "electoral_authority"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_GOVERNMENT, "government"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_OPPOSITION, "opposition"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_OUTLET, "outlet"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_OBSERVER, "observer"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_FOREIGN_GOVERNMENT, "foreign_government"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_ANALYST, "analyst"),
  G_DEFINE_ENUM_VALUE (ESC_CLAIMANT_OTHER, "other"))

G_DEFINE_ENUM_TYPE (EscRegionOutcome, esc_region_outcome,
  G_DEFINE_ENUM_VALUE (ESC_OUTCOME_WON, "won"),
  G_DEFINE_ENUM_VALUE (ESC_OUTCOME_PENDING, "pending"),
  G_DEFINE_ENUM_VALUE (ESC_OUTCOME_DISPUTED, "disputed"))

G_DEFINE_ENUM_TYPE (EscStance, esc_stance,
  G_DEFINE_ENUM_VALUE (ESC_STANCE_CONGRATULATED, "congratulated"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_WELCOMED, "welcomed"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_SUPPORTED, "supported"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_CALLED_FOR_TRANSPARENCY, "called_for_transparency"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_EXPRESSED_CONCERN, "expressed_concern"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_QUESTIONED, "questioned"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_REJECTED, "rejected"),
  G_DEFINE_ENUM_VALUE (ESC_STANCE_OTHER, "other"))

gboolean
esc_enum_from_nick (GType       type,
                    const char *nick,
                    int        *out_value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *out_value = value->value;
  return TRUE;
}

const char *
esc_enum_to_nick (GType type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  klass = g_type_class_ref (type);
  found = g_enum_get_value (klass, value);
  g_return_val_if_fail (found != NULL, NULL);

  /* Nicks live in the type's static table, so they outlive the class reference. */
  return found->value_nick;
}

/* "a, b, c": for messages that tell the author what would have been accepted. */
char *
esc_enum_list_nicks (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, klass->values[i].value_nick);
    }

  return g_string_free (list, FALSE);
}
