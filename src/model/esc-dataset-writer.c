/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a dataset back as JSON: the loader's mirror.
 *
 * The dataset keeps the bytes it was read from, and every object the JSON path it was
 * read at (its origin). Writing parses those bytes again and writes each object of the
 * model over the JSON object it came from, member by member: a member whose value the
 * model still gives is left as it is, so unknown members, the order of members, a
 * `null`, an explicit default and the text of numbers survive, and an edit changes only
 * what it changed. Objects the model does not have any more are left out, new ones are
 * written in the order of the format's tables.
 *
 * Numbers: json-glib keeps a number with a fraction as a double and prints it with 17
 * digits (51.2 as 51.200000000000003). Each is held as a placeholder string holding
 * its text, as written or as the model's decimals give it, and the placeholders are
 * replaced by that text once the generator has run. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "esc-dataset-writer-private.h"
#include "esc-enums.h"
#include "esc-json-scan.h"
#include "esc-model-private.h"
#include "esc-tally-json.h"
#include "esc-validate.h"

#define FORMAT_NAME "escrutinio-dataset"
#define FORMAT_VERSION 1

typedef struct {
  gpointer item;
  gboolean boxed;         /* an EscSource */
  char *path;
} Origin;

typedef struct {
  GHashTable *by_path;    /* JSON path → JsonNode of the original tree, borrowed */
  char *mark;             /* the placeholder prefix: \001 and a nonce */
  GString *path;          /* where the writer is in the new tree */
  GArray *origins;        /* Origin: where each item is in the new tree */
  /* For checking an item a form edits (esc_dataset_check_item()): written in place of
   * @swap_from, or at the end of @append_to; its path is kept in @swap_path. */
  gpointer swap_from;
  gpointer swap_to;
  GPtrArray *append_to;
  char *swap_path;
} Writer;

static void
origin_clear (gpointer data)
{
  g_free (((Origin *) data)->path);
}

static GArray *
origins_new (void)
{
  GArray *origins = g_array_new (FALSE, FALSE, sizeof (Origin));

  g_array_set_clear_func (origins, origin_clear);
  return origins;
}

/* ---- Numbers ---- */

static JsonNode *
number_text_node (Writer     *w,
                  const char *text)
{
  g_autofree char *held = g_strconcat (w->mark, text, NULL);

  return json_node_init_string (json_node_alloc (), held);
}

/* @value with @decimals decimals (28.0), or if that does not read back as @value
 * (5.997e1 has no decimals the scanner counts), the shortest text that does. */
static char *
format_number (double value,
               int    decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (decimals >= 0)
    {
      g_autofree char *format = g_strdup_printf ("%%.%df", decimals);

      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      g_autofree char *format = g_strdup_printf ("%%.%dg", precision);

      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  return g_strdup (buffer);
}

static JsonNode *
number_node (Writer *w,
             double  value,
             int     decimals)
{
  g_autofree char *text = NULL;

  if (decimals <= 0 && value == floor (value) && fabs (value) < 1e15)
    return json_node_init_int (json_node_alloc (), (gint64) value);
  text = format_number (value, decimals);
  return number_text_node (w, text);
}

/* A number node, or a placeholder: its value. */
static gboolean
node_number (Writer   *w,
             JsonNode *node,
             double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
    {
      *value = json_node_get_double (node);
      return TRUE;
    }
  if (type == G_TYPE_STRING && g_str_has_prefix (json_node_get_string (node), w->mark))
    {
      *value = g_ascii_strtod (json_node_get_string (node) + strlen (w->mark), NULL);
      return TRUE;
    }
  return FALSE;
}

/* ---- Comparing values ---- */

static gboolean same (Writer *w, JsonNode *a, JsonNode *b);

static gboolean
same_objects (Writer     *w,
              JsonObject *a,
              JsonObject *b)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (json_object_get_size (a) != json_object_get_size (b))
    return FALSE;
  json_object_iter_init (&iter, a);
  while (json_object_iter_next (&iter, &name, &node))
    if (!json_object_has_member (b, name) || !same (w, node, json_object_get_member (b, name)))
      return FALSE;
  return TRUE;
}

static gboolean
same_arrays (Writer    *w,
             JsonArray *a,
             JsonArray *b)
{
  if (json_array_get_length (a) != json_array_get_length (b))
    return FALSE;
  for (guint i = 0; i < json_array_get_length (a); i++)
    if (!same (w, json_array_get_element (a, i), json_array_get_element (b, i)))
      return FALSE;
  return TRUE;
}

