package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
)

// Model file format: a gzip stream holding the magic string, a format
// version, then the tagger, lemmatiser and parser sections, then an end
// marker. Integers are little-endian; counts and string lengths are
// uvarints. Weight tables are stored as their slot array (fingerprint and
// row length per slot) followed by the classes and int16 weights of all
// rows in slot order.
const (
	modelMagic   = "ENTENTE-SYNTAX\x00"
	modelEnd     = "END\x00"
	modelVersion = 1
)

// featureVersion identifies the tagger and parser feature templates. A
// model trained with other templates would load but tag and parse badly,
// so Load refuses it. Change it whenever tagFeatures or parseFeatures
// change.
const featureVersion = 3

// ErrBadModel is wrapped by every error about a corrupt or unsupported
// model file.
var ErrBadModel = errors.New("bad model file")

// encode writes m uncompressed in the binary model format to w and
// flushes it.
func (m *Model) encode(w *bufio.Writer) error {
	e := &encoder{w: w}
	e.bytes([]byte(modelMagic))
	e.uvarint(modelVersion)
	e.uvarint(featureVersion)
	m.encodeTagger(e)
	m.encodeLemmatizer(e)
	m.encodeParser(e)
	e.bytes([]byte(modelEnd))
	if e.err == nil {
		e.err = e.w.Flush()
	}
	return e.err
}

// Save writes m in the binary model format (gzip-compressed).
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("saving model: %w", err)
	}
	err = m.encode(bufio.NewWriterSize(zw, 1<<20))
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return fmt.Errorf("saving model: %w", err)
	}
	return nil
}

// SaveFile writes m to the file path.
func (m *Model) SaveFile(path string) error {
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("saving model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: not a gzip stream: %w", ErrBadModel, err)
	}
	d := &decoder{r: bufio.NewReaderSize(zr, 1<<20)}
	m, err := decodeModel(d)
	if err != nil {
		return nil, err
	}
	// Reading to the end verifies the gzip checksum.
	var one [1]byte
	if n, err := io.ReadFull(d.r, one[:]); n > 0 {
		return nil, fmt.Errorf("%w: trailing data after the end marker", ErrBadModel)
	} else if err != io.EOF {
		return nil, fmt.Errorf("%w: after the end marker: %w", ErrBadModel, err)
	}
	return m, nil
}

// LoadFile reads the model file at path.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("loading model %s: %w", path, err)
	}
	defer f.Close()
	m, err := Load(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return nil, fmt.Errorf("loading model %s: %w", path, err)
	}
	return m, nil
}

func decodeModel(d *decoder) (*Model, error) {
	if magic := d.bytes(len(modelMagic), "magic"); d.err == nil && string(magic) != modelMagic {
		return nil, fmt.Errorf("%w: not an entente syntax model (bad magic)", ErrBadModel)
	}
	if v := d.uvarint("version"); d.err == nil && v != modelVersion {
		return nil, fmt.Errorf("%w: unsupported format version %d (want %d)", ErrBadModel, v, modelVersion)
	}
	if v := d.uvarint("feature version"); d.err == nil && v != featureVersion {
		return nil, fmt.Errorf("%w: trained with feature set %d, this code uses %d: retrain the model", ErrBadModel, v, featureVersion)
	}
	t := decodeTagger(d)
	lz := decodeLemmatizer(d)
	p := decodeParser(d)
	if end := d.bytes(len(modelEnd), "end marker"); d.err == nil && string(end) != modelEnd {
		d.fail("end marker", errors.New("missing"))
	}
	if d.err != nil {
		return nil, d.err
	}
	if p.weights.nClasses != p.nClasses() {
		return nil, fmt.Errorf("%w: parser weights have %d classes, want %d", ErrBadModel, p.weights.nClasses, p.nClasses())
	}
	if t.weights.nClasses != len(t.classes) {
		return nil, fmt.Errorf("%w: tagger weights have %d classes, want %d", ErrBadModel, t.weights.nClasses, len(t.classes))
	}
	np, err := newParser(p.labels, parserTagAtoms(t.classes))
	if err != nil {
		return nil, err
	}
	if np.rootLabel != p.rootLabel {
		return nil, fmt.Errorf("%w: root label index %d, want %d", ErrBadModel, p.rootLabel, np.rootLabel)
	}
	np.weights = p.weights
	p = np
	return newModel(t, lz, p), nil
}

