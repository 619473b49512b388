/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Elections and what they hold: parties, claims, regions, reactions. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-dataset-reader-private.h"
#include "esc-validate.h"

/* Ids unique within one election, and the election the references resolve in. */
typedef struct {
  EscElection *election;
  GHashTable *seen;
} Scope;

static gpointer
read_party (Context    *ctx,
            JsonObject *object,
            gpointer    data)
{
  static const char *known[] = { "id", "name", "short_name", "candidate", "bloc", "color", NULL };
  Scope *scope = data;
  g_autoptr(EscParty) party = g_object_new (ESC_TYPE_PARTY, NULL);
  const char *color;
  int bloc;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  party->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  party->name = esc_reader_localized (&ctx->reader, object, "name", TRUE);
  party->short_name = g_strdup (esc_reader_string (&ctx->reader, object, "short_name", FALSE));
  party->candidate = g_strdup (esc_reader_string (&ctx->reader, object, "candidate", FALSE));
  ok = esc_reader_enum (&ctx->reader, object, "bloc", ESC_TYPE_BLOC, TRUE, &bloc);
  party->bloc = bloc;

  color = esc_reader_string (&ctx->reader, object, "color", FALSE);
  if (color != NULL && !(party->has_color = esc_parse_color (color, &party->color)))
    esc_reader_error_at (&ctx->reader, "color", "invalid-color",
                         _("“%s” is not a colour of the form #rrggbb."), color);

  if (!esc_read_unique_id (ctx, scope->seen, party->id) || party->name == NULL || !ok)
    return NULL;

  return g_steal_pointer (&party);
}

static EscParty *
find_party (Context     *ctx,
            JsonObject  *object,
            const char  *member,
            EscElection *election)
{
  const char *id = esc_reader_string (&ctx->reader, object, member, FALSE);
  EscParty *party;

  if (id == NULL)
    return NULL;

  party = esc_election_lookup_party (election, id);
  if (party == NULL)
    esc_reader_error_at (&ctx->reader, member, "unknown-reference",
                         _("This election has no party with the id “%s”."), id);
  return party;
}


/* Whether @value suits @unit: percentages within 0–100, counts whole and not negative. */
static gboolean
value_fits_unit (double  value,
                 EscUnit unit)
{
  switch (unit)
    {
    case ESC_UNIT_PERCENT:
      return value >= 0 && value <= 100;
    case ESC_UNIT_COUNT:
    case ESC_UNIT_PEOPLE:
    case ESC_UNIT_VOTES:
    case ESC_UNIT_YEARS:
      return value >= 0 && value == floor (value);
    case ESC_UNIT_HOURS:
    default:
      return value >= 0;
    }
}

static void
check_value (Context    *ctx,
             const char *member,
             double      value,
             EscUnit     unit)
{
  if (value_fits_unit (value, unit))
    return;

  if (unit == ESC_UNIT_PERCENT)
    esc_reader_error_at (&ctx->reader, member, "out-of-range",
                         _("A percentage must lie between 0 and 100; %g does not."), value);
  else if (unit == ESC_UNIT_HOURS)
    esc_reader_error_at (&ctx->reader, member, "out-of-range",
                         _("A number of hours cannot be negative; %g is."), value);
  else
    esc_reader_error_at (&ctx->reader, member, "out-of-range",
                         /* Translators: %s is a unit name such as "count" or "people". */
                         _("A value in “%s” must be a whole number, not negative; %g is not."),
                         esc_enum_to_nick (ESC_TYPE_UNIT, unit), value);
}

static gboolean
read_claimant (Context    *ctx,
               JsonObject *object,
               EscClaim   *claim)
{
  static const char *known[] = { "kind", "name", NULL };
  JsonObject *claimant = esc_reader_object (&ctx->reader, object, "claimed_by", TRUE);
  gsize mark;
  int kind;
  gboolean ok;

  if (claimant == NULL)
    return FALSE;

  mark = esc_reader_push_member (&ctx->reader, "claimed_by");
  esc_reader_check_members (&ctx->reader, claimant, known);
  ok = esc_reader_enum (&ctx->reader, claimant, "kind", ESC_TYPE_CLAIMANT_KIND, TRUE, &kind);
  claim->claimant_kind = kind;
  claim->claimant_name = esc_reader_localized (&ctx->reader, claimant, "name", FALSE);
  esc_reader_pop (&ctx->reader, mark);

  return ok;
}

