/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Elections and what they hold: parties, claims, regions, reactions. */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "esc-dataset-reader-private.h"
#include "esc-validate.h"

/* Ids unique within one election (or, for regions, the subdivisions and names seen:
 * see esc_read_region_code()), and the election the references resolve in. */
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

/* The kind and name of a claimant, declared or written out. */
static EscClaimant *
read_claimant_fields (Context    *ctx,
                      JsonObject *object)
{
  g_autoptr(EscClaimant) claimant = g_object_new (ESC_TYPE_CLAIMANT, NULL);
  int kind;
  gboolean ok;

  ok = esc_reader_enum (&ctx->reader, object, "kind", ESC_TYPE_CLAIMANT_KIND, TRUE, &kind);
  claimant->kind = kind;
  claimant->name = esc_reader_localized (&ctx->reader, object, "name", FALSE);
  return ok ? g_steal_pointer (&claimant) : NULL;
}

/* "claimed_by" is a claimant written out, or the id of one the dataset declares. */
static gboolean
read_claimant (Context    *ctx,
               JsonObject *object,
               EscClaim   *claim)
{
  static const char *known[] = { "kind", "name", NULL };
  JsonNode *node = esc_reader_member (&ctx->reader, object, "claimed_by", TRUE);
  gsize mark;

  if (node == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *id = json_node_get_string (node);
      EscClaimant *declared = g_hash_table_lookup (ctx->claimants, id);

      int kind;

      if (declared == NULL && esc_enum_from_nick (ESC_TYPE_CLAIMANT_KIND, id, &kind))
        esc_reader_error_at (&ctx->reader, "claimed_by", "unknown-reference",
                             _("There is no claimant with the id “%s” in “claimants”; to give only "
                               "the kind, write {\"kind\": \"%s\"}."), id, id);
      else if (declared == NULL)
        esc_reader_error_at (&ctx->reader, "claimed_by", "unknown-reference",
                             _("There is no claimant with the id “%s” in “claimants”."), id);
      if (declared == NULL)
        return FALSE;
      g_hash_table_add (ctx->used_claimants, declared);
      claim->claimant = g_object_ref (declared);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      esc_reader_error_at (&ctx->reader, "claimed_by", "wrong-type",
                           _("“claimed_by” should be an object or the id of a claimant in “claimants”."));
      return FALSE;
    }
  mark = esc_reader_push_member (&ctx->reader, "claimed_by");
  esc_reader_check_members (&ctx->reader, json_node_get_object (node), known);
  claim->claimant = read_claimant_fields (ctx, json_node_get_object (node));
  esc_reader_pop (&ctx->reader, mark);
  return claim->claimant != NULL;
}

/* A claimant declared once in the document's "claimants", for claims to refer to. */
gpointer
esc_read_claimant_declaration (Context    *ctx,
                               JsonObject *object,
                               gpointer    data)
{
  static const char *known[] = { "id", "kind", "name", NULL };
  g_autofree char *id = NULL;
  g_autoptr(EscClaimant) claimant = NULL;

  esc_reader_check_members (&ctx->reader, object, known);
  id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  claimant = read_claimant_fields (ctx, object);
  if (id == NULL || claimant == NULL)
    return NULL;
  claimant->id = g_steal_pointer (&id);
  return g_steal_pointer (&claimant);
}

gboolean
esc_merge_claimant_declaration (Context  *ctx,
                                gpointer  item,
                                gboolean  keep)
{
  return esc_merge_by_id (ctx, ctx->claimants, ESC_CLAIMANT (item)->id, item, keep);
}

static gboolean
read_published (Context    *ctx,
                JsonObject *object,
                EscClaim   *claim)
{
  const char *text = esc_reader_string (&ctx->reader, object, "published", FALSE);
  gint64 start, end;

  if (text == NULL)
    return TRUE;
  if (!esc_parse_moment (text, &start, &end))
    {
      esc_reader_error_at (&ctx->reader, "published", "invalid-date",
                           _("“%s” is not a date (YYYY-MM-DD, YYYY-MM or YYYY) or a date and time "
                             "(YYYY-MM-DDTHH:MM, with optional seconds and a Z or ±HH:MM zone)."), text);
      return FALSE;
    }
  claim->published = g_strdup (text);
  return TRUE;
}