/* The same JSON value: numbers by value (20 is 20.0), the rest exactly. */
static gboolean
same (Writer   *w,
      JsonNode *a,
      JsonNode *b)
{
  double x, y;

  if (node_number (w, a, &x) || node_number (w, b, &y))
    return node_number (w, a, &x) && node_number (w, b, &y) && x == y;
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;
  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_OBJECT:
      return same_objects (w, json_node_get_object (a), json_node_get_object (b));
    case JSON_NODE_ARRAY:
      return same_arrays (w, json_node_get_array (a), json_node_get_array (b));
    case JSON_NODE_NULL:
      return TRUE;
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      if (json_node_get_value_type (a) == G_TYPE_BOOLEAN)
        return json_node_get_boolean (a) == json_node_get_boolean (b);
      return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
    }
}

/* ---- Members ---- */

/* Sets member @name of @object to @wanted (owned; NULL: the member is left out), unless
 * it holds that value already. A `null` stands for a member left out, and stays. */
static void
put (Writer     *w,
     JsonObject *object,
     const char *name,
     JsonNode   *wanted)
{
  JsonNode *have = json_object_get_member (object, name);

  if (wanted == NULL)
    {
      if (have != NULL && !JSON_NODE_HOLDS_NULL (have))
        json_object_remove_member (object, name);
      return;
    }
  if (have != NULL && same (w, have, wanted))
    {
      json_node_unref (wanted);
      return;
    }
  json_object_set_member (object, name, wanted);
}

/* As put(), for a member whose absence means @wanted when @is_default: an explicit
 * default stays, a missing one is not added. */
static void
put_default (Writer     *w,
             JsonObject *object,
             const char *name,
             JsonNode   *wanted,
             gboolean    is_default)
{
  JsonNode *have = json_object_get_member (object, name);

  if (is_default && (have == NULL || same (w, have, wanted)))
    {
      json_node_unref (wanted);
      return;
    }
  put (w, object, name, wanted);
}

/* A node holding @object, which it takes: json_node_init_object() would add a
 * reference of its own. */
static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_init (json_node_alloc (), JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

static JsonNode *
string_node (const char *text)
{
  return text != NULL ? json_node_init_string (json_node_alloc (), text) : NULL;
}

static JsonNode *
enum_node (GType type,
           int   value)
{
  return string_node (esc_enum_to_nick (type, value));
}

static JsonNode *
localized_node (EscLocalizedText *text)
{
  JsonObject *variants;

  if (text == NULL)
    return NULL;
  /* An empty tag is the plain string the file had. */
  if (esc_localized_text_get_n_variants (text) == 1)
    {
      const char *tag;
      const char *only = esc_localized_text_get_variant (text, 0, &tag);

      if (*tag == '\0')
        return string_node (only);
    }
  variants = json_object_new ();
  for (guint i = 0; i < esc_localized_text_get_n_variants (text); i++)
    {
      const char *tag;
      const char *variant = esc_localized_text_get_variant (text, i, &tag);

      json_object_set_string_member (variants, tag, variant);
    }
  return object_node (variants);
}

/* The JSON object @item was read from, or a new one. */
static JsonObject *
origin_object (Writer     *w,
               const char *origin,
               JsonNode  **node)
{
  JsonNode *found = origin != NULL ? g_hash_table_lookup (w->by_path, origin) : NULL;

  if (found != NULL && JSON_NODE_HOLDS_OBJECT (found))
    *node = json_node_ref (found);
  else
    *node = object_node (json_object_new ());
  return json_node_get_object (*node);
}

/* The object member @name of @object, made one if it is not. */
static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *have = json_object_get_member (object, name);

  if (have == NULL || !JSON_NODE_HOLDS_OBJECT (have))
    json_object_set_object_member (object, name, json_object_new ());
  return json_object_get_object_member (object, name);
}

typedef JsonNode *(*WriteFunc) (Writer *w, gpointer item);

static JsonNode *write_source (Writer *w, gpointer item);

/* An array of @items, each written over the object it came from; left out when empty,
 * unless the file had it or the format requires it. */