static gpointer
read_claim (Context    *ctx,
            JsonObject *object,
            gpointer    data)
{
  static const char *known[] = {
    "id", "measure", "label", "value", "unit", "qualifier", "out_of", "subject",
    "claimed_by", "status", "note", "sources", NULL
  };
  Scope *scope = data;
  g_autoptr(EscClaim) claim = g_object_new (ESC_TYPE_CLAIM, NULL);
  int measure, unit, qualifier = ESC_QUALIFIER_EXACT, status;
  gboolean ok = TRUE;

  esc_reader_check_members (&ctx->reader, object, known);
  claim->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  ok &= esc_read_unique_id (ctx, scope->seen, claim->id);
  ok &= esc_reader_enum (&ctx->reader, object, "measure", ESC_TYPE_MEASURE, TRUE, &measure);
  claim->measure = measure;
  claim->label = esc_reader_localized (&ctx->reader, object, "label", ok && measure == ESC_MEASURE_OTHER);
  ok &= !(ok && measure == ESC_MEASURE_OTHER && claim->label == NULL);
  ok &= esc_reader_number (&ctx->reader, object, "value", TRUE, &claim->value);
  ok &= esc_reader_enum (&ctx->reader, object, "unit", ESC_TYPE_UNIT, TRUE, &unit);
  claim->unit = unit;
  if (json_object_has_member (object, "qualifier"))
    ok &= esc_reader_enum (&ctx->reader, object, "qualifier", ESC_TYPE_QUALIFIER, FALSE, &qualifier);
  claim->qualifier = qualifier;
  claim->has_out_of = esc_reader_number (&ctx->reader, object, "out_of", FALSE, &claim->out_of);
  if (json_object_has_member (object, "subject"))
    {
      claim->subject = find_party (ctx, object, "subject", scope->election);
      if (claim->subject != NULL)
        g_object_ref (claim->subject);
      else
        ok &= JSON_NODE_HOLDS_NULL (json_object_get_member (object, "subject"));
    }
  ok &= read_claimant (ctx, object, claim);
  ok &= esc_reader_enum (&ctx->reader, object, "status", ESC_TYPE_CLAIM_STATUS, TRUE, &status);
  claim->status = status;
  claim->note = esc_reader_localized (&ctx->reader, object, "note", FALSE);
  claim->sources = esc_read_sources (ctx, object);

  if (!ok)
    return NULL;

  if (!value_fits_unit (claim->value, claim->unit))
    {
      check_value (ctx, "value", claim->value, claim->unit);
      return NULL;
    }
  if (claim->has_out_of && !value_fits_unit (claim->out_of, claim->unit))
    {
      check_value (ctx, "out_of", claim->out_of, claim->unit);
      return NULL;
    }
  if (claim->has_out_of && claim->out_of < claim->value)
    {
      esc_reader_error_at (&ctx->reader, "out_of", "out-of-range",
                           _("The whole (%g) is smaller than its part (%g)."), claim->out_of, claim->value);
      return NULL;
    }

  return claim->sources->len > 0 ? g_steal_pointer (&claim) : NULL;
}

