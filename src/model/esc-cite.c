/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A claim cited from a passage of an article: the passage is its source, exactly as the
 * article has it, and the figure it states is read from it in the article's language
 * (esc-quoted-figure.c), with the party it names (esc-party-mention.c) and a guess of
 * what it measures. The claim is not in the election yet: a form shows it to the user,
 * who corrects what the guess got wrong, and an edit puts it in. */
#include "config.h"

#include <string.h>

#include "esc-cite.h"
#include "esc-country-mention.h"
#include "esc-edit-list.h"
#include "esc-subdivisions.h"
#include "esc-model-private.h"
#include "esc-new-items.h"
#include "esc-party-mention.h"
#include "esc-quoted-figure.h"
#include "esc-validate.h"

/* Words that say what a share or a count is of, folded (esc_mention_fold()), in the
 * languages of the articles the app has met. */
static const char *turnout_words[] = { "turnout", "participacion", "participacao", "participation", "abstencion", "abstencao", NULL };
static const char *electorate_words[] = { "electorate", "registered", "electores", "inscritos", "eleitores", "electeurs", "padron", NULL };
static const char *office_words[] = {
  "seats", "escanos", "cadeiras", "sieges", "governorships", "gobernaciones", "governos", "states", "estados",
  "mayoralties", "alcaldias", "prefeituras", "municipalities", "municipios", "offices", "cargos", NULL
};

static gboolean
mentions_any (const char  *folded,
              const char **words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

/**
 * esc_cite_guess_measure:
 *
 * What a figure of @unit in @quote most likely measures: a share of the vote where it
 * names a party, turnout or the electorate where it says so, offices where it counts
 * them; else %ESC_MEASURE_OTHER, for the user to name.
 */
EscMeasure
esc_cite_guess_measure (const char *quote,
                        EscUnit     unit,
                        gboolean    has_out_of,
                        gboolean    has_subject)
{
  g_autofree char *folded = esc_mention_fold (quote);

  switch (unit)
    {
    case ESC_UNIT_PERCENT:
      if (mentions_any (folded, turnout_words))
        return ESC_MEASURE_TURNOUT;
      return has_subject ? ESC_MEASURE_VOTE_SHARE : ESC_MEASURE_OTHER;
    case ESC_UNIT_VOTES:
      return has_subject ? ESC_MEASURE_VOTES : ESC_MEASURE_OTHER;
    case ESC_UNIT_PEOPLE:
      return mentions_any (folded, electorate_words) ? ESC_MEASURE_ELECTORATE : ESC_MEASURE_OTHER;
    case ESC_UNIT_COUNT:
      if (has_subject && (has_out_of || mentions_any (folded, office_words)))
        return ESC_MEASURE_OFFICES_WON;
      return mentions_any (folded, office_words) ? ESC_MEASURE_OFFICES_CONTESTED : ESC_MEASURE_OTHER;
    case ESC_UNIT_HOURS:
    case ESC_UNIT_YEARS:
    default:
      return ESC_MEASURE_OTHER;
    }
}

/* "claim-1", "claim-2"…: the first not taken in @election. */
static char *
free_claim_id (EscElection *election)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("claim-%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < election->claims->len && !taken; i++)
        taken = g_strcmp0 (((EscClaim *) g_ptr_array_index (election->claims, i))->id, id) == 0;
      if (!taken)
        return g_steal_pointer (&id);
    }
}

/* The stretch of @quote that speaks of figure @index of @figures: from the end of the
 * figure before to the start of the one after, so that in "Maduro had 51% … 44% for
 * González" each figure finds its own candidate. */
static char *
stretch_of (const char *quote,
            GArray     *figures,
            guint       index)
{
  gsize from = index > 0 ? g_array_index (figures, EscQuotedFigure, index - 1).end : 0;
  gsize to = index + 1 < figures->len ? g_array_index (figures, EscQuotedFigure, index + 1).start : strlen (quote);

  return g_strndup (quote + from, to - from);
}