func (m *Model) encodeTagger(e *encoder) {
	t := m.tagger
	e.uvarint(uint64(len(t.classes)))
	for _, c := range t.classes {
		e.str(c.UPOS)
		e.str(c.XPOS)
	}
	e.u64map(t.fixed)
	e.u64map(t.amb)
	e.table(t.weights)
}

func decodeTagger(d *decoder) *tagger {
	t := &tagger{}
	n := d.count("tagger classes", 255)
	for i := 0; i < n && d.err == nil; i++ {
		t.classes = append(t.classes, tagClass{UPOS: d.str("tag"), XPOS: d.str("tag")})
	}
	t.fixed = d.u64map("tag dictionary", uint32(n))
	t.amb = d.u64map("ambiguity classes", math.MaxUint32)
	t.weights = d.table("tagger weights", nil)
	return t
}

func (m *Model) encodeLemmatizer(e *encoder) {
	lz := m.lem
	e.uvarint(uint64(len(lz.strs)))
	for _, s := range lz.strs {
		e.str(s)
	}
	e.uvarint(uint64(len(lz.rules)))
	for _, r := range lz.rules {
		b := uint64(0)
		if r.Lower {
			b = 1
		}
		e.uvarint(b)
		e.uvarint(uint64(r.Strip))
		e.str(r.Add)
	}
	e.u64map(lz.exact)
	e.u64map(lz.lower)
	e.u64map(lz.suffix)
	e.u64map(lz.known)
}

func decodeLemmatizer(d *decoder) *lemmatizer {
	lz := &lemmatizer{}
	n := d.count("lemma strings", 1<<24)
	lz.strs = make([]string, 0, min(n, 1<<16))
	for i := 0; i < n && d.err == nil; i++ {
		lz.strs = append(lz.strs, d.str("lemma"))
	}
	nr := d.count("lemma rules", 1<<24)
	for i := 0; i < nr && d.err == nil; i++ {
		lower := d.uvarint("lemma rule")
		strip := d.count("lemma rule", 1<<10)
		add := d.str("lemma rule")
		lz.rules = append(lz.rules, lemmaRule{Lower: lower == 1, Strip: strip, Add: add})
	}
	lz.exact = d.u64map("lemma table", uint32(len(lz.strs)))
	lz.lower = d.u64map("lemma rules by form", uint32(len(lz.rules)))
	lz.suffix = d.u64map("lemma suffix rules", uint32(len(lz.rules)))
	lz.known = d.u64map("known lemmas", 2)
	return lz
}

func (m *Model) encodeParser(e *encoder) {
	p := m.parser
	e.uvarint(uint64(len(p.labels)))
	for _, l := range p.labels {
		e.str(l)
	}
	e.uvarint(uint64(p.rootLabel))
	e.table(p.weights)
}

func decodeParser(d *decoder) *parser {
	p := &parser{}
	n := d.count("dependency labels", 127)
	for i := 0; i < n && d.err == nil; i++ {
		p.labels = append(p.labels, d.str("label"))
	}
	p.rootLabel = d.count("root label", max(n-1, 0))
	p.weights = d.table("parser weights", p.scoreOrder())
	return p
}

// encoder writes the model format, remembering the first error.
type encoder struct {
	w   *bufio.Writer
	err error
	tmp [binary.MaxVarintLen64]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(v uint64) { e.bytes(binary.AppendUvarint(e.tmp[:0], v)) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

// u64map writes the entries of m sorted by key, so the output does not
// depend on the insertion history.
func (e *encoder) u64map(m *u64map) {
	type kv struct {
		k uint64
		v uint32
	}
	var all []kv
	m.each(func(k uint64, v uint32) { all = append(all, kv{k, v}) })
	sort.Slice(all, func(i, j int) bool { return all[i].k < all[j].k })
	e.uvarint(uint64(len(all)))
	var buf [12]byte
	for _, x := range all {
		binary.LittleEndian.PutUint64(buf[:8], x.k)
		binary.LittleEndian.PutUint32(buf[8:], x.v)
		e.bytes(buf[:])
	}
}

func (e *encoder) table(t *weightTable) {
	e.uvarint(uint64(t.nClasses))
	var b4 [4]byte
	binary.LittleEndian.PutUint32(b4[:], math.Float32bits(t.scale))
	e.bytes(b4[:])
	e.uvarint(uint64(len(t.slots)))
	buf := make([]byte, 0, 4*len(t.slots))
	for _, s := range t.slots {
		buf = binary.LittleEndian.AppendUint32(buf, s.meta)
	}
	e.bytes(buf)
	classes, weights := t.rows()
	e.uvarint(uint64(len(classes)))
	e.bytes(classes)
	e.bytes(weights)
}

// decoder reads the model format, remembering the first error, which names
// the part of the model being read.
type decoder struct {
	r   *bufio.Reader
	err error
}

func (d *decoder) fail(what string, err error) {
	if d.err != nil {
		return
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		d.err = fmt.Errorf("%w: truncated while reading %s", ErrBadModel, what)
		return
	}
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		d.err = fmt.Errorf("%w: corrupt compressed data while reading %s: %w", ErrBadModel, what, err)
		return
	}
	d.err = fmt.Errorf("%w: reading %s: %w", ErrBadModel, what, err)
}

func (d *decoder) bytes(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(what, err)
		return nil
	}
	return b
}