static gpointer
read_region (Context    *ctx,
             JsonObject *object,
             gpointer    data)
{
  static const char *known[] = { "name", "outcome", "bloc", "party", "sources", NULL };
  Scope *scope = data;
  g_autoptr(EscRegion) region = g_object_new (ESC_TYPE_REGION, NULL);
  int outcome, bloc = ESC_BLOC_OTHER;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  region->name = g_strdup (esc_reader_string (&ctx->reader, object, "name", TRUE));
  ok = esc_reader_enum (&ctx->reader, object, "outcome", ESC_TYPE_REGION_OUTCOME, TRUE, &outcome);
  region->outcome = outcome;
  if (json_object_has_member (object, "bloc") || (ok && outcome == ESC_OUTCOME_WON))
    ok &= esc_reader_enum (&ctx->reader, object, "bloc", ESC_TYPE_BLOC, ok && outcome == ESC_OUTCOME_WON, &bloc);
  region->bloc = bloc;
  if (json_object_has_member (object, "party"))
    {
      region->party = find_party (ctx, object, "party", scope->election);
      if (region->party != NULL)
        g_object_ref (region->party);
      else
        ok &= JSON_NODE_HOLDS_NULL (json_object_get_member (object, "party"));
    }
  region->sources = esc_read_sources (ctx, object);

  if (!ok || region->name == NULL || region->sources->len == 0)
    return NULL;
  return g_steal_pointer (&region);
}

static gboolean
read_actor (Context     *ctx,
            JsonObject  *object,
            EscReaction *reaction)
{
  static const char *known[] = { "id", "name", NULL };
  gboolean has_country = esc_reader_member (&ctx->reader, object, "country", FALSE) != NULL;
  gboolean has_organization = esc_reader_member (&ctx->reader, object, "organization", FALSE) != NULL;
  JsonObject *organization;
  gsize mark;

  if (has_country == has_organization)
    {
      esc_reader_error (&ctx->reader, "invalid-actor",
                        has_country ? _("A reaction comes from a country or an organization, not both.")
                                    : _("A reaction needs a “country” or an “organization”."));
      return FALSE;
    }

  if (has_country)
    {
      reaction->country = esc_reader_dup_country (&ctx->reader, object, "country", TRUE);
      return reaction->country != NULL;
    }

  organization = esc_reader_object (&ctx->reader, object, "organization", TRUE);
  if (organization == NULL)
    return FALSE;

  mark = esc_reader_push_member (&ctx->reader, "organization");
  esc_reader_check_members (&ctx->reader, organization, known);
  reaction->organization_id = esc_reader_dup_id (&ctx->reader, organization, "id", TRUE);
  reaction->organization_name = esc_reader_localized (&ctx->reader, organization, "name", TRUE);
  esc_reader_pop (&ctx->reader, mark);

  return reaction->organization_id != NULL && reaction->organization_name != NULL;
}

/* The speaker's words must be printed in one of the articles the reaction cites. */
static gboolean
quote_in_sources (EscReaction *reaction)
{
  for (guint i = 0; i < reaction->sources->len; i++)
    {
      EscSource *source = g_ptr_array_index (reaction->sources, i);

      if (esc_article_find_text (esc_source_get_article (source), reaction->quote, NULL, NULL))
        return TRUE;
    }
  return FALSE;
}

static gpointer
read_reaction (Context    *ctx,
               JsonObject *object,
               gpointer    data)
{
  static const char *known[] = {
    "id", "country", "organization", "speaker", "role", "stance", "quote", "date",
    "statement", "sources", NULL
  };
  Scope *scope = data;
  g_autoptr(EscReaction) reaction = g_object_new (ESC_TYPE_REACTION, NULL);
  int stance;
  gboolean ok = TRUE;

  esc_reader_check_members (&ctx->reader, object, known);
  reaction->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  ok &= esc_read_unique_id (ctx, scope->seen, reaction->id);
  ok &= read_actor (ctx, object, reaction);
  reaction->speaker = g_strdup (esc_reader_string (&ctx->reader, object, "speaker", FALSE));
  reaction->role = esc_reader_localized (&ctx->reader, object, "role", FALSE);
  ok &= esc_reader_enum (&ctx->reader, object, "stance", ESC_TYPE_STANCE, TRUE, &stance);
  reaction->stance = stance;
  reaction->quote = g_strdup (esc_reader_string (&ctx->reader, object, "quote", FALSE));
  reaction->date = esc_reader_dup_date (&ctx->reader, object, "date");
  if (json_object_has_member (object, "statement"))
    reaction->statement = esc_reader_dup_id (&ctx->reader, object, "statement", FALSE);
  reaction->sources = esc_read_sources (ctx, object);

  if (!ok || reaction->sources->len == 0)
    return NULL;

  if (reaction->quote != NULL && !quote_in_sources (reaction))
    {
      esc_reader_error_at (&ctx->reader, "quote", "quote-not-found",
                           _("The quote does not occur, character for character, in any article this reaction cites."));
      return NULL;
    }

  return g_steal_pointer (&reaction);
}