static void
put_list (Writer     *w,
          JsonObject *object,
          const char *name,
          GPtrArray  *items,
          gboolean    required,
          WriteFunc   write)
{
  JsonArray *array;

  gsize mark = w->path->len;

  gboolean appending = items == w->append_to;

  if (items->len == 0 && !appending && !required && !json_object_has_member (object, name))
    return;
  array = json_array_sized_new (items->len + appending);
  esc_json_path_append_member (w->path, name, -1);
  for (guint i = 0; i < items->len + appending; i++)
    {
      gsize element_mark = w->path->len;
      Origin origin = { i < items->len ? g_ptr_array_index (items, i) : w->swap_to, write == write_source, NULL };

      esc_json_path_append_index (w->path, i);
      if (origin.item == w->swap_from && w->swap_from != NULL)
        origin.item = w->swap_to;
      if (origin.item == w->swap_to)
        w->swap_path = g_strdup (w->path->str);
      origin.path = g_strdup (w->path->str);
      g_array_append_val (w->origins, origin);
      json_array_add_element (array, write (w, origin.item));
      g_string_truncate (w->path, element_mark);
    }
  g_string_truncate (w->path, mark);
  /* Not put(): the elements may be the very objects the array holds, edited in place. */
  json_object_set_array_member (object, name, array);
}

static const char *
origin_of (gpointer object)
{
  return g_object_get_qdata (object, esc_origin_quark ());
}

/* ---- The format, in the loader's order ---- */

static JsonNode *
write_source (Writer   *w,
              gpointer  item)
{
  EscSource *source = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, source->origin, &node);

  if (source->tally != NULL)
    {
      put (w, object, "tally", string_node (esc_tally_get_id (source->tally)));
      return node;
    }
  put (w, object, "article", string_node (esc_article_get_id (source->article)));
  put (w, object, "quote", string_node (source->quote));
  return node;
}

static void
put_sources (Writer     *w,
             JsonObject *object,
             GPtrArray  *sources)
{
  put_list (w, object, "sources", sources, TRUE, write_source);
}

/* A tally is never edited by hand: it is written as the count made it. */
static JsonNode *
write_tally (Writer   *w,
             gpointer  item)
{
  return esc_tally_to_json (item);
}

static JsonNode *
write_article (Writer   *w,
               gpointer  item)
{
  EscArticle *article = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (article), &node);
  JsonArray *notes = json_array_new ();
  JsonArray *paragraphs = json_array_new ();

  put (w, object, "id", string_node (article->id));
  put (w, object, "title", localized_node (article->title));
  put_default (w, object, "title_from_editor", json_node_init_boolean (json_node_alloc (), article->title_from_editor),
               !article->title_from_editor);
  put (w, object, "outlet", string_node (article->outlet));
  put (w, object, "published", string_node (article->published));
  put (w, object, "url", string_node (article->url));
  put (w, object, "language", string_node (article->language));
  put (w, object, "translated_from", string_node (article->translated_from));
  for (guint i = 0; i < article->notes->len; i++)
    json_array_add_element (notes, localized_node (g_ptr_array_index (article->notes, i)));
  if (article->notes->len > 0 || json_object_has_member (object, "notes"))
    put (w, object, "notes", json_node_init_array (json_node_alloc (), notes));
  json_array_unref (notes);
  for (guint i = 0; article->paragraphs != NULL && article->paragraphs[i] != NULL; i++)
    json_array_add_string_element (paragraphs, article->paragraphs[i]);
  put (w, object, "paragraphs", json_node_init_array (json_node_alloc (), paragraphs));
  json_array_unref (paragraphs);
  return node;
}

static void
put_claimant_fields (Writer      *w,
                     JsonObject  *object,
                     EscClaimant *claimant)
{
  put (w, object, "kind", enum_node (ESC_TYPE_CLAIMANT_KIND, claimant->kind));
  put (w, object, "name", localized_node (claimant->name));
}

static JsonNode *
write_claimant (Writer   *w,
                gpointer  item)
{
  EscClaimant *claimant = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (claimant), &node);

  put (w, object, "id", string_node (claimant->id));
  put_claimant_fields (w, object, claimant);
  return node;
}

