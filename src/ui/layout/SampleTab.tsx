/** The text task's "sample text" box: what the model writes now, after a prompt. */
import { useState } from 'react';
import { trainer } from '../../state/trainerClient';

/** A number typed in a text box; what does not parse (or is 0) counts as `fallback`. */
function NumberRow(props: {
  label: string;
  title: string;
  inputMode: 'numeric' | 'decimal';
  value: number;
  fallback: number;
  onChange(value: number): void;
}) {
  return (
    <label title={props.title}>
      {props.label}
      <input
        type="text"
        inputMode={props.inputMode}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value) || props.fallback)}
      />
    </label>
  );
}

export function SampleTab() {
  const [prompt, setPrompt] = useState('It is a truth universally acknowledged');
  const [length, setLength] = useState(200);
  const [temperature, setTemperature] = useState(0.8);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generate = async () => {
    const reply = await trainer.sampleText(prompt, length, temperature);
    setError(reply.ok ? null : reply.error);
    setText(reply.ok ? reply.value : null);
  };
  return (
    <div className="sample-tab">
      <label title="Text the model reads first; the sample continues it">
        prompt
        <input type="text" value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <NumberRow
        label="length"
        title="Tokens to generate (characters or words, as the tokenizer splits)"
        inputMode="numeric"
        value={length}
        fallback={1}
        onChange={setLength}
      />
      <NumberRow
        label="temperature"
        title="0: always the most likely token; 1: sample from the model's probabilities; above 1: more random"
        inputMode="decimal"
        value={temperature}
        fallback={0}
        onChange={setTemperature}
      />
      <button onClick={() => void generate()} title="Generate text from the model as it is now">
        Generate
      </button>
      {error && (
        <p className="field-message" role="alert">
          {error}
        </p>
      )}
      {text !== null && (
        <p
          className="sample-output"
          data-testid="sample-output"
          title="The model's continuation of the prompt"
        >
          <strong>{prompt}</strong>
          {text}
        </p>
      )}
    </div>
  );
}