/* A claimant who gives one candidate 60 % and another 50 % has made a mistake, or the
 * dataset has. Worth a look, not a refusal: sources do publish such figures. */
static void
check_share_totals (Context     *ctx,
                    EscElection *election)
{
  g_autoptr(GHashTable) totals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *no_languages[] = { NULL };
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < election->claims->len; i++)
    {
      EscClaim *claim = g_ptr_array_index (election->claims, i);
      char *who;
      double *total;

      if (claim->measure != ESC_MEASURE_VOTE_SHARE || claim->unit != ESC_UNIT_PERCENT
          || claim->qualifier == ESC_QUALIFIER_AT_MOST || claim->qualifier == ESC_QUALIFIER_FEWER_THAN)
        continue;

      who = g_strdup_printf ("%s: %s", esc_enum_to_nick (ESC_TYPE_CLAIMANT_KIND, claim->claimant_kind),
                             claim->claimant_name ? esc_localized_text_lookup (claim->claimant_name, no_languages, NULL) : "");
      total = g_hash_table_lookup (totals, who);
      if (total == NULL)
        g_hash_table_insert (totals, who, (total = g_new0 (double, 1)));
      else
        g_free (who);
      *total += claim->value;
    }

  g_hash_table_iter_init (&iter, totals);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (*(double *) value > 100.5)
      esc_reader_warning_at (&ctx->reader, "claims", "shares-exceed-100",
                             /* Translators: %s names who claims the shares, e.g. "opposition: …". */
                             _("The vote shares claimed by %s add up to %g %%."),
                             (const char *) key, *(double *) value);
}

gpointer
esc_read_election (Context    *ctx,
               JsonObject *object,
               gpointer    data)
{
  static const char *known[] = {
    "id", "country", "date", "kind", "title", "summary", "parties", "claims", "regions",
    "reactions", NULL
  };
  g_autoptr(EscElection) election = g_object_new (ESC_TYPE_ELECTION, NULL);
  g_autoptr(GHashTable) parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) reactions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Scope party_scope = { election, parties };
  Scope claim_scope = { election, claims };
  Scope reaction_scope = { election, reactions };
  int kind;
  gboolean ok = TRUE;

  esc_reader_check_members (&ctx->reader, object, known);
  election->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  ok &= esc_read_unique_id (ctx, ctx->elections, election->id);
  election->country = esc_reader_dup_country (&ctx->reader, object, "country", TRUE);
  election->date = esc_reader_dup_date (&ctx->reader, object, "date");
  ok &= esc_reader_enum (&ctx->reader, object, "kind", ESC_TYPE_ELECTION_KIND, TRUE, &kind);
  election->kind = kind;
  election->title = esc_reader_localized (&ctx->reader, object, "title", TRUE);
  election->summary = esc_reader_localized (&ctx->reader, object, "summary", FALSE);

  /* Parties first: claims and regions refer to them. */
  election->parties = esc_read_list (ctx, object, "parties", TRUE, FALSE, read_party, &party_scope);
  election->claims = esc_read_list (ctx, object, "claims", TRUE, FALSE, read_claim, &claim_scope);
  election->regions = esc_read_list (ctx, object, "regions", FALSE, FALSE, read_region, &party_scope);
  election->reactions = esc_read_list (ctx, object, "reactions", FALSE, FALSE, read_reaction, &reaction_scope);
  check_share_totals (ctx, election);

  if (!ok || election->country == NULL || election->title == NULL)
    return NULL;
  return g_steal_pointer (&election);
}