static JsonNode *
write_party (Writer   *w,
             gpointer  item)
{
  EscParty *party = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (party), &node);
  const char *have_color = json_object_has_member (object, "color") ? json_object_get_string_member_with_default (object, "color", NULL) : NULL;
  guint32 written;

  put (w, object, "id", string_node (party->id));
  put (w, object, "name", localized_node (party->name));
  put (w, object, "short_name", string_node (party->short_name));
  put (w, object, "candidate", string_node (party->candidate));
  put (w, object, "bloc", enum_node (ESC_TYPE_BLOC, party->bloc));
  /* #C8102E and #c8102e are one colour. */
  if (!(party->has_color && have_color != NULL && esc_parse_color (have_color, &written) && written == party->color))
    {
      g_autofree char *color = party->has_color ? g_strdup_printf ("#%06x", party->color) : NULL;

      put (w, object, "color", string_node (color));
    }
  return node;
}

static void
put_claimed_by (Writer      *w,
                JsonObject  *object,
                EscClaimant *claimant)
{
  if (claimant == NULL)
    put (w, object, "claimed_by", NULL);
  else if (claimant->id != NULL)
    put (w, object, "claimed_by", string_node (claimant->id));
  else
    put_claimant_fields (w, member_object (object, "claimed_by"), claimant);
}

static JsonNode *
write_claim (Writer   *w,
             gpointer  item)
{
  EscClaim *claim = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (claim), &node);

  put (w, object, "id", string_node (claim->id));
  put (w, object, "measure", enum_node (ESC_TYPE_MEASURE, claim->measure));
  put (w, object, "label", localized_node (claim->label));
  put (w, object, "value", number_node (w, claim->value, claim->value_decimals));
  put (w, object, "unit", enum_node (ESC_TYPE_UNIT, claim->unit));
  put_default (w, object, "qualifier", enum_node (ESC_TYPE_QUALIFIER, claim->qualifier),
               claim->qualifier == ESC_QUALIFIER_EXACT);
  put (w, object, "out_of", claim->has_out_of ? number_node (w, claim->out_of, -1) : NULL);
  put (w, object, "subject", string_node (claim->subject ? claim->subject->id : NULL));
  put_claimed_by (w, object, claim->claimant);
  put (w, object, "status", enum_node (ESC_TYPE_CLAIM_STATUS, claim->status));
  put (w, object, "published", string_node (claim->published));
  put (w, object, "counted", claim->has_counted ? number_node (w, claim->counted, claim->counted_decimals) : NULL);
  put (w, object, "note", localized_node (claim->note));
  put_sources (w, object, claim->sources);
  return node;
}

static JsonNode *
write_region (Writer   *w,
              gpointer  item)
{
  EscRegion *region = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (region), &node);
  gboolean bloc_given = region->outcome == ESC_OUTCOME_WON || region->bloc != ESC_BLOC_OTHER;

  put (w, object, "name", string_node (region->name));
  /* The subdivision a name was matched to is the loader's reading, not the file's. */
  put (w, object, "code", string_node (region->code_written ? region->code : NULL));
  put (w, object, "outcome", enum_node (ESC_TYPE_REGION_OUTCOME, region->outcome));
  put_default (w, object, "bloc", enum_node (ESC_TYPE_BLOC, region->bloc), !bloc_given);
  put (w, object, "party", string_node (region->party ? region->party->id : NULL));
  put (w, object, "share", region->has_share ? number_node (w, region->share, region->share_decimals) : NULL);
  put_sources (w, object, region->sources);
  return node;
}

static void
put_actor (Writer      *w,
           JsonObject  *object,
           EscReaction *reaction)
{
  JsonObject *organization;

  put (w, object, "country", string_node (reaction->country));
  if (reaction->organization_id == NULL)
    {
      put (w, object, "organization", NULL);
      return;
    }
  organization = member_object (object, "organization");
  put (w, organization, "id", string_node (reaction->organization_id));
  put (w, organization, "name", localized_node (reaction->organization_name));
}

static JsonNode *
write_reaction (Writer   *w,
                gpointer  item)
{
  EscReaction *reaction = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (reaction), &node);

  put (w, object, "id", string_node (reaction->id));
  put_actor (w, object, reaction);
  put (w, object, "speaker", string_node (reaction->speaker));
  put (w, object, "role", localized_node (reaction->role));
  put (w, object, "stance", enum_node (ESC_TYPE_STANCE, reaction->stance));
  put (w, object, "quote", string_node (reaction->quote));
  put (w, object, "date", string_node (reaction->date));
  put (w, object, "statement", string_node (reaction->statement));
  put_sources (w, object, reaction->sources);
  return node;
}

