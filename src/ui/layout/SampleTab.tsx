/** The text task's "sample text" box: what the model writes now, after a prompt. */
import { useState } from 'react';
import { trainer } from '../../state/trainerClient';

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
      <label title="Tokens to generate (characters or words, as the tokenizer splits)">
        length
        <input
          type="text"
          inputMode="numeric"
          value={length}
          onChange={(e) => setLength(Number(e.target.value) || 1)}
        />
      </label>
      <label title="0: always the most likely token; 1: sample from the model's probabilities; above 1: more random">
        temperature
        <input
          type="text"
          inputMode="decimal"
          value={temperature}
          onChange={(e) => setTemperature(Number(e.target.value) || 0)}
        />
      </label>
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