/**
 * esc_cite_claim_at:
 * @index: which figure of those esc_quoted_figures_find() finds in @quote, in the
 *   article's language
 *
 * Returns: (transfer full): a claim of @election with @quote as its one source and
 *   figure @index as its value, its party guessed from the words around that figure:
 *   reported by the article's outlet, until the user says who states it
 */
EscClaim *
esc_cite_claim_at (EscElection *election,
                   EscArticle  *article,
                   const char  *quote,
                   guint        index)
{
  EscClaim *claim = g_object_new (ESC_TYPE_CLAIM, NULL);
  g_autoptr(GArray) figures = NULL;
  EscQuotedFigure figure = { .unit = ESC_UNIT_COUNT, .qualifier = ESC_QUALIFIER_EXACT };
  g_autofree char *stretch = NULL;
  guint paragraph = G_MAXUINT;
  gsize offset = 0;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);
  g_return_val_if_fail (ESC_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  figures = esc_quoted_figures_find (quote, article->language);
  if (index < figures->len)
    figure = g_array_index (figures, EscQuotedFigure, index);
  stretch = index < figures->len ? stretch_of (quote, figures, index) : g_strdup (quote);
  claim->id = free_claim_id (election);
  claim->value = figure.value;
  claim->value_decimals = figure.decimals;
  claim->unit = figure.unit;
  claim->qualifier = figure.qualifier;
  claim->has_out_of = figure.has_out_of;
  claim->out_of = figure.out_of;
  claim->subject = esc_party_mention_find (election, stretch);
  if (claim->subject == NULL)
    claim->subject = esc_party_mention_find (election, quote);
  if (claim->subject != NULL)
    g_object_ref (claim->subject);
  claim->measure = esc_cite_guess_measure (quote, claim->unit, claim->has_out_of, claim->subject != NULL);
  claim->status = ESC_STATUS_REPORTED;
  claim->claimant = g_object_new (ESC_TYPE_CLAIMANT, NULL);
  claim->claimant->kind = ESC_CLAIMANT_OUTLET;
  claim->claimant->name = article->outlet ? esc_localized_text_new_plain (article->outlet) : NULL;
  claim->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  esc_article_find_text (article, quote, &paragraph, &offset);
  g_ptr_array_add (claim->sources, esc_source_new (article, quote, paragraph, offset));
  return claim;
}

/**
 * esc_cite_claim:
 *
 * Returns: (transfer full): esc_cite_claim_at() for the figure @quote is most likely
 *   cited for (esc_quoted_figures_pick())
 */