static JsonNode *
write_election (Writer   *w,
                gpointer  item)
{
  EscElection *election = item;
  JsonNode *node;
  JsonObject *object = origin_object (w, origin_of (election), &node);

  put (w, object, "id", string_node (election->id));
  put (w, object, "country", string_node (election->country));
  put (w, object, "date", string_node (election->date));
  put (w, object, "kind", enum_node (ESC_TYPE_ELECTION_KIND, election->kind));
  put (w, object, "title", localized_node (election->title));
  put (w, object, "summary", localized_node (election->summary));
  put_list (w, object, "parties", election->parties, TRUE, write_party);
  put_list (w, object, "claims", election->claims, TRUE, write_claim);
  put_list (w, object, "regions", election->regions, FALSE, write_region);
  put_list (w, object, "reactions", election->reactions, FALSE, write_reaction);
  return node;
}

static JsonNode *
write_document (Writer     *w,
                EscDataset *dataset)
{
  JsonNode *node;
  JsonObject *object = origin_object (w, "$", &node);
  g_autoptr(GPtrArray) elections = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model = G_LIST_MODEL (dataset->elections);

  put (w, object, "format", string_node (FORMAT_NAME));
  put (w, object, "version", json_node_init_int (json_node_alloc (), FORMAT_VERSION));
  /* The dataset's own members, as a form has them where it is the item checked. */
  EscDataset *texts = w->swap_from == (gpointer) dataset ? w->swap_to : dataset;

  if (texts != dataset)
    w->swap_path = g_strdup ("$");
  put (w, object, "title", localized_node (texts->title));
  put (w, object, "description", localized_node (texts->description));
  put_list (w, object, "articles", dataset->articles, TRUE, write_article);
  put_list (w, object, "claimants", dataset->claimants, FALSE, write_claimant);
  put_list (w, object, "tallies", dataset->tallies, FALSE, write_tally);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (elections, g_list_model_get_item (model, i));
  put_list (w, object, "elections", elections, TRUE, write_election);
  return node;
}

/* ---- The original tree ---- */

/* Indexes @node and what it holds by path, and puts placeholders in place of the
 * numbers whose text json-glib would not print back. */
static void
index_tree (Writer     *w,
            JsonNode   *node,
            GString    *path,
            GHashTable *number_texts)
{
  gsize mark = path->len;

  g_hash_table_insert (w->by_path, g_strdup (path->str), node);
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) names = json_object_get_members (object);

      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *member = json_object_get_member (object, l->data);
          const char *text;

          esc_json_path_append_member (path, l->data, -1);
          text = g_hash_table_lookup (number_texts, path->str);
          if (text != NULL)
            json_object_set_member (object, l->data, number_text_node (w, text));
          else
            index_tree (w, member, path, number_texts);
          g_string_truncate (path, mark);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      /* Arrays have no setter, and json-glib 1.6's json_node_init_*() reuse what they
       * free: the array is made again, of the same elements and the placeholders. */
      JsonArray *again = json_array_sized_new (json_array_get_length (array));

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *text;

          esc_json_path_append_index (path, i);
          text = g_hash_table_lookup (number_texts, path->str);
          if (text != NULL)
            json_array_add_element (again, number_text_node (w, text));
          else
            {
              index_tree (w, element, path, number_texts);
              json_array_add_element (again, json_node_ref (element));
            }
          g_string_truncate (path, mark);
        }
      json_node_take_array (node, again);
    }
}

static JsonNode *
parse_original (Writer *w,
                GBytes *original)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) number_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GString) path = g_string_new ("$");
  gsize length = 0;
  const char *data = original ? g_bytes_get_data (original, &length) : NULL;
  JsonNode *root;

  /* The loader read these very bytes: they parse. */
  if (data == NULL || !json_parser_load_from_data (parser, data, length, NULL))
    return object_node (json_object_new ());
  root = json_parser_steal_root (parser);
  esc_json_scan_numbers (data, length, number_texts);
  index_tree (w, root, path, number_texts);
  return root;
}