/* How much of the count the figure covered: a percentage. */
static gboolean
read_counted (Context    *ctx,
              JsonObject *object,
              EscClaim   *claim)
{
  if (!json_object_has_member (object, "counted") || JSON_NODE_HOLDS_NULL (json_object_get_member (object, "counted")))
    return TRUE;
  if (!esc_reader_number (&ctx->reader, object, "counted", FALSE, &claim->counted))
    return FALSE;
  if (!value_fits_unit (claim->counted, ESC_UNIT_PERCENT))
    {
      check_value (ctx, "counted", claim->counted, ESC_UNIT_PERCENT);
      return FALSE;
    }
  claim->has_counted = TRUE;
  claim->counted_decimals = esc_read_decimals (ctx, "counted");
  return TRUE;
}

static gpointer
read_claim (Context    *ctx,
            JsonObject *object,
            gpointer    data)
{
  static const char *known[] = {
    "id", "measure", "label", "value", "unit", "qualifier", "out_of", "subject",
    "claimed_by", "status", "published", "counted", "note", "sources", NULL
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
  claim->value_decimals = esc_read_decimals (ctx, "value");
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
  ok &= read_published (ctx, object, claim);
  ok &= read_counted (ctx, object, claim);
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

/* Regions and reactions are what articles say: only a claim's figure is computed. */
static gboolean
quotes_only (Context   *ctx,
             GPtrArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    if (esc_source_get_tally (g_ptr_array_index (sources, i)) != NULL)
      {
        esc_reader_error_at (&ctx->reader, "sources", "invalid-value",
                             _("Only a claim can come from a tally; this needs a quote in an article."));
        return FALSE;
      }
  return TRUE;
}

/* The winner's share of a region's vote, where the sources give it: a percentage. */
static gboolean
read_share (Context    *ctx,
            JsonObject *object,
            EscRegion  *region)
{
  if (!json_object_has_member (object, "share") || JSON_NODE_HOLDS_NULL (json_object_get_member (object, "share")))
    return TRUE;
  if (!esc_reader_number (&ctx->reader, object, "share", FALSE, &region->share))
    return FALSE;
  if (!value_fits_unit (region->share, ESC_UNIT_PERCENT))
    {
      check_value (ctx, "share", region->share, ESC_UNIT_PERCENT);
      return FALSE;
    }
  region->has_share = TRUE;
  region->share_decimals = esc_read_decimals (ctx, "share");
  return TRUE;
}

static gpointer
read_region (Context    *ctx,
             JsonObject *object,
             gpointer    data)
{
  static const char *known[] = { "name", "code", "outcome", "bloc", "party", "share", "sources", NULL };
  Scope *scope = data;
  g_autoptr(EscRegion) region = g_object_new (ESC_TYPE_REGION, NULL);
  int outcome, bloc = ESC_BLOC_OTHER;
  gboolean ok;

  esc_reader_check_members (&ctx->reader, object, known);
  region->name = g_strdup (esc_reader_string (&ctx->reader, object, "name", TRUE));
  esc_read_region_code (ctx, object, region, scope->election->country, scope->seen);
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
  ok &= read_share (ctx, object, region);
  region->sources = esc_read_sources (ctx, object);
  ok &= quotes_only (ctx, region->sources);

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

      if (esc_source_get_article (source) != NULL
          && esc_article_find_text (esc_source_get_article (source), reaction->quote, NULL, NULL))
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
  ok &= quotes_only (ctx, reaction->sources);

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

/* One claimant's vote shares, added up. */
typedef struct {
  EscClaimant *claimant;
  double total;
} ShareTotal;

/* The shares each claimant gives among the claims that stand, in order of first
 * appearance; claimants of one kind and name are one. */
static GArray *
share_totals (EscFigures *figures)
{
  GPtrArray *all = esc_figures_get_all (figures);
  GArray *totals = g_array_new (FALSE, FALSE, sizeof (ShareTotal));
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < all->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (all, f);

      for (guint i = 0; figure->measure == ESC_MEASURE_VOTE_SHARE && i < figure->current->len; i++)
        {
          EscClaim *claim = g_ptr_array_index (figure->current, i);
          char *key;
          gpointer at;

          if (claim->unit != ESC_UNIT_PERCENT || claim->qualifier == ESC_QUALIFIER_AT_MOST
              || claim->qualifier == ESC_QUALIFIER_FEWER_THAN)
            continue;
          key = esc_claimant_dup_key (claim->claimant);
          if (!g_hash_table_lookup_extended (index, key, NULL, &at))
            {
              ShareTotal total = { claim->claimant, 0 };

              at = GUINT_TO_POINTER (totals->len);
              g_array_append_val (totals, total);
              g_hash_table_insert (index, key, at);
            }
          else
            g_free (key);
          g_array_index (totals, ShareTotal, GPOINTER_TO_UINT (at)).total += claim->value;
        }
    }
  return totals;
}

/* A claimant who gives one candidate 60 % and another 50 % has made a mistake, or the
 * dataset has. Worth a look, not a refusal: sources do publish such figures. Earlier
 * counts that a later one replaced are not added in. */
static void
check_share_totals (Context     *ctx,
                    EscElection *election)
{
  g_autoptr(GArray) totals = share_totals (election->figures);

  for (guint i = 0; i < totals->len; i++)
    {
      ShareTotal *total = &g_array_index (totals, ShareTotal, i);
      g_autofree char *who = NULL;

      if (total->total <= 100.5)
        continue;
      who = g_strdup_printf ("%s: %s", esc_enum_to_nick (ESC_TYPE_CLAIMANT_KIND, total->claimant->kind),
                             total->claimant->name ? esc_localized_text_get (total->claimant->name) : "");
      esc_reader_warning_at (&ctx->reader, "claims", "shares-exceed-100",
                             /* Translators: %s names who claims the shares, e.g. "opposition: …". */
                             _("The vote shares claimed by %s add up to %g %%."), who, total->total);
    }
}

static void
warn_update (Context    *ctx,
             JsonObject *object,
             EscClaim   *claim,
             const char *member,
             const char *message)
{
  gsize mark = esc_reader_push_member (&ctx->reader, "claims");

  esc_reader_push_index (&ctx->reader, esc_json_index_of_id (object, "claims", claim->id));
  esc_reader_warning_at (&ctx->reader, member, "update-out-of-order", "%s", message);
  esc_reader_pop (&ctx->reader, mark);
}

/* A bulletin of a count, with when it was published where that is known. */
typedef struct {
  EscClaim *claim;
  gboolean dated;
  gint64 start;
  gint64 end;
} Bulletin;

static int
compare_bulletin_ends (gconstpointer a,
                       gconstpointer b)
{
  const Bulletin *ba = *(const Bulletin **) a, *bb = *(const Bulletin **) b;

  return ba->end < bb->end ? -1 : ba->end > bb->end;
}

static int
compare_bulletin_starts (gconstpointer a,
                         gconstpointer b)
{
  const Bulletin *ba = *(const Bulletin **) a, *bb = *(const Bulletin **) b;

  return ba->start < bb->start ? -1 : ba->start > bb->start;
}

/* Marks the bulletins published wholly after a bulletin that covered more of the
 * count: a sweep in order of time, not every pair, so that long sequences stay fast. */
static void
find_shrinking_counts (GArray   *bulletins,
                       gboolean *at_fault)
{
  g_autoptr(GPtrArray) by_end = g_ptr_array_new ();
  g_autoptr(GPtrArray) by_start = g_ptr_array_new ();
  double most = -G_MAXDOUBLE;
  guint e = 0;

  for (guint i = 0; i < bulletins->len; i++)
    if (g_array_index (bulletins, Bulletin, i).dated && g_array_index (bulletins, Bulletin, i).claim->has_counted)
      {
        g_ptr_array_add (by_end, &g_array_index (bulletins, Bulletin, i));
        g_ptr_array_add (by_start, &g_array_index (bulletins, Bulletin, i));
      }
  g_ptr_array_sort (by_end, compare_bulletin_ends);
  g_ptr_array_sort (by_start, compare_bulletin_starts);
  for (guint i = 0; i < by_start->len; i++)
    {
      Bulletin *later = g_ptr_array_index (by_start, i);

      for (; e < by_end->len && ((Bulletin *) g_ptr_array_index (by_end, e))->end <= later->start; e++)
        most = MAX (most, ((Bulletin *) g_ptr_array_index (by_end, e))->claim->counted);
      if (later->claim->counted < most)
        at_fault[(Bulletin *) later - (Bulletin *) (gpointer) bulletins->data] = TRUE;
    }
}

/* Warns at each claim of @sequence that is a later count (official or revised) dated
 * wholly before an earlier one (preliminary, or official before revised). */
static void
check_sequence (Context    *ctx,
                JsonObject *object,
                GPtrArray  *sequence)
{
  g_autoptr(GArray) bulletins = g_array_sized_new (FALSE, TRUE, sizeof (Bulletin), sequence->len);
  g_autofree gboolean *shrinks = g_new0 (gboolean, sequence->len);
  gint64 latest_start[3] = { G_MININT64, G_MININT64, G_MININT64 };

  for (guint i = 0; i < sequence->len; i++)
    {
      Bulletin bulletin = { g_ptr_array_index (sequence, i), FALSE, 0, 0 };
      int rank = esc_claim_update_rank (bulletin.claim);

      bulletin.dated = bulletin.claim->published != NULL
                       && esc_parse_moment (bulletin.claim->published, &bulletin.start, &bulletin.end);
      if (bulletin.dated)
        latest_start[rank] = MAX (latest_start[rank], bulletin.start);
      g_array_append_val (bulletins, bulletin);
    }
  find_shrinking_counts (bulletins, shrinks);
  for (guint i = 0; i < bulletins->len; i++)
    {
      Bulletin *later = &g_array_index (bulletins, Bulletin, i);
      int rank = esc_claim_update_rank (later->claim);
      gboolean dated_before = FALSE;

      for (int earlier = 0; earlier < rank; earlier++)
        dated_before |= later->dated && latest_start[earlier] != G_MININT64 && later->end <= latest_start[earlier];
      if (dated_before)
        warn_update (ctx, object, later->claim, "published",
                     _("This figure is a later count than another of the same measure "
                       "(official or revised after preliminary), but it is dated before it."));
      else if (shrinks[i])
        warn_update (ctx, object, later->claim, "counted",
                     _("This figure was published after another of the same measure, "
                       "but covers less of the count."));
    }
}

/* A later count dated before the one it replaces, or covering less of the count than
 * an earlier one, is most often a typo in a date. Each claim at fault is warned about
 * once, however many it contradicts. */
static void
check_updates (Context     *ctx,
               JsonObject  *object,
               EscElection *election)
{
  GPtrArray *all = esc_figures_get_all (election->figures);

  for (guint f = 0; f < all->len; f++)
    {
      EscFigure *figure = g_ptr_array_index (all, f);

      for (guint u = 0; u < figure->updates->len; u++)
        check_sequence (ctx, object, g_ptr_array_index (figure->updates, u));
    }
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
  g_autoptr(GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Scope party_scope = { election, parties };
  Scope region_scope = { election, regions };
  Scope claim_scope = { election, claims };
  Scope reaction_scope = { election, reactions };
  int kind;
  gboolean ok = TRUE;

  esc_reader_check_members (&ctx->reader, object, known);
  election->id = esc_reader_dup_id (&ctx->reader, object, "id", TRUE);
  election->country = esc_reader_dup_country (&ctx->reader, object, "country", TRUE);
  election->date = esc_reader_dup_date (&ctx->reader, object, "date");
  ok &= esc_reader_enum (&ctx->reader, object, "kind", ESC_TYPE_ELECTION_KIND, TRUE, &kind);
  election->kind = kind;
  election->title = esc_reader_localized (&ctx->reader, object, "title", TRUE);
  election->summary = esc_reader_localized (&ctx->reader, object, "summary", FALSE);

  /* Parties first: claims and regions refer to them. */
  election->parties = esc_read_list (ctx, object, "parties", TRUE, FALSE, read_party, &party_scope);
  election->claims = esc_read_list (ctx, object, "claims", TRUE, FALSE, read_claim, &claim_scope);
  election->regions = esc_read_list (ctx, object, "regions", FALSE, FALSE, read_region, &region_scope);
  election->reactions = esc_read_list (ctx, object, "reactions", FALSE, FALSE, read_reaction, &reaction_scope);
  election->figures = esc_figures_new (election);
  check_share_totals (ctx, election);
  check_updates (ctx, object, election);

  /* Whether its id is unique is known in file order only (esc_merge_election()). */
  ctx->keep = ok && election->country != NULL && election->title != NULL;
  return g_steal_pointer (&election);
}

gboolean
esc_merge_election (Context  *ctx,
                    gpointer  item,
                    gboolean  keep)
{
  return esc_read_unique_id (ctx, ctx->elections, ESC_ELECTION (item)->id) && keep;
}