EscClaim *
esc_cite_claim (EscElection *election,
                EscArticle  *article,
                const char  *quote)
{
  g_autoptr(GArray) figures = NULL;

  g_return_val_if_fail (ESC_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  figures = esc_quoted_figures_find (quote, article->language);
  return esc_cite_claim_at (election, article, quote,
                            figures->len > 0 ? esc_quoted_figures_pick (figures, quote) : 0);
}

/* Word stems that say a reaction's stance, folded, in the order they are tried: the
 * stronger word first ("rejects", before "concern"). */
static const struct {
  const char *stem;
  EscStance stance;
} stance_words[] = {
  { " congratulat", ESC_STANCE_CONGRATULATED }, { " felicit", ESC_STANCE_CONGRATULATED }, { " parabeniz", ESC_STANCE_CONGRATULATED },
  { " reject", ESC_STANCE_REJECTED }, { " rechaz", ESC_STANCE_REJECTED }, { " rejeit", ESC_STANCE_REJECTED },
  { " do not recogni", ESC_STANCE_REJECTED }, { " no reconoc", ESC_STANCE_REJECTED }, { " nao reconhec", ESC_STANCE_REJECTED },
  { " not free", ESC_STANCE_REJECTED }, { " fraud", ESC_STANCE_REJECTED }, { " fraude", ESC_STANCE_REJECTED },
  { " transparen", ESC_STANCE_CALLED_FOR_TRANSPARENCY }, { " verifi", ESC_STANCE_CALLED_FOR_TRANSPARENCY },
  { " polling station", ESC_STANCE_CALLED_FOR_TRANSPARENCY }, { " publish", ESC_STANCE_CALLED_FOR_TRANSPARENCY },
  { " publique", ESC_STANCE_CALLED_FOR_TRANSPARENCY }, { " publicar", ESC_STANCE_CALLED_FOR_TRANSPARENCY },
  { " difficult to believe", ESC_STANCE_QUESTIONED }, { " dificil de creer", ESC_STANCE_QUESTIONED },
  { " tally sheets", ESC_STANCE_CALLED_FOR_TRANSPARENCY }, { " actas", ESC_STANCE_CALLED_FOR_TRANSPARENCY },
  { " question", ESC_STANCE_QUESTIONED }, { " doubt", ESC_STANCE_QUESTIONED }, { " cuestion", ESC_STANCE_QUESTIONED },
  { " dud", ESC_STANCE_QUESTIONED }, { " duvid", ESC_STANCE_QUESTIONED },
  { " concern", ESC_STANCE_EXPRESSED_CONCERN }, { " preocup", ESC_STANCE_EXPRESSED_CONCERN },
  { " welcom", ESC_STANCE_WELCOMED }, { " celebr", ESC_STANCE_WELCOMED }, { " salud", ESC_STANCE_WELCOMED },
  { " support", ESC_STANCE_SUPPORTED }, { " respald", ESC_STANCE_SUPPORTED }, { " apoi", ESC_STANCE_SUPPORTED },
  { " apoy", ESC_STANCE_SUPPORTED },
};

/**
 * esc_cite_guess_stance:
 *
 * Returns: the stance @quote's words most likely report, in English, Spanish or
 *   Portuguese; %ESC_STANCE_OTHER where none says
 */
EscStance
esc_cite_guess_stance (const char *quote)
{
  g_autofree char *folded = esc_mention_fold (quote);

  for (guint i = 0; i < G_N_ELEMENTS (stance_words); i++)
    if (strstr (folded, stance_words[i].stem) != NULL)
      return stance_words[i].stance;
  return ESC_STANCE_OTHER;
}

/* "reaction-1", "reaction-2"…: the first not taken in @election. */
static char *
free_reaction_id (EscElection *election)
{
  for (guint n = 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("reaction-%u", n);
      gboolean taken = FALSE;

      for (guint i = 0; i < election->reactions->len && !taken; i++)
        taken = g_strcmp0 (((EscReaction *) g_ptr_array_index (election->reactions, i))->id, id) == 0;
      if (!taken)
        return g_steal_pointer (&id);
    }
}

/**
 * esc_cite_reaction:
 * @quote: a passage of one paragraph of @article, exactly as it has it
 *
 * Returns: (transfer full): a reaction to @election with @quote as its one source:
 *   from the country the passage names first (not the election's own), with the
 *   stance its words report; for the user to correct
 */
EscReaction *
esc_cite_reaction (EscElection *election,
                   EscArticle  *article,
                   const char  *quote)
{
  EscReaction *reaction = g_object_new (ESC_TYPE_REACTION, NULL);
  guint paragraph = G_MAXUINT;
  gsize offset = 0;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);
  g_return_val_if_fail (ESC_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  reaction->id = free_reaction_id (election);
  reaction->country = g_strdup (esc_country_mention_find (quote, article->language, election->country));
  reaction->stance = esc_cite_guess_stance (quote);
  reaction->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  esc_article_find_text (article, quote, &paragraph, &offset);
  g_ptr_array_add (reaction->sources, esc_source_new (article, quote, paragraph, offset));
  return reaction;
}

typedef struct {
  gsize start, end;
} Word;

static GArray *
words_of (const char *text)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;

  while (*p != '\0')
    {
      Word word;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;
      word.start = p - text;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '-' || *p == '\''))
        p = g_utf8_next_char (p);
      word.end = p - text;
      g_array_append_val (words, word);
    }
  return words;
}

/**
 * esc_cite_find_region_name:
 *
 * Returns: (transfer full) (nullable): the first name of a subdivision of @country in
 *   @quote, as the passage writes it ("Nueva Esparta", "Zulia state"): of the words
 *   from each one on, the longest run of up to four that names one
 *   (esc_subdivision_match())
 */