func (d *decoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.fail(what, err)
	}
	return v
}

// count reads a uvarint that must be at most limit.
func (d *decoder) count(what string, limit int) int {
	v := d.uvarint(what)
	if d.err == nil && v > uint64(limit) {
		d.fail(what, fmt.Errorf("value %d exceeds the limit %d", v, limit))
		return 0
	}
	return int(v)
}

func (d *decoder) str(what string) string {
	n := d.count(what+" length", 1<<16)
	return string(d.bytes(n, what))
}

// u64map reads a map whose values must be below limit.
func (d *decoder) u64map(what string, limit uint32) *u64map {
	n := d.count(what, 1<<26)
	m := newU64map(min(n, 1<<16))
	var buf [12]byte
	for i := 0; i < n && d.err == nil; i++ {
		if _, err := io.ReadFull(d.r, buf[:]); err != nil {
			d.fail(what, err)
			break
		}
		k := binary.LittleEndian.Uint64(buf[:8])
		v := binary.LittleEndian.Uint32(buf[8:])
		if limit != math.MaxUint32 && v >= limit {
			d.fail(what, fmt.Errorf("value %d out of range (limit %d)", v, limit))
			break
		}
		m.put(k, v)
	}
	return m
}

// table reads a weight table and puts it in the given scoring order (nil
// or of another length: the identity).
func (d *decoder) table(what string, order []uint8) *weightTable {
	t := &weightTable{}
	t.nClasses = d.count(what+" classes", 255)
	sb := d.bytes(4, what)
	if d.err != nil {
		return t
	}
	t.scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	nslots := d.count(what+" slots", 1<<28)
	if d.err == nil && (nslots == 0 || nslots&(nslots-1) != 0) {
		d.fail(what, fmt.Errorf("slot count %d is not a power of two", nslots))
	}
	if d.err != nil {
		return t
	}
	raw := d.chunked(4*nslots, what+" slots")
	if d.err != nil {
		return t
	}
	t.mask = uint64(nslots - 1)
	t.setSlots(nslots)
	total := uint64(0)
	for i := range t.slots {
		m := binary.LittleEndian.Uint32(raw[4*i:])
		t.slots[i].meta = m
		total += uint64(m & 0xff)
		if m != 0 && m&0xff == 0 {
			d.fail(what, fmt.Errorf("slot %d has an empty row", i))
			return t
		}
	}
	nent := d.count(what+" entries", 1<<30)
	if d.err == nil && uint64(nent) != total {
		d.fail(what, fmt.Errorf("%d entries, but the slots hold %d", nent, total))
	}
	classes := d.chunked(nent, what+" entry classes")
	weights := d.chunked(2*nent, what+" entry weights")
	if d.err != nil {
		return t
	}
	for i, c := range classes {
		if int(c) >= t.nClasses {
			d.fail(what, fmt.Errorf("entry %d has class %d of %d", i, c, t.nClasses))
			return t
		}
	}
	if len(order) == t.nClasses {
		t.order = order
	}
	t.compile(classes, weights)
	return t
}

// chunked reads n bytes, growing the buffer as data arrives so that a
// corrupt length cannot force a huge allocation up front.
func (d *decoder) chunked(n int, what string) []byte {
	if d.err != nil {
		return nil
	}
	const step = 16 << 20
	b := make([]byte, 0, min(n, step))
	for len(b) < n {
		k := min(n-len(b), step)
		if cap(b)-len(b) < k {
			nb := make([]byte, len(b), min(n, 2*cap(b)+k))
			copy(nb, b)
			b = nb
		}
		if _, err := io.ReadFull(d.r, b[len(b):len(b)+k]); err != nil {
			d.fail(what, err)
			return nil
		}
		b = b[:len(b)+k]
	}
	return b
}