/* Replaces each placeholder, quotes included, by the number it holds. */
static GBytes *
unhold_numbers (Writer *w,
                char   *json,
                gsize   length)
{
  g_autofree char *quoted = NULL;
  g_autoptr(GString) out = g_string_sized_new (length);
  const char *p = json, *found;
  gsize prefix;

  /* The generator writes the control character \001 as an escape. */
  quoted = g_strconcat ("\"\\u0001", w->mark + 1, NULL);
  prefix = strlen (quoted);
  while ((found = strstr (p, quoted)) != NULL)
    {
      const char *start = found + prefix;
      const char *end = strchr (start, '"');

      g_string_append_len (out, p, found - p);
      g_string_append_len (out, start, end - start);
      p = end + 1;
    }
  g_string_append (out, p);
  g_string_append_c (out, '\n');
  g_free (json);
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
write_bytes_swapping (EscDataset *self,
                      GArray     *origins,
                      gpointer    swap_from,
                      gpointer    swap_to,
                      GPtrArray  *append_to,
                      char      **swap_path)
{
  Writer w = { .origins = origins, .swap_from = swap_from, .swap_to = swap_to, .append_to = append_to };
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GBytes *bytes;
  char *json;
  gsize length;

  w.by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.mark = g_strdup_printf ("\001%08x%08x:", g_random_int (), g_random_int ());
  w.path = g_string_new ("$");
  original = parse_original (&w, self->original);
  root = write_document (&w, self);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  json = json_generator_to_data (generator, &length);

  bytes = unhold_numbers (&w, json, length);
  if (swap_path != NULL)
    *swap_path = g_steal_pointer (&w.swap_path);
  g_free (w.swap_path);
  g_hash_table_unref (w.by_path);
  g_string_free (w.path, TRUE);
  g_free (w.mark);
  return bytes;
}

static GBytes *
write_bytes (EscDataset *self,
             GArray     *origins)
{
  return write_bytes_swapping (self, origins, NULL, NULL, NULL, NULL);
}

/**
 * esc_dataset_to_bytes_swapping:
 * @original: (nullable): an item of @self, written as @replacement
 * @replacement: an object of the same type
 * @append_to: (nullable): with no @original, the list of @self @replacement is written
 *   at the end of
 * @path: (out): where @replacement is in the JSON
 *
 * For checking what a form makes before it goes in (esc_dataset_check_item()).
 *
 * Returns: (transfer full): the JSON of @self with @replacement in it
 */
GBytes *
esc_dataset_to_bytes_swapping (EscDataset *self,
                               gpointer    original,
                               gpointer    replacement,
                               GPtrArray  *append_to,
                               char      **path)
{
  g_autoptr(GArray) origins = origins_new ();

  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (replacement), NULL);

  return write_bytes_swapping (self, origins, original, replacement, original ? NULL : append_to, path);
}

/**
 * esc_dataset_to_bytes:
 *
 * Writes @self as JSON with json-glib's generator: what it was read from, with the
 * model written over it (see the top of this file).
 *
 * Returns: (transfer full): the JSON, UTF-8, ending in a newline
 */
GBytes *
esc_dataset_to_bytes (EscDataset *self)
{
  g_autoptr(GArray) origins = origins_new ();

  g_return_val_if_fail (ESC_IS_DATASET (self), NULL);

  return write_bytes (self, origins);
}

/**
 * esc_dataset_write_for_save: (skip)
 * @origins: (out) (transfer full): where each item is in the JSON, for
 *   esc_dataset_commit_save() once the JSON is in the file
 *
 * Returns: (transfer full): the JSON of @self, as esc_dataset_to_bytes()
 */
GBytes *
esc_dataset_write_for_save (EscDataset *self,
                            GArray    **origins)
{
  *origins = origins_new ();
  return write_bytes (self, *origins);
}

/* Once saved, the file is what the next save writes over, and its paths are where the
 * items now come from. */
void
esc_dataset_commit_save (EscDataset *self,
                         GBytes     *bytes,
                         GArray     *origins)
{
  /* A form's check on a worker may be writing the dataset from these. */
  g_rw_lock_writer_lock (&self->lock);
  g_clear_pointer (&self->original, g_bytes_unref);
  self->original = g_bytes_ref (bytes);
  for (guint i = 0; i < origins->len; i++)
    {
      Origin *origin = &g_array_index (origins, Origin, i);

      if (origin->boxed)
        {
          g_free (((EscSource *) origin->item)->origin);
          ((EscSource *) origin->item)->origin = g_steal_pointer (&origin->path);
        }
      else
        g_object_set_qdata_full (origin->item, esc_origin_quark (), g_steal_pointer (&origin->path), g_free);
    }
  g_rw_lock_writer_unlock (&self->lock);
}