char *
esc_cite_find_region_name (const char *country,
                           const char *quote)
{
  g_autoptr(GArray) words = words_of (quote);

  for (guint i = 0; i < words->len; i++)
    for (guint n = MIN (4, words->len - i); n > 0; n--)
      {
        Word *first = &g_array_index (words, Word, i), *last = &g_array_index (words, Word, i + n - 1);
        g_autofree char *name = g_strndup (quote + first->start, last->end - first->start);

        /* A lower-case word alone is a common word, not a name. */
        if (n == 1 && !g_unichar_isupper (g_utf8_get_char (name)))
          continue;
        if (esc_subdivision_match (country, name) != NULL)
          return g_steal_pointer (&name);
      }
  return NULL;
}

static const char *pending_words[] = {
  " pending", " pendiente", " pendente", " undecided", " por definir", " sin definir", " no winner", " sin ganador",
  " no anuncio ganador", " confirmed later", " to be confirmed", NULL
};
static const char *disputed_words[] = { " disput", " contested", " impugn", " contest", NULL };

/**
 * esc_cite_region:
 * @quote: a passage of one paragraph of @article, exactly as it has it
 *
 * Returns: (transfer full): a region of @election with @quote as its one source: the
 *   subdivision the passage names, won by the party it names, unless its words say
 *   the result is pending or disputed; for the user to correct
 */
EscRegion *
esc_cite_region (EscElection *election,
                 EscArticle  *article,
                 const char  *quote)
{
  EscRegion *region = g_object_new (ESC_TYPE_REGION, NULL);
  g_autofree char *folded = esc_mention_fold (quote);
  guint paragraph = G_MAXUINT;
  gsize offset = 0;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);
  g_return_val_if_fail (ESC_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (quote != NULL, NULL);

  region->name = election->country ? esc_cite_find_region_name (election->country, quote) : NULL;
  region->outcome = mentions_any (folded, pending_words) ? ESC_OUTCOME_PENDING
                    : mentions_any (folded, disputed_words) ? ESC_OUTCOME_DISPUTED : ESC_OUTCOME_WON;
  region->party = region->outcome == ESC_OUTCOME_WON ? esc_party_mention_find (election, quote) : NULL;
  if (region->party != NULL)
    g_object_ref (region->party);
  region->bloc = region->party ? esc_party_get_bloc (region->party) : ESC_BLOC_OTHER;
  region->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_source_unref);
  esc_article_find_text (article, quote, &paragraph, &offset);
  g_ptr_array_add (region->sources, esc_source_new (article, quote, paragraph, offset));
  return region;
}

/**
 * esc_cite_split_paragraphs:
 *
 * Returns: (transfer full): @text as pasted from an article, one string per paragraph:
 *   split at blank lines, each paragraph's lines joined with a space and trimmed, as
 *   text copied from a web page or a PDF comes
 */
GStrv
esc_cite_split_paragraphs (const char *text)
{
  g_autoptr(GStrvBuilder) paragraphs = g_strv_builder_new ();
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  for (guint i = 0;; i++)
    {
      g_autofree char *line = lines[i] ? g_strstrip (g_strdup (lines[i])) : NULL;

      if (line != NULL && *line != '\0')
        {
          if (paragraph->len > 0)
            g_string_append_c (paragraph, ' ');
          g_string_append (paragraph, line);
          continue;
        }
      if (paragraph->len > 0)
        g_strv_builder_add (paragraphs, paragraph->str);
      g_string_truncate (paragraph, 0);
      if (line == NULL)
        break;
    }
  return g_strv_builder_end (paragraphs);
}

static gboolean
article_taken (gpointer    dataset,
               const char *id)
{
  return esc_dataset_lookup_article (dataset, id) != NULL;
}

/**
 * esc_cite_pasted_article:
 * @text: the article as pasted: paragraphs apart by blank lines
 * @language: a BCP 47 tag
 *
 * Returns: (transfer full): an article of @dataset, not in it yet, with an id made
 *   from @title; its outlet, date and link are for the user to set
 */
EscArticle *
esc_cite_pasted_article (EscDataset *dataset,
                         const char *title,
                         const char *text,
                         const char *language)
{
  EscArticle *article = g_object_new (ESC_TYPE_ARTICLE, NULL);

  g_return_val_if_fail (ESC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (title != NULL && language != NULL, NULL);

  article->id = esc_make_id (title, "article", article_taken, dataset);
  article->title = esc_localized_text_new_plain (title);
  article->language = g_strdup (language);
  article->paragraphs = esc_cite_split_paragraphs (text);
  article->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_localized_text_unref);
  return article;
}

static gboolean
same_claim (EscClaim *a,
            EscClaim *b)
{
  /* A computed figure's evidence is its tally: an article that states the same number
   * is another claim, not another source of it. */
  if (esc_claim_get_status (a) == ESC_STATUS_COMPUTED || esc_claim_get_status (b) == ESC_STATUS_COMPUTED)
    return FALSE;
  return esc_claim_get_measure (a) == esc_claim_get_measure (b) && esc_claim_get_subject (a) == esc_claim_get_subject (b)
         && esc_claim_get_unit (a) == esc_claim_get_unit (b) && esc_claim_get_qualifier (a) == esc_claim_get_qualifier (b)
         && esc_claim_get_value (a) == esc_claim_get_value (b)
         && (esc_claim_get_measure (a) != ESC_MEASURE_OTHER
             || g_strcmp0 (esc_claim_get_label (a) ? esc_localized_text_get (esc_claim_get_label (a)) : NULL,
                           esc_claim_get_label (b) ? esc_localized_text_get (esc_claim_get_label (b)) : NULL) == 0);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *x = a ? g_utf8_casefold (a, -1) : NULL;
  g_autofree char *y = b ? g_utf8_casefold (b, -1) : NULL;

  return g_strcmp0 (x, y) == 0;
}

static gboolean
same_reaction (EscReaction *a,
               EscReaction *b)
{
  return g_strcmp0 (esc_reaction_get_country (a), esc_reaction_get_country (b)) == 0
         && g_strcmp0 (esc_reaction_get_organization_id (a), esc_reaction_get_organization_id (b)) == 0
         && same_text (esc_reaction_get_speaker (a), esc_reaction_get_speaker (b));
}

/**
 * esc_cite_find_same:
 * @item: a claim, reaction or region cited from a passage, not in @election yet
 *
 * A second passage may state what an item of the election already states: the same
 * figure of the same party, the same country's or organization's reaction by the same
 * speaker, the same region. It is then one more source of that item, not another item.
 *
 * Returns: (transfer none) (nullable): the item of @election @item states again
 */
gpointer
esc_cite_find_same (EscElection *election,
                    gpointer     item)
{
  const char *list = ESC_IS_CLAIM (item) ? "claims" : ESC_IS_REACTION (item) ? "reactions" : "regions";
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (ESC_IS_ELECTION (election), NULL);

  g_object_get (election, list, &items, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      gpointer other = g_ptr_array_index (items, i);

      if (ESC_IS_CLAIM (item) ? same_claim (item, other)
          : ESC_IS_REACTION (item) ? same_reaction (item, other)
          : same_text (esc_region_get_name (item), esc_region_get_name (other)))
        return other;
    }
  return NULL;
}

/**
 * esc_cite_add_source:
 * @existing: a claim, reaction or region
 * @source: a passage that states it again
 *
 * Returns: (transfer full) (nullable): the edit that adds @source to @existing's
 *   sources, or %NULL if it cites that passage already
 */
EscEdit *
esc_cite_add_source (gpointer    existing,
                     EscSource  *source,
                     const char *label)
{
  g_autoptr(GPtrArray) sources = NULL;
  EscEdit *edit;

  g_object_get (existing, "sources", &sources, NULL);
  for (guint i = 0; i < sources->len; i++)
    {
      EscSource *cited = g_ptr_array_index (sources, i);

      if (esc_source_get_article (cited) == esc_source_get_article (source)
          && g_strcmp0 (esc_source_get_quote (cited), esc_source_get_quote (source)) == 0)
        return NULL;
    }
  edit = esc_edit_list_new_insert (existing, "sources", sources->len, source);
  esc_edit_set_label (edit, label);
  return edit;
}
